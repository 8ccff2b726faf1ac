// `aigc search <query>`: tools ranked by how well they match; the array --json prints.
import type { Catalog, Tool } from "../catalog/types.js";
import { searchTools } from "../core/search.js";
import { failure, usageError } from "../errors.js";

/** Nothing found is a failure (exit 1) with a hint; with --json the empty list has been printed first. */
export function noResults(query: string, lang: Lang): Error {
  return failure(msg(lang, "noResults", query.slice(0, 80)));
}
import { msg, type Lang } from "../i18n.js";

export interface SearchResult extends Tool {
  match: { field: string; text: string; score: number };
}

/** Search results, best first, each a whole tool plus what matched; none at all is an empty list (the caller fails). */
export function searchCommand(catalog: Catalog, query: string, limit: number, lang: Lang): SearchResult[] {
  if (!query.trim()) throw usageError(msg(lang, "emptyQuery"));
  const hits = searchTools(catalog, query.slice(0, 500), limit);
  return hits.map((h) => ({ ...h.tool, match: { field: h.field, text: h.matched, score: Math.round(h.score * 100) / 100 } }));
}
