// What a typed task means: which tasks of the vocabulary, which output category, which industry it mentions.
import type { Catalog, Category } from "../catalog/types.js";
import { industriesIn } from "./lookup.js";
import { matchText, type TermHit } from "./match.js";
import { byCode, HAN, hasHan, norm } from "./text.js";

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

const EN_INPUT = /\b(?:from|based on|out of)\s+([a-z0-9 ]+?)(?=\s+(?:to|into|for|in|with|and|as)\b|[,.;!?]|$)/g;
const ZH_INPUT = new RegExp(`(?:基于|根据|从|把)([${HAN}]+?)(?=生成|做成|制作|变成|转成|转为|转换|翻译|提取|，|。|$)`, "g");

/** The words of a request that name its input: after "from", "based on", "out of" up to the next clause; after 基于,
 * 根据, 从, 把 up to the verb (生成, 做成, 变成, 翻译 ...). "3D props from concept art" asks for 3D props. */
export function inputParts(text: string): string[] {
  const t = norm(text);
  const en = [...t.matchAll(EN_INPUT)].flatMap((m) => m[1]!.split(" "));
  const zh = [...t.matchAll(ZH_INPUT)].map((m) => m[1]!);
  return [...en, ...zh];
}

/** Hits that name the request's input count less, so the output asked for wins. */
function discountInputs(hits: TermHit[], text: string): TermHit[] {
  const parts = inputParts(text);
  if (!parts.length) return hits;
  // An English term is input only if every word it stands on is ("photo to video" also stands on "video").
  const isInput = (h: TermHit) => (h.words ? h.words.every((w) => parts.includes(w)) : parts.some((p) => hasHan(h.found) && p.includes(h.found)));
  return hits.map((h) => (isInput(h) ? { ...h, weight: h.weight * INPUT_WEIGHT } : h)).sort((a, b) => b.weight - a.weight || byCode(a.key, b.key));
}

/** Reads a task as typed (any language, pinyin, typos, a sentence) into vocabulary terms. */
export function understandTask(catalog: Catalog, text: string): Understanding {
  const hits = discountInputs(matchText(catalog.vocab().tasks, text), text);
  const top = hits[0]?.weight ?? 0;
  const kept = hits.filter((h) => h.weight >= Math.max(MIN_WEIGHT, top - KEEP_WITHIN));
  // "对话" inside "PDF对话" is part of the longer request, not a second one.
  const inside = (h: (typeof kept)[number]) =>
    kept.some((o) => o !== h && o.found.length > h.found.length && o.found.includes(h.found));
  const broader = (id: string) => catalog.tasks.find((t) => t.id === id)?.broader;
  const tasks = kept.filter((h) => !inside(h)).map((h) => ({ id: h.key, weight: h.weight, term: h.term, broader: broader(h.key) }));
  const categories = discountInputs(matchText(catalog.vocab().categories, text), text)
    .filter((h) => h.weight >= 0.85)
    .map((h) => h.key as Category);
  const industries = industriesIn(catalog, text).map((i) => i.industry.id);
  return { tasks, categories, industries };
}

/** Tasks given by id (a workflow step), understood with full certainty. */
export function tasksById(catalog: Catalog, ids: string[]): TaskHit[] {
  return ids.flatMap((id) => {
    const t = catalog.tasks.find((x) => x.id === id);
    // Named by id, not typed: there is no word of the user's to quote.
    return t ? [{ id, weight: 1, term: "", broader: t.broader }] : [];
  });
}
