// `aigc show <tool>`: one tool by id, name, alias, Chinese name or pinyin, forgiving typos.
import type { Catalog, Tool } from "../../catalog/types.js";
import { findTool } from "../../core/search.js";
import { failure, usageError } from "../../errors.js";
import { t, type Lang } from "../../messages/index.js";

/** The tool the user means, or an error that names the closest ones. */
export function showTool(catalog: Catalog, query: string, lang: Lang): Tool {
  if (!query.trim()) throw usageError(t(lang, "emptyQuery"));
  // No tool's name is longer than 200 characters, so a longer query can only be a mistake: do not search with all of it.
  const { tool, suggestions } = findTool(catalog, query.slice(0, 200));
  if (tool) return tool;
  const names = suggestions.map((t) => t.name).join(lang === "zh" ? "、" : ", ");
  throw failure(t(lang, "toolNotFound", query.slice(0, 80), names));
}
