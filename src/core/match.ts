// Matching free text to a vocabulary (tasks, industries, categories): exact first, then contained, then near.
import type { PreparedTerm } from "../catalog/types.js";
import { holdsWord } from "./slips.js";
import { bigramDice, byCode, hanRuns, hasHan, latinWords, norm, squash, stem, wordsMeet } from "./text.js";

export type TermKind = PreparedTerm["kind"];
export interface Term {
  key: string;
  text: string;
  kind: TermKind;
}
export interface TermHit {
  key: string;
  weight: number;
  /** The vocabulary form that matched, so a reason can quote it. */
  term: string;
  /** The part of the query it matched, so a hit inside a longer one can be told apart. */
  found: string;
  /** For English terms: every query word the term stands on, generic ones included ("photos", "video"). */
  words?: string[];
  /** For a Chinese term found as its words apart: those words. */
  parts?: string[];
}
type Prepared = PreparedTerm;

/** Words too common to carry a task on their own ("generate music" is about music, not about generating). */
const GENERIC = new Set([
  "a", "an", "the", "for", "to", "of", "and", "or", "with", "my", "me", "i", "we", "our", "your", "want", "need", "some",
  "from", "in", "on", "by", "into", "at", "is", "are", "be", "do", "can", "how", "what", "which", "tool", "tools", "app",
  "ai", "online", "free", "best", "good", "generate", "generator", "generation", "make", "maker", "create", "creator",
  "help", "using", "use", "new", "text", "image", "images", "picture", "audio", "video", "videos", "office", "content",
]);

const GENERIC_LONG = [...GENERIC].filter((w) => w.length >= 5);

/** The words of a reading that carry its meaning: not "a", "the", "make", "video". */
export function contentWords(hit: TermHit): string[] {
  const words = hit.words ?? [];
  const content = words.filter((w) => !GENERIC.has(w));
  return content.length ? content : words;
}

/** The text with each Latin word that is a slip of a common word of five letters or more put right ("vidoe" is video):
 * those words carry no task alone, so a slip in one would otherwise go unnoticed. */
export function spelled(text: string): string {
  return norm(text).replace(/[a-z]{5,}/g, (w) => (GENERIC.has(w) ? w : (GENERIC_LONG.find((g) => wordsMeet(w, g)) ?? w)));
}

/** Chinese words too common to carry a task once the rest of a term ("PPT", "LoRA") is not there. */
export const GENERIC_HAN = new Set(["生成", "制作", "工具", "助手", "软件", "平台", "模型", "智能", "自动", "在线", "一键", "免费", "神器", "创作", "角色", "设计", "不想", "不要", "想要", "需要", "可以", "出来", "起来", "下来", "重新", "单独", "直接", "一下", "不会", "什么", "怎么", "哪个", "有没有"]);

/** Prepares a vocabulary once (at build time) so each query is a plain scan. A Chinese term of three characters or more
 * is also cut into its words, so "帮我把照片的背景去掉" still holds 去背景: 背景 and 去 stand apart in it; a word of it
 * that belongs to one key alone may stand for the term by itself (吉卜力 in "吉卜力 style"). */
export function prepareTerms(terms: Term[]): PreparedTerm[] {
  const words = new Intl.Segmenter("zh", { granularity: "word" });
  const prepared = terms
    .filter((t) => t.text && t.text.trim())
    .map((t) => {
      const han = hanRuns(t.text).join("");
      const parts = han.length >= 3 && han === squash(t.text) ? splitTerm(han, words) : [];
      return { ...t, squashed: squash(t.text), words: latinWords(t.text), ...(parts.length >= 2 ? { parts } : {}) };
    });
  // Which keys each word belongs to: a word of many keys' terms (游戏, 一个) says nothing alone.
  const keysOf = new Map<string, Set<string>>();
  for (const t of prepared) for (const p of t.parts ?? []) keysOf.set(p, (keysOf.get(p) ?? new Set()).add(t.key));
  return prepared.map((t) => {
    const alone = (t.parts ?? []).filter((p) => p.length >= 2 && keysOf.get(p)!.size <= 2 && !GENERIC_HAN.has(p) && !KIND_HAN.has(p) && !/[一个的我你他她它这那些]/.test(p) && !/成$/.test(p));
    return alone.length ? { ...t, alone } : t;
  });
}

/** A Chinese term's words: the segmenter's, or, where it only finds single characters (吉卜力风格), the term with a kind
 * word at either end taken off. */
function splitTerm(han: string, segmenter: Intl.Segmenter): string[] {
  const parts = [...segmenter.segment(han)].filter((x) => x.isWordLike).map((x) => x.segment);
  if (parts.every((p) => p.length >= 2)) return parts;
  for (const kind of KIND_HAN) {
    if (han.endsWith(kind) && han.length - kind.length >= 2) return [han.slice(0, -kind.length), kind];
    if (han.startsWith(kind) && han.length - kind.length >= 2) return [kind, han.slice(kind.length)];
  }
  return parts;
}

/** How strongly a Chinese term is present in the query's Chinese text, and the part of the query it covers. */
function hanWeight(term: Prepared, runs: string[], squashedQuery: string): [number, string] {
  const t = term.squashed;
  if (squashedQuery.includes(t)) return [t.length >= 4 ? 0.95 : t.length === 3 ? 0.92 : t.length === 2 ? 0.88 : 0.5, t];
  const tHan = hanRuns(term.text).join("");
  // "AI配乐" still means 配乐 in "游戏配乐"; but "PPT生成" does not mean "生成", which every request says.
  // Only when the rest of the term is a word every request has ("AI"): 游戏 is not 游戏UI, the UI is what is asked for.
  const restGeneric = term.words.every((w) => GENERIC.has(w));
  if (tHan.length >= 2 && restGeneric && !GENERIC_HAN.has(tHan) && runs.some((r) => r.includes(tHan))) return [tHan.length >= 3 ? 0.9 : 0.85, tHan];
  // A verb and its object that Chinese puts words between (换脸 in "换成我的脸", 修图 in "修一下这张图").
  if (tHan.length === 2 && term.squashed === tHan) {
    // ... or 把 puts first (把脸换掉).
    const apart = new RegExp(`${tHan[0]}[^${tHan}]{1,${SPLIT_GAP}}${tHan[1]}|把[^${tHan}]{0,3}${tHan[1]}.{0,2}${tHan[0]}`);
    const m = runs.map((r) => apart.exec(r)).find(Boolean);
    if (m) return [SPLIT, m[0]];
  }
  if (tHan.length < 3) return [0, ""];
  // The term's words apart, in any order, each inside a word of the query ("背景 … 去掉" for 去背景), and one of them
  // long enough to mean something on its own.
  if (term.parts && term.parts.some((p) => p.length >= 2 && !GENERIC_HAN.has(p)) && term.parts.every((p) => squashedQuery.includes(p))) return [0.8, tHan];
  // One word of the term that means something on its own, the rest said some other way ("吉卜力 style" for 吉卜力风格,
  // "hook 脚本" for 剧本脚本): a weak reading, for when nothing stronger is there.
  const alone = term.alone?.find((p) => squashedQuery.includes(p));
  if (alone) return [PART_ALONE, alone];
  // Word order: "总结视频" and "视频总结" are the same request; but 一键生成 is half of 一键生成PPT, and words every
  // request has.
  if (tHan.length === 4 && term.squashed === tHan && !(GENERIC_HAN.has(tHan.slice(0, 2)) && GENERIC_HAN.has(tHan.slice(2))) && runs.some((r) => r.includes(tHan.slice(0, 2)) && r.includes(tHan.slice(2)))) return [0.85, tHan];
  const best = Math.max(0, ...runs.map((r) => bigramDice(r.length > tHan.length + 2 ? bestWindow(r, tHan) : r, tHan)));
  return best >= 0.66 ? [0.7 * best, tHan] : [0, ""];
}

/** The slice of a long Chinese run that looks most like the term, so a sentence can fuzzily hold a phrase. */
function bestWindow(run: string, term: string): string {
  let best = run.slice(0, term.length);
  let score = -1;
  for (let i = 0; i + term.length <= run.length; i++) {
    const w = run.slice(i, i + term.length);
    const s = bigramDice(w, term);
    if (s > score) [best, score] = [w, s];
  }
  return best;
}

/** How strongly a Latin-script term (English or pinyin) is present among the query's words, the first word it used,
 * and all the query words it stands on. */
function latinWeight(term: Prepared, words: string[], real: readonly string[]): [number, string, string[]] {
  const tw = term.words.filter((w) => !GENERIC.has(w));
  // A term of common words only ("text to video") is read only as the phrase it is.
  if (!tw.length) return term.words.length >= 2 && ` ${words.join(" ")} `.includes(` ${term.words.join(" ")} `) ? [0.9, term.words[0]!, term.words] : [0, "", []];
  let exact = 0;
  let near = 0;
  const used = new Set<string>();
  for (const w of tw) {
    // A typed word that is a common word of its own ("cooking") is no slip of this one ("coloring").
    const hit = words.find((q) => q === w) ?? words.find((q) => wordsMeet(q, w) && !(holdsWord(real, q) && stem(q) !== stem(w)));
    if (hit === w) exact++;
    else if (hit) near++;
    if (hit) used.add(hit);
  }
  const found = exact + near;
  // A term that accounts for more of what was typed is the more specific reading ("line art coloring" over "art").
  const content = words.filter((w) => !GENERIC.has(w)).length || 1;
  const cover = 0.85 + 0.15 * Math.min(1, used.size / content);
  // Generic words of the term that were not typed ("video" in "translate video") make it a slightly worse reading.
  const absent = term.words.filter((w) => GENERIC.has(w) && !words.includes(w)).length;
  const first = words.find((q) => used.has(q)) ?? "";
  const standsOn = [...used, ...term.words.filter((w) => GENERIC.has(w) && words.includes(w))];
  // A term of several words typed as the phrase it is ("cold email", "landing page") is the most specific reading.
  // Plurals count as the word ("ui mockups" is the phrase "ui mockup").
  const one = (ws: string[]) => ` ${ws.map((w) => (w.length > 3 ? w.replace(/s$/, "") : w)).join(" ")} `;
  const phrase = term.words.length >= 2 && found === tw.length && absent === 0 && one(words).includes(one(term.words)) ? PHRASE : 0;
  // A term about one kind of thing ("reference image") in a request about another ("a reference motion clip" for a
  // video) is a worse reading still.
  const kinds = (ws: string[]) => new Set(ws.flatMap((w) => (KIND[w] ? [KIND[w]] : [])));
  const typedKinds = kinds(words);
  const clash = [...kinds(term.words)].some((k) => !typedKinds.has(k)) && typedKinds.size > 0 ? CLASH : 1;
  if (found === tw.length) return [(exact === tw.length ? 0.93 : 0.85) * cover * 0.97 ** absent * clash + phrase, first, standsOn];
  if (tw.length >= 2 && found / tw.length >= 0.5) return [0.5 * (found / tw.length), first, standsOn];
  return [0, "", []];
}

/** Where in the text a hit was found, for telling a compound's head ("mobile game": game) from its modifier. */
export function positionIn(text: string, hit: TermHit): number {
  return squash(text).lastIndexOf(hit.found);
}

/** The kind of thing a common word names, for telling a term about images from a request about video. */
const KIND: Record<string, string> = {
  image: "image", images: "image", picture: "image", pictures: "image", photo: "image", photos: "image",
  video: "video", videos: "video", clip: "video", clips: "video", footage: "video",
  audio: "audio", voice: "audio", sound: "audio", music: "audio",
};
/** What a term keeps when it is about another kind of thing than the request names. */
const CLASH = 0.9;

/** Chinese words for a kind of thing, which say nothing of the task on their own. */
const KIND_HAN = new Set(["视频", "图片", "照片", "图像", "音频", "声音", "音乐", "文字", "文本", "文章", "风格"]);
/** What one word of a Chinese term found alone is worth: below any reading of a whole term. */
const PART_ALONE = 0.72;

/** A two-character term with up to this many characters between its two is still the term, worth this much. */
const SPLIT_GAP = 3;
const SPLIT = 0.78;

/** What a term of several words gains when they stand together in the request as they do in the term. */
const PHRASE = 0.05;

/** Whether a reading of a key is a better one than another of the same key: the surer, unless one of about the same
 * weight holds the other's words and more ("Python脚本" beside "python"), which is the more specific; of two as sure,
 * the one that stands on more of the words typed ("prompt generator" over "prompt"). */
function better(hit: TermHit, than: TermHit): boolean {
  const holds = (a: TermHit, b: TermHit) => a.found.length > b.found.length && a.found.includes(b.found) && a.weight >= b.weight - WIDER;
  const wordsOf = (h: TermHit) => h.words?.length ?? 0;
  return holds(hit, than) || (hit.weight > than.weight && !holds(than, hit)) || (hit.weight === than.weight && wordsOf(hit) > wordsOf(than));
}

/** How much weaker a form of a key may be and still stand for it when it holds the form found and more. */
const WIDER = 0.06;

/** How much each further clear mention of a task adds, and how clear a mention must be to count. */
const MORE = 0.03;
const MORE_MIN = 0.85;

/** Whether two hits stand on the same part of the text: the same words, or one found inside the other. */
function overlaps(a: TermHit, b: TermHit): boolean {
  if (a.words && b.words) return a.words.some((w) => b.words!.includes(w));
  return a.found.includes(b.found) || b.found.includes(a.found);
}

/** Scores every vocabulary key against the text, each reading weighed by the caller; the best term per key wins. A
 * typed word found in `real` (common words near task words) is never read as a slip. Sorted best first. */
export function matchText(terms: readonly PreparedTerm[], text: string, weigh?: (hit: TermHit) => number, real: readonly string[] = []): TermHit[] {
  const q = norm(text);
  const sq = squash(q);
  if (!sq) return [];
  const runs = hanRuns(q);
  const words = latinWords(q);
  const joined = words.join("");
  // Pinyin typed a word at a time ("wendang wenda" for wendangwenda): two or three words in a row, joined.
  const spans = new Set(words.flatMap((_, i) => [words.slice(i, i + 2), words.slice(i, i + 3)].filter((s) => s.length > 1).map((s) => s.join(""))));
  const best = new Map<string, TermHit>();
  const strong = new Map<string, TermHit[]>();
  for (const term of terms) {
    let w = 0;
    let found = term.squashed;
    let standsOn: string[] | undefined;
    if (term.squashed === sq) w = 1;
    else if (term.kind === "initials") w = 0;
    else if (hasHan(term.text)) [w, found] = runs.length ? hanWeight(term, runs, sq) : [0, ""];
    else if (term.kind === "pinyin") w = joined === term.squashed ? 1 : words.includes(term.squashed) || spans.has(term.squashed) ? 0.9 : words.some((x) => x.length >= 5 && wordsMeet(x, term.squashed)) ? 0.8 : 0;
    else if (words.length) [w, found, standsOn] = joined === term.squashed ? [1, joined, words] : latinWeight(term, words, real);
    if (w <= 0) continue;
    const apart = hasHan(found) && term.parts && !sq.includes(found) ? { parts: term.parts } : {};
    const hit: TermHit = { key: term.key, weight: w, term: term.text, found, ...(standsOn ? { words: standsOn } : {}), ...apart };
    // The caller weighs each reading by the role of its words before the best of a key is chosen: a reading it rules
    // out ("character ai" when Character.AI is the tool to replace) or discounts (手绘草图, the input) leaves room for
    // the key's other terms ("roleplay", 效果图).
    const k = weigh ? weigh(hit) : 1;
    if (k <= 0) continue;
    hit.weight = w *= k;
    const prev = best.get(term.key);
    if (!prev || better(hit, prev)) best.set(term.key, hit);
    if (w < MORE_MIN) continue;
    const seen = strong.get(term.key) ?? [];
    if (!seen.some((o) => overlaps(o, hit))) strong.set(term.key, [...seen, hit]);
  }
  // Each further clear mention of the same task in other words ("人设" with "性格" and "身世") makes it surer.
  for (const [key, hits] of strong) {
    const b = best.get(key)!;
    if (hits.length > 1 && b.weight < 1) best.set(key, { ...b, weight: Math.min(0.99, b.weight + MORE * (hits.length - 1)) });
  }
  return [...best.values()].sort((a, b) => b.weight - a.weight || byCode(a.key, b.key));
}
