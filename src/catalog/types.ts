// The shapes of the catalog, shared by the loader, the core and the renderers.

import { ACCESS, CATEGORIES, CHINESE, PRICING, SOURCE_KINDS, type Featured, type Quote, type Source, type Text, type ToolFields } from "./schema.js";

export { ACCESS, CATEGORIES, CHINESE, PRICING, SOURCE_KINDS };
export type { Featured, Quote, Source, Text };
export type Category = (typeof CATEGORIES)[number];
export type Pricing = (typeof PRICING)[number];
export type ChineseSupport = (typeof CHINESE)[number];
export type ChinaAccess = (typeof ACCESS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const PREFERENCE_KEYS = ["budget", "openSource", "easy", "stable", "chinese", "china"] as const;
export type PreferenceKey = (typeof PREFERENCE_KEYS)[number];

/** A tool: its id, the fields the one description (schema.ts) gives it, and what the build derives from them. */
export interface Tool extends ToolFields {
  id: string;
  /** Its place on the report's a16z list (March 2024), from `rankings`; null when not on it. */
  rank: number | null;
  /** Whether its weights or code are open (`openness` is not closed). */
  openSource: boolean;
  /** Where the entry came from: "built-in" or a catalog file's path. */
  origin?: string;
}
export interface Task {
  id: string;
  category: Category;
  zh: string;
  en: string;
  /** The more general task that covers this one ("story" is a kind of "writing"): its tools are a fallback. */
  broader?: string;
  synonyms: { zh: string[]; en: string[] };
  /** Full pinyin of the Chinese forms, computed at build time. */
  pinyin: string[];
  /** Pinyin initials of the Chinese forms ("py" for 配音), computed at build time. */
  initials: string[];
}
export interface Scenario {
  id: string;
  zh: string;
  en: string;
  tasks: string[];
  tools: string[];
  quote: Text | null;
  source: { kind: SourceKind; ref?: string; note?: Text };
}
export interface Industry {
  id: string;
  zh: string;
  en: string;
  aliases: { zh: string[]; en: string[] };
  pinyin: string[];
  initials: string[];
  mentionedOnly: boolean;
  summary: Text;
  scenarios: Scenario[];
}
export interface Trend {
  number: number;
  title: Text;
  summary: Text;
  advice: Text;
  bearsOn: PreferenceKey[];
  source: { kind: SourceKind; ref?: string };
}
/** One vocabulary form, prepared for matching (see core/match.ts). */
export interface PreparedTerm {
  key: string;
  text: string;
  kind: "zh" | "en" | "pinyin" | "initials";
  squashed: string;
  words: string[];
  /** A Chinese term's words (Intl.Segmenter, at build time), found even when other words stand between them. */
  parts?: string[];
  /** Words of the term that belong to its key alone, each read (weakly) as the term when found by itself. */
  alone?: string[];
}
/** The vocabularies free text is matched against, prepared at build time so a run only scans them. */
export interface Vocabulary {
  tasks: PreparedTerm[];
  industries: PreparedTerm[];
  categories: PreparedTerm[];
  /** Common English words within a slip of a task word, sorted: typed, they mean themselves ("cooking" is no "coloring"). */
  realWords: string[];
}
/** The catalog as the build writes it (dist/catalog.json). */
export interface CatalogData {
  tools: Tool[];
  tasks: Task[];
  industries: Industry[];
  trends: Trend[];
}
export interface Catalog extends CatalogData {
  /** The prepared vocabularies (dist/vocab.json), read on first use: listing tools never needs them. */
  vocab(): Vocabulary;
  /** The task a whole request means when it is exactly one of the vocabulary's forms ("抠图", "peiyin"), from a small
   * index (dist/exact.json) read instead of the whole vocabulary; undefined when it is not, or the form is ambiguous. */
  exactTask?(squashed: string): string | undefined;
  /** The toneless pinyin of each Chinese character of a text ("" for one it does not know), for a request typed with a
   * homophone slip (流成图 for 流程图, 视屏 for 视频); reads dist/sounds.json on first use, which only a Chinese sentence
   * that may hold one pays. */
  syllables?(text: string): string[];
}

/** The first code point of the common Chinese characters (U+4E00 to U+9FFF) whose sounds dist/sounds.json holds. */
export const SOUNDS_FROM = 0x4e00;
