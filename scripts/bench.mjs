#!/usr/bin/env node
// npm run bench: whole-process times of aigc as ratios to a bare `node -e 0` measured in the same run, interleaved so
// that a noisy machine slows every command alike. A benchmark, not a test: it reports, it never fails a build.
//   node scripts/bench.mjs [--runs N] [--no-scale]
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import stringWidth from "string-width";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "aigc.js");
const rssHook = join(root, "scripts", "bench-rss.cjs");
const args = process.argv.slice(2);
const runs = Math.max(20, Number(args[args.indexOf("--runs") + 1]) || 21);
const scale = !args.includes("--no-scale");

if (!existsSync(join(root, "dist", "main.js"))) spawnSync(process.execPath, [join(root, "scripts", "build.mjs")], { stdio: "inherit" });

/** Runs a command once; returns wall milliseconds, and the peak RSS in MB when measured. */
function once(argv, { rss = false } = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, rss ? ["--require", rssHook, ...argv] : argv, { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.join(" ")} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
  const peak = /aigc-bench-rss (\d+)/.exec(r.stderr ?? "");
  return { ms, mb: peak ? Number(peak[1]) / 1024 : undefined };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Each case run `n` times, round-robin with the others, so slow spells hit all of them. */
function measure(cases, n) {
  const times = cases.map(() => []);
  for (let i = 0; i < n; i++) cases.forEach((c, k) => times[k].push(once(c.argv).ms));
  return cases.map((c, k) => ({ ...c, ms: median(times[k]) }));
}

/** Copies of the built-in entries with all their fields, each with its own id and name, as a team catalog. */
function teamCatalog(dir, size) {
  const base = JSON.parse(spawnSync(process.execPath, [bin, "list", "--json"], { encoding: "utf8", maxBuffer: 1 << 30 }).stdout);
  const tools = [];
  for (let copy = 1; tools.length < size; copy++) {
    for (const t of base) {
      if (tools.length === size) break;
      const { origin: _origin, ...fields } = t;
      tools.push({ ...fields, id: `${t.id}-copy-${copy}`, name: `${t.name} ${copy}`, rank: null, rankings: [] });
    }
  }
  const file = join(dir, `team-${size}.json`);
  writeFileSync(file, JSON.stringify(tools));
  return file;
}

const fmt = (n, d = 1) => n.toFixed(d);
const verdict = (ratio, target) => (ratio <= target ? "meets" : "MISSES");
const rows = [];
const bare = { name: "node -e 0", argv: ["-e", "0"] };

console.log(`aigc bench: node ${process.version}, ${runs} interleaved runs each, medians of whole-process wall time\n`);
const startup = measure([
  bare,
  { name: "aigc list --json", argv: [bin, "list", "--json"], target: 1.5 },
  { name: "aigc recommend --task 抠图 --json", argv: [bin, "recommend", "--task", "抠图", "--json"], target: 1.8 },
], runs);
const bareMs = startup[0].ms;
for (const c of startup) rows.push([c.name, `${fmt(c.ms)} ms`, fmt(c.ms / bareMs, 2), c.target ? `<= ${c.target}` : "", c.target ? verdict(c.ms / bareMs, c.target) : "", ""]);

let growth = "";
if (scale) {
  const dir = mkdtempSync(join(tmpdir(), "aigc-bench-"));
  try {
    const sizes = [{ size: 10000, target: 6, n: runs }, { size: 100000, target: 50, n: 5 }];
    const perSize = {};
    for (const { size, target, n } of sizes) {
      const file = teamCatalog(dir, size);
      const label = `${size.toLocaleString("en")} tools`;
      const cases = [
        bare,
        { name: `${label}: recommend --task 抠图 --json`, argv: [bin, "--data", file, "recommend", "--task", "抠图", "--json"], target },
        { name: `${label}: search midjurney --json`, argv: [bin, "--data", file, "search", "midjurney", "--json"], target },
      ];
      const [b, ...timed] = measure(cases, n);
      perSize[size] = timed.map((c) => c.ms - b.ms);
      for (const c of timed) {
        const { mb } = once(c.argv, { rss: true });
        rows.push([c.name, `${fmt(c.ms)} ms`, fmt(c.ms / b.ms, 2), `<= ${target}`, verdict(c.ms / b.ms, target), `${fmt(mb, 0)} MB peak`]);
      }
    }
    const ratios = perSize[100000].map((t, i) => t / perSize[10000][i]);
    growth = `Cost beyond a bare start, 10,000 to 100,000 tools: x${ratios.map((r) => fmt(r)).join(" (recommend), x")} (search); 10x the tools, so x10 is linear.`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const head = ["command", "median", "x bare", "target", "", "memory"];
const widths = head.map((h, i) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i]))));
const pad = (c, w) => c + " ".repeat(w - stringWidth(c));
for (const r of [head, ...rows]) console.log(r.map((c, i) => pad(c, widths[i])).join("  ").trimEnd());
if (growth) console.log(`\n${growth}`);
