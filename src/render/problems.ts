// Catalog problems worded for a person: one line each, "file: entry: field: message", in the user's language, with
// whatever the file held escaped so that no line can be forged or a terminal driven.
import type { Msg, Problem } from "../catalog/problems.js";
import { t, type Lang, type MessageKey } from "../messages/index.js";
import { clean, escapeJsonText } from "./safe.js";

/** A message about a catalog in the user's language; values from the file are escaped. */
export function wordMsg(m: Msg, lang: Lang): string {
  const args = m.args.map((a) => (typeof a === "string" ? escapeJsonText(a) : wordMsg(a, lang)));
  return t(lang, `problem.${m.key}` as MessageKey, ...(args as [])) as string;
}

/** One problem as one line. */
export function problemLine(p: Problem, lang: Lang): string {
  return clean([p.file, p.where && wordMsg(p.where, lang), p.field, wordMsg(p.msg, lang)].filter(Boolean).join(": "));
}
