// What a terminal shows: every command fits the terminal's width in both languages (Chinese counted as two columns),
// nothing is lost by wrapping, an address is never broken, and Chinese output holds no English sentence.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringWidth from "string-width";
import { afterAll, describe, expect, it } from "vitest";
import { catalog, cli } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "aigc-layout-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bad = join(dir, "bad.json");
writeFileSync(bad, JSON.stringify([{ id: "x-1", name: "X", category: "nope", tasks: ["teleport"] }]));

/** A command of each kind, as a person on a terminal would run it. */
const COMMANDS: string[][] = [
  ["list"],
  ["list", "--category", "video"],
  ["search", "配音"],
  ["recommend", "--industry", "漫画", "--task", "上色"],
  ["recommend", "--task", "voice over", "--china"],
  ["recommend", "--industry", "短剧", "--plan"],
  ["compare", "midjourney", "stable-diffusion", "即梦"],
  ["show", "即梦"],
  ["show", "runway"],
  ["show", "stable-diffusion"],
  ["trend"],
  ["trend", "6"],
  ["scenarios"],
  ["scenarios", "漫画"],
  ["validate", bad],
];
const WIDTHS = [200, 120, 80, 60, 40];
const tty = (lang: string, columns: number) => ({ stdoutIsTTY: true, columns, env: { LANG: lang, NO_COLOR: "1" } });

describe("on a terminal of any width", () => {
  for (const lang of ["zh_CN.UTF-8", "en_US.UTF-8"]) {
    it.each(WIDTHS)(`fits every command in ${lang.slice(0, 2)} at %i columns`, async (columns) => {
      for (const argv of COMMANDS) {
        const r = await cli(argv, tty(lang, columns));
        expect([0, 1], `${argv.join(" ")}: ${r.err}`).toContain(r.code);
        for (const line of r.out.split("\n")) expect(stringWidth(line), `${argv.join(" ")} at ${columns}: ${line}`).toBeLessThanOrEqual(columns);
      }
    }, 30000);
  }

  it("never breaks a website in the middle: it is whole on a line, or left out with where to find it", async () => {
    const sites = catalog().tools.flatMap((t) => (t.website ? [t.website.replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/$/, "")] : []));
    for (const columns of WIDTHS) {
      const r = await cli(["list"], tty("en_US.UTF-8", columns));
      const shown = sites.filter((s) => r.out.includes(s));
      // A site is either shown whole or the table says where the websites went.
      if (shown.length < sites.length) expect(r.out, `at ${columns}`).toMatch(/Websites\s+left\s+out\s+to\s+fit:\s+aigc\s+show\s+<tool>\s+has\s+them/);
      for (const s of sites) {
        // A broken site leaves its first half at the start of a cell and ends the cell there ("sync" in a summary's "lip
        // sync" is a word, not a site).
        const head = s.slice(0, Math.ceil(s.length / 2)).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        if (!r.out.includes(s)) expect(new RegExp(`(?:^|│ )${head}(?:\n| │)`, "m").test(r.out), `${s} broken at ${columns}`).toBe(false);
      }
    }
  }, 60000);

  it("gives way in the reasons first: the tool names stay whole at 80 columns", async () => {
    const r = await cli(["recommend", "--industry", "漫画", "--task", "上色"], tty("en_US.UTF-8", 80));
    const json = JSON.parse((await cli(["recommend", "--industry", "漫画", "--task", "上色", "--json"])).out) as Array<{ name: string }>;
    for (const t of json) expect(r.out).toContain(t.name);
  });

  it("draws blocks, one per tool, where no table can be read", async () => {
    const r = await cli(["recommend", "--task", "配音"], tty("zh_CN.UTF-8", 40));
    expect(r.out).not.toMatch(/[│┌]/);
    expect(r.out).toMatch(/^1 /m);
  });

  it("keeps a pipe to one plain line per tool, whatever the width", async () => {
    const n = (JSON.parse((await cli(["list", "--json"])).out) as unknown[]).length;
    const r = await cli(["list"], { columns: 40 });
    expect(r.out.trimEnd().split("\n")).toHaveLength(n);
  });
});

describe("in Chinese", () => {
  // Names are names in any language: a tool's, its developer's, its aliases; and addresses and commands are not prose.
  const cat = catalog();
  const proper = [...cat.tools.flatMap((t) => [t.name, t.developer ?? "", ...t.aliases]), ...cat.tasks.map((t) => t.en)]
    .filter((s) => /[a-z]/i.test(s))
    .sort((a, b) => b.length - a.length);
  const withoutNames = (s: string) => {
    let out = s.replace(/https?:\/\/\S+/g, " ").replace(/aigc [a-z]+[^\n]*/g, " ");
    for (const n of proper) out = out.split(n).join(" ");
    return out;
  };
  // Three English words in a row, lowercase, is a sentence, not a name.
  const SENTENCE = /\b[a-z]{2,}(?:[ ,]+[a-z]{2,}){2,}\b/;

  it.each(COMMANDS.map((c) => [c]))("prints no English sentence: %j", async (argv) => {
    const r = await cli([...argv, "--lang", "zh"], tty("zh_CN.UTF-8", 120));
    for (const line of `${r.out}\n${r.err}`.split("\n")) expect(withoutNames(line), line).not.toMatch(SENTENCE);
  });
});
