// What a typed task means: which tasks of the vocabulary, which output category, which industry it mentions.
import type { Catalog, Category } from "../catalog/types.js";
import { industriesIn } from "./lookup.js";
import { matchText } from "./match.js";

export interface TaskHit {
  id: string;
  /** 0..1: how surely the text names this task. */
  weight: number;
  /** The vocabulary form that matched, quoted in reasons. */
  term: string;
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

/** Reads a task as typed (any language, pinyin, typos, a sentence) into vocabulary terms. */
export function understandTask(catalog: Catalog, text: string): Understanding {
  const hits = matchText(catalog.vocab().tasks, text);
  const top = hits[0]?.weight ?? 0;
  const kept = hits.filter((h) => h.weight >= Math.max(MIN_WEIGHT, top - KEEP_WITHIN));
  // "对话" inside "PDF对话" is part of the longer request, not a second one.
  const inside = (h: (typeof kept)[number]) =>
    kept.some((o) => o !== h && o.found.length > h.found.length && o.found.includes(h.found));
  const tasks = kept.filter((h) => !inside(h)).map((h) => ({ id: h.key, weight: h.weight, term: h.term }));
  const categories = matchText(catalog.vocab().categories, text)
    .filter((h) => h.weight >= 0.85)
    .map((h) => h.key as Category);
  const industries = industriesIn(catalog, text).map((i) => i.industry.id);
  return { tasks, categories, industries };
}

/** Tasks given by id (a workflow step), understood with full certainty. */
export function tasksById(catalog: Catalog, ids: string[]): TaskHit[] {
  return ids.flatMap((id) => {
    const t = catalog.tasks.find((x) => x.id === id);
    return t ? [{ id, weight: 1, term: t.zh }] : [];
  });
}
