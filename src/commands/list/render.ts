// What `aigc list` prints: the tools as a table on a terminal, a line each in a pipe.
import type { Tool } from "../../catalog/types.js";
import { t } from "../../messages/index.js";
import { clean } from "../../render/safe.js";
import { pick, type RenderOptions } from "../../render/style.js";
import { displayName, originOf, shortSite, toolTable } from "../../render/tools.js";
import { categoryName } from "../../render/words.js";

/** The list table: rank, tool, category, summary, site, and where each tool came from when team catalogs are loaded. */
export function renderToolList(tools: Tool[], opts: RenderOptions, withOrigin = false): string {
  const { lang } = opts;
  const site = (t: Tool) => (opts.tty ? shortSite(t.website) : clean(t.website) || "-");
  const rows = tools.map((t) => [
    t.rank ? String(t.rank) : "-", displayName(t, lang), categoryName(t.category, lang), pick(t.summary, lang), site(t),
    ...(withOrigin ? [originOf(t, lang)] : []),
  ]);
  return toolTable(rows, t(lang, "rank"), [{ head: t(lang, "website"), atomic: true }, ...(withOrigin ? [{ head: t(lang, "origin"), atomic: true }] : [])], opts);
}
