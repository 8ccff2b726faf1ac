// What `aigc compare` prints: tools side by side, one row per fact.
import type { Catalog, Tool } from "../../catalog/types.js";
import { t } from "../../messages/index.js";
import { clean } from "../../render/safe.js";
import { painter, pick, type RenderOptions } from "../../render/style.js";
import { renderPlain, renderTable } from "../../render/table.js";
import { displayName } from "../../render/tools.js";
import { categoryName, listSep, taskName } from "../../render/words.js";

/** Tools side by side: one row per fact, one column per tool. */
export function renderCompare(tools: Tool[], catalog: Catalog, opts: RenderOptions): string {
  const { lang } = opts;
  const sep = listSep(lang);
  const task = (id: string) => taskName(catalog, id, lang);
  const facts: Array<[string, (t: Tool) => string]> = [
    [t(lang, "category"), (x) => categoryName(x.category, lang)],
    [t(lang, "developer"), (x) => clean(x.developer) || t(lang, "unknown")],
    [t(lang, "pricing"), (x) => t(lang, `pricing.${x.pricing}`)],
    [t(lang, "openSource"), (x) => t(lang, x.openSource ? "yes" : "no")],
    [t(lang, "chinese"), (x) => t(lang, `chinese.${x.chinese}`)],
    [t(lang, "chinaAccess"), (x) => t(lang, x.chinaAccess)],
    [t(lang, "rank"), (x) => (x.rank ? `#${x.rank}` : "-")],
    [t(lang, "tasks"), (x) => x.tasks.map(task).join(sep)],
    [t(lang, "report"), (x) => (x.featured ? pick(x.featured.status, lang) : x.report[0] ? pick(x.report[0], lang) : "-")],
  ];
  const rows = facts.map(([k, f]) => [k, ...tools.map(f)]);
  if (!opts.tty) return renderPlain([["", ...tools.map((x) => clean(x.name))], ...rows]);
  const c = painter(opts.color);
  return renderTable(
    [{ head: "", grow: 0 }, ...tools.map((x) => ({ head: displayName(x, lang), grow: 1, min: 12 }))],
    rows, opts, (s) => c.bold(s), { heading: 1 },
  );
}
