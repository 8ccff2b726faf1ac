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

/** Task terms in every language; category words are left to category matching. */
export function taskIndex(catalog: Catalog): TermIndex {
  const terms: Term[] = catalog.tasks.flatMap((t) => [
    { key: t.id, text: t.zh, kind: "zh" as const },
    { key: t.id, text: t.en, kind: "en" as const },
    ...t.synonyms.zh.map((text) => ({ key: t.id, text, kind: "zh" as const })),
    ...t.synonyms.en.map((text) => ({ key: t.id, text, kind: "en" as const })),
    ...t.pinyin.map((text) => ({ key: t.id, text, kind: "pinyin" as const })),
    ...t.initials.map((text) => ({ key: t.id, text, kind: "initials" as const })),
  ]);
  return buildIndex(terms.filter((t) => !onlyCategory(t.text)));
}

/** Industry names and aliases in every language, plus pinyin. */
export function industryIndex(catalog: Catalog): TermIndex {
  return buildIndex(
    catalog.industries.flatMap((i) => [
      { key: i.id, text: i.id, kind: "en" as const },
      { key: i.id, text: i.zh, kind: "zh" as const },
      { key: i.id, text: i.en, kind: "en" as const },
      ...i.aliases.zh.map((text) => ({ key: i.id, text, kind: "zh" as const })),
      ...i.aliases.en.map((text) => ({ key: i.id, text, kind: "en" as const })),
      ...i.pinyin.map((text) => ({ key: i.id, text, kind: "pinyin" as const })),
      ...i.initials.map((text) => ({ key: i.id, text, kind: "initials" as const })),
    ]),
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
