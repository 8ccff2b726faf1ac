// Turns catalog vocabularies (tasks, industries, categories) into term indexes for matching free text.
import type { Catalog } from "../catalog/types.js";
import { CATEGORY_INFO } from "./categories.js";
import { buildIndex, type Term, type TermIndex } from "./match.js";

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
    ...names.pinyin.map((text) => ({ key, text, kind: "pinyin" as const })),
    ...names.initials.map((text) => ({ key, text, kind: "initials" as const })),
  ];
}

/** Task terms in every language; category words are left to category matching. */
export function taskIndex(catalog: Catalog): TermIndex {
  const terms = catalog.tasks.flatMap((t) =>
    entryTerms(t.id, { zh: [t.zh, ...t.synonyms.zh], en: [t.en, ...t.synonyms.en], pinyin: t.pinyin, initials: t.initials }),
  );
  return buildIndex(terms.filter((t) => !onlyCategory(t.text)));
}

/** Industry names and aliases in every language, plus pinyin. */
export function industryIndex(catalog: Catalog): TermIndex {
  return buildIndex(
    catalog.industries.flatMap((i) =>
      entryTerms(i.id, { zh: [i.zh, ...i.aliases.zh], en: [i.id, i.en, ...i.aliases.en], pinyin: i.pinyin, initials: i.initials }),
    ),
  );
}

/** Category names and everyday words for them. */
export function categoryIndex(): TermIndex {
  return buildIndex(
    CATEGORY_INFO.flatMap((c) => [
      { key: c.id, text: c.id, kind: "en" as const },
      { key: c.id, text: c.zh, kind: "zh" as const },
      ...c.aliases.zh.map((text) => ({ key: c.id, text, kind: "zh" as const })),
      ...c.aliases.en.map((text) => ({ key: c.id, text, kind: "en" as const })),
    ]),
  );
}
