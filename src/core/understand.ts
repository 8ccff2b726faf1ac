// What a typed task means: which tasks of the vocabulary, which output category, which industry it mentions.
import type { Catalog, Category, Tool } from "../catalog/types.js";
import { industriesIn } from "./lookup.js";
import { CATEGORY_INFO } from "./categories.js";
import { GENERIC_HAN, matchText, spelled, type TermHit } from "./match.js";
import { CUE_HAN, howWords } from "./request.js";
import { byCode, HAN, hasHan, norm, squash } from "./text.js";

export interface TaskHit {
  id: string;
  /** 0..1: how surely the text names this task. */
  weight: number;
  /** The vocabulary form that matched, quoted in reasons. */
  term: string;
  /** The task's broader task, whose tools can stand in. */
  broader?: string;
}
export interface Understanding {
  tasks: TaskHit[];
  /** Output categories the text names outright ("视频", "image"). */
  categories: Category[];
  /** Industries the text mentions in passing ("for an indie game"). */
  industries: string[];
}

/** Tasks close to the best one are kept; a weak partial match beside a clear one is noise. */
const KEEP_WITHIN = 0.12;
const MIN_WEIGHT = 0.5;

/** How much a term counts when it names what goes in ("from concept art") rather than what should come out. */
const INPUT_WEIGHT = 0.6;

const EN_INPUT = /\b(?:from|based on|out of|for|using)\s+([a-z0-9 ]+?)(?=\s+(?:to|into|for|in|with|and|as)\b|[,.;!?]|$)/g;
/** "turn my blog post into a video": what is turned, converted or made into something is the input. */
const EN_TURNED = /\b(?:turn|turns|turning|convert|converts|converting|transform|change|make)\s+([a-z0-9' ]+?)\s+(?:into|to)\b/g;
const ZH_INPUT = new RegExp(`(?:基于|根据|从|把|将)([${HAN}]+?)(?=生成|做成|制作|变成|转成|转为|转换|改成|改编成|改编为|改为|整理成|翻译|提取|总结|剪成|配上|，|。|$)`, "g");

/** The words of a request that name its input or its context: after "from", "based on", "out of", "for", "using" up to the next clause; after 基于,
 * 根据, 从, 把 up to the verb (生成, 做成, 变成, 翻译 ...). "3D props from concept art" asks for 3D props. */
export function inputParts(text: string): string[] {
  const t = norm(text);
  const en = [...t.matchAll(EN_INPUT), ...t.matchAll(EN_TURNED)].flatMap((m) => m[1]!.split(" "));
  const zh = [...t.matchAll(ZH_INPUT)].map((m) => m[1]!);
  return [...en, ...zh];
}

/** The words a request rules out: "no watermark", "without vocals", "不要水印", "不要付费的". */
const EN_NOT = /\b(?:no|without|not|avoid)\s+([a-z0-9]+(?:\s+[a-z0-9]+)?)/g;
const ZH_NOT = new RegExp(`(?:不要|不想要|不需要|别|无|不带|去掉了)([${HAN}]{1,4})`, "g");

/** Hits standing only on words the request rules out are dropped: "no watermark" asks for no watermark tool. */
function dropNegated(hits: TermHit[], text: string): TermHit[] {
  const t = norm(text);
  const en = [...t.matchAll(EN_NOT)].flatMap((m) => m[1]!.split(" "));
  const zh = [...t.matchAll(ZH_NOT)].map((m) => m[1]!);
  if (!en.length && !zh.length) return hits;
  const negated = (h: TermHit) => (h.words ? h.words.length > 0 && h.words.every((w) => en.includes(w)) : zh.some((p) => hasHan(h.found) && p.includes(h.found)));
  return hits.filter((h) => !negated(h));
}

/** Hits standing only on words that say how the request wants it, or which tool it wants to replace, are dropped. */
function dropHow(catalog: Catalog, hits: TermHit[], text: string): TermHit[] {
  const how = howWords(catalog, text);
  if (!how.latin.size && !how.han.length) return hits;
  const only = (h: TermHit) => (h.words ? h.words.length > 0 && h.words.every((w) => how.latin.has(w)) : how.han.some((c) => c.includes(h.found)));
  return hits.filter((h) => !only(h));
}

/** Hits that name the request's input count less, so the output asked for wins. */
function discountInputs(hits: TermHit[], text: string): TermHit[] {
  const parts = inputParts(text);
  if (!parts.length) return hits;
  // An English term is input only if every word it stands on is ("photo to video" also stands on "video").
  const isInput = (h: TermHit) => (h.words ? h.words.every((w) => parts.includes(w)) : parts.some((p) => hasHan(h.found) && p.includes(h.found)));
  // When every reading is of such words ("an alternative for voice cloning"), they say what the request is for.
  if (hits.every(isInput)) return hits;
  return hits.map((h) => (isInput(h) ? { ...h, weight: h.weight * INPUT_WEIGHT } : h)).sort((a, b) => b.weight - a.weight || byCode(a.key, b.key));
}

/** Reads a task as typed (any language, pinyin, typos, a sentence) into vocabulary terms. */
export function understandTask(catalog: Catalog, text: string): Understanding {
  // A request that is exactly one form of one task ("抠图", as the prompt passes a picked task) is that task.
  const whole = squash(norm(text));
  const exact = whole.length <= 40 ? catalog.exactTask?.(whole) : undefined;
  if (exact) return { tasks: [{ id: exact, weight: 1, term: text.trim(), broader: catalog.tasks.find((t) => t.id === exact)?.broader }], categories: categoriesIn(text), industries: [] };
  const said = text;
  text = spelled(text);
  const hits = discountInputs(dropHow(catalog, dropNegated(matchText(catalog.vocab().tasks, text), text), said), text);
  const top = hits[0]?.weight ?? 0;
  const kept = hits.filter((h) => h.weight >= Math.max(MIN_WEIGHT, top - KEEP_WITHIN));
  // "对话" inside "PDF对话" is part of the longer request, not a second one.
  const inside = (h: (typeof kept)[number]) =>
    kept.some((o) => o !== h && o.found.length > h.found.length && o.found.includes(h.found));
  // Two English readings that share a word ("remove background" and "background noise" in "remove background noise"):
  // the one that reaches further is the head of the phrase, what is asked for, as in "mobile game" the game.
  const words = norm(text).split(/[^a-z0-9]+/);
  const reach = (h: (typeof kept)[number]) => Math.max(-1, ...(h.words ?? []).map((w) => words.lastIndexOf(w)));
  const shadowed = (h: (typeof kept)[number]) =>
    Boolean(h.words) && kept.some((o) => o !== h && o.words && o.weight >= h.weight - 0.05 && o.words.some((w) => h.words!.includes(w)) && reach(o) > reach(h));
  // A one-word reading before a longer one is the verb of a request whose object is the longer one ("write Excel
  // formulas" asks for formulas, "make a song cover" for a cover).
  const verbOf = (h: (typeof kept)[number]) =>
    h.words?.length === 1 &&
    kept.some((o) => o !== h && o.words && reach(o) > reach(h) && (o.words.length >= 2 || ACTIONS.has(h.words![0]!)));
  const broader = (id: string) => catalog.tasks.find((t) => t.id === id)?.broader;
  // A weaker reading of the very words a stronger one stands on ("prompts" as "prompt to image") is the same word
  // misread, not a second request.
  const weaker = (h: (typeof kept)[number]) =>
    Boolean(h.words?.length) && kept.some((o) => o !== h && o.words && o.weight > h.weight && h.words!.every((w) => o.words!.includes(w)));
  // "开源模型" in "开源的大模型" is a preference (open source) and a generic word, not a task.
  const onlyHow = (h: (typeof kept)[number]) => {
    if (!hasHan(h.found)) return false;
    let rest = h.found;
    for (const cue of CUE_HAN) rest = rest.split(cue).join("");
    return rest.length < 2 || GENERIC_HAN.has(rest);
  };
  const tasks = kept.filter((h) => !inside(h) && !shadowed(h) && !verbOf(h) && !weaker(h) && !onlyHow(h)).map((h) => ({ id: h.key, weight: h.weight, term: h.term, broader: broader(h.key) }));
  const categories = categoriesIn(text);
  // A document to summarise, translate or question ("把PDF论文总结一下") is read, not watched: chatting with documents.
  if (DOCUMENT.test(norm(text)) && tasks.some((x) => x.id === "summarize" || x.id === "translate" || x.id === "video-summary") && !tasks.some((x) => x.id === "doc-qa")) {
    const keep = tasks.filter((x) => x.id !== "video-summary");
    tasks.length = 0;
    tasks.push({ id: "doc-qa", weight: 0.96, term: "", broader: broader("doc-qa") }, ...keep);
  }
  // "turn my blog posts into short videos": text goes in, video comes out, so the request is text-to-video.
  const turned = turnTask(text, categories);
  if (turned && !tasks.some((x) => x.id === turned)) tasks.unshift({ id: turned, weight: 0.97, term: "", broader: broader(turned) });
  const industries = industriesIn(catalog, text.replace(STYLE, " ")).map((i) => i.industry.id);
  return { tasks, categories, industries };
}

/** A style named after a kind of work ("anime-style", "漫画风的", "in the style of a comic") is a look, not an industry. */
const STYLE = new RegExp(`[a-z]+[- ]?(?:style|styled|look)\\b|in the style of (?:an? )?[a-z]+|[${HAN}]{1,4}(?:风格|画风|风(?=的|[，,。\\s]|$))`, "g");

/** Task words that are also the verb of a request ("write better prompts", "make a logo"): what follows is asked for. */
const ACTIONS = new Set(["write", "writing", "make", "create", "draw", "design", "generate", "edit", "build"]);

/** Words that say what kind of thing goes in, when a request turns one thing into another. */
const INPUT_KINDS: Array<[Category, RegExp]> = [
  ["text", /^(?:blog|blogs|post|posts|article|articles|text|script|scripts|story|novel|essay|文章|文案|文字|小说|剧本|脚本|博客|帖子|推文)$/],
  ["image", /^(?:photo|photos|image|images|picture|pictures|pic|pics|drawing|drawings|图片|照片|图|插画|原画)$/],
  ["video", /^(?:video|videos|clip|clips|footage|视频|录像)$/],
  ["audio", /^(?:audio|recording|recordings|podcast|podcasts|voice|录音|音频|播客)$/],
  ["office", /^(?:slides|slide|deck|decks|ppt|pptx|presentation|presentations|课件|幻灯片|ppt课件)$/],
];
/** Words for a document a request brings: what it asks is then done to a document, not to a video or a web page. */
const DOCUMENT = /pdf|论文|文档|word文件|合同|报告|\bpaper\b|\bdocument\b|\bdocx?\b/;

/** What turning one kind of thing into another is called: text into video is text-to-video, and so on. */
const TURNS: Record<string, string> = {
  "text>video": "text-to-video", "image>video": "image-to-video", "text>audio": "text-to-speech", "text>image": "image-generation",
  "image>image": "image-to-image", "video>text": "video-summary", "audio>text": "transcription", "office>video": "text-to-video",
};

/** The task a request of the form "turn <input> into <output>" asks for, from what kind goes in and what comes out. */
function turnTask(text: string, outputs: Category[]): string | undefined {
  const parts = inputParts(text);
  const kinds = INPUT_KINDS.filter(([, re]) => parts.some((p) => re.test(p))).map(([k]) => k);
  for (const from of kinds) for (const to of outputs) if (TURNS[`${from}>${to}`]) return TURNS[`${from}>${to}`];
  return undefined;
}

/** The output categories a request names as words ("a video", "拜年视频"), outside what it names as its input. */
function categoriesIn(text: string): Category[] {
  const t = norm(text);
  const inputs = inputParts(text);
  const words = t.split(/[^a-z0-9]+/).filter((w) => w && !inputs.includes(w));
  const han = t.replace(/[^\u3400-\u9fff]+/g, " ");
  return CATEGORY_INFO.filter((c) => {
    const en = [c.id, c.en.toLowerCase(), ...c.aliases.en];
    const zh = [c.zh, ...c.aliases.zh];
    return en.some((w) => words.includes(w)) || zh.some((w) => han.includes(w) && !inputs.some((p) => p.includes(w)));
  }).map((c) => c.id);
}

/** The tasks of a request for something like a named tool ("像Suno那样的", "a Runway alternative"): what the request
 * asks for when it says ("a Canva alternative for a logo"), else the tool's own first task. A general task that the
 * tool's own is a kind of ("聊天" beside character.ai) is read as the tool's. */
export function tasksLike(catalog: Catalog, tool: Tool, read: TaskHit[]): TaskHit[] {
  const primary = tool.tasks[0];
  if (!primary) return read;
  const own = tasksById(catalog, [primary]).map((h) => ({ ...h, weight: 0.95, term: tool.name }));
  if (!read.length) return own;
  const above = new Set<string>();
  for (let id = catalog.tasks.find((x) => x.id === primary)?.broader; id; id = catalog.tasks.find((x) => x.id === id)?.broader) above.add(id);
  if (!read.some((h) => above.has(h.id))) return read;
  return [...own, ...read.filter((h) => !above.has(h.id) && h.id !== primary)];
}

/** Tasks given by id (a workflow step), understood with full certainty. */
export function tasksById(catalog: Catalog, ids: string[]): TaskHit[] {
  return ids.flatMap((id) => {
    const t = catalog.tasks.find((x) => x.id === id);
    // Named by id, not typed: there is no word of the user's to quote.
    return t ? [{ id, weight: 1, term: "", broader: t.broader }] : [];
  });
}
