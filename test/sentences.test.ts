// What the parts of a sentence bring beside its task words, as people type them into the prompt: the thing worked on,
// the thing they have, how they want it, and where one request ends and the next begins.
import { describe, expect, it } from "vitest";
import { recommendTools } from "../src/commands/recommend/run.js";
import { catalog } from "./helpers.js";

const cat = catalog();
const lang = (q: string) => (/[\u4e00-\u9fff]/.test(q) ? "zh" : "en");
const understood = (q: string) => recommendTools(cat, { task: q }, lang(q)).understood;
const first = (q: string) => understood(q).tasks[0]?.id;
const groups = (q: string) => recommendTools(cat, { task: q }, lang(q)).groups?.map((g) => g.task);

describe("what a sentence brings", () => {
  it("reads what something is added to, or turned into something with 弄成, as the input", () => {
    // The talking-head video gets subtitles: it is no request for a digital human.
    expect(first("有没有免费的AI能给口播视频自动加字幕")).toBe("subtitles");
    // The old photos are made to move: no request to restore old photos.
    expect(first("把新人的老照片弄成会动的")).toBe("image-to-video");
  });
  it("reads a Chinese object of an English verb, and a short drama, as a video to translate", () => {
    expect(first("translate 我的抖音视频 成英文")).toBe("video-translation");
    expect(first("中文短剧想翻译成英语配音出海")).toBe("video-translation");
  });
  it("reads what the user's own thing has, and an amount of material, as what they bring", () => {
    const noisy = understood("my podcast has fridge hum and street noise in every episode, any free fix?");
    expect(noisy.tasks.map((t) => t.id)).toEqual(["audio-denoise"]);
    expect(groups("3h of podcast audio, get a transcript first then cut 60s clips for TikTok")).toEqual(["transcription", "short-clips"]);
  });
  it("drops what a sentence negates without an apostrophe", () => {
    const tasks = understood("rewrite my essay so it doesnt sound like ai").tasks.map((t) => t.id);
    expect(tasks[0]).toBe("paraphrase");
    expect(tasks).not.toContain("voice-clone");
  });
  it("hears preferences in more of the ways people say them", () => {
    expect(understood("别推荐国外的 要能写网文的").stated?.china).toBe(true);
    expect(understood("网文写手，想找个能帮我续写小说的AI，中文得好").stated?.chinese).toBe(true);
    expect(understood("销售Excel找出哪个区在掉量，数据不能传外网").stated?.open).toBe(true);
    expect(understood("something like Otter but actually good at Chinese meetings").stated?.chinese).toBe(true);
  });
  it("ends one request and starts the next at 还得 and at 写完直接", () => {
    expect(groups("公司新品要做个宣传片，还得配个旁白")).toEqual(["promo-video", "dubbing"]);
    expect(groups("帮我写mj的prompt，写完直接出图")).toEqual(["prompt", "image-generation"]);
  });
  it("reads a named tool complained of as the one to replace, and a part naming only it as asking for what it does", () => {
    const top5 = (q: string) => recommendTools(cat, { task: q, limit: "5" }, lang(q)).results.map((r) => r.id);
    expect(top5("need a pitch deck by friday and Gamma's free credits ran out")).not.toContain("gamma");
    expect(top5("剪映会员到期了，有啥免费的能自动剪辑")).not.toContain("jianying");
    expect(top5("有没有比Canva好用的，生成一张新品海报")).not.toContain("canva");
    expect(groups("Fireflies alternative that can also draft the follow-up emails after a sales call")).toEqual(["meeting-notes", "email"]);
  });
  it("reads a video dubbed into another language as translated, and what is in one's own recordings as the input", () => {
    expect(first("Rask AI is too pricey to dub my YouTube videos into Spanish")).toBe("video-translation");
    expect(first("dub my product video")).toBe("dubbing");
    expect(first("I just need to clean up background noise in my podcast recordings")).toBe("audio-denoise");
    // The song is what the vocals are in: no request to make a song.
    expect(first("想把这首歌里的人声分出来，只留伴奏")).toBe("vocal-removal");
  });
  it("ends one request and starts the next at a comma before a verb, at a plus sign and at 'after that'", () => {
    expect(groups("做个TikTok广告视频，配上AI voiceover")).toEqual(["promo-video", "dubbing"]);
    expect(groups("need sound effects + a background score for my indie game trailer")).toEqual(["sound-effects", "music"]);
    expect(groups("brainstorm plot twists for my fantasy novel, after that help me flesh out the villain's backstory")).toEqual(["plot-ideas", "character-profile"]);
  });
  it("reads a later part as working on what the part before it made, and an English word before 录音 as the material", () => {
    // The digital-human video is what is translated.
    expect(groups("HeyGen太贵，想找个digital human做口播，之后translate成英文版")).toEqual(["digital-human", "video-translation"]);
    // The podcast is the recording transcribed, not a request for a podcast tool.
    expect(groups("podcast录音transcribe完 再切成short clips发tiktok")).toEqual(["transcription", "short-clips"]);
  });
  it("reads what a request says a tool should do as asked, not as who is asking, and a comma before 也 as a new request", () => {
    expect(groups("一句话生成视频，还要能自动配音的，国产的有哪些")).toEqual(["text-to-video", "dubbing"]);
    expect(groups("不会写代码，想一句话生成个人网站，logo也顺便帮我做了")).toEqual(["web-generation", "logo-design"]);
  });
  it("reads what a song is written for, and a video one has shot, as the input", () => {
    expect(first("Suno平替，给动画OP写首中文歌")).toBe("song");
    expect(first("拍了个产品视频是中文的 想翻成英语发tiktok")).toBe("video-translation");
  });
  it("puts right an input method's slip in an everyday word, so the task beside it is found", () => {
    // 视屏 for 视频 (ping typed for pin), 降躁 for 降噪 (zao for zao with another character).
    expect(first("培训机构招生 想做个宣传视屏 30秒左右")).toBe("promo-video");
    expect(first("播客录音先降躁")).toBe("audio-denoise");
  });
  it("reads a kind of result after a task as the result, and a recording summarised as meeting notes", () => {
    expect(first("做个二维动画短片 三分钟左右")).toBe("animation");
    expect(first("I have 3 hours of zoom recordings, need summaries")).toBe("meeting-notes");
    // 不想 alone names no task (it is part of a phrase for not being on camera).
    expect(understood("整理成笔记，不想花钱").tasks.map((t) => t.id)).not.toContain("digital-human");
  });
  it("reads 除了 X and 'X but …' as replacing X", () => {
    const top5 = (q: string) => recommendTools(cat, { task: q, limit: "5" }, lang(q)).results.map((r) => r.id);
    expect(top5("国内能直接用的文生视频，除了可灵还有啥")).not.toContain("kling");
    expect(top5("character.ai but less filtered lol")).not.toContain("character-ai");
  });
  it("reads no trade from a small word ('turn it into…' is no IT, 'that work in China' no office) and no price from royalty-free", () => {
    expect(understood("turn it into a blog post").industry).toBeUndefined();
    expect(understood("I need Midjourney alternatives that work in China").industry).toBeUndefined();
    expect(understood("background music for a game, royalty free").stated?.free).toBe(false);
    expect(understood("koutu mianfei").stated?.free).toBe(true);
  });
  it("says what it used: the tasks of a request of several, and 免费 undone by --budget any", () => {
    const rec = recommendTools(cat, { task: "写一首歌然后做成MV" }, "zh");
    expect(rec.understood.tasks.map((x) => x.id)).toEqual(rec.groups!.map((g) => g.task));
    expect(recommendTools(cat, { task: "免费的AI画图", budget: "any" }, "zh").understood.stated?.free).toBe(false);
  });
  it("reads what the user's own thing does wrong, and work already done, as what they bring", () => {
    // The notes are theirs; the cover is what they ask for.
    expect(first("我的小红书笔记没人看，封面太丑了")).toBe("poster");
    expect(groups("剧本写好了，接下来需要分镜和配乐")).toEqual(["storyboard", "music"]);
  });
  it("never reads 一键生成, half of 一键生成PPT, as slides", () => {
    expect(first("小红书种草文案一键生成，要带emoji那种")).toBe("copywriting");
  });
  it("reads a video translated as a video translation even beside lip sync, and 'look like a pixar movie' as a look", () => {
    expect(first("translate my youtube videos into spanish with lip sync")).toBe("video-translation");
    expect(first("想把国产短剧直接翻成英文版")).toBe("video-translation");
    expect(first("make my family photos look like a pixar movie")).toBe("style-transfer");
  });
  it("hears 中文界面 as good Chinese, not as a request for interface design", () => {
    const u = understood("像Pika那种image to video，有没有中文界面的");
    expect(u.stated?.chinese).toBe(true);
    expect(u.tasks.map((x) => x.id)).not.toContain("ui-design");
  });
  it("ends one request at 和 before 都 and at 搜完能直接, and reads a tool's name that is a task's word as the task", () => {
    expect(groups("email和会议纪要都想用AI搞定，公司要求本地部署")).toEqual(["email", "meeting-notes"]);
    expect(groups("国产的AI搜索，搜完能直接生成思维导图那种")).toEqual(["search", "mind-map"]);
    // "AI Companion" is also the name of Zoom's assistant: here it is the task.
    expect(first("ai companion app thats free, replika alternative")).toBe("companion");
  });
  it("never hears a measure word as a slip: 做个 is no 做歌", () => {
    expect(understood("我做跨境电商的，想用AI给product做个展示video发TikTok").tasks.map((t) => t.id)).not.toContain("song");
  });
  it("knows a tool by the two capitals people type for it, and never reads a lone letter as a task", () => {
    expect(understood("mj抽卡太费钱了 有没有白嫖的平替").stated?.insteadOf).toEqual(["midjourney"]);
    expect(understood("用自拍做一套微信表情包 要q版的").tasks.map((t) => t.id)).not.toContain("chat");
  });
  it("reads a later part that names only what to make as turning what the part before it made", () => {
    // An illustration made into a video is image-to-video.
    expect(groups("先画一张插画，然后做成视频")).toEqual(["illustration", "image-to-video"]);
  });
  it("reads a tool to do better than, or named without its product word, as the one to replace", () => {
    const rec = recommendTools(cat, { task: "vlog素材拍了一堆不会剪，剪映之外还有更智能的吗" }, "zh");
    expect(rec.results.map((r) => r.id)).not.toContain("jianying");
    expect(rec.results[0]!.tasks).toContain("video-editing");
    // 妙鸭 is what people call 妙鸭相机.
    const portraits = recommendTools(cat, { task: "用自拍出一套写真，妙鸭的平替有吗" }, "zh");
    expect(portraits.understood.stated?.insteadOf).toEqual(["miaoya-camera"]);
    expect(portraits.results.map((r) => r.id)).not.toContain("miaoya-camera");
  });
  it("of two readings of a word, takes the one that accounts for more of what was typed", () => {
    // Python脚本 is code to write, not a script to film; "promt generator" a prompt, not a promo.
    expect(understood("写个Python脚本批量重命名文件").tasks.map((t) => t.id)).toEqual(["coding"]);
    expect(first("promt generator")).toBe("prompt");
  });
  it("reads a draft named after a task as that task's draft: 分镜草图 is a storyboard", () => {
    expect(understood("画漫画前想先用AI出个分镜草图").tasks.map((t) => t.id)).toEqual(["storyboard"]);
  });
  it("reads what is polished as the input, and what the user can't do as nothing asked", () => {
    expect(understood("帮我润色一下这段英文paper abstarct").tasks.map((t) => t.id)).toEqual(["paraphrase"]);
    expect(understood("build a simple webiste for my bakery, I can't code").tasks.map((t) => t.id)).toEqual(["web-generation"]);
  });
  it("finds a kind of output only as a word: 英文字幕 holds no 文字", () => {
    expect(first("给tiktok视频加英文字幕, auto的那种")).toBe("subtitles");
    expect(first("先给动态漫加中文字幕，再翻成英文字幕")).toBe("subtitles");
  });
  it("reads nothing from a word that only says which way a verb goes, and no request in what the user can't do", () => {
    // 出来 and 重新 are no text to speech and no image-to-image; what is pulled out (扒出来) is what is wanted.
    expect(understood("乐队排练录了个demo，想把人声单独扒出来重新混").tasks.map((t) => t.id)).toEqual(["vocal-removal"]);
    expect(understood("i can't draw, need a logo for my shop").tasks.map((t) => t.id)).toEqual(["logo-design"]);
    expect(first("film student shooting a short next month, need to plan my shots but I can't draw")).toBe("storyboard");
  });
  it("reads a named tool complained of in more ways, or wanted in Chinese, as the one to replace, a short name with a slip too", () => {
    const ids = (q: string) => recommendTools(cat, { task: q }, lang(q)).results.map((r) => r.id);
    expect(understood("豆包写的短剧剧本太水了，有没有更专业写剧本的AI，中文要好").stated?.insteadOf).toEqual(["doubao"]);
    expect(ids("Otter识别不了中文，换个能出会议纪要的")).not.toContain("otter-ai");
    expect(understood("有没有中文版的Grammarly，想润色一下中文论文").stated?.insteadOf).toEqual(["grammarly"]);
    expect(ids("找个做PPT的AI, free的, gama太贵了")).not.toContain("gamma");
    // A word of the vocabulary is no slip of a name: "can't code" replaces no Codex.
    expect(understood("build a simple webiste for my bakery, I can't code").stated?.insteadOf ?? []).toEqual([]);
  });
  it("hears good Chinese asked for with words between", () => {
    expect(understood("Perplexity的平替，中文搜索要好").stated?.chinese).toBe(true);
    expect(understood("写个竖屏短剧剧本，霸总题材，哪个AI中文写得好").stated?.chinese).toBe(true);
    expect(understood("an AI search like perplexity but with better chinese results").stated?.chinese).toBe(true);
  });
  it("reads 'for' before a verb in -ing as what the request is for, not what goes in", () => {
    expect(first("local LLM for coding that runs on my laptop, no internet at work")).toBe("coding");
    expect(understood("need an app for removing background noise from my podcast audio").tasks.map((t) => t.id)).toEqual(["audio-denoise"]);
  });
  it("reads pinyin typed a word at a time, and no Chinese compound across a space into pinyin", () => {
    // 问问题 beside "wendang wenda" (文档问答) about a PDF is chatting with the document.
    expect(first("上传几百页的pdf直接问问题 wendang wenda 不用翻墙的")).toBe("doc-qa");
  });
  it("of two readings about as sure, takes the one standing on more of the words asked, not on the input", () => {
    expect(first("帮我找个song cvoer的AI，用我自己的voise唱")).toBe("song-cover");
    expect(first("turn my kid's drawing into a cartoon animation")).not.toBe("anime-art");
  });
  it("reads no task from a question word (什么), nor the same task twice from a slip", () => {
    expect(understood("视频加字母有什么AI能自动识别的吗，免费的").tasks.map((t) => t.id)).toEqual(["subtitles", "transcription"]);
  });
  it("reads an English word inside a longer mixed term as that term, and Chinese writing to work on as needing good Chinese", () => {
    expect(understood("小红书cover图怎么用AI做").tasks.map((t) => t.id)).toEqual(["poster"]);
    expect(understood("中文论文润色降重").stated?.chinese).toBe(true);
  });
  it("answers requests in everyday words for searching the web and for a domestic model", () => {
    expect(first("想找个能联网搜的AI，别给我瞎编")).toBe("search");
    expect(recommendTools(cat, { task: "国产大模型哪个写东西中文最好" }, "zh").results.length).toBeGreaterThan(0);
  });
  it("reads a video put into another language as translated even when no word says translate", () => {
    expect(first("做跨境电商的，想把中文的产品介绍视频直接变成英语和西语版，口型最好也能对上")).toBe("video-translation");
    expect(first("turn my cooking vlog into spanish")).toBe("video-translation");
  });
});
