// What a typed task means: which tasks of the vocabulary, which output category, which industry it mentions.
import type { Catalog, Category, Tool } from "../catalog/types.js";
import { industriesIn } from "./lookup.js";
import { contentWords, GENERIC_HAN, matchText, spelled } from "./match.js";
import { heardRight, matchSounds } from "./slips.js";
import { toolNames, withoutCues } from "./request.js";
import { categoriesIn, contextParts, inputParts, standsOnlyOn, weigher, withoutStyles, worksOn } from "./roles.js";
import { hanRuns, hasHan, norm, squash } from "./text.js";
import { doneTo, intoLanguage, restyles, turnTask } from "./turns.js";

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
  /** Every reading stood on who asks or what they have ("I have a 2 hour podcast recording"): alone, it is what the
   * request is for; beside a part that asks for something, it is that part's context. */
  onlyContext?: boolean;
}

/** Tasks close to the best one are kept; a weak partial match beside a clear one is noise. */
const KEEP_WITHIN = 0.12;
const MIN_WEIGHT = 0.5;

/** Reads a task as typed (any language, pinyin, typos, a sentence) into vocabulary terms. */
export function understandTask(catalog: Catalog, text: string): Understanding {
  // A request that is exactly one form of one task ("抠图", as the prompt passes a picked task) is that task.
  const whole = squash(norm(text));
  const exact = whole.length <= 40 ? catalog.exactTask?.(whole) : undefined;
  if (exact) return { tasks: [{ id: exact, weight: 1, term: text.trim(), broader: catalog.tasks.find((t) => t.id === exact)?.broader }], categories: categoriesIn(text, []), industries: [] };
  const said = text;
  text = spelled(text);
  // "宣传视屏": a slip in an everyday word is put right before the task beside it is looked for.
  if (catalog.syllables && hasHan(text)) text = heardRight(text, catalog.syllables);
  // What the request brings, read once: its input and context words weigh its readings and find the head of a phrase.
  const parts = inputParts(text);
  const input = standsOnlyOn(parts);
  const weigh = weigher(catalog, said, input);
  const { tasks: terms, realWords } = catalog.vocab();
  let hits = matchText(terms, text, weigh, realWords);
  // When every reading is of the input ("an alternative for voice cloning"), it says what the request is for.
  const onlyInput = hits.length > 0 && hits.every(input);
  const onlyContext = onlyInput && hits.every(standsOnlyOn(contextParts(text)));
  if (onlyInput) hits = matchText(terms, text, (h) => (weigh(h) ? 1 : 0), realWords);
  const top = hits[0]?.weight ?? 0;
  const kept = hits.filter((h) => h.weight >= Math.max(MIN_WEIGHT, top - KEEP_WITHIN));
  // "对话" inside "PDF对话" is part of the longer request, not a second one; so is "cover" inside "cover图".
  const inside = (h: (typeof kept)[number]) =>
    kept.some((o) => o !== h && !o.words && o.found.length > h.found.length && (h.words ? hasHan(o.found) && contentWords(h).every((w) => o.found.includes(w)) : o.found.includes(h.found)));
  // Two English readings that share a word that means something ("remove background" and "background noise" in "remove
  // background noise"; not "ai"):
  // the one that reaches further is the head of the phrase, what is asked for, as in "mobile game" the game.
  // Words of the request's input or context ("for a youtube video essay") reach nowhere: they are not its head.
  const words = norm(text).split(/[^a-z0-9]+/);
  const context = new Set(parts);
  const reach = (h: (typeof kept)[number]) => Math.max(-1, ...(h.words ?? []).filter((w) => !context.has(w)).map((w) => words.lastIndexOf(w)));
  const shadowed = (h: (typeof kept)[number]) =>
    Boolean(h.words) && kept.some((o) => o !== h && o.words && o.weight >= h.weight - 0.05 && contentWords(o).some((w) => contentWords(h).includes(w)) && reach(o) > reach(h));
  // A one-word reading before a longer one is the verb of a request whose object is the longer one ("write Excel
  // formulas" asks for formulas, "make a song cover" for a cover).
  const verbOf = (h: (typeof kept)[number]) =>
    h.words?.length === 1 && !worksOn(h.words[0]!) &&
    kept.some((o) => o !== h && o.words && reach(o) > reach(h) && (o.words.length >= 2 || ACTIONS.has(h.words![0]!)));
  const broader = (id: string) => catalog.tasks.find((t) => t.id === id)?.broader;
  // A weaker reading of the very words a stronger one stands on ("prompts" as "prompt to image") is the same word
  // misread, not a second request; so is one about as sure that stands on fewer of them ("summarize" beside "summarize
  // … video", "song" beside "song cvoer", where a slip made the longer reading a little less sure), unless what it
  // stands on besides is the input ("turn my kid's drawing into a cartoon animation" is no anime drawing).
  const weaker = (h: (typeof kept)[number]) =>
    Boolean(h.words?.length) &&
    kept.some((o) => o !== h && o.words && (o.weight > h.weight || (o.weight >= h.weight - NEAR && o.words.some((w) => !h.words!.includes(w) && !context.has(w)))) && h.words!.every((w) => o.words!.includes(w)));
  // "开源模型" in "开源的大模型" is a preference (open source) and a generic word, not a task.
  const onlyHow = (h: (typeof kept)[number]) => {
    if (!hasHan(h.found)) return false;
    const rest = withoutCues(h.found);
    return rest.length < 2 || GENERIC_HAN.has(rest);
  };
  // In a Chinese compound the last word is the head: "宣传片脚本" is a script, "podcast封面图" a cover (a head in
  // pinyin, "问问题 wendang", is no compound).
  const joined = squash(text);
  // A head that only names a kind of result (效果图: "模特穿上身的效果图" is a try-on) leaves the word before it in charge.
  const compound = (first: (typeof kept)[number], head: (typeof kept)[number]) => joined.includes(first.found + head.found) || joined.includes(`${first.found}的${head.found}`);
  const modifier = (h: (typeof kept)[number]) =>
    kept.some((o) => o !== h && !o.words && hasHan(o.found) && !RESULT_HAN.has(o.found) && compound(h, o) && !o.found.includes(h.found));
  // ... and is no task of its own there: 分镜草图 is a storyboard, not a sketch to turn into a picture.
  const resultOf = (h: (typeof kept)[number]) => !h.words && RESULT_HAN.has(h.found) && kept.some((o) => o !== h && !o.words && compound(o, h));
  let read: TaskHit[] = kept.filter((h) => !modifier(h) && !resultOf(h) && !inside(h) && !shadowed(h) && !verbOf(h) && !weaker(h) && !onlyHow(h)).map((h) => ({ id: h.key, weight: h.weight, term: h.term, broader: broader(h.key) }));
  // Nothing sure read from the characters of a Chinese request: read it by sound too, for a homophone slip of the
  // input method (数子人 for 数字人).
  if (!read.some((h) => h.weight >= SURE_CHARS) && hasHan(text) && catalog.syllables) {
    const han = hanRuns(text).join("");
    const heard = matchSounds(terms, catalog.syllables(han), han).flatMap((h) => (weigh(h) > 0 ? [{ ...h, weight: h.weight * weigh(h) }] : []));
    const both = [...read, ...heard.map((h) => ({ id: h.key, weight: h.weight, term: h.found, broader: broader(h.key) }))].sort((a, b) => b.weight - a.weight);
    // A task read both ways is read once, as surely as the surer reading ("加字母" heard as 字幕 beside 识别).
    read = both.filter((h, i) => both.findIndex((o) => o.id === h.id) === i);
  }
  const categories = categoriesIn(text, parts);
  // "把PDF论文总结一下" asks to chat with a document; "summarize a youtube lecture" for a video summary.
  const tasks = doneTo(read, text, parts, broader);
  // "turn my blog posts into short videos": text goes in, video comes out, so the request is text-to-video.
  const turned = restyles(text, parts, categories) ? "style-transfer" : turnTask(text, categories) ?? intoLanguage(text, parts);
  if (turned && !tasks.some((x) => x.id === turned)) tasks.unshift({ id: turned, weight: 0.97, term: "", broader: broader(turned) });
  const industries = industriesIn(catalog, withoutStyles(text)).map((i) => i.industry.id);
  return { tasks, categories, industries, ...(onlyContext ? { onlyContext } : {}) };
}

/** How much less sure a reading that stands on more of the words may be and still outrank one on fewer of them. */
const NEAR = 0.05;

/** How sure a reading by characters must be for a Chinese request not to be read by sound as well. */
const SURE_CHARS = 0.8;

/** Chinese words for a result of any kind or a draft of it, which the word before them says what of (分镜草图 is a
 * storyboard). */
const RESULT_HAN = new Set(["效果图", "效果", "成品", "成片", "短片", "片子", "草图", "草稿"]);

/** Task words that are also the verb of a request ("write better prompts", "make a logo"): what follows is asked for. */
const ACTIONS = new Set(["write", "writing", "make", "create", "draw", "design", "generate", "edit", "build"]);

/** The tasks of a request for something like a named tool ("像Suno那样的", "a Runway alternative"): what the request
 * asks for when it says ("a Canva alternative for a logo"), else the tool's own first task. A general task that the
 * tool's own is a kind of ("聊天" beside character.ai) is read as the tool's. */
export function tasksLike(catalog: Catalog, tool: Tool, read: TaskHit[], said: string): TaskHit[] {
  const primary = tool.tasks[0];
  if (!primary) return read;
  // The reason quotes the name as the request has it (剪映, not Jianying).
  const typed = toolNames(tool).find((n) => norm(said).includes(norm(n))) ?? tool.name;
  const own = tasksById(catalog, [primary]).map((h) => ({ ...h, weight: 0.95, term: typed }));
  // Weak readings (a word of a term found alone, such as 开会 inside 开会员) do not outweigh the tool named.
  if (!read.some((h) => h.weight >= SURE)) return own;
  const above = new Set<string>();
  for (let id = catalog.tasks.find((x) => x.id === primary)?.broader; id; id = catalog.tasks.find((x) => x.id === id)?.broader) above.add(id);
  if (!read.some((h) => above.has(h.id))) return read;
  return [...own, ...read.filter((h) => !above.has(h.id) && h.id !== primary)];
}

/** How sure a reading must be to say what a request for something like a named tool wants instead of its own task. */
const SURE = 0.8;

/** Tasks given by id (a workflow step), understood with full certainty. */
export function tasksById(catalog: Catalog, ids: string[]): TaskHit[] {
  return ids.flatMap((id) => {
    const t = catalog.tasks.find((x) => x.id === id);
    // Named by id, not typed: there is no word of the user's to quote.
    return t ? [{ id, weight: 1, term: "", broader: t.broader }] : [];
  });
}
