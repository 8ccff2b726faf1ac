// How a request typed as a sentence is understood: which words name the task, which name its input, its context or
// how it wants it, and what a request of several things, or of a kind no tool does, is answered with.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Tool } from "../src/catalog/types.js";
import { recommendTools } from "../src/commands/recommend/run.js";
import { wordReason } from "../src/render/reasons.js";
import { catalog, cli, ROOT } from "./helpers.js";

const cat = catalog();

describe("understanding", () => {
  it("reads a sentence and the industry it mentions", () => {
    const rec = recommendTools(cat, { task: "I need narration for my mobile game trailer" }, "en");
    expect(rec.understood.tasks.map((t) => t.id)).toContain("dubbing");
    expect(rec.understood.industry).toBe("games");
  });
  it("reads what should come out, not what goes in", () => {
    const tasks = (q: string) => recommendTools(cat, { task: q }, "en").understood.tasks.map((t) => t.id);
    expect(tasks("generate props based on character art")).toEqual(["3d-model"]);
    expect(tasks("make a video from my photos")).toEqual(["image-to-video"]);
    expect(tasks("基于原画生成道具模型")).toEqual(["3d-model"]);
  });
  it("lets general tools stand in for a specialised task, below the specialists", () => {
    const rec = recommendTools(cat, { task: "短篇小说", limit: "30" }, "zh");
    const ids = rec.results.map((r) => r.id);
    expect(ids.length).toBeGreaterThan(3);
    const general = rec.results.findIndex((r) => r.reasons[0]!.key === "taskBroader");
    const specialists = rec.results.filter((r) => r.reasons[0]!.key === "taskMain" || r.reasons[0]!.key === "taskAlso").length;
    expect(general).toBe(specialists);
    expect(wordReason(rec.results[general]!.reasons[0]!, cat, "zh")).toMatch(/能做写作，可用于小说创作/);
  });
  it("reads no task from the words that state a preference or name the tool to replace", () => {
    const tasks = (q: string, lang: "zh" | "en" = "en") => recommendTools(cat, { task: q }, lang).understood.tasks.map((t) => t.id);
    // "open source" is how, not a search for sources; "Runway" says which tasks, not "runway" as a word.
    expect(tasks("something like Runway but open source")).toEqual(["text-to-video"]);
    expect(tasks("a Suno alternative I can self host")).toEqual(["song"]);
    // The tool's own task is the one meant when the request names only a general one (聊天 beside character.ai) ...
    expect(tasks("想跟小说里的角色聊天，像character.ai那样的", "zh")[0]).toBe("roleplay");
    // ... and what the request asks for leads when it says (a logo, not Canva's posters).
    expect(tasks("Canva平替，想做个logo", "zh")).toEqual(["logo-design"]);
  });
  it("knows a tool to replace and the word alternative when they are typed with a slip", () => {
    const rec = recommendTools(cat, { task: "mindjourney alternatvie" }, "en");
    expect(rec.understood.stated?.insteadOf).toEqual(["midjourney"]);
    expect(rec.results.map((r) => r.id)).not.toContain("midjourney");
    expect(rec.results[0]!.tasks).toContain("image-generation");
  });
  it("reads 国产 before a kind of work as where the work comes from, not as a wish for a domestic tool", () => {
    expect(recommendTools(cat, { task: "把国产短剧翻译成英文" }, "zh").understood.stated?.china).toBe(false);
    expect(recommendTools(cat, { task: "有没有国产的AI配音" }, "zh").understood.stated?.china).toBe(true);
  });
  it("puts right a slip in a common word, and reads a style as a look rather than an industry", () => {
    expect(recommendTools(cat, { task: "vidoe upscaler" }, "en").understood.category).toBe("video");
    const anime = recommendTools(cat, { task: "an anime-style avatar from my photo" }, "en");
    expect(anime.understood.industry).toBeUndefined();
  });
  it("is surer of a task the request names in several words", () => {
    // 人设 alone may be a character picture; 性格 and 身世 beside it ask for a written profile.
    const tasks = recommendTools(cat, { task: "给男主写个人设，性格、身世都要" }, "zh").understood.tasks.map((t) => t.id);
    expect(tasks[0]).toBe("character-profile");
  });
  it("ranks by the surest reading: a phrase typed whole outweighs a word that names another task in passing", () => {
    // "cold email" is the request; "brand" alone reads as a promotional video, which must not lead.
    const rec = recommendTools(cat, { task: "write a cold email to a brand asking for a sponsorship" }, "en");
    expect(rec.results[0]!.tasks).toContain("email");
    // "a reference motion clip" is what the dance video is made with, not a request for clips.
    expect(recommendTools(cat, { task: "make a video of someone dancing using a reference motion clip" }, "en").results[0]!.tasks).toContain("motion-transfer");
  });
  it("keeps adult companion sites out of a plain request for an AI companion, and in when adult content is asked for", () => {
    const plain = recommendTools(cat, { task: "AI companion app", limit: "10" }, "en");
    expect(plain.results.length).toBeGreaterThan(0);
    expect(plain.results.some((r) => r.adult)).toBe(false);
    expect(recommendTools(cat, { task: "nsfw AI companion", limit: "10" }, "en").results.some((r) => r.adult)).toBe(true);
  });
  it("hears good Chinese asked for in the ways people say it", () => {
    for (const q of ["中文理解要好一点的写代码模型", "要能中文聊天的AI伴侣", "a chatbot that speaks Chinese"]) {
      expect(recommendTools(cat, { task: q }, "zh").understood.stated?.chinese).toBe(true);
    }
  });
  it("reads what a verb such as upscale or summarize works on as its input, and the kind of input as part of the task", () => {
    // The sprites are what is upscaled, not a request for game sprites.
    expect(recommendTools(cat, { task: "upscale old game sprites without making them blurry" }, "en").results[0]!.tasks).toContain("upscale");
    // A YouTube lecture summarised is a video summary, which a general chatbot cannot do: it must not lead.
    const lecture = recommendTools(cat, { task: "summarize a 3 hour youtube lecture" }, "en");
    expect(lecture.understood.tasks.map((t) => t.id)).toEqual(["video-summary"]);
    expect(lecture.results[0]!.tasks).toContain("video-summary");
  });
  it("drops what the request does without: w/o coding is no request for a coding tool", () => {
    const tasks = recommendTools(cat, { task: "build a landing page w/o coding" }, "en").understood.tasks.map((t) => t.id);
    expect(tasks).toContain("web-generation");
    expect(tasks).not.toContain("coding");
  });
  it("reads Chinese the way it is written: a verb and object with words between, a term half in English, a word of a term alone", () => {
    const first = (q: string) => recommendTools(cat, { task: q }, "zh").understood.tasks[0]?.id;
    expect(first("把视频里的人换成我的脸")).toBe("face-swap");
    expect(first("照片转成吉卜力 style 的")).toBe("style-transfer");
    // 分镜 is what the scenes are drawn into: the scenes are the input.
    expect(first("把几个关键场景画成分镜")).toBe("storyboard");
    // A word that many tasks' terms share (游戏, 一个) stands for none of them.
    expect(first("一个人做独立游戏，想理一理剧情")).toBe("plot-ideas");
  });
  it("reads what a Chinese request turns, translates or summarises as its input, with or without 把", () => {
    const first = (q: string) => recommendTools(cat, { task: q }, "zh").understood.tasks[0]?.id;
    expect(first("公众号文章一键转成短视频")).toBe("text-to-video");
    expect(first("手绘草图变成精美的效果图")).toBe("sketch-to-image");
    // 翻译腔 is ruled out, translating is not: the novel is what is translated.
    expect(first("整本翻译英文小说，别一股翻译腔")).toBe("translate");
  });
  it("reads 'a later part working on them', a pronoun, with what the earlier part worked on", () => {
    const rec = recommendTools(cat, { task: "restore my old scratched photos and then animate them" }, "en");
    expect(rec.groups?.map((g) => g.task)).toEqual(["photo-scan", "image-to-video"]);
  });
  it("does not let a weak reading beside a named tool outweigh the tool's own task (开会 inside 不想开会员)", () => {
    const rec = recommendTools(cat, { task: "剪映的平替，不想开会员" }, "zh");
    expect(rec.results[0]!.tasks).toContain("video-editing");
    expect(rec.understood.stated?.free).toBe(true);
  });
  it("reads a look given to an image of one's own as style transfer, and a look of a video as a video", () => {
    const first = (q: string, lang: "zh" | "en") => recommendTools(cat, { task: q }, lang).understood.tasks[0]?.id;
    expect(first("make a pixar style version of my selfie", "en")).toBe("style-transfer");
    expect(first("建筑效果图转成水墨风", "zh")).toBe("style-transfer");
    expect(first("a walkthrough style video from my listing photos", "en")).not.toBe("style-transfer");
  });
  it("reads a request in a sentence as a whole word, not as a shorter word inside it ('chatbot' holds 'chat')", () => {
    const tasks = recommendTools(cat, { task: "a chatbot for my stream that stays in character" }, "en").understood.tasks.map((t) => t.id);
    expect(tasks).toContain("roleplay");
  });
  it("reads what the user has, or names before saying what to do first, as the input", () => {
    const first = (q: string, lang: "zh" | "en") => recommendTools(cat, { task: q }, lang).understood.tasks[0]?.id;
    // The recording is what they have: they want a transcript, not a tool that makes podcasts.
    expect(first("I have a podcast recording and need a transcript", "en")).toBe("transcription");
    expect(first("两个小时的播客，先转成文字稿", "zh")).toBe("transcription");
  });
  it("reads the last word of a Chinese compound as its head: 宣传片脚本 is a script", () => {
    expect(recommendTools(cat, { task: "写个品牌宣传片脚本" }, "zh").understood.tasks.map((t) => t.id)).toEqual(["script"]);
  });
  it("never reads a common English word as a slip of a task word ('cooking' is no 'coloring'), and still reads real slips", () => {
    const tasks = (q: string) => recommendTools(cat, { task: q }, "en").understood.tasks.map((t) => t.id);
    expect(tasks("I run a cooking channel and want to dub my videos into spanish")).not.toContain("coloring");
    expect(tasks("colorng my manga pages")).toContain("coloring");
  });
  it("reads who is asking and what they have as context, so a request of several asks only for what it asks", () => {
    const rec = recommendTools(cat, { task: "I have a 2 hour podcast recording and want short clips for TikTok" }, "en");
    expect(rec.groups).toBeUndefined();
    expect(rec.results[0]!.tasks).toContain("short-clips");
    // 虚拟主播 is who asks; the stickers are what they ask for.
    expect(recommendTools(cat, { task: "做虚拟主播的，想给粉丝做一套自己形象的表情包" }, "zh").understood.tasks[0]!.id).toBe("sticker");
  });
  it("reads a tool named with no task as a question about what that tool does", () => {
    const rec = recommendTools(cat, { task: "国产的ChatGPT哪个好用" }, "zh");
    expect(rec.results.length).toBeGreaterThan(0);
    expect(rec.results[0]!.tasks).toContain("chat");
    expect(rec.results.every((r) => r.chinaAccess === "yes")).toBe(true);
  });
  it("reads a document brought to be asked about as chatting with it", () => {
    const rec = recommendTools(cat, { task: "is there an AI that can read a 300 page PDF and answer questions about it" }, "en");
    expect(rec.results[0]!.tasks).toContain("doc-qa");
  });
  it("reads a Chinese request by sound when its characters name no task surely: an input method's homophone slip", () => {
    const first = (q: string) => recommendTools(cat, { task: q }, "zh").understood.tasks[0]?.id;
    expect(first("画个业务流成图，要好看点")).toBe("diagram");
    expect(first("数子人直播带货")).toBe("digital-human");
    // Two syllables sound alike too often: 变成 is no 编程; but 陪音 shares a character with 配音.
    expect(first("把这张线稿变成上好色的图")).not.toBe("coding");
    expect(first("有没有声音自然一点的AI陪音软件")).toBe("dubbing");
  });
  it("reads a video named anywhere in a request to summarise or upscale as what is summarised or upscaled", () => {
    const first = (q: string, lang: "zh" | "en") => recommendTools(cat, { task: q }, lang).understood.tasks[0]?.id;
    expect(first("B站up主的长视频太长了 帮我总结一下讲了啥", "zh")).toBe("video-summary");
    expect(first("upscale 老电影 到4K", "zh")).toBe("video-upscale");
  });
  it("reads a pronoun in a later part as what goes in, so the later part asks for its own task", () => {
    const rec = recommendTools(cat, { task: "I have a podcast recording with background hum, need to clean it up and then transcribe it" }, "en");
    expect(rec.groups?.map((g) => g.task)).toEqual(["audio-denoise", "transcription"]);
  });
  it("counts a phrase typed in the plural as the phrase", () => {
    expect(recommendTools(cat, { task: "need UI mockups before we start coding the app" }, "en").understood.tasks[0]!.id).toBe("ui-design");
  });
  it("still finds the task a named tool's words would have hidden ('roleplay' beside Character.AI)", () => {
    const rec = recommendTools(cat, { task: "想和动漫角色 roleplay，like Character.AI 那种" }, "zh");
    expect(rec.understood.tasks[0]!.id).toBe("roleplay");
  });
  it("answers with general assistants that meet the request, and says so, when no tool of the kind asked for does", () => {
    // A catalog in which no office tool is open source: open models stand in, scored as stand-ins.
    const closedOffice = { ...cat, tools: cat.tools.filter((t) => t.category !== "office" || t.openness === "closed") };
    const rec = recommendTools(closedOffice, { task: "做PPT，要开源的" }, "zh");
    expect(rec.understood.fallback).toBe("assistant");
    expect(rec.results.length).toBeGreaterThan(0);
    for (const r of rec.results) expect(r.openness).not.toBe("closed");
    expect(Math.max(...rec.results.map((r) => r.score))).toBeLessThan(70);
  });
  it("answers each task of a request of several on its own, and says under a task which stand-in answered it", async () => {
    // The built catalog without its open mind-map tools, so that open source leaves none for the second task.
    const dir = mkdtempSync(join(tmpdir(), "aigc-standin-"));
    for (const f of readdirSync(join(ROOT, "dist")).filter((f) => f.endsWith(".json"))) copyFileSync(join(ROOT, "dist", f), join(dir, f));
    const built = JSON.parse(readFileSync(join(dir, "catalog.json"), "utf8")) as { tools: Tool[] };
    built.tools = built.tools.filter((t) => !t.tasks.includes("mind-map") || t.openness === "closed");
    writeFileSync(join(dir, "catalog.json"), JSON.stringify(built));
    const { out, code } = await cli(["recommend", "--task", "会议纪要和做思维导图，要开源的", "--lang", "zh"], { catalogPath: join(dir, "catalog.json") });
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(0);
    expect(out).toMatch(/# 会议纪要\n1\t/);
    expect(out).toMatch(/# 思维导图 \(没有专门做这件事的工具：[^)]+\)\n1\t/);
  });
  it("answers a request that names only its trade with the tools of that trade's usual work, and says so", () => {
    const rec = recommendTools(cat, { task: "做短剧的有啥AI工具推荐，要中文好的" }, "zh");
    expect(rec.understood.fallback).toBe("industry");
    expect(rec.results.length).toBeGreaterThan(0);
    for (const r of rec.results) expect(["native", "good"]).toContain(r.chinese);
  });
  it("falls back to names and summaries when no task is recognised", () => {
    const rec = recommendTools(cat, { task: "字节跳动" }, "zh");
    expect(rec.understood.readAsText).toBe(true);
    expect(rec.results.length).toBeGreaterThan(0);
  });
});
