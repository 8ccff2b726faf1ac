#!/usr/bin/env node
// Builds what the command runs: the checked catalog with pinyin (dist/catalog.json), the prepared vocabularies
// (dist/vocab.json) and the code, bundled into one CommonJS file (dist/main.js): Node starts CommonJS faster than ES
// modules, and each command's code inside it is only evaluated when that command runs.
import { build } from "esbuild";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const cache = join(root, "node_modules", ".cache", "aigc");

// commander requires child_process at load (~3 ms) for executable subcommands, which aigc has none of: load it on use.
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (a) => (a.importer.includes("commander") ? { path: "child_process", namespace: "lazy" } : undefined));
    b.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
      contents: 'module.exports = new Proxy({}, { get: (_, key) => require("node:child_process")[key] });',
      loader: "js",
    }));
  },
};

async function main() {
  mkdirSync(cache, { recursive: true });
  const compiler = join(cache, "compile.mjs");
  await build({
    entryPoints: [join(root, "src/catalog/compile.ts")], outfile: compiler, bundle: true,
    platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "error",
  });
  const { compileCatalog } = await import(`${pathToFileURL(compiler).href}?t=${Date.now()}`);
  let compiled;
  try {
    compiled = compileCatalog(join(root, "data"));
  } catch (e) {
    console.error(`The catalog in data/ is broken:\n${e.message}`);
    process.exit(1);
  }
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, "catalog.json"), JSON.stringify(compiled.data));
  writeFileSync(join(dist, "vocab.json"), JSON.stringify(compiled.vocab));
  // dist/ is CommonJS while the sources are ES modules (package.json says "type": "module").
  writeFileSync(join(dist, "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
  await build({
    entryPoints: [join(root, "src/main.ts")], outfile: join(dist, "main.js"), bundle: true,
    platform: "node", format: "cjs", target: "node20", minifyWhitespace: true, minifySyntax: true, legalComments: "none", logLevel: "error",
    // The prompts library is large and needed only on a terminal: it stays in node_modules, imported when asked.
    external: ["@inquirer/prompts"],
    plugins: [lazyChildProcess],
    define: { "import.meta.url": "__aigcModuleUrl" },
    banner: { js: 'const __aigcModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  const { tools, tasks, industries, trends } = compiled.data;
  console.error(`aigc: built ${tools.length} tools, ${tasks.length} tasks, ${industries.length} industries, ${trends.length} trends`);
}

main().catch((e) => {
  console.error(`aigc build failed: ${e.message}`);
  process.exit(1);
});
