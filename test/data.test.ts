// The catalog is true to the report: ranks, names, trend titles, references that resolve, sources for every fact.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../src/catalog/types.js";
import { FACT_FIELDS, SLUG } from "../src/catalog/validate.js";
import { catalog } from "./helpers.js";

const cat = catalog();
const report = readFileSync(new URL("../data/report/aigc-trend-report-2024.txt", import.meta.url), "utf8");
const CN_NUMBERS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

describe("tools", () => {
  it("has every a16z rank from 1 to 50 exactly once", () => {
    const ranks = cat.tools.map((t) => t.rank).filter((r) => r !== null).sort((a, b) => a! - b!);
    expect(ranks).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it("names each ranked tool as the a16z list in the report does", () => {
    const listed = report.slice(report.indexOf("1. ChatGPT"), report.indexOf("*Source: Statista"));
    const byRank = new Map<number, string>();
    for (const m of listed.matchAll(/(\d+)\.\s+([^\t\n]+)/g)) byRank.set(Number(m[1]), m[2]!.trim());
    expect(byRank.size).toBe(50);
    const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
    // Names the OCR mangled are resolved with a note on the a16z source; all others must match the list.
    for (const tool of cat.tools.filter((t) => t.rank)) {
      const printed = squash(byRank.get(tool.rank!)!);
      const names = [tool.name, tool.id, ...tool.aliases].map(squash);
      const note = JSON.stringify(tool.sources.find((s) => s.kind === "a16z")?.note ?? "");
      const matches = names.some((n) => n.includes(printed) || printed.includes(n));
      expect(matches || note.length > 0, `rank ${tool.rank}: ${tool.name} vs "${byRank.get(tool.rank!)}"`).toBe(true);
    }
  });

  it("resolves the OCR noise with a note, never silently", () => {
    const note = (id: string) => cat.tools.find((t) => t.id === id)?.sources.map((s) => JSON.stringify(s.note ?? "")).join(" ") ?? "";
    expect(note("elevenlabs")).toMatch(/iElevenLabs/);
    expect(note("yodayo")).toMatch(/LOPRJO/);
    expect(note("kimi")).toMatch(/Kiwi/);
  });

  it("gives every tool a unique slug id, a category of the five, and resolvable tasks and industries", () => {
    const ids = cat.tools.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const tasks = new Set(cat.tasks.map((t) => t.id));
    const industries = new Set(cat.industries.map((i) => i.id));
    for (const t of cat.tools) {
      expect(t.id, t.id).toMatch(SLUG);
      expect(CATEGORIES).toContain(t.category);
      for (const task of t.tasks) expect(tasks.has(task), `${t.id}: task ${task}`).toBe(true);
      for (const ind of t.industries) expect(industries.has(ind), `${t.id}: industry ${ind}`).toBe(true);
    }
  });

  it("says where every fact came from, and when: the report, the a16z list, a public page read in a given month, or plainly unverified", () => {
    for (const t of cat.tools) {
      const named = new Set(t.sources.flatMap((s) => s.fields));
      const missing = FACT_FIELDS.filter((f) => !named.has(f) && !(f === "rankings" && !t.rankings.length) && !(f === "report" && !t.report.length) && !(f === "featured" && !t.featured));
      expect(missing, t.id).toEqual([]);
      for (const s of t.sources) {
        expect(["report", "a16z", "web", "unverified"], `${t.id}: a ${s.kind} source`).toContain(s.kind);
        if (s.kind === "web") expect(`${s.url} ${s.checked}`, t.id).toMatch(/^https?:\/\/\S+ \d{4}-\d{2}$/);
      }
      if (t.rank) expect(t.sources.some((s) => s.kind === "a16z" && s.fields.includes("rankings"))).toBe(true);
    }
  });

  it("gives every built-in tool a status, and says what happened to one that is not active", () => {
    for (const t of cat.tools) {
      expect(["active", "renamed", "merged", "discontinued", "unverified"], t.id).toContain(t.status);
      if (t.status !== "active") expect(t.statusNote?.zh && t.statusNote.en, t.id).toBeTruthy();
    }
    expect(cat.tools.find((t) => t.id === "palette")!.status).toBe("unverified");
  });

  it("knows mainland access for every built-in tool or says it is unverified: never unknown", () => {
    for (const t of cat.tools) {
      expect(["yes", "no", "partly", "unverified"], t.id).toContain(t.chinaAccess);
      if (t.chinaAccess === "partly") expect(t.chinaNote, t.id).not.toBeNull();
    }
  });

  it("features the report's five tools, one per category, with its words", () => {
    const featured = cat.tools.filter((t) => t.featured);
    expect(featured.map((t) => [t.id, t.category]).sort()).toEqual(
      [["chatgpt", "text"], ["dreamina", "video"], ["midjourney", "image"], ["suno", "audio"], ["wps-ai", "office"]],
    );
    for (const t of featured) expect(report.replace(/\*\*/g, "")).toContain(t.featured!.status.zh.replace(/\*\*/g, ""));
  });

  it("has at least three active tools usable from mainland China in each category", () => {
    for (const c of CATEGORIES) {
      const domestic = cat.tools.filter((t) => t.category === c && t.chinaAccess === "yes" && t.status === "active");
      expect(domestic.length, c).toBeGreaterThanOrEqual(3);
    }
  });

  it("holds at least 250 tools", () => {
    expect(cat.tools.length).toBeGreaterThanOrEqual(250);
  });

  it("has, for every scenario of every industry, three active tools that do it, two of them usable from mainland China", () => {
    for (const ind of cat.industries) {
      for (const sc of ind.scenarios.filter((x) => x.tasks.length)) {
        const doing = cat.tools.filter((t) => t.status === "active" && !t.adult && t.tasks.some((id) => sc.tasks.includes(id)));
        expect(doing.length, `${ind.id}/${sc.id}`).toBeGreaterThanOrEqual(3);
        expect(doing.filter((t) => t.chinaAccess === "yes").length, `${ind.id}/${sc.id} in mainland China`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it("names the tools of the application scenarios", () => {
    for (const id of ["stable-diffusion", "palette", "midjourney", "sora", "ernie-bot", "kimi", "dingtalk"]) {
      expect(cat.tools.some((t) => t.id === id), id).toBe(true);
    }
  });
});

describe("trends", () => {
  it("has the ten trends with titles word for word from the report", () => {
    expect(cat.trends.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const t of cat.trends) expect(report).toContain(`趋势${CN_NUMBERS[t.number - 1]}：${t.title.zh}\n`);
  });

  it("says what the key trends mean for choosing a tool", () => {
    const bears = (n: number) => cat.trends[n - 1]!.bearsOn;
    expect(bears(6)).toContain("budget");
    expect(bears(2)).toContain("openSource");
    expect(bears(10)).toContain("stable");
  });
});

describe("industries and tasks", () => {
  it("covers the report's industries, with 短剧 under film", () => {
    const ids = cat.industries.map((i) => i.id);
    for (const id of ["film", "games", "comics", "animation", "web-novel", "advertising", "self-media", "education", "e-commerce", "software", "finance"]) expect(ids).toContain(id);
    expect(cat.industries.find((i) => i.id === "film")!.aliases.zh).toContain("短剧");
  });

  it("keeps the film workflow the report describes, in order", () => {
    const film = cat.industries.find((i) => i.id === "film")!;
    const tasks = film.scenarios.flatMap((s) => s.tasks);
    expect(tasks.indexOf("face-swap")).toBeLessThan(tasks.indexOf("dubbing"));
    expect(tasks).toContain("subtitles");
  });

  it("links every task a scenario needs to at least one tool that does it", () => {
    const done = new Set(cat.tools.flatMap((t) => t.tasks));
    for (const t of cat.tasks) expect(done.has(t.id), t.id).toBe(true);
  });

  it("carries pinyin computed at build time", () => {
    const dub = cat.tasks.find((t) => t.id === "dubbing")!;
    expect(dub.pinyin).toContain("peiyin");
    expect(dub.initials).toContain("py");
    expect(cat.tools.find((t) => t.id === "dreamina")!.pinyin).toContain("jimeng");
  });
});
