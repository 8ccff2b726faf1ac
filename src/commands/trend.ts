// `aigc trend [n]`: the report's ten trends, or one of them.
import type { Catalog, Trend } from "../catalog/types.js";
import { parseTrendNumber, trendByNumber } from "../core/lookup.js";
import { usageError } from "../errors.js";
import { msg, type Lang } from "../i18n.js";

/** All ten trends, or the one numbered; a number outside 1-10 is a usage error. */
export function trendCommand(catalog: Catalog, n: string | undefined, lang: Lang): Trend | Trend[] {
  if (n === undefined) return catalog.trends;
  const num = parseTrendNumber(n);
  const trend = num === undefined ? undefined : trendByNumber(catalog, num);
  if (!trend) throw usageError(msg(lang, "trendRange", n.slice(0, 40)));
  return trend;
}
