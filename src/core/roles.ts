// The part each piece of a request plays besides naming a task: what goes in ("from my photos", "把文章…"), what it
// rules out ("no watermark"), how it wants it ("open source"), the look it names ("anime-style"), what comes out ("a
// video"). Pure, and no language of its own: the patterns are data a request is matched against.
import type { Catalog, Category } from "../catalog/types.js";
import { CATEGORY_INFO } from "./categories.js";
import { contentWords, type TermHit } from "./match.js";
import { howWords, withoutCues } from "./request.js";
import { HAN, hasHan, norm, squash } from "./text.js";

/** How much a term counts when it names what goes in ("from concept art") rather than what should come out. */
const INPUT_WEIGHT = 0.6;

const EN_INPUT = /\b(?:from|based on|out of|for(?!\s+[a-z]+ing\b)|using|(?:in|on|of) (?=my |our ))\s*([a-z0-9 ]+?)(?=\s+(?:to|into|for|in|with|and|as|from)\b|[,.;!?]|$)/g;
/** "turn my blog post into a video": what is turned, converted or made into something is the input. */
const EN_TURNED = /\b(?:turn|turns|turning|convert|converts|converting|transform|change|make)\s+([a-z0-9' ]+?)\s+(?:into|to)\b/g;
/** "upscale old game sprites", "summarize a youtube lecture": what such a verb works on is the input, and the verb is
 * the task. */
const WORKS_ON = "upscale|enhance|restore|colou?ri[sz]e|animate|summari[sz]e|translate|transcribe|vectori[sz]e|dub|edit";
const EN_ACTS_ON = new RegExp(`\\b(?:${WORKS_ON})\\s+(?:([a-z0-9' ]+?)(?=\\s+(?:to|into|for|in|with|without|and|so|as|from|on|like|then)\\b|[,.;!?]|$)|([${HAN}]{2,10}))`, "g");
/** Whether a word is such a verb: it names the task, and never gives way to what it works on. */
export const worksOn = (word: string): boolean => WORKS_ON_WORD.test(word);
const WORKS_ON_WORD = new RegExp(`^(?:${WORKS_ON})$`);
/** "I have a podcast recording", "手上有一堆会议录音", "两个小时的播客，先转成文字稿", "我的小红书笔记没人看", "剧本写好了",
 * "在画条漫连载，…": what the user has, has done, is doing, or names before saying what to do first, is the input. */
const EN_HAVE = /(?:\b(?:i|we|i've|we've)\s+(?:have|got|recorded|record|shot|shoot|filmed|film|host|run)|(?:^|[.;]\s*)got)\s+(?:a|an|some|my|our|\d+)?\s*([a-z0-9 ]+?)(?=[,.;!?]|\s+(?:and|that|with|of|i|need|want|but|for)\b|$)|\b(?:my|our)\s+([a-z0-9 ]{2,30}?)\s+(?:has|have|had|is|are|was|sounds|keeps)\b|\b\d+\s*-?\s*(?:h|hrs?|hours?|mins?|minutes?|pages?|episodes?|gb)\s+of\s+([a-z0-9 ]+?)(?=[,.;!?]|\s+(?:and|that|to|i|we|need|want|into|then)\b|$)|(?:^|[.;]\s*)\d+\s*-?\s*(?:h|hrs?|hours?|pages?|episodes?)\b([a-z0-9 -]*?)(?=[,.;])/g;
const ZH_HAVE = new RegExp(`(?:我有|手上有|手里有|手头有|录了|拍了)(?:一?个|一段|一条|一堆|一些|些)?([${HAN}]{2,8}?)(?=是|的|想|要|[，,\s]|$)|我的([${HAN}]{2,8}?)(?=没|不|太|很|总|老|一直)|([${HAN}]{2,6}?(?:已经)?(?:写好了|做好了|拍好了|录好了|剪好了|画好了))|([${HAN}]{2,12})[，,]\\s*(?:想|要|我想)?先(?=[${HAN}])|(?:^|[，,。])(?:我|我们)?(?:正|一直)?在(?:画|写|做|拍|剪|录|更)([${HAN}]{2,8}?)(?=[，,。])`, "g");
/** "I'm a wedding videographer", "Skyrim modder here", "做虚拟主播的，…", "我们是一家口腔诊所": who is asking is context
 * (but "能自动配音的，…" says what a tool should do);
 * so is whom a request makes dance or talk ("让我的原创角色跳舞"). */
const EN_WHO = /(?:\bi'?m an?|\bwe'?re an?|\bas an?)\s+([a-z0-9 ]+?)(?=[,.;!?]|\s+(?:and|who|with|that|i|we)\b|$)|^([a-z0-9 ]+?) here\b/g;
const ZH_WHO = new RegExp(`(?:^|[，,。])(?:我是|我们是)([${HAN}]{2,10}?)(?=[，,。]|的[，,]|$)|^(?!能|要|想|会|可以|需要|支持|有没有)做?([${HAN}]{2,8}?)的[，,]|让([${HAN}]{2,10}?)(?=跳|动起来|说话|开口|唱)`, "g");
/** "公众号文章一键转成短视频": what stands before such a verb is the input, with or without 把. */
const ZH_TURNED = new RegExp(`([${HAN}]{2,8}?)(?=(?:想|要|得|需要)?(?:一键|自动|直接)?(?:转成|转为|转换成|变成|做成|弄成|搞成|整成|改成|改编成|剪成|画成|写成|翻译成|翻成|译成))`, "g");
/** "翻译英文小说", "翻唱一首歌", "润色这段英文abstract": what is translated, summarised, polished or covered is the input
 * (an English one once 一下 or 这/那/我的 says it is an object: 年终总结PPT is slides). 改写成 is a turn (ZH_TURNED). */
const ZH_ACTS_ON = new RegExp(`(?:翻译|总结|概括|归纳|翻唱|润色|改写|校对)(?![成为])(?:一下)?(?:(?:(?<=一下)|这|那|我的)[${HAN}]{0,4}?\\s*([a-z][a-z0-9 ]*[a-z0-9])|([${HAN}]{2,6}))`, "g");
const ZH_INPUT = new RegExp(`(?:基于|根据|从|把|将)([${HAN}]+?|[a-z0-9 ]+?(?=转成|转为|变成|做成|改成|剪成|弄成|翻译成|翻成))(?=生成|做成|弄成|搞成|整成|制作|变成|转成|转为|转换|改成|换成|改编成|改编为|改为|整理成|翻译|翻成|总结|剪成|画成|写成|拍成|译成|配成|配上|分开|分离|去掉|去除|抠|变|换|动起来|放大|上色|修|重新|，|。|$)`, "g");
/** A part of a request that says the work is already done ("剧本写好了"). */
const DONE = /好了$/;

/** "这首歌里的人声", "视频中的人": what something is in is what the request works on, its input. */
const ZH_IN = new RegExp(`([${HAN}a-z0-9]{1,8}?)(?:里面的|里的|中的)`, "g");
/** "podcast录音", "youtube视频": an English word before a Chinese word for material names the material, the input. */
const LATIN_MATERIAL = /([a-z0-9]+)\s*(?=录音|音频|视频|文件|照片|图片|截图|素材)/g;
/** "给口播视频加字幕", "给动画OP写首歌": what something is added to or made for is the input (给粉丝做表情包 makes
 * them for fans, who name no task). */
const ZH_ADD_TO = new RegExp(`给([${HAN}a-z0-9]{2,8}?)(?:自动|一键)?(?=加|配|添加|写|做|画|生成)`, "g");

/** The words of a request that name its input or its context: after "from", "based on", "out of", "for", "using" up
 * to the next clause, what is turned into something or (when `worked`) upscaled, summarised, translated; after 基于,
 * 根据, 从, 把 up to the verb (生成, 做成, 变成, 翻译 ...). "3D props from concept art" asks for 3D props. */
export function inputParts(text: string, { worked = true } = {}): string[] {
  const t = norm(text);
  const acted = worked ? [...t.matchAll(EN_ACTS_ON)] : [];
  const en = [...t.matchAll(EN_INPUT), ...t.matchAll(EN_TURNED), ...acted.filter((m) => m[1])].flatMap((m) => m[1]!.split(" "));
  // "translate 我的抖音视频": an English verb's object may be Chinese.
  const zh = [...t.matchAll(ZH_INPUT), ...t.matchAll(ZH_TURNED), ...t.matchAll(ZH_ADD_TO), ...t.matchAll(LATIN_MATERIAL), ...t.matchAll(ZH_IN), ...(worked ? t.matchAll(ZH_ACTS_ON) : []), ...acted.filter((m) => m[2])].map((m) => m[2] ?? m[1]!);
  // "把podcast转成text": the English words inside a Chinese phrase are input words too. Who asks and what they have go
  // in as well.
  return [...en, ...zh, ...zh.flatMap((p) => p.match(/[a-z0-9]+/g) ?? []), ...contextParts(text)];
}

/** The words of a request that say who asks or what they have ("I'm a wedding videographer", "I have a podcast
 * recording", "做虚拟主播的", "两个小时的播客，先…"): its context, never what it asks for. */
export function contextParts(text: string): string[] {
  const t = norm(text);
  const en = [...t.matchAll(EN_HAVE), ...t.matchAll(EN_WHO)].flatMap((m) => m.slice(1).find((g) => g !== undefined)!.split(/[ -]/));
  const zh = [...t.matchAll(ZH_HAVE), ...t.matchAll(ZH_WHO)].map((m) => m.slice(1).find((g) => g !== undefined)!);
  return [...en, ...zh];
}

/** A test for readings that stand only on these words of the request (its input, or its context): an English reading
 * when every word it means something by is among them ("photo to video" also stands on "video"), a Chinese one when it
 * lies inside one of them. */
export function standsOnlyOn(parts: string[]): (h: TermHit) => boolean {
  // A Chinese term found as its words apart in a part that says it is done (写…剧本 in "剧本写好了") stands there too.
  return (h) =>
    parts.length > 0 &&
    (h.words ? contentWords(h).every((w) => parts.includes(w)) : parts.some((p) => hasHan(h.found) && (p.includes(h.found) || (DONE.test(p) && Boolean(h.parts?.every((w) => p.includes(w)))))));
}

/** A later part of a request with what an earlier part worked on in place of its pronoun: "restore my old photos, then
 * animate them" animates the old photos. */
export function withAntecedent(clause: string, before: string): string {
  const object = inputParts(before).join(" ").trim();
  if (!object) return clause;
  // Put as what goes in ("from …", 把…), which is what it was.
  return norm(clause).replace(/\b(?:them|it|these|those)\b|它们|它|这些/, hasHan(object) ? `把${object}` : `from ${object}`);
}

/** Words a negated reading may stand on beside what is negated ("can't draw a" rules out drawing). */
const ARTICLES = new Set(["a", "an", "the", "my", "our", "any"]);

/** The words a request rules out: "no watermark", "without vocals", "不要水印", "不要付费的". */
const EN_NOT = /(?:\b(?:no|without|not|avoid|never|doesn'?t|don'?t|isn'?t|won'?t|can'?t|cannot)|\bw\/o)\s+([a-z0-9]+(?:\s+[a-z0-9]+)?)/g;
const ZH_NOT = new RegExp(`(?:不要|不想要|不需要|别|无|不带|去掉了)([${HAN}]{1,4})`, "g");

/** A test for readings that stand only on words the request rules out ("no watermark" asks for no watermark tool), or
 * on words that say how it wants it or which tool it wants to replace ("open source", "character.ai"). */
function notAsked(catalog: Catalog, text: string): (h: TermHit) => boolean {
  const t = norm(text);
  const en = [...t.matchAll(EN_NOT)].flatMap((m) => m[1]!.split(" "));
  const zh = [...t.matchAll(ZH_NOT)].map((m) => m[1]!);
  // A Chinese term is ruled out only if it is nowhere else: "翻译英文小说，别一股翻译腔" still asks for translation.
  const rest = squash(t.replace(ZH_NOT, " "));
  const how = howWords(catalog, text);
  const negated = (h: TermHit) =>
    h.words ? h.words.length > 0 && h.words.every((w) => en.includes(w) || ARTICLES.has(w)) : hasHan(h.found) && zh.some((p) => p.includes(h.found)) && !rest.includes(h.found);
  const onlyHow = (h: TermHit) =>
    h.words ? h.words.length > 0 && h.words.every((w) => how.latin.has(w)) : how.han.some((c) => c.includes(h.found) || Boolean(h.parts?.some((p) => p.length >= 2 && c.includes(p))));
  return (h) => negated(h) || onlyHow(h);
}

/** What a reading counts for by the role of the words it stands on: nothing if the request rules them out or they say
 * only how, less if they name the input (`input`, from standsOnlyOn), so that the output asked for wins. */
export function weigher(catalog: Catalog, said: string, input: (h: TermHit) => boolean): (h: TermHit) => number {
  const unasked = notAsked(catalog, said);
  return (h) => (unasked(h) ? 0 : input(h) ? INPUT_WEIGHT : 1);
}

/** A style named after a kind of work ("anime-style", "漫画风的", "in the style of a comic") is a look, not an industry. */
const STYLE = new RegExp(`[a-z]+[- ]?(?:style|styled)\\b|in the style of (?:an? )?[a-z]+|look(?:s)? like (?:an? )?[a-z]+ (?:movie|film|cartoon|anime|painting|comic)s?\\b|[${HAN}]{1,4}(?:风格|画风|风(?=的|[，,。\\s]|$))`, "g");

/** Whether the request names a look ("pixar style", "水墨风"). */
export function namesStyle(text: string): boolean {
  return new RegExp(STYLE.source).test(norm(text));
}

/** The request without the looks it names, for finding the industry it works in. */
export function withoutStyles(text: string): string {
  return text.replace(STYLE, " ");
}

/** Words that say what kind of thing goes in, when a request turns one thing into another: Latin words as they are,
 * Chinese ones as the last word of a phrase ("公众号文章" is an article). */
const INPUT_KINDS: Array<[Category, RegExp, string[]]> = [
  ["text", /^(?:blog|blogs|post|posts|article|articles|text|script|scripts|story|novel|essay)$/, ["文章", "文案", "文字", "小说", "剧本", "脚本", "博客", "帖子", "推文", "文稿"]],
  ["image", /^(?:photo|photos|image|images|picture|pictures|pic|pics|drawing|drawings|selfie|selfies|portrait)$/, ["图片", "照片", "图", "插画", "原画", "自拍", "截图"]],
  ["video", /^(?:video|videos|clip|clips|footage|youtube|bilibili|vlog|vlogs|movie|movies|film|films|fancam|fancams|tape|tapes|vhs|lecture|lectures)$/, ["视频", "录像", "影片", "电影", "动画", "vlog", "短剧", "短片", "片子"]],
  ["audio", /^(?:audio|recording|recordings|podcast|podcasts|voice)$/, ["录音", "音频", "播客"]],
  ["office", /^(?:slides|slide|deck|decks|ppt|pptx|presentation|presentations)$/, ["课件", "幻灯片", "ppt"]],
];

/** The kinds of thing a request's input parts are. */
export function inputKinds(parts: string[], { within = false } = {}): Category[] {
  // A phrase is of the kind of its last word ("公众号文章"); `within` finds the word anywhere in it ("长视频太长了").
  const holds = (p: string, w: string) => (within ? p.includes(w) : p.endsWith(w));
  return INPUT_KINDS.filter(([, en, zh]) => parts.some((p) => en.test(p) || (hasHan(p) && zh.some((w) => holds(p, w))))).map(([k]) => k);
}

/** The output categories a request names as words ("a video", "拜年视频"), outside what it names as its input (`inputs`,
 * when the caller has them already; none for a request of one term). */
export function categoriesIn(text: string, inputs: string[] = inputParts(text)): Category[] {
  const t = norm(text);
  const words = t.split(/[^a-z0-9]+/).filter((w) => w && !inputs.includes(w));
  // A preference's words are not an output: 文字 inside "中文字体要好看" is good Chinese, not text.
  const han = withoutCues(t.replace(/[^\u3400-\u9fff]+/g, " "), " ");
  return CATEGORY_INFO.filter((c) => {
    const en = [c.id, c.en.toLowerCase(), ...c.aliases.en];
    const zh = [c.zh, ...c.aliases.zh];
    return en.some((w) => words.includes(w)) || zh.some((w) => han.includes(w) && !inputs.some((p) => p.includes(w)) && isWordIn(han, w));
  }).map((c) => c.id);
}

/** Whether a Chinese word found in a text stands there as a word, not across two ("文字" in "英文字幕" is 英文 and 字幕).
 * Only called once the word is found, so a request naming no category loads no word-break data. */
function isWordIn(text: string, word: string): boolean {
  const ends = new Set<number>([0]);
  for (const s of new Intl.Segmenter("zh", { granularity: "word" }).segment(text)) ends.add(s.index + s.segment.length);
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) if (ends.has(i) && ends.has(i + word.length)) return true;
  return false;
}

