// Search quality: what a person types, in either language, finds the tool they meant first.
import { describe, expect, it } from "vitest";
import { findTool, searchTools } from "../src/core/search.js";
import { catalog } from "./helpers.js";

const cat = catalog();
const first = (q: string) => searchTools(cat, q, 5)[0]?.tool.id;

describe("search finds the intended tool first", () => {
  it.each([
    // typos
    ["midjurney", "midjourney"],
    ["chatgtp", "chatgpt"],
    ["perplexty", "perplexity"],
    ["stable difusion", "stable-diffusion"],
    ["quilbot", "quillbot"],
    // Chinese names
    ["即梦", "dreamina"],
    ["文心一言", "ernie-bot"],
    ["可灵", "kling"],
    ["钉钉", "dingtalk"],
    ["豆包", "doubao"],
    // pinyin, full and initials
    ["jimeng", "dreamina"],
    ["dingding", "dingtalk"],
    ["keling", "kling"],
    ["wenxinyiyan", "ernie-bot"],
    // abbreviations and spacing
    ["SD", "stable-diffusion"],
    ["MJ", "midjourney"],
    ["eleven labs", "elevenlabs"],
    ["Hugging face", "hugging-face"],
    ["character ai", "character-ai"],
    ["ＷＰＳ ＡＩ", "wps-ai"],
  ])("%s → %s", (query, id) => {
    expect(first(query)).toBe(id);
  });
});

describe("search by task", () => {
  const top = (q: string, n = 5) => searchTools(cat, q, n).map((h) => h.tool);
  it.each([
    ["抠图", "background-removal"],
    ["remove background", "background-removal"],
    ["peiyin", "dubbing"],
    ["做PPT", "slides"],
    ["会议纪要", "meeting-notes"],
    ["colorize", "coloring"],
  ])("%s finds tools that do %s", (query, task) => {
    const tools = top(query);
    expect(tools.length).toBeGreaterThan(0);
    expect(tools[0]!.tasks).toContain(task);
  });

  it("does not mistake 配乐 (soundtrack) for 配音 (dubbing)", () => {
    for (const t of top("配乐", 3)) expect(t.tasks).toContain("music");
  });

  it("orders results the same way every time", () => {
    expect(top("视频剪辑", 10).map((t) => t.id)).toEqual(top("视频剪辑", 10).map((t) => t.id));
  });
});

describe("findTool", () => {
  it("takes a clear typo as the tool", () => {
    expect(findTool(cat, "midjorney").tool?.id).toBe("midjourney");
  });
  it("suggests instead of guessing when nothing is close", () => {
    const r = findTool(cat, "zzqqxxvv");
    expect(r.tool).toBeUndefined();
  });
});
