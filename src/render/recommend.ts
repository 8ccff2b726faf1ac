// Recommendations, plans and comparisons as tables on a terminal and plain lines in a pipe.
import type { Catalog, Tool } from "../catalog/types.js";
import type { PlanStep, Recommendation, Result } from "../commands/recommend.js";
import { categoryLabel } from "../core/categories.js";
import { label } from "../labels.js";
import { clean } from "./safe.js";
import { painter, pick, type RenderOptions } from "./style.js";
import { renderPlain, renderTable, wrapProse } from "./table.js";
import { displayName, shortSite } from "./tools.js";

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
  const sep = lang === "zh" ? "、" : ", ";
  const parts: string[] = [];
  if (rec.understood.tasks.length) {
    const names = rec.understood.tasks.map((t) => {
      const task = catalog.tasks.find((x) => x.id === t.id);
      return task ? (lang === "zh" ? task.zh : task.en) : t.id;
    });
    parts.push(`${label(lang, "understoodTask")}: ${names.join(sep)}`);
  } else if (rec.understood.readAsText) parts.push(label(lang, "taskAsText"));
  const ind = catalog.industries.find((i) => i.id === rec.understood.industry);
  if (ind) parts.push(`${label(lang, "industry")}: ${lang === "zh" ? ind.zh : ind.en}`);
  if (rec.understood.category) parts.push(`${label(lang, "category")}: ${categoryLabel(rec.understood.category, lang)}`);
  return parts.join(" · ");
}

/** The ranked table, then one line per trend that bears on the choice. */
export function renderRecommendation(rec: Recommendation, catalog: Catalog, opts: RenderOptions): string {
  const { lang } = opts;
  const c = painter(opts.color);
  if (!rec.results.length) return label(lang, rec.understood.readAsText ? "taskNotUnderstood" : "noRecommendation");
  const rows = rec.results.map((r, i) => [
    String(i + 1), displayName(r, lang), categoryLabel(r.category, lang), opts.tty ? scoreBar(r.score, opts.color) : String(r.score),
    r.reasons.slice(0, 2).map(clean).join(lang === "zh" ? "；" : "; "), opts.tty ? shortSite(r.website) : clean(r.website) || "-",
  ]);
  if (!opts.tty) return renderPlain(rows);
  const table = renderTable(
    [
      { head: "#", grow: 0 },
      { head: label(lang, "tool"), grow: 1, min: 10, keepWords: true },
      { head: label(lang, "category"), grow: 0 },
      { head: label(lang, "score"), grow: 0 },
      { head: label(lang, "why"), grow: 4, min: 16, yields: true },
      { head: label(lang, "website"), grow: 0, atomic: true },
    ],
    rows, opts, (s) => c.bold(s), { leftOut: label(lang, "leftOutSites") },
  );
  const head = understoodLine(rec, catalog, opts);
  const notes = rec.trends.map((t) => `${c.cyan(`${label(lang, "trend")} ${t.number}`)} ${pick(t.title, lang)}: ${pick(t.advice, lang)}`);
  return wrapProse([head ? c.dim(head) : "", table, ...notes].filter(Boolean).join("\n"), opts);
}

/** A workflow plan: each step of the report's scenario with its best tool and a runner-up. */
export function renderPlan(steps: PlanStep[], opts: RenderOptions): string {
  const { lang } = opts;
  const name = (r: Result | null) => (r ? `${displayName(r, lang)} (${r.score})` : "-");
  const rows = steps.map((s, i) => [String(i + 1), clean(lang === "zh" ? s.step.zh : s.step.en), name(s.best), clean(s.best?.reasons[0]), name(s.runnerUp)]);
  if (!opts.tty) return renderPlain(rows);
  const c = painter(opts.color);
  return renderTable(
    [
      { head: "#", grow: 0 },
      { head: label(lang, "step"), grow: 1, min: 8 },
      { head: label(lang, "best"), grow: 1, min: 10, keepWords: true },
      { head: label(lang, "why"), grow: 2, min: 14, yields: true },
      { head: label(lang, "runnerUp"), grow: 1, min: 10, keepWords: true },
    ],
    rows, opts, (s) => c.bold(s),
  );
}

/** Tools side by side: one row per fact, one column per tool. */
export function renderCompare(tools: Tool[], catalog: Catalog, opts: RenderOptions): string {
  const { lang } = opts;
  const sep = lang === "zh" ? "、" : ", ";
  const task = (id: string) => {
    const t = catalog.tasks.find((x) => x.id === id);
    return t ? (lang === "zh" ? t.zh : t.en) : id;
  };
  const facts: Array<[string, (t: Tool) => string]> = [
    [label(lang, "category"), (t) => categoryLabel(t.category, lang)],
    [label(lang, "developer"), (t) => clean(t.developer) || label(lang, "unknown")],
    [label(lang, "pricing"), (t) => label(lang, `pricing.${t.pricing}`)],
    [label(lang, "openSource"), (t) => label(lang, t.openSource ? "yes" : "no")],
    [label(lang, "chinese"), (t) => label(lang, `chinese.${t.chinese}`)],
    [label(lang, "chinaAccess"), (t) => label(lang, t.chinaAccess)],
    [label(lang, "rank"), (t) => (t.rank ? `#${t.rank}` : "-")],
    [label(lang, "tasks"), (t) => t.tasks.map(task).join(sep)],
    [label(lang, "report"), (t) => (t.featured ? pick(t.featured.status, lang) : t.report[0] ? pick(t.report[0], lang) : "-")],
  ];
  const rows = facts.map(([k, f]) => [k, ...tools.map(f)]);
  if (!opts.tty) return renderPlain([["", ...tools.map((t) => clean(t.name))], ...rows]);
  const c = painter(opts.color);
  return renderTable(
    [{ head: "", grow: 0 }, ...tools.map((t) => ({ head: displayName(t, lang), grow: 1, min: 12 }))],
    rows, opts, (s) => c.bold(s), { heading: 1 },
  );
}
