// Pure validation of tool entries: any JSON in, clean typed tools or "entry: field: problem" lines out. It never throws,
// copies only the fields it knows, and caps what a terminal would have to show.
import { editDistance } from "../core/text.js";
import {
  ACCESS, CATEGORIES, CHINESE, PRICING, SOURCE_KINDS,
  type Source, type Text, type Tool,
} from "./types.js";

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Fields that state a fact and so must be named by some source in the built-in catalog. */
export const FACT_FIELDS = [
  "name", "nameZh", "aliases", "category", "developer", "website", "summary", "tasks", "industries",
  "pricing", "openSource", "chinese", "chinaAccess", "adult", "rank", "report", "featured",
] as const;

export interface ValidateOptions {
  /** Built-in data must have every field and a source for every fact; team catalogs may omit all but id, name, category. */
  strict: boolean;
  /** The task id a catalog's word means (an id, or for team catalogs also a vocabulary word such as "配音"). */
  taskId?: (word: string) => string | undefined;
  /** The industry id a catalog's word means. */
  industryId?: (word: string) => string | undefined;
  /** Name put on every produced tool as its `origin`. */
  origin?: string;
}
export interface ValidateResult {
  tools: Tool[];
  errors: string[];
}

/** Longest short text (names, aliases, ids of tasks) and longest prose (summaries, quotes) an entry may hold. */
const SHORT = 200;
const LONG = 5000;
const MAX_LIST = 100;

type Check = (v: unknown) => string | null;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const oneOf = (list: readonly string[]): Check => (v) =>
  typeof v === "string" && list.includes(v) ? null : `must be one of ${list.join(", ")} (got ${show(v)})`;
const str = (max: number): Check => (v) =>
  typeof v !== "string" || !v.trim() ? `must be a non-empty string (got ${show(v)})` : v.length > max ? `must be at most ${max} characters (has ${v.length})` : null;
const strOrNull: Check = (v) => (v === null ? null : str(SHORT)(v));
const bool: Check = (v) => (typeof v === "boolean" ? null : `must be true or false (got ${show(v)})`);
const strList: Check = (v) =>
  !Array.isArray(v) || !v.every((x) => typeof x === "string") ? `must be a list of strings (got ${show(v)})`
    : v.length > MAX_LIST ? `must have at most ${MAX_LIST} items (has ${v.length})`
      : v.some((x) => x.length > SHORT) ? `each item must be at most ${SHORT} characters` : null;
const textOf = (v: unknown, max: number): string | null =>
  !isObj(v) || typeof v.zh !== "string" || typeof v.en !== "string" ? `must be {"zh": "...", "en": "..."} (got ${show(v)})`
    : v.zh.length > max || v.en.length > max ? `each language must be at most ${max} characters` : null;
const text: Check = (v) => textOf(v, LONG);
const url: Check = (v) =>
  v === null || (typeof v === "string" && v.length <= 2000 && /^https?:\/\/[^\s\u0000-\u001f\u007f-\u009f]+$/.test(v)) ? null : `must be an http(s) address or null (got ${show(v)})`;
const rank: Check = (v) => (v === null || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 50) ? null : `must be a whole number from 1 to 50, or null (got ${show(v)})`);
const quotes: Check = (v) =>
  Array.isArray(v) && v.length <= MAX_LIST && v.every((q) => isObj(q) && typeof q.ref === "string" && q.ref.length <= SHORT && text(q) === null) ? null : "must be a list of {ref, zh, en}";
const featured: Check = (v) =>
  v === null || (isObj(v) && typeof v.ref === "string" && v.ref.length <= SHORT && text(v.useCases) === null && text(v.status) === null) ? null : "must be null or {ref, useCases, status}";
const sources: Check = (v) => {
  if (!Array.isArray(v) || v.length > MAX_LIST) return "must be a list of {kind, fields}";
  for (const s of v) {
    if (!isObj(s) || oneOf(SOURCE_KINDS)(s.kind) !== null) return `each source needs a kind: one of ${SOURCE_KINDS.join(", ")}`;
    if (strList(s.fields) !== null) return "each source needs fields: a list of field names";
    if ((s.ref !== undefined && str(SHORT)(s.ref) !== null) || (s.note !== undefined && str(LONG)(s.note) !== null)) return "a source's ref and note must be strings";
  }
  return null;
};

/** Copies of nested values with only the keys the catalog knows, so nothing else a file holds travels on. */
const pickText = (v: Record<string, unknown>): Text => ({ zh: v.zh as string, en: v.en as string });
const COPY: Record<string, (v: never) => unknown> = {
  aliases: (v: string[]) => [...v],
  pinyin: (v: string[]) => [...v],
  summary: pickText,
  report: (v: Array<Record<string, unknown>>) => v.map((q) => ({ ref: q.ref, ...pickText(q) })),
  featured: (v: Record<string, unknown> | null) =>
    v && { ref: v.ref, useCases: pickText(v.useCases as Record<string, unknown>), status: pickText(v.status as Record<string, unknown>) },
  sources: (v: Array<Record<string, unknown>>) =>
    v.map((s): Source => ({ kind: s.kind as Source["kind"], ...(s.ref ? { ref: s.ref as string } : {}), fields: [...(s.fields as string[])], ...(s.note ? { note: s.note as string } : {}) })),
};

/** Each optional field: its check and the value a team catalog gets when it leaves the field out. */
const FIELDS: Record<string, { check: Check; fallback: () => unknown }> = {
  nameZh: { check: strOrNull, fallback: () => null },
  aliases: { check: strList, fallback: () => [] },
  pinyin: { check: strList, fallback: () => [] },
  developer: { check: strOrNull, fallback: () => null },
  website: { check: url, fallback: () => null },
  summary: { check: text, fallback: () => ({ zh: "", en: "" }) },
  tasks: { check: strList, fallback: () => [] },
  industries: { check: strList, fallback: () => [] },
  pricing: { check: oneOf(PRICING), fallback: () => "unknown" },
  openSource: { check: bool, fallback: () => false },
  chinese: { check: oneOf(CHINESE), fallback: () => "unknown" },
  chinaAccess: { check: oneOf(ACCESS), fallback: () => "unknown" },
  adult: { check: bool, fallback: () => false },
  rank: { check: rank, fallback: () => null },
  report: { check: quotes, fallback: () => [] },
  featured: { check: featured, fallback: () => null },
  sources: { check: sources, fallback: () => [] },
};
/** Built-in entries compute pinyin at build time, so it is the one field they may leave out. */
const DERIVED = new Set(["pinyin"]);
/** Keys an entry may carry besides its fields: `origin` is what `list --json` adds (so its output loads back), `$comment` a note. */
const IGNORED = new Set(["origin", "$comment"]);
const KNOWN = ["id", "name", "category", ...Object.keys(FIELDS)];

/** A value as an error message may quote it: short, escaped, and safe for any depth of nesting. */
export function show(v: unknown): string {
  if (Array.isArray(v)) return "a list";
  if (isObj(v)) return "an object";
  const s = typeof v === "string" ? JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v) : String(v);
  return s.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The field a mistyped key was meant to be, if one is close. */
function meant(key: string): string | undefined {
  const k = key.toLowerCase();
  return KNOWN.find((f) => f.toLowerCase() === k) ?? KNOWN.find((f) => editDistance(k, f.toLowerCase(), 2) <= 2);
}

/** Why each fact of a built-in entry lacks a source, if it does. */
function unsourced(entry: Record<string, unknown>): string[] {
  const named = new Set((entry.sources as Source[]).flatMap((s) => s.fields));
  return FACT_FIELDS.filter((f) => {
    const v = entry[f];
    const empty = v === null || (Array.isArray(v) && v.length === 0);
    if (empty && (f === "rank" || f === "report" || f === "featured")) return false;
    return !named.has(f);
  });
}

/** Word lists (tasks, industries) mapped to ids, with a problem for each word that names nothing. */
function resolveWords(words: string[], resolve: ((w: string) => string | undefined) | undefined, what: string, bad: (msg: string) => void): string[] {
  if (!resolve) return words;
  const ids: string[] = [];
  for (const w of words) {
    const id = resolve(w);
    if (id === undefined) bad(`unknown ${what} ${show(w)}`);
    else if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Validates one parsed entry; problems go to `bad`, and a tool comes back only when there were none. */
function validateEntry(raw: Record<string, unknown>, opts: ValidateOptions, bad: (field: string, msg: string) => void): Tool | undefined {
  let problems = 0;
  const fail = (field: string, msg: string) => {
    problems++;
    bad(field, msg);
  };
  if (typeof raw.id !== "string" || !SLUG.test(raw.id) || raw.id.length > 100) fail("id", `must be a lowercase slug like "my-tool" (got ${show(raw.id)})`);
  const nameErr = str(SHORT)(raw.name);
  if (nameErr) fail("name", nameErr);
  const catErr = oneOf(CATEGORIES)(raw.category);
  if (catErr) fail("category", catErr);
  for (const key of Object.keys(raw)) {
    if (KNOWN.includes(key) || IGNORED.has(key)) continue;
    const guess = meant(key);
    fail(show(key).replace(/^"|"$/g, ""), `unknown field${guess ? `: did you mean "${guess}"?` : ""}`);
  }
  const tool: Record<string, unknown> = { id: raw.id, name: raw.name, category: raw.category };
  for (const [field, { check, fallback }] of Object.entries(FIELDS)) {
    const v = raw[field];
    if (v === undefined) {
      if (opts.strict && !DERIVED.has(field)) fail(field, "is missing");
      tool[field] = fallback();
      continue;
    }
    const err = check(v);
    if (err) fail(field, err);
    else tool[field] = COPY[field] ? COPY[field](v as never) : v;
  }
  tool.tasks = resolveWords(tool.tasks as string[], opts.taskId, "task", (m) => fail("tasks", m));
  tool.industries = resolveWords(tool.industries as string[], opts.industryId, "industry", (m) => fail("industries", m));
  if (opts.strict && !problems) {
    const missing = unsourced(tool);
    if (missing.length) fail("sources", `no source names ${missing.join(", ")}`);
  }
  if (problems) return undefined;
  if (opts.origin) tool.origin = opts.origin;
  return tool as unknown as Tool;
}

/** Validates a parsed catalog file: every problem, each as `entry "id": field: message`. */
export function validateTools(json: unknown, opts: ValidateOptions): ValidateResult {
  if (!Array.isArray(json)) {
    const got = json === null ? "null" : isObj(json) ? "an object" : typeof json;
    return { tools: [], errors: [`must be a JSON array of tools, like [{"id": "my-tool", "name": "My Tool", "category": "image"}] (got ${got})`] };
  }
  const errors: string[] = [];
  const tools: Tool[] = [];
  const seen = new Map<string, number>();
  const ranks = new Map<number, string>();
  json.forEach((raw, i) => {
    const where = isObj(raw) && typeof raw.id === "string" && raw.id ? `entry ${show(raw.id)}` : `entry #${i + 1}`;
    const bad = (field: string, msg: string) => errors.push(`${where}: ${field}: ${msg}`);
    if (!isObj(raw)) return void bad("(entry)", `must be an object (got ${show(raw)})`);
    const tool = validateEntry(raw, opts, bad);
    if (typeof raw.id === "string") {
      const first = seen.get(raw.id);
      if (first !== undefined) bad("id", `repeats the id of entry #${first + 1}`);
      else seen.set(raw.id, i);
      if (first !== undefined) return;
    }
    if (tool?.rank) {
      const holder = ranks.get(tool.rank);
      if (holder !== undefined) return void bad("rank", `${tool.rank} is also the rank of ${show(holder)}`);
      ranks.set(tool.rank, tool.id);
    }
    if (tool) tools.push(tool);
  });
  return { tools, errors };
}

/** Checks that a value is a bilingual text, for the other data files. */
export function isText(v: unknown): v is Text {
  return text(v) === null;
}
