// `aigc list`: the catalog, filtered and sorted; returns the very array that --json prints.
import type { Catalog, Tool } from "../../catalog/types.js";
import { categoryByName } from "../../core/categories.js";
import { findIndustry } from "../../core/lookup.js";
import { byCode, hasHan } from "../../core/text.js";
import { rankOrder } from "../../core/rankings.js";
import { industryNames } from "../../render/words.js";
import { usageError } from "../../errors.js";
import { t, type Lang } from "../../messages/index.js";

export interface ListOptions {
  category?: string;
  industry?: string;
  sort?: string;
}

/** Filters by category and industry and sorts by a16z rank (unranked after, by name) or by name. */
export function listTools(catalog: Catalog, opts: ListOptions, lang: Lang): Tool[] {
  let tools = catalog.tools;
  if (opts.category !== undefined) {
    const cat = categoryByName(opts.category);
    if (!cat) throw usageError(t(lang, "unknownCategory", opts.category.slice(0, 40)));
    tools = tools.filter((t) => t.category === cat.id);
  }
  if (opts.industry !== undefined) {
    const ind = findIndustry(catalog, opts.industry);
    if (!ind) throw usageError(t(lang, "unknownIndustry", opts.industry.slice(0, 40), industryNames(catalog, lang)));
    const named = new Set(ind.scenarios.flatMap((s) => s.tools));
    tools = tools.filter((t) => t.industries.includes(ind.id) || named.has(t.id));
  }
  const sort = opts.sort ?? "rank";
  if (sort !== "rank" && sort !== "name") throw usageError(t(lang, "badSort", sort));
  // Case-folded code order, not Intl.Collator: creating a collator costs ~6 ms, a tenth of a whole run. In Chinese a
  // tool goes by its Chinese name, placed by its pinyin among the Latin names (即梦 as "jimeng", between J and K).
  const key = (t: Tool) => (lang === "zh" && (t.nameZh ?? (hasHan(t.name) ? t.name : null)) && t.pinyin[0] ? t.pinyin[0] : t.name.toLowerCase());
  const byName = (a: Tool, b: Tool) => byCode(key(a), key(b)) || byCode(a.id, b.id);
  return [...tools].sort(sort === "name" ? byName : (a, b) => rankOrder(a.rank) - rankOrder(b.rank) || byName(a, b));
}
