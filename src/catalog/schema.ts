// The one description of a tool: every field, what it may hold, what a team catalog gets when it leaves it out, and
// what it means. The TypeScript type of a tool, the validator's rules, data/catalog.schema.json and the field table in
// data/README.md are all made from this table (the last two by the build): a new field is one line here.

export const CATEGORIES = ["text", "image", "audio", "video", "office"] as const;
export const STATUSES = ["active", "renamed", "merged", "discontinued", "unverified"] as const;
export const OPENNESS = ["closed", "open-weights", "open-source"] as const;
export const PRICING = ["free", "freemium", "paid", "open-source", "unverified", "unknown"] as const;
export const ACCESS = ["yes", "no", "partly", "unverified", "unknown"] as const;
export const CHINESE = ["native", "good", "fair", "poor", "unverified", "unknown"] as const;
export const PERIODS = ["month", "year", "one-time", "second", "minute", "image", "credit", "video"] as const;
export const SOURCE_KINDS = ["report", "a16z", "web", "unverified", "team"] as const;

/** What a field may hold. */
export type Kind =
  | { type: "short" } | { type: "long" } | { type: "text" } | { type: "list" } | { type: "bool" } | { type: "url" }
  | { type: "enum"; values: readonly string[] } | { type: "quotes" } | { type: "featured" } | { type: "sources" }
  | { type: "rankings" } | { type: "price" } | { type: "statusNote" } | { type: "words"; of: "task" | "industry" };
export interface FieldSpec {
  kind: Kind;
  /** May be null. */
  nullable?: boolean;
  /** What a team catalog's entry gets when it leaves the field out (a built-in entry must give every field). */
  fallback?: unknown;
  /** States a fact, so the built-in catalog must name its source. */
  fact: boolean;
  doc: string;
}

const f = <const K extends Kind, const R extends Omit<FieldSpec, "kind">>(kind: K, rest: R) => ({ kind, ...rest });

/** Every field of a tool entry but its id, in the order the data files write them. */
export const FIELDS = {
  name: f({ type: "short" }, { fact: true, doc: "The name people know it by (English, original or Chinese)." }),
  nameZh: f({ type: "short" }, { nullable: true, fallback: null, fact: true, doc: "Its Chinese product name (即梦, 千问), or null." }),
  aliases: f({ type: "list" }, { fallback: [], fact: true, doc: "Other names and former names; no pinyin (added at build)." }),
  category: f({ type: "enum", values: CATEGORIES }, { fact: true, doc: "Its main output: text, image, audio, video or office." }),
  developer: f({ type: "short" }, { nullable: true, fallback: null, fact: true, doc: "Who makes it, or null." }),
  website: f({ type: "url" }, { nullable: true, fallback: null, fact: true, doc: "Its official site, or null. Never guessed." }),
  summary: f({ type: "text" }, { fallback: { zh: "", en: "" }, fact: true, doc: "One line in each language: {zh, en}." }),
  tasks: f({ type: "words", of: "task" }, { fallback: [], fact: true, doc: "Task ids (tasks.json), what it does best first." }),
  industries: f({ type: "words", of: "industry" }, { fallback: [], fact: true, doc: "Industry ids (industries.json) it suits." }),
  status: f({ type: "enum", values: STATUSES }, { fallback: "active", fact: true, doc: "active, renamed, merged, discontinued, or unverified (could not be identified). A discontinued tool is never recommended." }),
  statusNote: f({ type: "statusNote" }, { nullable: true, fallback: null, fact: true, doc: "For any status but active: {zh, en} and, when renamed, newName and date (YYYY-MM)." }),
  openness: f({ type: "enum", values: OPENNESS }, { fallback: "closed", fact: true, doc: "closed, open-weights (model weights downloadable) or open-source (code under an open licence)." }),
  license: f({ type: "short" }, { nullable: true, fallback: null, fact: true, doc: "The licence of open weights or code (Apache-2.0, MIT, …), or null." }),
  pricing: f({ type: "enum", values: PRICING }, { fallback: "unknown", fact: true, doc: "free, freemium, paid or open-source; unverified where no page settled it; unknown only in team catalogs." }),
  freeTier: f({ type: "text" }, { nullable: true, fallback: null, fact: true, doc: "What the free tier gives, {zh, en}, or null." }),
  price: f({ type: "price" }, { nullable: true, fallback: null, fact: true, doc: "The cheapest paid plan as published: {amount, currency, period, asOf (YYYY-MM, or YYYY when the page gives only the year)}, or null." }),
  chinaAccess: f({ type: "enum", values: ACCESS }, { fallback: "unknown", fact: true, doc: "Usable from mainland China without workarounds: yes, no, partly (see chinaNote); unverified where no page settled it; unknown only in team catalogs." }),
  chinaNote: f({ type: "text" }, { nullable: true, fallback: null, fact: true, doc: "How it can (or cannot) be used from mainland China, {zh, en}; required for partly." }),
  chinese: f({ type: "enum", values: CHINESE }, { fallback: "unknown", fact: true, doc: "How well it handles Chinese: native, good, fair, poor; unverified or (team catalogs) unknown." }),
  adult: f({ type: "bool" }, { fallback: false, fact: true, doc: "An adult-content (NSFW) companion site." }),
  rankings: f({ type: "rankings" }, { fallback: [], fact: true, doc: "Places on public ranking lists: [{list, edition, rank}]; the report's a16z list is a16z-top50-web, edition 2024-03." }),
  report: f({ type: "quotes" }, { fallback: [], fact: true, doc: "The report's own words about it, exactly: [{ref, zh, en}]." }),
  featured: f({ type: "featured" }, { nullable: true, fallback: null, fact: true, doc: "For the five tools section 03 features: {ref, useCases, status}." }),
  sources: f({ type: "sources" }, { fallback: [], fact: false, doc: "Where each fact came from: [{kind, ref?, url?, checked?, fields, note?}]; kind is report, a16z, web (url and checked: YYYY-MM required), unverified or team." }),
  pinyin: f({ type: "list" }, { fallback: [], fact: false, doc: "Pinyin of the Chinese names; computed at build for the built-in catalog." }),
} as const satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof FIELDS;
/** Keys a file may carry that are not fields: what `list --json` adds (so its output loads back) and a note for people. */
export const DERIVED_KEYS = ["origin", "rank", "openSource", "$comment"] as const;

/** A bilingual text. */
export interface Text {
  zh: string;
  en: string;
}
export interface Quote extends Text {
  ref: string;
}
export interface Featured {
  ref: string;
  useCases: Text;
  status: Text;
}
export interface Source {
  kind: (typeof SOURCE_KINDS)[number];
  ref?: string;
  url?: string;
  /** The month the page was read: YYYY-MM. */
  checked?: string;
  fields: string[];
  note?: Text | string;
}
export interface Ranking {
  list: string;
  edition: string;
  rank: number;
}
export interface Price {
  amount: number;
  currency: string;
  period: (typeof PERIODS)[number];
  asOf: string;
}
export interface StatusNote extends Text {
  newName?: string;
  date?: string;
}

/** The value each kind of field holds. */
type ValueOf<K> = K extends { type: "enum"; values: readonly (infer V)[] } ? V
  : K extends { type: "short" | "long" | "url" } ? string
  : K extends { type: "text" } ? Text
  : K extends { type: "list" | "words" } ? string[]
  : K extends { type: "bool" } ? boolean
  : K extends { type: "quotes" } ? Quote[]
  : K extends { type: "featured" } ? Featured
  : K extends { type: "sources" } ? Source[]
  : K extends { type: "rankings" } ? Ranking[]
  : K extends { type: "price" } ? Price
  : K extends { type: "statusNote" } ? StatusNote
  : never;

/** A tool's fields as the table describes them. */
export type ToolFields = { -readonly [N in FieldName]: ValueOf<(typeof FIELDS)[N]["kind"]> | ((typeof FIELDS)[N] extends { nullable: true } ? null : never) };
