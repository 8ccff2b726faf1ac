// The command as a user and a script meet it: output, JSON, exit codes and error lines, run in-process.
import { describe, expect, it } from "vitest";
import stringWidth from "string-width";
import { listTools } from "../src/commands/list/run.js";
import { toJson } from "../src/render/json.js";
import { ANSI, catalog, cli } from "./helpers.js";

const json = async (argv: string[]) => JSON.parse((await cli(argv)).out);

describe("list", () => {
  it("prints JSON tools with id, name, category and rank", async () => {
    const tools = await json(["list", "--json"]);
    expect(tools.length).toBeGreaterThanOrEqual(55);
    expect(tools[0]).toMatchObject({ id: "chatgpt", name: "ChatGPT", category: "text", rank: 1 });
    expect(tools.filter((t: { rank: number | null }) => t.rank === null).length).toBeGreaterThan(0);
  });

  it.each([["en"], ["zh"]] as const)("prints the whole catalog (%s) as the build wrote it, the same as listing it anew", async (lang) => {
    // The build's copy is what a pipe gets; listing the catalog anew is what any filter gets.
    const fast = (await cli(["list", "--json", "--lang", lang])).out;
    const anew = `${toJson(listTools(catalog(), {}, lang), false)}\n`;
    expect(fast).toBe(anew);
    expect((await cli(["list", "--json", "--lang", lang, "--sort", "rank"])).out).toBe(anew);
  });

  it.each([["image"], ["图像"], ["Video"], ["视频"], ["办公"]])("filters by category %s", async (c) => {
    const tools = await json(["list", "--category", c, "--json"]);
    expect(tools.length).toBeGreaterThan(2);
    expect(new Set(tools.map((t: { category: string }) => t.category)).size).toBe(1);
  });

  it("filters by industry in either language", async () => {
    const zh = await json(["list", "--industry", "漫画", "--json"]);
    const en = await json(["list", "--industry", "manga", "--json"]);
    expect(zh.map((t: { id: string }) => t.id)).toEqual(en.map((t: { id: string }) => t.id));
    expect(zh.map((t: { id: string }) => t.id)).toContain("stable-diffusion");
  });

  it("sorts by name", async () => {
    const names = (await json(["list", "--sort", "name", "--json"])).map((t: { name: string }) => t.name.toLowerCase());
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, "en")));
  });

  it("prints a table that lines up with Chinese text on a terminal", async () => {
    const r = await cli(["list", "--category", "视频", "--lang", "zh"], { stdoutIsTTY: true, columns: 90, env: { NO_COLOR: "1" } });
    const lines = r.out.trimEnd().split("\n").filter((l) => /^[│┌├└]/.test(l));
    expect(lines.length).toBeGreaterThan(5);
    const widths = new Set(lines.map((l) => stringWidth(l)));
    expect(widths.size).toBe(1);
    expect([...widths][0]).toBeLessThanOrEqual(90);
    expect(r.out).toContain("可灵");
  });

  it("wraps long Chinese cells without losing a character", async () => {
    const tools = await json(["list", "--json"]);
    const kling = tools.find((t: { id: string }) => t.id === "kling");
    const r = await cli(["list", "--category", "video", "--lang", "zh"], { stdoutIsTTY: true, columns: 60, env: { NO_COLOR: "1" } });
    const cells = r.out.split("\n").map((l) => l.split("│")[4]?.trim() ?? "").join("");
    expect(cells).toContain(kling.summary.zh.replace(/\s/g, ""));
  });

  it("colours a terminal, but not with NO_COLOR or --no-color or in a pipe", async () => {
    expect((await cli(["list"], { stdoutIsTTY: true, env: {} })).out).toMatch(ANSI);
    expect((await cli(["list"], { stdoutIsTTY: true, env: { NO_COLOR: "1" } })).out).not.toMatch(ANSI);
    expect((await cli(["list", "--no-color"], { stdoutIsTTY: true, env: {} })).out).not.toMatch(ANSI);
    expect((await cli(["list"], { stdoutIsTTY: true, env: { TERM: "dumb" } })).out).not.toMatch(ANSI);
    expect((await cli(["list"])).out).not.toMatch(ANSI);
  }, 30000);

  it("honours FORCE_COLOR both ways, over the terminal check", async () => {
    expect((await cli(["trend", "6"], { env: { FORCE_COLOR: "1" } })).out).toMatch(ANSI);
    expect((await cli(["trend", "6"], { stdoutIsTTY: true, env: { FORCE_COLOR: "0" } })).out).not.toMatch(ANSI);
    expect((await cli(["trend", "6"], { stdoutIsTTY: true, env: { FORCE_COLOR: "1", NO_COLOR: "1" } })).out).not.toMatch(ANSI);
  });

  it("gives a pipe one plain line per tool", async () => {
    const r = await cli(["list", "--category", "audio"]);
    const n = (await json(["list", "--category", "audio", "--json"])).length;
    expect(r.out.trimEnd().split("\n")).toHaveLength(n);
    expect(r.out).not.toMatch(/[│┌─]/);
  });
});

describe("show", () => {
  it.each([["即梦"], ["jimeng"], ["Dreamina"], ["dreamina"]])("finds Dreamina by %s", async (q) => {
    expect((await json(["show", q, "--json"])).id).toBe("dreamina");
  });

  it("shows the report's words and the sources", async () => {
    const r = await cli(["show", "即梦", "--lang", "zh"]);
    expect(r.out).toContain("发展现状");
    expect(r.out).toContain("来源");
    expect(r.out).toContain("03 常用工具 · 视频工具");
  });

  it("fails with exit 1 and a suggestion for an unknown tool", async () => {
    const r = await cli(["show", "midjxurnyyy"]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/did you mean .*Midjourney/);
  });
});

describe("search", () => {
  it("returns an array best first, limited", async () => {
    const hits = await json(["search", "配音", "--limit", "3", "--json"]);
    expect(hits).toHaveLength(3);
    expect(hits[0].tasks).toContain("dubbing");
    expect(hits[0].match.score).toBeGreaterThanOrEqual(hits[1].match.score);
  });

  it("finds a category's tools by the category's name", async () => {
    const hits = await json(["search", "视频", "--json"]);
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.every((t: { category: string }) => t.category === "video")).toBe(true);
  });

  it("takes several words as one query", async () => {
    expect((await json(["search", "eleven", "labs", "--json"]))[0].id).toBe("elevenlabs");
  });

  it.each([["0"], ["-1"], ["abc"], ["2.5"]])("refuses --limit %s as a usage error", async (n) => {
    const r = await cli(["search", "sd", "--limit", n]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--limit/);
  });
});

describe("trend", () => {
  it("prints trend 6, the price war, in both languages", async () => {
    expect((await cli(["trend", "6", "--lang", "zh"])).out).toContain("国产AIGC工具价格战打响");
    expect((await cli(["trend", "6", "--lang", "en"])).out).toMatch(/price war/i);
  });

  it.each([["0"], ["11"], ["abc"], ["6.5"], [" "]])("refuses trend %j as a usage error", async (n) => {
    const r = await cli(["trend", n]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/1 to 10/);
  });
});

describe("scenarios", () => {
  it("finds an industry by Chinese, English or alias", async () => {
    for (const q of ["短剧", "film", "short drama"]) expect((await json(["scenarios", q, "--json"])).id).toBe("film");
  });

  it("names the comics tools", async () => {
    const r = await cli(["scenarios", "漫画"]);
    expect(r.out).toMatch(/Stable Diffusion/);
    expect(r.out).toMatch(/Palette/);
  });

  it("refuses an unknown industry and lists the known ones", async () => {
    const r = await cli(["scenarios", "zzqqxx"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/comics/);
  });
});

describe("usage errors and help", () => {
  it.each([[["list", "--bogus"]], [["bogus"]], [["show"]], [["list", "--category", "nope"]], [["--lang", "fr", "list"]], [["--data", "", "list"]], [["recommend", "--limit", "100001"]]])(
    "%j exits 2 with one line on stderr",
    async (argv) => {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).not.toMatch(/\n\s+at /);
    },
  );

  it("shows the help, not an error, when only global options are given", async () => {
    for (const argv of [[], ["--lang", "zh"], ["--no-color"], ["--data=x.json"]]) {
      const r = await cli(argv);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/Usage: aigc|用法： aigc/);
      expect(r.err).toBe("");
    }
  });

  it("speaks Chinese when LANG is Chinese", async () => {
    const r = await cli(["trend", "11"], { env: { LANG: "zh_CN.UTF-8" } });
    expect(r.err).toContain("趋势编号");
  });

  it("opens every help with examples", async () => {
    for (const argv of [[], ["--help"], ...["recommend", "list", "show", "search", "trend", "scenarios", "compare", "validate", "completion"].map((c) => [c, "--help"])]) {
      const r = await cli(argv);
      expect(r.code).toBe(0);
      expect(r.out, argv.join(" ")).toMatch(/^Examples:\n  .*aigc /);
      expect((await cli([...argv, "--lang", "zh"])).out, argv.join(" ")).toMatch(/^示例：\n/);
    }
  });

  it("keeps the top-level help stable, in both languages", async () => {
    expect((await cli(["--help"], { columns: 100 })).out).toMatchSnapshot();
    expect((await cli(["--help", "--lang", "zh"], { columns: 100 })).out).toMatchSnapshot();
  });

  it("speaks the chosen language in every help and usage line, lined up by display width", async () => {
    for (const c of ["recommend", "list", "show", "search", "trend", "scenarios", "compare", "validate", "completion"]) {
      const r = await cli([c, "--help", "--lang", "zh"], { columns: 80 });
      expect(r.out, c).toMatch(/^示例：[^]*\n用法：/);
      expect(r.out, c).not.toMatch(/Options:|display help|print JSON/);
      for (const line of r.out.split("\n")) expect(stringWidth(line), `${c}: ${line}`).toBeLessThanOrEqual(80);
    }
    const usage = await cli(["list", "--bogus"], { env: { LANG: "zh_CN.UTF-8" } });
    expect(usage.err).toMatch(/未知的选项“--bogus”.*aigc list --help/);
    expect((await cli(["recommend", "--limt", "3"])).err).toMatch(/unknown option '--limt' \(did you mean --limit\?\)/);
  });
});
