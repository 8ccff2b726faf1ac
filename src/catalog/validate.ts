// Pure validation of tool entries: any JSON in, clean typed tools or "entry: field: problem" lines out. It never throws,
// copies only the fields it knows, and caps what a terminal would have to show.
import { A16Z_2024 } from "../core/rankings.js";
import { editDistance } from "../core/text.js";
import { checkOf, isObj, show } from "./checks.js";
import { say as sayDefault, type Msg, type Problem, type Say } from "./problems.js";
export { isText, show } from "./checks.js";
import { DERIVED_KEYS, FIELDS, type FieldName, type FieldSpec, type Ranking, type Source } from "./schema.js";
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
  for (const key in raw) {
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
