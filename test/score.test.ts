// The scoring module, part by part: what each preference does, the filters, ties, and the 0-100 range.
import { describe, expect, it } from "vitest";
import type { Industry, Tool } from "../src/catalog/types.js";
import { byScore, rankTools, trendNotes } from "../src/core/recommend.js";
import { scoreTool, type Profile } from "../src/core/score.js";
import { catalog } from "./helpers.js";

const cat = catalog();
const tool = (over: Partial<Tool>): Tool => ({
  id: "t", name: "T", nameZh: null, aliases: [], pinyin: [], category: "image", developer: null, website: null,
  summary: { zh: "", en: "" }, tasks: ["coloring"], industries: [], pricing: "unknown", openSource: false,
  chinese: "unknown", chinaAccess: "unknown", adult: false, rank: null, report: [], featured: null, sources: [],
  status: "active", statusNote: null, openness: "closed", license: null, freeTier: null, price: null, chinaNote: null, rankings: [], ...over,
});
const profile = (over: Partial<Profile> = {}): Profile => ({
  tasks: [{ id: "coloring", weight: 1, term: "上色" }], budget: "any", openSource: false, chinese: false,
  china: false, stable: false, adult: false, ...over,
});
const score = (t: Partial<Tool>, p: Partial<Profile> = {}) => scoreTool(tool(t), profile(p));
const comics = cat.industries.find((i) => i.id === "comics") as Industry;

describe("task part", () => {
  it("rewards a tool whose main task is the one asked over one that also does it", () => {
    expect(score({ tasks: ["coloring"] }).parts.task).toBeGreaterThan(score({ tasks: ["upscale", "coloring"] }).parts.task);
  });
  it("gives nothing to a tool that does not do the task, and ranking leaves it out", () => {
    expect(score({ tasks: ["music"] }).parts.task).toBe(0);
    const ranked = rankTools(cat, profile(), { limit: 100 });
    expect(ranked.every((s) => s.tool.tasks.includes("coloring"))).toBe(true);
  });
  it("rewards a tool that covers more of a multi-part request", () => {
    const two = [{ id: "dubbing", weight: 1, term: "配音" }, { id: "subtitles", weight: 1, term: "字幕" }];
    expect(score({ tasks: ["dubbing", "subtitles"] }, { tasks: two }).score).toBeGreaterThan(score({ tasks: ["dubbing"] }, { tasks: two }).score);
  });
});

describe("industry, category, popularity, featured", () => {
  it("ranks a tool the report names for the industry above one that only lists it", () => {
    const named = score({ id: "palette" }, { industry: comics });
    const listed = score({ id: "other", industries: ["comics"] }, { industry: comics });
    expect(named.parts.industry).toBeGreaterThan(listed.parts.industry);
    expect(listed.parts.industry).toBeGreaterThan(score({ id: "x" }, { industry: comics }).parts.industry);
    expect(named.reasons).toContainEqual({ key: "reportNamed", args: { industry: "comics", scenario: "coloring", ref: "02 应用场景 · 漫画" } });
  });
  it("adds points for the wanted category", () => {
    expect(score({ category: "image" }, { category: "image" }).score).toBeGreaterThan(score({ category: "video" }, { category: "image" }).score);
  });
  it("counts a higher a16z rank as more popular", () => {
    expect(score({ rank: 1 }).parts.popularity).toBeGreaterThan(score({ rank: 40 }).parts.popularity);
    expect(score({ rank: null }).parts.popularity).toBe(0);
  });
  it("adds the report's featured pick, and says so", () => {
    const f = score({ featured: { ref: "03 常用工具 · 图像工具", useCases: { zh: "", en: "" }, status: { zh: "", en: "" } } });
    expect(f.parts.featured).toBeGreaterThan(0);
    expect(f.reasons).toContainEqual({ key: "featured", args: { category: "image", ref: "03 常用工具 · 图像工具" } });
  });
});

describe("preferences", () => {
  it("budget free leaves paid tools out and prefers free over freemium", () => {
    expect(score({ pricing: "paid" }, { budget: "free" }).excluded).toBe("budget");
    expect(score({ pricing: "free" }, { budget: "free" }).score).toBeGreaterThan(score({ pricing: "freemium" }, { budget: "free" }).score);
  });
  it("budget low lowers paid tools without leaving them out", () => {
    const paid = score({ pricing: "paid" }, { budget: "low" });
    expect(paid.excluded).toBeUndefined();
    expect(paid.score).toBeLessThan(score({ pricing: "freemium" }, { budget: "low" }).score);
  });
  it("open source preferred adds points", () => {
    expect(score({ openSource: true }, { openSource: true }).score).toBeGreaterThan(score({ openSource: false }, { openSource: true }).score);
  });
  it("Chinese support ranks native over good over poor", () => {
    const s = (chinese: Tool["chinese"]) => score({ chinese }, { chinese: true }).score;
    expect(s("native")).toBeGreaterThan(s("good"));
    expect(s("good")).toBeGreaterThan(s("poor"));
  });
  it("mainland China leaves out tools that cannot be used there and ranks reachable ones first", () => {
    expect(score({ chinaAccess: "no" }, { china: true }).excluded).toBe("china");
    expect(score({ chinaAccess: "yes" }, { china: true }).score).toBeGreaterThan(score({ chinaAccess: "unknown" }, { china: true }).score);
  });
  it("easy prefers hosted tools, custom prefers open ones", () => {
    const hosted = { pricing: "freemium" as const, openSource: false };
    const open = { pricing: "open-source" as const, openSource: true };
    expect(score(hosted, { style: "easy" }).score).toBeGreaterThan(score(open, { style: "easy" }).score);
    expect(score(open, { style: "custom" }).score).toBeGreaterThan(score(hosted, { style: "custom" }).score);
  });
  it("stable prefers established, widely used tools", () => {
    expect(score({ rank: 5 }, { stable: true }).parts.stable).toBeGreaterThan(score({ rank: null }, { stable: true }).parts.stable);
  });
});

describe("adult companion sites", () => {
  it("are left out unless asked for", () => {
    expect(score({ adult: true }).excluded).toBe("adult");
    expect(score({ adult: true }, { adult: true }).excluded).toBeUndefined();
  });
  it("never appear for a plain chat request", () => {
    const ranked = rankTools(cat, profile({ tasks: [{ id: "roleplay", weight: 1, term: "角色扮演" }] }), { limit: 50 });
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.some((s) => s.tool.adult)).toBe(false);
  });
});

describe("the score", () => {
  it("stays within 0-100 and its parts add up to it", () => {
    for (const t of cat.tools) {
      const s = scoreTool(t, profile({ industry: comics, budget: "low", chinese: true, china: true, openSource: true, stable: true, style: "easy" }));
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(100);
      const sum = Object.values(s.parts).reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - s.score)).toBeLessThanOrEqual(1.5);
      expect(s.reasons.length).toBeGreaterThan(0);
    }
  });
  it("breaks ties by a16z rank, then id, so answers never shuffle", () => {
    const a = { ...score({ id: "b", rank: 9 }), score: 50 };
    const b = { ...score({ id: "a", rank: null }), score: 50 };
    const c = { ...score({ id: "c", rank: null }), score: 50 };
    expect([c, b, a].sort(byScore).map((s) => s.tool.id)).toEqual(["b", "a", "c"]);
  });
  it("names the trends that bear on the stated preferences", () => {
    expect(trendNotes(cat, profile({ budget: "free" })).map((t) => t.number)).toContain(6);
    expect(trendNotes(cat, profile({ stable: true })).map((t) => t.number)).toContain(10);
    expect(trendNotes(cat, profile())).toEqual([]);
  });
});
