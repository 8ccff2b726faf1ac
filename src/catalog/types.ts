// The shapes of the catalog, shared by the loader, the core and the renderers.

export const CATEGORIES = ["text", "image", "audio", "video", "office"] as const;
export type Category = (typeof CATEGORIES)[number];
export const PRICING = ["free", "freemium", "paid", "open-source", "unknown"] as const;
export type Pricing = (typeof PRICING)[number];
export const CHINESE = ["native", "good", "fair", "poor", "unknown"] as const;
export type ChineseSupport = (typeof CHINESE)[number];
export const ACCESS = ["yes", "no", "unknown"] as const;
export type ChinaAccess = (typeof ACCESS)[number];
export const SOURCE_KINDS = ["a16z", "report", "outside", "supplement", "team"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const PREFERENCE_KEYS = ["budget", "openSource", "easy", "stable", "chinese", "china"] as const;
export type PreferenceKey = (typeof PREFERENCE_KEYS)[number];

export interface Text {
  zh: string;
  en: string;
}
export interface Source {
  kind: SourceKind;
  ref?: string;
  fields: string[];
  /** Why the source says what it says, in both languages (a team catalog may give one string for both). */
  note?: Text | string;
}
export interface Quote extends Text {
  ref: string;
}
export interface Featured {
  ref: string;
  useCases: Text;
  status: Text;
}
export interface Tool {
  id: string;
  name: string;
  nameZh: string | null;
  aliases: string[];
  pinyin: string[];
  category: Category;
  developer: string | null;
  website: string | null;
  summary: Text;
  tasks: string[];
  industries: string[];
  pricing: Pricing;
  openSource: boolean;
  chinese: ChineseSupport;
  chinaAccess: ChinaAccess;
  adult: boolean;
  rank: number | null;
  report: Quote[];
  featured: Featured | null;
  sources: Source[];
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
}
/** The vocabularies free text is matched against, prepared at build time so a run only scans them. */
export interface Vocabulary {
  tasks: PreparedTerm[];
  industries: PreparedTerm[];
  categories: PreparedTerm[];
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
}
