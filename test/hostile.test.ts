// What people and files do to a command-line tool, on purpose or not: each case ends promptly, with the right exit
// code, one line on stderr and, with --json, one JSON document on stdout.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "aigc-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, body: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof body === "string" ? body : JSON.stringify(body));
  return path;
};
const oneLine = (err: string) => expect(err.trim().split("\n")).toHaveLength(1);

describe("JSON is always JSON", () => {
  it("prints [] for a search with no match, and still exits 1", async () => {
    const r = await cli(["search", "zzqqxxvvkk", "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual([]);
    oneLine(r.err);
  });

  it.each([
    [["show", "zzqqxxvv", "--json"]],
    [["compare", "midjourney", "zzqqxxvv", "--json"]],
    [["--data", "/nonexistent/team.json", "list", "--json"]],
  ])("prints an error object for a failure: %j", async (argv) => {
    const r = await cli(argv);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).error.message).toMatch(/\w/);
    oneLine(r.err);
  });

  it("prints nothing on stdout for a usage error, even with --json", async () => {
    const r = await cli(["list", "--category", "nope", "--json"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
  });
});

describe("option values are looked up, not trusted", () => {
  it.each([["constructor"], ["__proto__"], ["toString"], ["hasOwnProperty"]])("refuses --budget %s as a usage error", async (v) => {
    const r = await cli(["recommend", "--task", "配音", "--budget", v]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--budget must be free, low or any/);
  });

  it("needs two different tools to compare", async () => {
    for (const argv of [["compare", "mj", "mj"], ["compare", "mj", "midjourney"]]) {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      oneLine(r.err);
    }
  });

  it("speaks one language when --lang is given twice: the last one", async () => {
    const r = await cli(["--lang", "zh", "--lang", "en", "show", "zzqqxxvv"]);
    expect(r.err).toMatch(/no tool matches/);
    const z = await cli(["--lang", "en", "show", "zzqqxxvv", "--lang", "zh"]);
    expect(z.err).toMatch(/没有找到工具/);
  });

  it("says an unknown command for help of one, on one line", async () => {
    const r = await cli(["help", "nosuch"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    oneLine(r.err);
    expect(r.err).toMatch(/unknown command 'nosuch'/);
  });
});

describe("a catalog cannot forge what is printed", () => {
  it("keeps a newline in a name or summary from making a line of its own", async () => {
    const team = file("forge.json", [{ id: "forge", name: "Good\nPricing: free", category: "image", summary: { zh: "好\n收费：免费", en: "Fine\nPricing: free" } }]);
    const r = await cli(["--data", team, "show", "forge"], { stdoutIsTTY: true, env: { LANG: "en_US.UTF-8", NO_COLOR: "1" } });
    expect(r.code).toBe(0);
    expect(r.out.split("\n").filter((l) => /^Pricing: free/.test(l))).toEqual([]);
  });

  it("keeps an unterminated escape sequence from swallowing the rest of an error line", async () => {
    const r = await cli(["show", "abc\u001b]0;title and more words"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/title and more words/);
    expect(r.err).not.toMatch(/\u001b/);
  });
});

describe("long input costs time in proportion to its length", () => {
  // Each of these took 24 to 75 seconds when whitespace folding or typo search was quadratic.
  it("folds a 130,000-space argument in an error line at once", async () => {
    const r = await cli(["list", "--sort", `${" ".repeat(130000)}x`]);
    expect(r.code).toBe(2);
    oneLine(r.err);
  }, 10000);

  it("lists 1,000 tools with 5,000-space summaries at once, one line each", async () => {
    const spaces = " ".repeat(4990);
    const team = file("spaces.json", Array.from({ length: 1000 }, (_, i) => ({ id: `s-${i}`, name: `S ${i}`, category: "text", summary: { zh: `a${spaces}b`, en: `a${spaces}b` } })));
    const r = await cli(["--data", team, "list", "--category", "text"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n").filter((l) => l.includes("S 999"))).toHaveLength(1);
  }, 20000);

  it("searches 1,500 long names with a 100-character query at once", async () => {
    const team = file("long-names.json", Array.from({ length: 1500 }, (_, i) => ({ id: `long-${i}`, name: `${"abcdefghij".repeat(19)}${i}`, category: "image" })));
    const r = await cli(["--data", team, "search", "abcdefghij".repeat(10), "--json"]);
    expect([0, 1]).toContain(r.code);
    expect(Array.isArray(JSON.parse(r.out))).toBe(true);
  }, 20000);
});

describe("many team files", () => {
  it("reads a hundred files one after another, each named in its problems", async () => {
    const files = Array.from({ length: 100 }, (_, i) => file(`team-${i}.json`, [{ id: `team-tool-${i}`, name: `Team ${i}`, category: "text" }]));
    const r = await cli([...files.flatMap((f) => ["--data", f]), "list", "--json"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Array<{ id: string }>).filter((t) => t.id.startsWith("team-tool-"))).toHaveLength(100);
  }, 20000);
});
