#!/usr/bin/env node
const { join } = require("node:path");
const dist = join(__dirname, "..", "dist");
require("./load.js").loadCached(join(dist, "main.js"), join(dist, "main.cache")).exports.main(join(dist, "catalog.json"));
