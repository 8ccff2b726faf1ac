// What `aigc recommend` prints: the ranked tools or the workflow plan, tables on a terminal and lines in a pipe.
import type { Catalog } from "../../catalog/types.js";
import { t } from "../../messages/index.js";
import { wordReason } from "../../render/reasons.js";
import { clean } from "../../render/safe.js";
import { painter, pick, type RenderOptions } from "../../render/style.js";
import { renderPlain, renderTable, wrapProse } from "../../render/table.js";
import { displayName, shortSite } from "../../render/tools.js";
import { categoryName, listSep, taskName } from "../../render/words.js";
import type { PlanStep, Recommendation, Result } from "./run.js";

const BAR = 10;

/** A score as a bar of ten cells and the number, e.g. "███████░░░ 72". */
export function scoreBar(score: number, color: boolean): string {
  const full = Math.round((Math.max(0, Math.min(100, score)) / 100) * BAR);
  const c = painter(color);
  return `${c.green("█".repeat(full))}${c.dim("░".repeat(BAR - full))} ${String(score).padStart(3)}`;
}

/** What the ranking answered: the tasks as read, the industry and category, in one line. */
function understoodLine(rec: Recommendation, catalog: Catalog, opts: RenderOptions): string {
  const { lang } = opts;
  const parts: string[] = [];
  if (rec.understood.tasks.length) {
    const names = rec.understood.tasks.map((x) => taskName(catalog, x.id, lang));
    parts.push(`${t(lang, "understoodTask")}: ${names.join(listSep(lang))}`);
  } else if (rec.understood.readAsText) parts.push(t(lang, "taskAsText"));
  const ind = catalog.industries.find((i) => i.id === rec.understood.industry);
  if (ind) parts.push(`${t(lang, "industry")}: ${lang === "zh" ? ind.zh : ind.en}`);
  if (rec.understood.category) parts.push(`${t(lang, "category")}: ${categoryName(rec.understood.category, lang)}`);
  const stated = rec.understood.stated;
  if (stated) {
    for (const k of ["free", "china", "open", "chinese", "adult"] as const) if (stated[k]) parts.push(t(lang, `stated.${k}`));
    const named = stated.insteadOf.map((id) => catalog.tools.find((x) => x.id === id)?.name ?? id);
    if (named.length) parts.push(t(lang, "stated.insteadOf", clean(named.join(listSep(lang)))));
  }
  if (rec.understood.fallback) parts.push(t(lang, `fallback.${rec.understood.fallback}`));
  return parts.join(" · ");
}

/** One ranked list as a table on a terminal, lines in a pipe. */
function resultTable(results: Result[], catalog: Catalog, opts: RenderOptions): string {
  const { lang } = opts;
  const c = painter(opts.color);
  const rows = results.map((r, i) => [
    String(i + 1), displayName(r, lang), categoryName(r.category, lang), opts.tty ? scoreBar(r.score, opts.color) : String(r.score),
    r.reasons.slice(0, 2).map((x) => clean(wordReason(x, catalog, lang))).join(lang === "zh" ? "；" : "; "), opts.tty ? shortSite(r.website) : clean(r.website) || "-",
  ]);
  if (!opts.tty) return renderPlain(rows);
  return renderTable(
    [
      { head: "#", grow: 0 },
      { head: t(lang, "tool"), grow: 1, min: 10, keepWords: true },
      { head: t(lang, "category"), grow: 0 },
      { head: t(lang, "score"), grow: 0 },
      { head: t(lang, "why"), grow: 4, min: 16, yields: true },
      { head: t(lang, "website"), grow: 0, atomic: true },
    ],
    rows, opts, (x) => c.bold(x), { leftOut: t(lang, "leftOutSites") },
  );
}

/** The ranked table, then one line per trend that bears on the choice. */
export function renderRecommendation(rec: Recommendation, catalog: Catalog, opts: RenderOptions): string {
  const { lang } = opts;
  const c = painter(opts.color);
  if (!rec.results.length) return t(lang, rec.understood.readAsText ? "taskNotUnderstood" : "noRecommendation");
  // A request of several tasks gets the best tools for each, one list after another, each under its task.
  const table = rec.groups
    ? rec.groups.map((g) => {
        const step = g.fallback ? ` (${t(lang, `fallback.${g.fallback}`)})` : "";
        const head = opts.tty ? c.bold(`${t(lang, "forTask")}: ${taskName(catalog, g.task, lang)}`) + c.dim(step) : `# ${taskName(catalog, g.task, lang)}${step}`;
        return g.results.length ? `${head}\n${resultTable(g.results, catalog, opts)}` : `${head}\n${t(lang, "noRecommendation")}`;
      }).join("\n")
    : resultTable(rec.results, catalog, opts);
  if (!opts.tty) return table;
  const head = understoodLine(rec, catalog, opts);
  const notes = rec.trends.map((tr) => `${c.cyan(`${t(lang, "trend")} ${tr.number}`)} ${pick(tr.title, lang)}: ${pick(tr.advice, lang)}`);
  const age = rec.checked ? c.dim(t(lang, "dataAge", rec.checked)) : "";
  const leftOut = rec.unknownAccessLeftOut ? c.dim(t(lang, "chinaLeftOut", String(rec.unknownAccessLeftOut))) : "";
  return wrapProse([head ? c.dim(head) : "", table, age, leftOut, ...notes].filter(Boolean).join("\n"), opts);
}

/** A workflow plan: each step of the report's scenario with its best tool and a runner-up. */
export function renderPlan(steps: PlanStep[], catalog: Catalog, opts: RenderOptions): string {
  const { lang } = opts;
  const name = (r: Result | null) => (r ? `${displayName(r, lang)} (${r.score})` : "-");
  const rows = steps.map((s, i) => [String(i + 1), clean(lang === "zh" ? s.step.zh : s.step.en), name(s.best), s.best?.reasons[0] ? clean(wordReason(s.best.reasons[0], catalog, lang)) : "", name(s.runnerUp)]);
  if (!opts.tty) return renderPlain(rows);
  const c = painter(opts.color);
  return renderTable(
    [
      { head: "#", grow: 0 },
      { head: t(lang, "step"), grow: 1, min: 8 },
      { head: t(lang, "best"), grow: 1, min: 10, keepWords: true },
      { head: t(lang, "why"), grow: 2, min: 14, yields: true },
      { head: t(lang, "runnerUp"), grow: 1, min: 10, keepWords: true },
    ],
    rows, opts, (s) => c.bold(s),
  );
}
