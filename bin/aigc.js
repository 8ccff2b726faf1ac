#!/usr/bin/env node
require("../dist/main.js").main(require("node:path").join(__dirname, "..", "dist", "catalog.json"));
