// The relevance sets: requests written fresh, as people type them. The held-out set (heldout.json) was written and
// committed before the matcher was changed and is never edited; the tuning set (tuning.json) is what the matcher was
// tuned on. Both are judged by judge.ts: the first tool must do an asked task and meet what the request states.
import { describe, expect, it } from "vitest";
import { buildProfile, recommendTools } from "../../src/commands/recommend/run.js";
import { catalog } from "../helpers.js";
import heldout from "./heldout.json" with { type: "json" };
import { score, type Request } from "./judge.js";
import tuning1 from "./tuning.json" with { type: "json" };
import tuning2 from "./tuning2.json" with { type: "json" };
import tuning3 from "./tuning3.json" with { type: "json" };
import tuning4 from "./tuning4.json" with { type: "json" };
import tuning5 from "./tuning5.json" with { type: "json" };
import tuning6 from "./tuning6.json" with { type: "json" };
import tuning7 from "./tuning7.json" with { type: "json" };
import tuning8 from "./tuning8.json" with { type: "json" };
import tuning9 from "./tuning9.json" with { type: "json" };
import tuning10 from "./tuning10.json" with { type: "json" };
import tuning11 from "./tuning11.json" with { type: "json" };
import tuning12 from "./tuning12.json" with { type: "json" };
import tuning13 from "./tuning13.json" with { type: "json" };
import tuning14 from "./tuning14.json" with { type: "json" };
import tuning15 from "./tuning15.json" with { type: "json" };
import tuning16 from "./tuning16.json" with { type: "json" };
import tuning17 from "./tuning17.json" with { type: "json" };
import tuning18 from "./tuning18.json" with { type: "json" };
import tuning19 from "./tuning19.json" with { type: "json" };
import tuning20 from "./tuning20.json" with { type: "json" };
import tuning21 from "./tuning21.json" with { type: "json" };

// Twenty-one batches of tuning requests, each written fresh by someone who had seen neither the tests nor the matcher, after
// the batches before it were learnt from.
const tuning = [...tuning1, ...tuning2, ...tuning3, ...tuning4, ...tuning5, ...tuning6, ...tuning7, ...tuning8, ...tuning9, ...tuning10, ...tuning11, ...tuning12, ...tuning13, ...tuning14, ...tuning15, ...tuning16, ...tuning17, ...tuning18, ...tuning19, ...tuning20, ...tuning21];

const cat = catalog();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe("the relevance sets", () => {
  // About 3,200 requests at 10 to 20 ms each: the budget leaves room for a loaded two-core machine.
  it("holds its ground on the held-out set, breaks no must-not case, and answers every request of the tuning set", () => {
    const h = score(cat, heldout as Request[]);
    const t = score(cat, tuning as Request[]);
    console.info(`relevance: held-out (${heldout.length}) top-1 ${pct(h.top1)}, top-3 ${pct(h.top3)}, answered ${pct(h.answered)}; tuning (${tuning.length}) top-1 ${pct(t.top1)}, top-3 ${pct(t.top3)}`);
    // Issue 11 asks for 80% top-1 and 95% top-3 on the held-out set; top-1 is held a little under what it reaches now.
    expect(h.top1).toBeGreaterThanOrEqual(0.89);
    expect(h.top3).toBeGreaterThanOrEqual(0.95);
    expect(h.clean).toBe(1);
    expect(t.clean).toBe(1);
    expect(t.top1).toBeGreaterThanOrEqual(0.93);
    expect(t.top3).toBeGreaterThanOrEqual(0.95);
    expect(t.answered).toBeGreaterThanOrEqual(0.99);
  }, 240000);
});

describe("must-not cases", () => {
  const top5 = (task: string) => recommendTools(cat, { task, limit: "5" }, /[\u4e00-\u9fff]/.test(task) ? "zh" : "en").results.map((r) => r.id);
  it.each([
    ["product photos for my online store", "suno"],
    ["product photo with white background", "chatgpt"],
    ["把PDF论文总结一下", "eightify"],
    ["Otter的国产替代", "otter-ai"],
    ["an Otter alternative that works in China", "otter-ai"],
    ["像Suno那样但国内能用的", "suno"],
    ["posts for Xiaohongshu", "ideogram"],
    // CapCut is 剪映's other version, by the same maker.
    ["剪映的平替，不想开会员", "capcut"],
  ])("%s never lists %s in the top 5", (task, not) => {
    expect(top5(task)).not.toContain(not);
  });
});

describe("requests as people type them", () => {
  it("starts a blog post to TikTok video request with tools that make video from text", () => {
    const rec = recommendTools(cat, { task: "turn my blog posts into short videos for TikTok" }, "en");
    expect(rec.results[0]!.tasks).toContain("text-to-video");
  });

  it("lists domestic meeting-notes tools, and not Otter.ai, for Otter的国产替代", () => {
    const rec = recommendTools(cat, { task: "Otter的国产替代" }, "zh");
    expect(rec.results.length).toBeGreaterThan(0);
    for (const r of rec.results) {
      expect(r.chinaAccess).toBe("yes");
      expect(r.tasks).toContain("meeting-notes");
    }
    expect(rec.understood.stated?.insteadOf).toEqual(["otter-ai"]);
  });

  it("shows the best tools for each of two tasks, in the order asked", () => {
    const rec = recommendTools(cat, { task: "会议纪要和做PPT" }, "zh");
    expect(rec.groups?.map((g) => g.task)).toEqual(["meeting-notes", "slides"]);
    expect(rec.groups![1]!.results[0]!.tasks).toContain("slides");
  });

  it("reads a constraint in the sentence as a filter, and a flag still wins", () => {
    const free = recommendTools(cat, { task: "免费的AI配音" }, "zh");
    expect(free.results.every((r) => r.pricing !== "paid")).toBe(true);
    const local = recommendTools(cat, { task: "能在本地跑的文生图" }, "zh");
    expect(local.results.every((r) => r.openness !== "closed")).toBe(true);
    expect(buildProfile(cat, { task: "免费的AI配音" }, "zh").profile.budget).toBe("free");
    expect(buildProfile(cat, { task: "免费的AI配音", budget: "any" }, "zh").profile.budget).toBe("any");
  });

  it("does not read a ruled-out word as the task: no watermark is no watermark tool", () => {
    const rec = recommendTools(cat, { task: "ai video generator no watermark free" }, "en");
    expect(rec.results.length).toBeGreaterThan(0);
    expect(rec.results[0]!.category).toBe("video");
  });

  it("answers an empty request with low scores, never 100", () => {
    const rec = recommendTools(cat, {}, "en");
    expect(Math.max(...rec.results.map((r) => r.score))).toBeLessThan(50);
  });
});

describe("the words people use", () => {
  it.each([["短视频", "self-media"], ["抖音", "self-media"], ["漫剧", "animation"], ["音乐", "music"], ["design", "design"], ["e-commerce", "e-commerce"]])(
    "takes --industry %s as %s", (word, id) => {
      expect(recommendTools(cat, { industry: word, task: "配音" }, "zh").understood.industry).toBe(id);
    },
  );
});
