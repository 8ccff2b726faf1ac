// Turns catalog vocabularies (tasks, industries, categories) into prepared terms for matching free text. The build runs
// it once and stores the result in the catalog, so no run pays for normalising hundreds of terms.
import type { Industry, Task, Vocabulary } from "../catalog/types.js";
import { CATEGORY_INFO } from "./categories.js";
import { prepareTerms, type Term } from "./match.js";
import { realWordsNear } from "./slips.js";

const CATEGORY_WORDS = new Set(CATEGORY_INFO.flatMap((c) => [c.zh, c.en.toLowerCase(), ...c.aliases.zh, ...c.aliases.en]));

/** A term that only names a category, bare or behind a prefix ("视频", "AI视频"), says nothing about the task. */
function onlyCategory(text: string): boolean {
  const t = text.toLowerCase();
  return CATEGORY_WORDS.has(t) || CATEGORY_WORDS.has(t.replace(/^ai\s*/, ""));
}

/** The terms of one vocabulary entry: its names and synonyms in both languages, with pinyin and initials. */
function entryTerms(key: string, names: { zh: string[]; en: string[]; pinyin: string[]; initials: string[] }): Term[] {
  return [
    ...names.zh.map((text) => ({ key, text, kind: "zh" as const })),
    ...names.en.map((text) => ({ key, text, kind: "en" as const })),
    // Pinyin is typed for words of a few characters ("peiyin", "koutu"): a long synonym's pinyin would only be parsed.
    ...names.pinyin.filter((text) => text.length <= 16).map((text) => ({ key, text, kind: "pinyin" as const })),
    // Initials are typed for short names only ("py" for 配音): longer ones would only be parsed and never met.
    ...names.initials.filter((text) => text.length <= 4).map((text) => ({ key, text, kind: "initials" as const })),
  ];
}

/** Every vocabulary, prepared: task terms in every language (category words are left to category matching), industry
 * names and aliases with pinyin, category names with everyday words for them, and the common English words near task
 * words (from `commonWords`, a list the build brings). */
export function buildVocabulary(tasks: Task[], industries: Industry[], commonWords: readonly string[] = []): Vocabulary {
  const taskTerms = tasks.flatMap((t) =>
    entryTerms(t.id, { zh: [t.zh, ...t.synonyms.zh], en: [t.en, ...t.synonyms.en], pinyin: t.pinyin, initials: t.initials }),
  );
  const industryTerms = industries.flatMap((i) =>
    entryTerms(i.id, { zh: [i.zh, ...i.aliases.zh], en: [i.id, i.en, ...i.aliases.en], pinyin: i.pinyin, initials: i.initials }),
  );
  const categoryTerms = CATEGORY_INFO.flatMap((c) =>
    entryTerms(c.id, { zh: [c.zh, ...c.aliases.zh], en: [c.id, ...c.aliases.en], pinyin: [], initials: [] }),
  );
  const prepared = prepareTerms(taskTerms.filter((t) => !onlyCategory(t.text)));
  return {
    tasks: prepared,
    industries: prepareTerms(industryTerms),
    categories: prepareTerms(categoryTerms),
    realWords: realWordsNear(prepared.flatMap((t) => (t.kind === "en" ? t.words : [])), commonWords),
  };
}
