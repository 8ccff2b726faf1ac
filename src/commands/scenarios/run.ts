// `aigc scenarios [industry]`: how the report says each industry uses AIGC, with the tools it names.
import type { Catalog, Industry, Scenario } from "../../catalog/types.js";
import { findIndustry } from "../../core/lookup.js";
import { usageError } from "../../errors.js";
import { t, type Lang } from "../../messages/index.js";
import { industryNames } from "../../render/words.js";

export interface ScenarioView extends Omit<Scenario, "tools"> {
  tools: Array<{ id: string; name: string; nameZh: string | null }>;
}
export interface IndustryView extends Omit<Industry, "scenarios" | "pinyin" | "initials"> {
  scenarios: ScenarioView[];
}

/** An industry with its scenarios' tool ids resolved to names, as scripts and tables want them. */
function view(catalog: Catalog, ind: Industry): IndustryView {
  const { pinyin: _p, initials: _i, ...rest } = ind;
  return {
    ...rest,
    scenarios: ind.scenarios.map((s) => ({
      ...s,
      tools: s.tools.flatMap((id) => {
        const t = catalog.tools.find((x) => x.id === id);
        return t ? [{ id: t.id, name: t.name, nameZh: t.nameZh }] : [];
      }),
    })),
  };
}

/** Every industry, or the one named in either language. */
export function scenariosOf(catalog: Catalog, industry: string | undefined, lang: Lang): IndustryView | IndustryView[] {
  if (industry === undefined) return catalog.industries.map((i) => view(catalog, i));
  const ind = findIndustry(catalog, industry);
  if (!ind) throw usageError(t(lang, "unknownIndustry", industry.slice(0, 40), industryNames(catalog, lang)));
  return view(catalog, ind);
}
