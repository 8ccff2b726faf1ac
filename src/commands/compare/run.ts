// `aigc compare <tool> <tool> [...]`: tools side by side; returns the tools in the order asked.
import type { Catalog, Tool } from "../../catalog/types.js";
import { usageError } from "../../errors.js";
import { t, type Lang } from "../../messages/index.js";
import { showTool } from "../show/run.js";

/** The tools named, each found as `show` finds it; fewer than two is a usage error. */
export function compareTools(catalog: Catalog, queries: string[], lang: Lang): Tool[] {
  const names = queries.filter((q) => q.trim());
  if (names.length < 2) throw usageError(t(lang, "needTwoTools"));
  const tools = names.map((q) => showTool(catalog, q, lang));
  const distinct = tools.filter((t, i) => tools.findIndex((x) => x.id === t.id) === i);
  // "mj midjourney" names one tool twice: comparing it with itself answers nothing.
  if (distinct.length < 2) throw usageError(t(lang, "needTwoDifferent", distinct[0]!.name));
  return distinct;
}
