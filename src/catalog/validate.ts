// Pure validation of tool entries: any JSON in, typed tools or "entry: field: problem" lines out.
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
  taskIds?: ReadonlySet<string>;
  industryIds?: ReadonlySet<string>;
  /** Name put on every produced tool as its `origin`. */
  origin?: string;
}
export interface ValidateResult {
  tools: Tool[];
  errors: string[];
}

type Check = (v: unknown) => string | null;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const oneOf = (list: readonly string[]): Check => (v) =>
  typeof v === "string" && list.includes(v) ? null : `must be one of ${list.join(", ")} (got ${show(v)})`;
const str: Check = (v) => (typeof v === "string" && v.trim() ? null : `must be a non-empty string (got ${show(v)})`);
const strOrNull: Check = (v) => (v === null ? null : str(v));
const bool: Check = (v) => (typeof v === "boolean" ? null : `must be true or false (got ${show(v)})`);
const strList: Check = (v) =>
  Array.isArray(v) && v.every((x) => typeof x === "string") ? null : `must be a list of strings (got ${show(v)})`;
const text: Check = (v) => (isObj(v) && typeof v.zh === "string" && typeof v.en === "string" ? null : `must be {"zh": "...", "en": "..."} (got ${show(v)})`);
const url: Check = (v) => (v === null || (typeof v === "string" && /^https?:\/\/[^\s]+$/.test(v)) ? null : `must be an http(s) address or null (got ${show(v)})`);
const rank: Check = (v) => (v === null || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 50) ? null : `must be a whole number from 1 to 50, or null (got ${show(v)})`);
const quotes: Check = (v) =>
  Array.isArray(v) && v.every((q) => isObj(q) && typeof q.ref === "string" && text(q) === null) ? null : "must be a list of {ref, zh, en}";
const featured: Check = (v) =>
  v === null || (isObj(v) && typeof v.ref === "string" && text(v.useCases) === null && text(v.status) === null) ? null : "must be null or {ref, useCases, status}";
const sources: Check = (v) => {
  if (!Array.isArray(v)) return "must be a list of {kind, fields}";
  for (const s of v) {
    if (!isObj(s) || oneOf(SOURCE_KINDS)(s.kind) !== null) return `each source needs a kind: one of ${SOURCE_KINDS.join(", ")}`;
    if (strList(s.fields) !== null) return "each source needs fields: a list of field names";
  }
  return null;
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

function show(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
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

/** Validates a parsed catalog file: every problem, each as "entry: field: message". */
export function validateTools(json: unknown, opts: ValidateOptions): ValidateResult {
  if (!Array.isArray(json)) return { tools: [], errors: [`must be a JSON array of tools (got ${Array.isArray(json) ? "array" : json === null ? "null" : typeof json})`] };
  const errors: string[] = [];
  const tools: Tool[] = [];
  const seen = new Map<string, number>();
  const ranks = new Map<number, string>();
  json.forEach((raw, i) => {
    const where = isObj(raw) && typeof raw.id === "string" && raw.id ? `entry "${raw.id}"` : `entry #${i + 1}`;
    const bad = (field: string, msg: string) => errors.push(`${where}: ${field}: ${msg}`);
    if (!isObj(raw)) return void bad("(entry)", `must be an object (got ${show(raw)})`);
    const before = errors.length;
    if (typeof raw.id !== "string" || !SLUG.test(raw.id)) bad("id", `must be a lowercase slug like "my-tool" (got ${show(raw.id)})`);
    const nameErr = str(raw.name);
    if (nameErr) bad("name", nameErr);
    const catErr = oneOf(CATEGORIES)(raw.category);
    if (catErr) bad("category", catErr);
    const tool: Record<string, unknown> = { id: raw.id, name: raw.name, category: raw.category };
    for (const [field, { check, fallback }] of Object.entries(FIELDS)) {
      if (!Object.prototype.hasOwnProperty.call(raw, field) || raw[field] === undefined) {
        if (opts.strict && !DERIVED.has(field)) bad(field, "is missing");
        tool[field] = fallback();
        continue;
      }
      const err = check(raw[field]);
      if (err) bad(field, err);
      else tool[field] = raw[field];
    }
    for (const t of (Array.isArray(tool.tasks) ? tool.tasks : []) as string[])
      if (opts.taskIds && !opts.taskIds.has(t)) bad("tasks", `unknown task "${t}"`);
    for (const t of (Array.isArray(tool.industries) ? tool.industries : []) as string[])
      if (opts.industryIds && !opts.industryIds.has(t)) bad("industries", `unknown industry "${t}"`);
    if (typeof raw.id === "string") {
      if (seen.has(raw.id)) bad("id", `duplicates entry #${seen.get(raw.id)! + 1}`);
      seen.set(raw.id, i);
    }
    if (typeof tool.rank === "number") {
      if (ranks.has(tool.rank)) bad("rank", `${tool.rank} is also the rank of "${ranks.get(tool.rank)}"`);
      ranks.set(tool.rank, String(raw.id));
    }
    if (opts.strict && errors.length === before) {
      const missing = unsourced(tool);
      if (missing.length) bad("sources", `no source names ${missing.join(", ")}`);
    }
    if (errors.length === before) {
      if (opts.origin) tool.origin = opts.origin;
      tools.push(tool as unknown as Tool);
    }
  });
  return { tools, errors };
}

/** Checks that a value is a bilingual text, for the other data files. */
export function isText(v: unknown): v is Text {
  return text(v) === null;
}
