// `aigc search <query>`: tools ranked by how well they match; the array --json prints.
import type { Catalog, Tool } from "../../catalog/types.js";
import { searchTools } from "../../core/search.js";
import { MAX_LIMIT, parsePositiveInt } from "../../parse.js";
import { failure, usageError } from "../../errors.js";

/** Nothing found is a failure (exit 1) with a hint; with --json the empty list has been printed first. */
export function noResults(query: string, lang: Lang): Error {
  return failure(t(lang, "noResults", query.slice(0, 80)));
}
import { t, type Lang } from "../../messages/index.js";

export interface SearchResult extends Tool {
  match: { field: string; text: string; score: number };
}

/** Search results, best first, each a whole tool plus what matched; none at all is an empty list (the caller fails). */
export function searchFor(catalog: Catalog, query: string, limitText: string | undefined, lang: Lang): SearchResult[] {
  const limit = parsePositiveInt(limitText ?? "10");
  if (limit === undefined) throw usageError(t(lang, "badLimit", String(limitText).slice(0, 40), String(MAX_LIMIT)));
  if (!query.trim()) throw usageError(t(lang, "emptyQuery"));
  const hits = searchTools(catalog, query.slice(0, 500), limit);
  return hits.map((h) => ({ ...h.tool, match: { field: h.field, text: h.matched, score: Math.round(h.score * 100) / 100 } }));
}
