// `aigc trend [n]`: the report's ten trends, or one of them.
import type { Catalog, Trend } from "../../catalog/types.js";
import { trendByNumber } from "../../core/lookup.js";
import { parseTrendNumber } from "../../parse.js";
import { usageError } from "../../errors.js";
import { t, type Lang } from "../../messages/index.js";

/** All ten trends, or the one numbered; a number outside 1-10 is a usage error. */
export function trends(catalog: Catalog, n: string | undefined, lang: Lang): Trend | Trend[] {
  if (n === undefined) return catalog.trends;
  const num = parseTrendNumber(n, catalog.trends.length);
  const trend = num === undefined ? undefined : trendByNumber(catalog, num);
  if (!trend) throw usageError(t(lang, "trendRange", n.slice(0, 40)));
  return trend;
}
