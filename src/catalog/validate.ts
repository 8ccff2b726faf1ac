// Pure validation of tool entries: any JSON in, clean typed tools or "entry: field: problem" lines out. It never throws,
// copies only the fields it knows, and caps what a terminal would have to show.
import { A16Z_2024 } from "../core/rankings.js";
import { editDistance } from "../core/text.js";
import { say as sayDefault, type Msg, type Problem, type Say } from "./problems.js";
import { DERIVED_KEYS, FIELDS, PERIODS, SOURCE_KINDS, type FieldName, type FieldSpec, type Kind, type Ranking, type Source, type Text } from "./schema.js";
import type { Tool } from "./types.js";

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Fields that state a fact and so must be named by some source in the built-in catalog. */
export const FACT_FIELDS = (Object.keys(FIELDS) as FieldName[]).filter((name) => FIELDS[name].fact);

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
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const month = (v: unknown) => typeof v === "string" && MONTH.test(v);
const rankings: Check = (v, say) =>
  Array.isArray(v) && v.length <= MAX_LIST && v.every((r) => isObj(r) && typeof r.list === "string" && typeof r.edition === "string" && Number.isInteger(r.rank) && (r.rank as number) >= 1 && (r.rank as number) <= (r.list === A16Z_2024.list ? A16Z_2024.size : 1000) && !unknownKey(r, ["list", "edition", "rank"]))
    ? null : say("rankings", show(v, say));
const price: Check = (v, say) =>
  isObj(v) && typeof v.amount === "number" && v.amount >= 0 && typeof v.currency === "string" && /^[A-Z]{3}$/.test(v.currency) && (PERIODS as readonly unknown[]).includes(v.period) && typeof v.asOf === "string" && /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(v.asOf) && !unknownKey(v, ["amount", "currency", "period", "asOf"])
    ? null : say("price", show(v, say));
const statusNote: Check = (v, say) =>
  isObj(v) && typeof v.zh === "string" && typeof v.en === "string" && (v.newName === undefined || typeof v.newName === "string") && (v.date === undefined || month(v.date)) && !unknownKey(v, ["zh", "en", "newName", "date"])
    ? null : say("statusNote", show(v, say));
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
const SOURCE_KEYS = ["kind", "ref", "url", "checked", "fields", "note"];
const sources: Check = (v, say) => {
  if (!Array.isArray(v) || v.length > MAX_LIST) return say("sources");
  for (const s of v) {
    if (!isObj(s) || sourceKind(s.kind, say) !== null) return say("sourceKind", SOURCE_KINDS.join(", "));
    if (strList(s.fields, say) !== null) return say("sourceFields");
    const badNote = s.note !== undefined && longStr(s.note, say) !== null && text(s.note, say) !== null;
    if ((s.ref !== undefined && shortStr(s.ref, say) !== null) || badNote) return say("sourceText");
    // A public page is cited by its address and the month it was read.
    if (s.kind === "web" && (url(s.url, say) !== null || typeof s.url !== "string" || !month(s.checked))) return say("webSource");
    const k = unknownKey(s, SOURCE_KEYS);
    if (k !== undefined) return say("sourceKey", show(k, say));
  }
  return null;
};

/** The check for each kind of field in the one description (schema.ts). */
function checkOf(kind: Kind): Check {
  switch (kind.type) {
    case "short": return shortStr;
    case "long": return longStr;
    case "text": return text;
    case "list": case "words": return strList;
    case "bool": return bool;
    case "url": return url;
    case "enum": return oneOf(kind.values);
    case "quotes": return quotes;
    case "featured": return featured;
    case "sources": return sources;
    case "rankings": return rankings;
    case "price": return price;
    case "statusNote": return statusNote;
  }
}
/** Each field with its check, made once: validating 100,000 entries walks this list 100,000 times. */
const FIELD_CHECKS = (Object.entries(FIELDS) as Array<[FieldName, FieldSpec]>).map(([name, spec]) => {
  const check = checkOf(spec.kind);
  return { name, spec, check: (v: unknown, say: Say) => (v === null && spec.nullable ? null : check(v, say)) };
});
/** Built-in entries compute pinyin at build time, so it is the one field they may leave out. */
const BUILT_LATER = new Set(["pinyin"]);
/** Values only team catalogs may hold: the built-in catalog says "unverified" where no page settled a fact. */
const TEAM_ONLY = "unknown";
const IGNORED = new Set<string>(DERIVED_KEYS);
const KNOWN = ["id", ...Object.keys(FIELDS)];
const KNOWN_SET = new Set(KNOWN);

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

/** Which facts of a built-in entry no source names; an empty list of quotes or ranks, and no feature, need none. */
function unsourced(entry: Record<string, unknown>): string[] {
  const named = new Set((entry.sources as Source[]).flatMap((s) => s.fields));
  return FACT_FIELDS.filter((f) => {
    const v = entry[f];
    const empty = v === null || (Array.isArray(v) && v.length === 0);
    if (empty && (f === "rankings" || f === "report" || f === "featured")) return false;
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
  for (const key of Object.keys(raw)) {
    if (KNOWN_SET.has(key) || IGNORED.has(key)) continue;
    const guess = meant(key);
    fail(String(show(key)).replace(/^"|"$/g, ""), guess ? say("meant", guess) : say("unknownField"));
  }
  const tool: Record<string, unknown> = { id: raw.id };
  for (const { name, spec, check } of FIELD_CHECKS) {
    const v = raw[name];
    const required = !("fallback" in spec) || (opts.strict && !BUILT_LATER.has(name));
    if (v === undefined) {
      if (required) fail(name, say("missing"));
      tool[name] = structuredClone(spec.fallback);
      continue;
    }
    const err = check(v, say);
    if (err) fail(name, err);
    else if (opts.strict && v === TEAM_ONLY && spec.kind.type === "enum") fail(name, say("teamOnly"));
    tool[name] = err ? structuredClone(spec.fallback) : v;
  }
  // What list --json adds loads back: its a16z rank and openness flag stand for the fields they come from.
  if (raw.rankings === undefined && Number.isInteger(raw.rank) && (raw.rank as number) >= 1 && (raw.rank as number) <= A16Z_2024.size) {
    tool.rankings = [{ list: A16Z_2024.list, edition: A16Z_2024.edition, rank: raw.rank }];
  } else if (raw.rank !== undefined && raw.rank !== null && raw.rankings === undefined) fail("rank", say("rank", show(raw.rank, say)));
  if (raw.openSource !== undefined && typeof raw.openSource !== "boolean") fail("openSource", say("bool", show(raw.openSource, say)));
  else if (raw.openness === undefined && typeof raw.openSource === "boolean") tool.openness = raw.openSource ? "open-weights" : "closed";
  if (tool.status !== "active" && tool.statusNote === null) fail("statusNote", say("statusNoteNeeded"));
  if (tool.chinaAccess === "partly" && tool.chinaNote === null) fail("chinaNote", say("chinaNoteNeeded"));
  tool.tasks = resolveWords(tool.tasks as string[], opts.taskId, (w) => fail("tasks", say("unknownTask", show(w, say))));
  tool.industries = resolveWords(tool.industries as string[], opts.industryId, (w) => fail("industries", say("unknownIndustry", show(w, say))));
  tool.rank = (tool.rankings as Ranking[]).find((r) => r.list === A16Z_2024.list && r.edition === A16Z_2024.edition)?.rank ?? null;
  tool.openSource = tool.openness !== "closed";
  if (opts.origin) tool.origin = opts.origin;
  if (opts.strict && !problems) {
    const missing = unsourced(tool);
    if (missing.length) fail("sources", say("unsourced", missing.join(", ")));
  }
  if (problems) return undefined;
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
