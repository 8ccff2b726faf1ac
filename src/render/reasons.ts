// Reasons worded: the core says why a tool scored (a key and its facts), this says it in the user's language. Also
// the JSON scripts get: each result with its reasons as sentences and, beside them, as the data they came from.
import type { Catalog } from "../catalog/types.js";
import type { PlanStep, Result } from "../commands/recommend/run.js";
import type { Reason } from "../core/reasons.js";
import { t, type Lang } from "../messages/index.js";
import { categoryName, industryName, listSep, taskName } from "./words.js";

/** One reason as a sentence in the user's language. */
export function wordReason(r: Reason, catalog: Pick<Catalog, "tasks" | "industries">, lang: Lang): string {
  const task = (id: string) => taskName(catalog, id, lang);
  switch (r.key) {
    case "taskMain":
    case "taskAlso":
      return t(lang, `reason.${r.key}`, task(r.args.task), r.args.term);
    case "taskBroader":
      return t(lang, "reason.taskBroader", task(r.args.via), task(r.args.task));
    case "taskMore":
      return t(lang, "reason.taskMore", r.args.tasks.map(task).join(listSep(lang)));
    case "nameMatch":
      return t(lang, "reason.nameMatch", r.args.term);
    case "reportNamed": {
      const ind = catalog.industries.find((i) => i.id === r.args.industry);
      const scenario = ind?.scenarios.find((s) => s.id === r.args.scenario);
      return t(lang, "reason.reportNamed", industryName(catalog, r.args.industry, lang), scenario ? scenario[lang] : r.args.scenario, r.args.ref);
    }
    case "industryFit":
      return t(lang, "reason.industryFit", industryName(catalog, r.args.industry, lang));
    case "category":
      return t(lang, "reason.category", categoryName(r.args.category, lang));
    case "rank":
      return t(lang, "reason.rank", String(r.args.rank));
    case "featured":
      return t(lang, "reason.featured", categoryName(r.args.category, lang), r.args.ref);
    case "chinese":
      return t(lang, "reason.chinese", t(lang, `chinese.${r.args.level}`));
    case "stable":
      return t(lang, "reason.stable", String(r.args.rank));
    default:
      return t(lang, `reason.${r.key}`);
  }
}

/** A result as scripts get it: the tool, its score and parts, its reasons worded and (`because`) as data. */
function resultJson(r: Result, catalog: Catalog, lang: Lang) {
  return { ...r, reasons: r.reasons.map((x) => wordReason(x, catalog, lang)), because: r.reasons };
}

/** The ranked results for --json. */
export function resultsJson(results: Result[], catalog: Catalog, lang: Lang): unknown[] {
  return results.map((r) => resultJson(r, catalog, lang));
}

/** A workflow plan for --json: each step with its best tool and a runner-up, their reasons worded. */
export function planJson(steps: PlanStep[], catalog: Catalog, lang: Lang): unknown[] {
  return steps.map((s) => ({ ...s, best: s.best && resultJson(s.best, catalog, lang), runnerUp: s.runnerUp && resultJson(s.runnerUp, catalog, lang) }));
}
