#!/usr/bin/env node
// Builds what the command runs: the checked catalog with pinyin (dist/catalog.json), the prepared vocabularies
// (dist/vocab.json) and the code, bundled into one CommonJS file (dist/main.js): Node starts CommonJS faster than ES
// modules, and each command's code inside it is only evaluated when that command runs.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
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
const LIBS = ["fuse.js", "wrap-ansi", "string-width", "chalk", "pinyin-pro", "@inquirer/prompts"];
const libFile = (name) => `lib/${name.replace(/^@/, "").replace(/[^a-z0-9-]/g, "-")}.js`;
const ownFiles = {
  name: "own-files-for-libraries",
  setup(b) {
    const filter = new RegExp(`^(${LIBS.map((l) => l.replace(/[.\/]/g, "\\$&")).join("|")})$`);
    b.onResolve({ filter }, (a) => (a.importer.includes(`${join(root, "src")}`) ? { path: `./${libFile(a.path)}`, external: true } : undefined));
  },
};

/** What a library's file exports, read from how our sources import it: `import x from "lib"` wants the default export
 * (an ES module's `default`, or a CommonJS module itself), `import { a } from "lib"` the whole module. No table to keep
 * in step with the libraries' next majors. */
function libExports(name) {
  const sources = readdirSync(join(root, "src"), { recursive: true }).filter((f) => f.endsWith(".ts")).map((f) => readFileSync(join(root, "src", f), "utf8"));
  const byDefault = sources.some((text) => new RegExp(`import\\s+\\w+\\s+from\\s+"${name.replace(/[.\/]/g, "\\$&")}"`).test(text));
  return byDefault ? `const m = require(${JSON.stringify(name)}); module.exports = m && m.__esModule && "default" in m ? m.default : m;` : `module.exports = require(${JSON.stringify(name)});`;
}

/** Writes a file only when its text changes, so a build leaves a clean checkout clean. */
function writeIfChanged(path, text) {
  if (!existsSync(path) || readFileSync(path, "utf8") !== text) writeFileSync(path, text);
}

/** Writes V8's code cache of main.js (main.cache), made by running one request typed as a sentence: the functions it
 * compiled are in the cache, so later runs skip compiling them. Made by this Node; another Node's V8 rejects it. */
function writeCodeCache(dir) {
  const load = JSON.stringify(join(root, "bin", "load.js"));
  const code = `const { loadCached } = require(${load}); const { writeFileSync } = require("node:fs");
    const { exports, script } = loadCached(${JSON.stringify(join(dir, "main.js"))});
    process.on("exit", () => writeFileSync(${JSON.stringify(join(dir, "main.cache"))}, script.createCachedData()));
    exports.main(${JSON.stringify(join(dir, "catalog.json"))});`;
  const run = spawnSync(process.execPath, ["-e", code, "aigc", "recommend", "--task", "帮我把这张照片的背景去掉，要免费的", "--json"], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  if (run.status !== 0) throw new Error(`making the code cache failed: ${run.stderr.slice(0, 300)}`);
}

/** Writes the built-in catalog's default `list --json` in each language, printed by the command itself into a pipe
 * (the language orders unranked tools by name or by pinyin): a run asking exactly that prints the file. */
function writeListJson(dir) {
  for (const lang of ["en", "zh"]) {
    const run = spawnSync(process.execPath, [join(root, "bin", "aigc.js"), "list", "--json", "--lang", lang], { env: { ...process.env, AIGC_DATA: "" }, encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "pipe"] });
    if (run.status !== 0) throw new Error(`listing the catalog failed: ${run.stderr.slice(0, 300)}`);
    writeFileSync(join(dir, `list.${lang}.json`), run.stdout);
  }
}

async function main() {
  mkdirSync(cache, { recursive: true });
  const compiler = join(cache, "compile.mjs");
  await build({
    entryPoints: [join(root, "src/build-catalog.ts")], outfile: compiler, bundle: true,
    platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "error",
  });
  const { compile, jsonSchema, fieldTable, sounds } = await import(`${pathToFileURL(compiler).href}?t=${Date.now()}`);
  let compiled;
  try {
    compiled = compile(join(root, "data"));
  } catch (e) {
    console.error(`The catalog in data/ is broken:\n${e.message}`);
    process.exit(1);
  }
  // The JSON Schema and the field table of data/README.md come from the one description of a tool (schema.ts).
  writeIfChanged(join(root, "data", "catalog.schema.json"), `${JSON.stringify(jsonSchema(), null, 2)}\n`);
  const readmePath = join(root, "data", "README.md");
  const readme = readFileSync(readmePath, "utf8");
  const taskTable = ["| id | category | zh | en |", "|---|---|---|---|", ...compiled.data.tasks.map((t) => `| ${t.id} | ${t.category} | ${t.zh} | ${t.en} |`)].join("\n");
  const filled = readme
    .replace(/(<!-- fields:start -->\n)[\s\S]*?(<!-- fields:end -->)/, `$1${fieldTable()}\n$2`)
    .replace(/(<!-- tasks:start -->\n)[\s\S]*?(<!-- tasks:end -->)/, `$1${taskTable}\n$2`);
  writeIfChanged(readmePath, filled);
  // Everything is written to a folder of its own and swapped in at the end: a build that fails leaves the last good dist/.
  const next = `${dist}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  const { tools, ...meta } = compiled.data;
  writeFileSync(join(next, "catalog.json"), JSON.stringify({ tools }));
  writeFileSync(join(next, "meta.json"), JSON.stringify(meta));
  writeFileSync(join(next, "vocab.json"), JSON.stringify(compiled.vocab));
  // The sound of each common Chinese character, read only by a Chinese sentence that may hold an input method's slip.
  writeFileSync(join(next, "sounds.json"), JSON.stringify(sounds()));
  // Forms that mean exactly one task, so a request of one word is understood without reading the whole vocabulary.
  const forms = new Map();
  for (const term of compiled.vocab.tasks) forms.set(term.squashed, forms.has(term.squashed) && forms.get(term.squashed) !== term.key ? null : term.key);
  writeFileSync(join(next, "exact.json"), JSON.stringify(Object.fromEntries([...forms].filter(([, key]) => key !== null))));
  // dist/ is CommonJS while the sources are ES modules (package.json says "type": "module").
  writeFileSync(join(next, "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
  try {
    await build({
      entryPoints: [join(root, "src/main.ts")], outfile: join(next, "main.js"), bundle: true,
      platform: "node", format: "cjs", target: "node20", minifyWhitespace: !process.env.AIGC_NOMINIFY, minifySyntax: true, legalComments: "none", logLevel: "error",
      // import() becomes require(): bin/load.js runs main.js as a vm script, which has no loader for import().
      supported: { "dynamic-import": false },
      plugins: [lazyChildProcess, ownFiles],
    });
    await Promise.all(LIBS.map((name) => build({
      stdin: { contents: libExports(name), resolveDir: root, loader: "js" },
      outfile: join(next, libFile(name)), bundle: true, platform: "node", format: "cjs", target: "node20",
      minifyWhitespace: true, minifySyntax: true, legalComments: "none", logLevel: "error",
    })));
  } catch (e) {
    rmSync(next, { recursive: true, force: true });
    throw e;
  }
  const old = `${dist}.old-${process.pid}`;
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(next, dist);
  rmSync(old, { recursive: true, force: true });
  // Made where main.js will run from: V8 keeps the script's path in its cache, and stack traces would name a folder
  // that is gone. A cache that cannot be made only costs speed.
  try {
    writeCodeCache(dist);
  } catch (e) {
    console.error(`aigc build: no code cache (${e.message}); every run compiles main.js`);
  }
  writeListJson(dist);
  const { tasks, industries, trends } = compiled.data;
  console.error(`aigc: built ${tools.length} tools, ${tasks.length} tasks, ${industries.length} industries, ${trends.length} trends`);
}

main().catch((e) => {
  console.error(`aigc build failed: ${e.message}`);
  process.exit(1);
});
