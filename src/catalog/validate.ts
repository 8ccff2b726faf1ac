// Pure validation of tool entries: any JSON in, clean typed tools or "entry: field: problem" lines out. It never throws,
// copies only the fields it knows, and caps what a terminal would have to show.
import { A16Z_2024 } from "../core/rankings.js";
import { editDistance } from "../core/text.js";
import { say as sayDefault, type Msg, type Problem, type Say } from "./problems.js";
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
  /** How problems are made (tests may count them). */
  say?: Say;
}
export interface ValidateResult {
  tools: Tool[];
  errors: Problem[];
}

/** Longest short text (names, aliases, ids of tasks) and longest prose (summaries, quotes) an entry may hold. */
const SHORT = 200;
const LONG = 5000;
const MAX_LIST = 100;

/** A check of one value: null when it is fine, else what is wrong, made by `say`. */
type Check = (v: unknown, say: Say) => Msg | null;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const oneOf = (list: readonly string[]): Check => (v, say) =>
  typeof v === "string" && list.includes(v) ? null : say("oneOf", list.join(", "), show(v, say));
const str = (max: number): Check => (v, say) =>
  typeof v !== "string" || !v.trim() ? say("nonEmpty", show(v, say)) : v.length > max ? say("tooLong", String(max), String(v.length)) : null;
const shortStr = str(SHORT);
const longStr = str(LONG);
const strOrNull: Check = (v, say) => (v === null ? null : shortStr(v, say));
const bool: Check = (v, say) => (typeof v === "boolean" ? null : say("bool", show(v, say)));
const strList: Check = (v, say) =>
  !Array.isArray(v) || !v.every((x) => typeof x === "string") ? say("strList", show(v, say))
    : v.length > MAX_LIST ? say("tooMany", String(MAX_LIST), String(v.length))
      : v.some((x) => x.length > SHORT) ? say("itemTooLong", String(SHORT)) : null;
/** The first key of an object that is not one of `known`: nested values are kept as they are, so nothing unknown may ride in them. */
function unknownKey(v: Record<string, unknown>, known: readonly string[]): string | undefined {
  for (const k in v) if (!known.includes(k)) return k;
  return undefined;
}
const text: Check = (v, say) => {
  if (!isObj(v) || typeof v.zh !== "string" || typeof v.en !== "string") return say("text", show(v, say));
  if (v.zh.length > LONG || v.en.length > LONG) return say("langTooLong", String(LONG));
  const k = unknownKey(v, ["zh", "en"]);
  return k === undefined ? null : say("unknownKey", show(k, say));
};
const url: Check = (v, say) =>
  v === null || (typeof v === "string" && v.length <= 2000 && /^https?:\/\/[^\s\u0000-\u001f\u007f-\u009f]+$/.test(v)) ? null : say("url", show(v, say));
const rank: Check = (v, say) => (v === null || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= A16Z_2024.size) ? null : say("rank", show(v, say)));
const QUOTE_KEYS = ["ref", "zh", "en"];
const isLang = (v: unknown) => typeof v === "string" && v.length <= LONG;
const quotes: Check = (v, say) =>
  Array.isArray(v) && v.length <= MAX_LIST && v.every((q) => isObj(q) && typeof q.ref === "string" && q.ref.length <= SHORT && isLang(q.zh) && isLang(q.en) && !unknownKey(q, QUOTE_KEYS))
    ? null : say("quotes");
const FEATURED_KEYS = ["ref", "useCases", "status"];
const featured: Check = (v, say) =>
  v === null || (isObj(v) && typeof v.ref === "string" && v.ref.length <= SHORT && text(v.useCases, say) === null && text(v.status, say) === null && !unknownKey(v, FEATURED_KEYS))
    ? null : say("featured");
const sourceKind = oneOf(SOURCE_KINDS);
const SOURCE_KEYS = ["kind", "ref", "fields", "note"];
const sources: Check = (v, say) => {
  if (!Array.isArray(v) || v.length > MAX_LIST) return say("sources");
  for (const s of v) {
    if (!isObj(s) || sourceKind(s.kind, say) !== null) return say("sourceKind", SOURCE_KINDS.join(", "));
    if (strList(s.fields, say) !== null) return say("sourceFields");
    const badNote = s.note !== undefined && longStr(s.note, say) !== null && text(s.note, say) !== null;
    if ((s.ref !== undefined && shortStr(s.ref, say) !== null) || badNote) return say("sourceText");
    const k = unknownKey(s, SOURCE_KEYS);
    if (k !== undefined) return say("sourceKey", show(k, say));
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
/** Keys an entry may carry besides its fields: `origin` is what `list --json` adds (so its output loads back), `$comment` a note. */
const IGNORED = new Set(["origin", "$comment"]);
const KNOWN = ["id", "name", "category", ...Object.keys(FIELDS)];
const KNOWN_SET = new Set(KNOWN);
const checkCategory = oneOf(CATEGORIES);

/** A value as a problem may quote it: short, and safe for any depth of nesting (the renderer escapes it). */
export function show(v: unknown, say: Say = sayDefault): string | Msg {
  if (Array.isArray(v)) return say("aList");
  if (isObj(v)) return say("anObject");
  return typeof v === "string" ? JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v) : String(v);
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
function resolveWords(words: string[], resolve: ((w: string) => string | undefined) | undefined, bad: (word: string) => void): string[] {
  if (!resolve) return words;
  const ids: string[] = [];
  for (const w of words) {
    const id = resolve(w);
    if (id === undefined) bad(w);
    else if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Validates one parsed entry; problems go to `bad`, and a tool comes back only when there were none. */
function validateEntry(raw: Record<string, unknown>, opts: ValidateOptions, say: Say, bad: (field: string, msg: Msg) => void): Tool | undefined {
  let problems = 0;
  const fail = (field: string, msg: Msg) => {
    problems++;
    bad(field, msg);
  };
  if (typeof raw.id !== "string" || !SLUG.test(raw.id) || raw.id.length > 100) fail("id", say("slug", show(raw.id, say)));
  const nameErr = shortStr(raw.name, say);
  if (nameErr) fail("name", nameErr);
  const catErr = checkCategory(raw.category, say);
  if (catErr) fail("category", catErr);
  for (const key of Object.keys(raw)) {
    if (KNOWN_SET.has(key) || IGNORED.has(key)) continue;
    const guess = meant(key);
    fail(String(show(key)).replace(/^"|"$/g, ""), guess ? say("meant", guess) : say("unknownField"));
  }
  const field = (name: string) => {
    const v = raw[name];
    const { check, fallback } = FIELDS[name]!;
    if (v === undefined) {
      if (opts.strict && !DERIVED.has(name)) fail(name, say("missing"));
      return fallback();
    }
    const err = check(v, say);
    if (err) fail(name, err);
    return err ? fallback() : v;
  };
  // One literal, so every tool has the same shape (and a large catalog the fast property access that brings).
  const tool: Record<string, unknown> = {
    id: raw.id, name: raw.name, nameZh: field("nameZh"), aliases: field("aliases"), pinyin: field("pinyin"),
    category: raw.category, developer: field("developer"), website: field("website"), summary: field("summary"),
    tasks: field("tasks"), industries: field("industries"), pricing: field("pricing"), openSource: field("openSource"),
    chinese: field("chinese"), chinaAccess: field("chinaAccess"), adult: field("adult"), rank: field("rank"),
    report: field("report"), featured: field("featured"), sources: field("sources"), origin: opts.origin,
  };
  tool.tasks = resolveWords(tool.tasks as string[], opts.taskId, (w) => fail("tasks", say("unknownTask", show(w, say))));
  tool.industries = resolveWords(tool.industries as string[], opts.industryId, (w) => fail("industries", say("unknownIndustry", show(w, say))));
  if (opts.strict && !problems) {
    const missing = unsourced(tool);
    if (missing.length) fail("sources", say("unsourced", missing.join(", ")));
  }
  if (problems) return undefined;
  if (!opts.origin) delete tool.origin;
  return tool as unknown as Tool;
}

/** Validates a parsed catalog file: every problem, each as `entry "id": field: message`. */
export function validateTools(json: unknown, opts: ValidateOptions): ValidateResult {
  const v = toolValidator(opts);
  if (Array.isArray(json)) v.add(json, 0);
  else v.notArray(json);
  return v.result();
}

/** A validator fed a file's entries a slice at a time (a large file is parsed in slices); ids and ranks are checked
 * across all of them. */
export function toolValidator(opts: ValidateOptions): { add(entries: unknown[], offset: number): void; notArray(json: unknown): void; result(): ValidateResult } {
  const say = opts.say ?? sayDefault;
  const errors: Problem[] = [];
  const tools: Tool[] = [];
  const seen = new Map<string, number>();
  const ranks = new Map<number, string>();
  const one = (raw: unknown, i: number) => {
    // Named by id when it has one, else by position; worked out only when there is something to say.
    const where = () => (isObj(raw) && typeof raw.id === "string" && raw.id ? say("entry", show(raw.id, say)) : say("entryAt", String(i + 1)));
    const bad = (field: string, msg: Msg) => errors.push({ where: where(), field, msg });
    if (!isObj(raw)) return void bad("(entry)", say("notObject", show(raw, say)));
    const tool = validateEntry(raw, opts, say, bad);
    if (typeof raw.id === "string") {
      const first = seen.get(raw.id);
      if (first !== undefined) bad("id", say("repeatsId", String(first + 1)));
      else seen.set(raw.id, i);
      if (first !== undefined) return;
    }
    if (tool?.rank) {
      const holder = ranks.get(tool.rank);
      if (holder !== undefined) return void bad("rank", say("rankTaken", String(tool.rank), show(holder, say)));
      ranks.set(tool.rank, tool.id);
    }
    if (tool) tools.push(tool);
  };
  return {
    add: (entries, offset) => entries.forEach((raw, j) => one(raw, offset + j)),
    notArray: (json) => void errors.push({ msg: say("notArray", json === null ? "null" : isObj(json) ? say("anObject") : typeof json) }),
    result: () => ({ tools, errors }),
  };
}

/** Checks that a value holds a bilingual text (other keys allowed: a scenario is one too), for the other data files. */
export function isText(v: unknown): v is Text {
  return isObj(v) && typeof v.zh === "string" && typeof v.en === "string";
}
