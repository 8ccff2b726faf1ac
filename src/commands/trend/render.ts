// What `aigc trend` prints: one trend in full, or the ten as a list, in the report's words.
import type { Trend } from "../../catalog/types.js";
import { t } from "../../messages/index.js";
import { clean } from "../../render/safe.js";
import { painter, pick, type RenderOptions } from "../../render/style.js";
import { wrapParagraph as wrap, wrapProse } from "../../render/table.js";

/** One trend in full: title in both languages, summary, and what it means for choosing a tool. */
export function renderTrend(tr: Trend, opts: RenderOptions): string {
  const c = painter(opts.color);
  const { lang } = opts;
  // An English reader also sees the report's own Chinese title; a Chinese reader needs no translation of it.
  return wrapProse([
    c.bold(`${t(lang, "trend")} ${tr.number}: ${pick(tr.title, lang)}`),
    ...(lang === "en" ? [c.dim(clean(tr.title.zh))] : []),
    "",
    wrap(pick(tr.summary, lang), opts),
    "",
    c.cyan(`${t(lang, "advice")}:`),
    wrap(pick(tr.advice, lang), opts, "  "),
    "",
    c.dim(`[${clean(tr.source.ref)}]`),
  ].join("\n"), opts);
}

/** All ten trends, one line each on a terminal or in a pipe. */
export function renderTrendList(trends: Trend[], opts: RenderOptions): string {
  const c = painter(opts.color);
  return wrapProse(trends.map((tr) => `${opts.tty ? c.bold(String(tr.number).padStart(2)) : tr.number}${opts.tty ? "  " : "\t"}${pick(tr.title, opts.lang)}`).join("\n"), opts);
}
