// What `aigc search` prints: the results, best first, with what matched.
import { t } from "../../messages/index.js";
import { clean } from "../../render/safe.js";
import { pick, type RenderOptions } from "../../render/style.js";
import { displayName, toolTable } from "../../render/tools.js";
import { categoryName } from "../../render/words.js";
import type { SearchResult } from "./run.js";

/** Search results: the list table with what matched in place of the site. */
export function renderSearch(results: SearchResult[], opts: RenderOptions): string {
  const { lang } = opts;
  const rows = results.map((r, i) => [String(i + 1), displayName(r, lang), categoryName(r.category, lang), pick(r.summary, lang), clean(r.match.text)]);
  return toolTable(rows, "#", [{ head: t(lang, "match") }], opts);
}
