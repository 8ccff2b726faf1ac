// Trends and scenarios as readable text: the report's own words, in the user's language.
import type { Trend } from "../catalog/types.js";
import type { IndustryView } from "../commands/scenarios.js";
import { label } from "../labels.js";
import { clean } from "./safe.js";
import { painter, pick, type RenderOptions } from "./style.js";
import wrapAnsi from "wrap-ansi";
import { wrapProse } from "./table.js";

function wrap(text: string, opts: RenderOptions, indent = ""): string {
  const width = Math.max(30, Math.min(opts.columns, 100) - indent.length);
  return wrapAnsi(text, width, { hard: true, trim: true })
    .split("\n")
    .map((l) => indent + l)
    .join("\n");
}

/** One trend in full: title in both languages, summary, and what it means for choosing a tool. */
export function renderTrend(t: Trend, opts: RenderOptions): string {
  const c = painter(opts.color);
  const { lang } = opts;
  // An English reader also sees the report's own Chinese title; a Chinese reader needs no translation of it.
  return wrapProse([
    c.bold(`${label(lang, "trend")} ${t.number}: ${pick(t.title, lang)}`),
    ...(lang === "en" ? [c.dim(clean(t.title.zh))] : []),
    "",
    wrap(pick(t.summary, lang), opts),
    "",
    c.cyan(`${label(lang, "advice")}:`),
    wrap(pick(t.advice, lang), opts, "  "),
    "",
    c.dim(`[${clean(t.source.ref)}]`),
  ].join("\n"), opts);
}

/** All ten trends, one line each on a terminal or in a pipe. */
export function renderTrendList(trends: Trend[], opts: RenderOptions): string {
  const c = painter(opts.color);
  return wrapProse(trends.map((t) => `${opts.tty ? c.bold(String(t.number).padStart(2)) : t.number}${opts.tty ? "  " : "\t"}${pick(t.title, opts.lang)}`).join("\n"), opts);
}

/** One industry's scenarios: each use case, the report's words and the tools it names. */
export function renderIndustry(ind: IndustryView, opts: RenderOptions): string {
  const c = painter(opts.color);
  const { lang } = opts;
  const out = [c.bold(lang === "zh" ? clean(ind.zh) : `${clean(ind.en)} / ${clean(ind.zh)}`)];
  if (ind.mentionedOnly) out.push(c.dim(label(lang, "mentionedOnly")));
  out.push(wrap(pick(ind.summary, lang), opts));
  for (const s of ind.scenarios) {
    out.push("", `${c.cyan("•")} ${c.bold(clean(lang === "zh" ? s.zh : s.en))}`);
    if (s.quote) out.push(wrap(`“${pick(s.quote, lang)}”`, opts, "  "));
    if (s.tools.length) {
      const names = s.tools.map((t) => (lang === "zh" && t.nameZh ? clean(t.nameZh) : clean(t.name))).join(lang === "zh" ? "、" : ", ");
      out.push(`  ${label(lang, "toolsNamed")}: ${names}`);
    }
    out.push(c.dim(`  [${clean(s.source.ref ?? label(lang, `source.${s.source.kind}`))}]`));
  }
  return wrapProse(out.join("\n"), opts);
}

/** Every industry: on a terminal each in full, in a pipe a line each. */
export function renderIndustries(list: IndustryView[], opts: RenderOptions): string {
  if (!opts.tty) return list.map((i) => [i.id, clean(i.zh), clean(i.en), i.scenarios.map((s) => clean(opts.lang === "zh" ? s.zh : s.en)).join("; ")].join("\t")).join("\n");
  return list.map((i) => renderIndustry(i, opts)).join("\n\n");
}
