// The checks of single values a catalog entry holds, one per kind of field in the one description (schema.ts): each
// says null when a value is fine, else what is wrong, as data (problems.ts).
import { A16Z_2024 } from "../core/rankings.js";
import { say as sayDefault, type Msg, type Say } from "./problems.js";
import { PERIODS, SOURCE_KINDS, type Kind, type Text } from "./schema.js";

/** Longest short text (names, aliases, ids of tasks) and longest prose (summaries, quotes) an entry may hold. */
const SHORT = 200;
const LONG = 5000;
const MAX_LIST = 100;

/** A check of one value: null when it is fine, else what is wrong, made by `say`. */
export type Check = (v: unknown, say: Say) => Msg | null;
export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const oneOf = (list: readonly string[]): Check => (v, say) =>
  typeof v === "string" && list.includes(v) ? null : say("oneOf", list.join(", "), show(v, say));
const str = (max: number): Check => (v, say) =>
  typeof v !== "string" || !v.trim() ? say("nonEmpty", show(v, say)) : v.length > max ? say("tooLong", String(max), String(v.length)) : null;
const shortStr = str(SHORT);
const longStr = str(LONG);
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
    // A note is a text in both languages, or one string: the check that fits its shape is the one run.
    const badNote = s.note !== undefined && (isObj(s.note) ? text(s.note, say) : longStr(s.note, say)) !== null;
    if ((s.ref !== undefined && shortStr(s.ref, say) !== null) || badNote) return say("sourceText");
    // A public page is cited by its address and the month it was read.
    if (s.kind === "web" && (url(s.url, say) !== null || typeof s.url !== "string" || !month(s.checked))) return say("webSource");
    const k = unknownKey(s, SOURCE_KEYS);
    if (k !== undefined) return say("sourceKey", show(k, say));
  }
  return null;
};

/** The check for each kind of field in the one description (schema.ts). */
export function checkOf(kind: Kind): Check {
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
/** A value as a problem may quote it: short, and safe for any depth of nesting (the renderer escapes it). */
export function show(v: unknown, say: Say = sayDefault): string | Msg {
  if (Array.isArray(v)) return say("aList");
  if (isObj(v)) return say("anObject");
  return typeof v === "string" ? JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v) : String(v);
}

/** Checks that a value holds a bilingual text (other keys allowed: a scenario is one too), for the other data files. */
export function isText(v: unknown): v is Text {
  return isObj(v) && typeof v.zh === "string" && typeof v.en === "string";
}
