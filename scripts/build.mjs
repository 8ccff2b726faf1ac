#!/usr/bin/env node
// Builds what the command runs: the checked catalog with pinyin (dist/catalog.json) and the bundled code (dist/).
import { build } from "esbuild";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const cache = join(root, "node_modules", ".cache", "aigc");

// CommonJS dependencies (cli-table3) call require(); give the ESM bundle one.
const banner = { js: 'import { createRequire as __aigcRequire } from "node:module"; const require = __aigcRequire(import.meta.url);' };

async function main() {
  mkdirSync(cache, { recursive: true });
  const compiler = join(cache, "compile.mjs");
  await build({
    entryPoints: [join(root, "src/catalog/compile.ts")], outfile: compiler, bundle: true,
    platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "error",
  });
  const { compileCatalog } = await import(`${pathToFileURL(compiler).href}?t=${Date.now()}`);
  let catalog;
  try {
    catalog = compileCatalog(join(root, "data"));
  } catch (e) {
    console.error(`The catalog in data/ is broken:\n${e.message}`);
    process.exit(1);
  }
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, "catalog.json"), JSON.stringify(catalog));
  await build({
    entryPoints: [join(root, "src/main.ts")], outdir: dist, bundle: true, splitting: true, minify: false,
    platform: "node", format: "esm", target: "node20", banner, logLevel: "error",
    chunkNames: "chunks/[name]-[hash]", legalComments: "none",
  });
  const n = catalog.tools.length;
  console.error(`aigc: built ${n} tools, ${catalog.tasks.length} tasks, ${catalog.industries.length} industries, ${catalog.trends.length} trends`);
}

main().catch((e) => {
  console.error(`aigc build failed: ${e.message}`);
  process.exit(1);
});
