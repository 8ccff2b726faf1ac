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

// Libraries only some runs need go to files of their own in dist/lib/, so a run that lists tools as JSON does not even
// parse the code that draws tables (compiling 130 kB of it costs ~4 ms on every start). Everything is bundled, so an
// installed aigc needs no dependencies (and installs offline).
// Each file's module.exports is what `import x from` should give (our sources import as Node does): the default export
// for libraries that have one, the whole module for those used by name.
const LIB_EXPORTS = {
  "fuse.js": 'require("fuse.js")',
  "cli-table3": 'require("cli-table3")',
  "wrap-ansi": 'require("wrap-ansi").default',
  "string-width": 'require("string-width").default',
  chalk: 'require("chalk")',
  "pinyin-pro": 'require("pinyin-pro")',
  "@inquirer/prompts": 'require("@inquirer/prompts")',
};
const LIBS = Object.keys(LIB_EXPORTS);
const libFile = (name) => `lib/${name.replace(/^@/, "").replace(/[^a-z0-9-]/g, "-")}.js`;
const ownFiles = {
  name: "own-files-for-libraries",
  setup(b) {
    const filter = new RegExp(`^(${LIBS.map((l) => l.replace(/[.\/]/g, "\\$&")).join("|")})$`);
    b.onResolve({ filter }, (a) => (a.importer.includes(`${join(root, "src")}`) ? { path: `./${libFile(a.path)}`, external: true } : undefined));
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
    platform: "node", format: "cjs", target: "node20", minifyWhitespace: !process.env.AIGC_NOMINIFY, minifySyntax: true, legalComments: "none", logLevel: "error",
    plugins: [lazyChildProcess, ownFiles],
    define: { "import.meta.url": "__aigcModuleUrl" },
    banner: { js: 'const __aigcModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  await Promise.all(LIBS.map((name) => build({
    stdin: { contents: `module.exports = ${LIB_EXPORTS[name]};`, resolveDir: root, loader: "js" },
    outfile: join(dist, libFile(name)), bundle: true, platform: "node", format: "cjs", target: "node20",
    minifyWhitespace: true, minifySyntax: true, legalComments: "none", logLevel: "error",
  })));
  const { tools, tasks, industries, trends } = compiled.data;
  console.error(`aigc: built ${tools.length} tools, ${tasks.length} tasks, ${industries.length} industries, ${trends.length} trends`);
}

main().catch((e) => {
  console.error(`aigc build failed: ${e.message}`);
  process.exit(1);
});
