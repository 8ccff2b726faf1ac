// What a sentence asks for besides its tasks: the preferences it states (free, usable in mainland China, open source or
// local, good Chinese), the tool it wants an alternative to, and its clauses when it asks for several things in turn.
// Pure, and no language of its own: the cue words are data a request is matched against.
import type { Catalog, Tool } from "../catalog/types.js";
import { latinWords, norm, squash, wordsMeet } from "./text.js";

export interface Stated {
  free: boolean;
  china: boolean;
  open: boolean;
  chinese: boolean;
  /** Adult content asked for in so many words ("nsfw", "成人"): only then do adult companion sites stay. */
  adult: boolean;
  /** Tools named as what to replace ("像Suno那样", "an Otter alternative", "instead of Runway"). */
  insteadOf: Tool[];
  /** The parts of a request that ask for one thing each ("转成文字，再整理成纪要"). */
  clauses: string[];
}

/** Cue words for each preference, in the forms people type them. A negated paid form ("不要付费的") says free too. */
const CUES = {
  free: ["免费", "不要钱", "不花钱", "零成本", "白嫖", "不要付费", "不想付费", "别收费", "不收费", "free", "no subscription", "without paying", "no cost", "cheap", "cheapest", "太贵", "便宜", "低成本", "no watermark", "doesn't cost", "dont want to pay", "don't want to pay", "zero budget", "no budget", "free tier", "不想开会员", "不开会员", "不用会员", "免会员", "不想充会员", "mianfei"],
  china: ["国内", "国产", "大陆", "guonei", "不用翻墙", "不翻墙", "免翻墙", "不需要翻墙", "不用梯子", "不用vpn", "中国能用", "works in china", "in china", "mainland", "without a vpn", "without vpn", "no vpn", "shanghai office", "beijing office", "from shanghai", "in shanghai", "in beijing", "in shenzhen", "别推荐国外", "不要国外", "国外的不要", "不用国外", "不要外国"],
  open: ["开源", "kaiyuan", "本地部署", "本地运行", "本地跑", "离线", "私有化", "自己部署", "open source", "open-source", "self-hosted", "self hosted", "selfhosted", "run locally", "locally", "offline", "on my own", "on a mac", "on my mac", "on my pc", "local部署", "local", "不能传外网", "不传外网", "不出内网", "内网", "数据不出", "不上云", "不能上传", "on-prem", "on premise", "on-premise", "air-gapped", "can't upload", "cannot upload", "本地deploy", "deploy locally", "本地弄", "本地用", "本地处理", "在本地"],
  adult: ["nsfw", "18+", "r18", "adult", "成人", "色色", "涩涩", "擦边"],
  chinese: ["不能乱码", "不乱码", "文字要中文", "中文文笔", "中文提示词", "中文提问", "中文要自然", "中文自然", "中文prompt", "chinese prompts", "中文好", "中文理解", "中文能力", "中文要好", "中文要强", "懂中文", "会中文", "能中文", "说中文", "要中文的", "in chinese", "speaks chinese", "中文识别", "中文发音", "中文字", "中文支持", "支持中文", "中文效果", "普通话", "good chinese", "chinese support", "mandarin", "中文得好", "中文得强", "中文强", "中文不错", "中文水平", "good at chinese", "handles chinese", "chinese well", "understands chinese", "粤语", "cantonese", "english and chinese", "chinese and english", "中英双语", "中英文", "中英", "中文界面", "chinese interface", "写得地道", "中文地道", "要地道", "咬字"],
} as const;

/** The Chinese cue words of every preference: a task term made of these and generic words ("开源模型") says how, not
 * what. */
const CUE_HAN: readonly string[] = Object.values(CUES).flat().filter((c) => !/[a-z]/.test(c));

/** Chinese text with its preference cues taken out, each left as `gap`: what is left says what, not how. */
export function withoutCues(text: string, gap = ""): string {
  let rest = text;
  for (const cue of CUE_HAN) rest = rest.split(cue).join(gap);
  return rest;
}

/** Words that say the named tool is what to replace, or what to be like. */
const INSTEAD = ["替代", "平替", "代替", "类似", "像", "一样", "那样", "别的", "其他的", "换一个", "试了", "试过", "用过", "不好用", "效果不好", "alternative", "other than", "tried", "didn't work", "too expensive", "what else", "similar", "anything like", "cheaper", "instead of", "like", "similar to", "replace", "cheaper than", "太贵", "之外", "以外", "更好的", "更智能", "something better", "better than", "anything better",
  // A named tool complained of is the one to replace ("剪映会员到期了", "Gamma's free credits ran out", "豆包写的剧本太水了",
  // "Otter识别不了中文，换个…"), and so is one wanted in Chinese (中文版的Grammarly).
  "到期", "模板化", "头大", "装不上", "只能", "要会员", "要收费", "没有中文味", "老出错", "出错", "不支持", "用不了", "排队", "太慢", "不行",
  "那种", "除了", "but", "paywalled", "pricey", "anything else", "keeps giving", "expensive", "overkill", "but for", "can't", "cant", "ran out", "look the same", "doesn't support", "too slow",
  "换个", "换一款", "太水", "不自然", "不了", "上不去", "打不开", "中文版", "got blocked", "blocked"];

/** Words that end one request and start the next: "转成文字，再整理成纪要", "transcribe it and then summarise it",
 * "做个广告视频，配上voiceover", "logo也顺便帮我做了", "email和会议纪要都…". */
// 和, 以及, 还有 and 、 also join two nouns ("人声和伴奏"): they start a second request only before a verb ("会议纪要和做PPT").
const NEXT = /(?:[，,；;。]\s*)?(?:然后再|然后|再来|再|接下来|接着|之后|并且再|同时再|并且|顺便|同时|还要|还得|还想|也要|也需要|还需要|另外|最后|完(?:之后|以后|后)?(?:能|可以)?(?=直接|马上|就)|(?:和|以及|还有)(?=[^，,。和]{2,10}?都)|(?:以及|和|还有|并|、|加)(?=做|写|画|生成|制作|配|剪|翻译|整理|总结|设计|转|出|加)|[，,]\s*(?=[^，,。]{1,6}?(?:也|还)(?:顺便|要|想|得|用|帮)?)(?!也|还)|[，,]\s*(?=(?:加上?|配上?|做个|做成|生成|写个|画个|弄个|搞个|出个|剪成|翻译成?|转成)))|(?:,?\s+and then\s+|,?\s+then\s+|\s+and\s+|\s+plus\s+|\s+as well as\s+|\s+also\s+|;\s*|\s*\+\s*|,?\s+after that,?\s+|,\s+(?=(?:make|generate|create|write|add|turn|convert|translate|upscale|remove|draft|illustrate|narrate|design|cut|clip|dub|animate)\b))/gu;

/** A cue as a test: a Latin cue as whole words, a Chinese one anywhere. */
function cueTest(cue: string): (text: string) => boolean {
  if (!/[a-z]/.test(cue)) return (text) => text.includes(cue);
  const re = new RegExp(`(?:^|[^a-z])${cue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:[^a-z]|$)`);
  return (text) => re.test(text);
}
/** Each list of cues as one test, made once. */
const anyOf = (cues: readonly string[]) => {
  const tests = cues.map(cueTest);
  return (text: string) => tests.some((test) => test(text));
};
/** Good Chinese asked for with words between (中文搜索要好, 中文结果好一点, better chinese results), or needed for the Chinese
 * writing or voice to be worked on (中文论文润色). */
const CHINESE_GOOD = /中文[\u4e00-\u9fff]{0,6}?(?:要好|得好|好一点|好点|更好|要强|够好|不错|自然|地道|要准)|中文(?:论文|文章|小说|文案|稿子|作文|网文|剧本|配音|播客)|\b(?:good|better|great|strong|decent)\s+(?:at\s+)?chinese|\bchinese\s+(?:results|output|quality)\b/;
const said = (cues: readonly string[], also: RegExp) => {
  const cue = anyOf(cues);
  return (text: string) => cue(text) || also.test(text);
};
const SAYS = { free: anyOf(CUES.free), china: anyOf(CUES.china), open: anyOf(CUES.open), chinese: said(CUES.chinese, CHINESE_GOOD), adult: anyOf(CUES.adult), instead: anyOf(INSTEAD) };

/** Whether the normalised text holds a cue, Latin cues as whole words. */
function holds(text: string, cue: string): boolean {
  return cueTest(cue)(text);
}

/** Every name a tool goes by: its name, its Chinese name, its aliases. */
export function toolNames(tool: Tool): string[] {
  return [tool.name, tool.nameZh ?? "", ...tool.aliases].filter(Boolean);
}

/** Words a Chinese product name ends in that people leave out when they name it: 妙鸭相机 is called 妙鸭. */
const PRODUCT_WORD = /^([\u4e00-\u9fff]{2,})(?:相机|助手|大模型|app|APP)$/;

/** A name, and the name without its product word. */
function shortNames(name: string): string[] {
  const short = PRODUCT_WORD.exec(name)?.[1];
  return short ? [name, short] : [name];
}

/** The tools a request names by name or alias, found as whole names (so "Suno" names Suno but "sun" names nothing),
 * or as a one-word name of five letters or more typed with a slip ("mindjourney", "gama" for Gamma). */
function namedTools(catalog: Catalog, text: string): Tool[] {
  const t = norm(text);
  const sq = squash(t);
  const typed = latinWords(t);
  const exact = catalog.tools.filter((tool) => {
    // A two-letter name counts only as a catalog writes it in capitals, an abbreviation people type (MJ, SD).
    // A name that is also the word for a task ("AI Companion", "Photoshop") names the task, not the tool.
    const names = toolNames(tool)
      .filter((n) => /^[A-Z]{2}$/.test(n) || ((n.length >= 3 || /[\u4e00-\u9fff]/.test(n)) && !catalog.exactTask?.(squash(n))))
      .flatMap(shortNames);
    return names.some((n) => {
      const nn = norm(n);
      return /[a-z]/.test(nn) ? holds(t, nn) : nn.length >= 2 && sq.includes(squash(nn));
    });
  });
  const candidates = typed.filter((w) => w.length >= 4);
  if (exact.length || !candidates.length) return exact;
  const slipsOf = (tool: Tool) => [tool.name, ...tool.aliases].map(norm).flatMap((n) => (/^[a-z]{5,}$/.test(n) ? candidates.filter((w) => wordsMeet(w, n)) : []));
  // A short word is a slip of a name only if it is no word of the vocabulary ("code" is no "Codex", "gama" is Gamma);
  // the vocabulary is looked at only for a word that could be such a slip.
  const inVocabulary = (w: string) => catalog.vocab().tasks.some((term) => term.words.includes(w));
  return catalog.tools.filter((tool) => slipsOf(tool).some((w) => w.length >= 6 || !inVocabulary(w)));
}

/** The tools a request names, for a request that names a tool and no task ("国产的ChatGPT哪个好用", "the best free
 * mindjourney"): the tool's own tasks are what it asks about. */
export function toolsNamed(catalog: Catalog, text: string): Tool[] {
  return namedTools(catalog, norm(text).slice(0, 300));
}

/** The tools to leave out when a request replaces these: each, and its maker's other version of the same thing
 * (剪映 and CapCut, both ByteDance editors). */
export function withSiblings(catalog: Catalog, replaced: Tool[]): Set<string> {
  const maker = (t: Tool) => squash((t.developer ?? "").replace(/[(（].*[)）]/g, ""));
  const out = new Set(replaced.map((t) => t.id));
  for (const x of replaced) {
    if (!maker(x)) continue;
    for (const t of catalog.tools) if (maker(t) === maker(x) && t.tasks[0] === x.tasks[0]) out.add(t.id);
  }
  return out;
}

/** "比Canva好用的", "比讯飞听见便宜的": a tool something should beat is the one to replace. */
const BETTER_THAN = /比.{1,24}?(?:好用|更好|好|强|便宜|快)/;

/** Whether a request asks for something instead of or like a tool, the word "alternative" typed with a slip too. */
function asksInstead(t: string): boolean {
  return SAYS.instead(t) || BETTER_THAN.test(t) || latinWords(t).some((w) => w.length >= 9 && (wordsMeet(w, "alternative") || wordsMeet(w, "alternatives")));
}

/** What a request says about how, not what: the words of the cues it holds (free, open source, 国内能用) and of the
 * tools it names to replace. A task read only from these ("open source" as a search for sources, "character.ai" as
 * character design) was never asked for. */
export function howWords(catalog: Catalog, text: string): { latin: Set<string>; han: string[] } {
  const t = withoutOrigin(catalog, norm(text).slice(0, 300));
  const said: string[] = Object.values(CUES).flat().filter((c) => holds(t, c));
  if (asksInstead(t)) {
    const words = latinWords(t);
    for (const tool of namedTools(catalog, t)) {
      const names = toolNames(tool).map(norm);
      said.push(...names.filter((n) => holds(t, n)), ...words.filter((w) => w.length >= 6 && names.some((n) => wordsMeet(w, n))));
    }
  }
  return { latin: new Set(said.flatMap((c) => c.match(/[a-z0-9]+/g) ?? [])), han: said.filter((c) => /[\u4e00-\u9fff]/.test(c)) };
}

/** The request without where its content comes from: "国产短剧" are domestic dramas, not a wish for a domestic tool. */
function withoutOrigin(catalog: Catalog, t: string): string {
  if (!/国产|国内|中国/.test(t)) return t;
  const content = catalog.industries.flatMap((i) => [i.zh, ...i.aliases.zh]).filter((w) => w.length >= 2);
  return t.replace(/(?:国产|国内|中国)(?=[\u4e00-\u9fff]{2})/g, (m, at: number) => (content.some((w) => t.startsWith(w, at + m.length)) ? " " : m));
}

/** Reads what a request states besides its tasks. */
export function readRequest(catalog: Catalog, text: string): Stated {
  const t = withoutOrigin(catalog, norm(text).slice(0, 300));
  // "Royalty-free music" is about the licence of what comes out, not the price of the tool.
  const priced = t.replace(/\b(?:royalty|copyright)[- ]free\b/g, " ");
  const wantsOther = asksInstead(t);
  const insteadOf = wantsOther ? namedTools(catalog, t) : [];
  const clauses = t.split(NEXT).map((c) => c.trim()).filter((c) => c.length >= 2);
  return { free: SAYS.free(priced), china: SAYS.china(t), open: SAYS.open(t), chinese: SAYS.chinese(t), adult: SAYS.adult(t), insteadOf, clauses };
}
