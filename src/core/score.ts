// The scoring module: one tool and one user profile in, a 0-100 score with its parts and reasons out. Pure.
import type { Catalog, Category, Industry, Tool } from "../catalog/types.js";
import type { Lang } from "../i18n.js";
import { label } from "../labels.js";
import { categoryLabel } from "./categories.js";
import { reason } from "./reasons.js";
import type { TaskHit } from "./understand.js";
import { BROADER_FIT, BUDGET_FIT, CHINESE_FIT, EXTRA_TASK, INDUSTRY_LISTED, TASK_POSITION, WEIGHTS } from "./weights.js";

export type Budget = "free" | "low" | "any";
export interface Profile {
  lang: Lang;
  tasks: TaskHit[];
  /** When no task was understood: how well each tool's name or summary matched the text (0..1), by id. */
  textMatch?: ReadonlyMap<string, { score: number; term: string }>;
  industry?: Industry;
  category?: Category;
  budget: Budget;
  openSource: boolean;
  chinese: boolean;
  china: boolean;
  style?: "easy" | "custom";
  stable: boolean;
  /** Adult companion sites are left out unless this is set (--nsfw, or companions asked for by name). */
  adult: boolean;
}
export const PARTS = ["task", "industry", "category", "popularity", "featured", "budget", "openSource", "chinese", "china", "style", "stable"] as const;
export type Part = (typeof PARTS)[number];
export interface Scored {
  tool: Tool;
  score: number;
  /** Each part's share of the score; they add up to the score. */
  parts: Record<Part, number>;
  reasons: string[];
  /** Why the tool is left out, if it is: a filter, not a low score. */
  excluded?: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Which parts can earn points for this profile: only what the user asked about, plus popularity and the report's pick. */
export function applicable(p: Profile): Record<Part, number> {
  const pref = (on: boolean) => (on ? WEIGHTS.preference : 0);
  return {
    task: p.tasks.length || p.textMatch ? WEIGHTS.task : 0,
    industry: p.industry ? WEIGHTS.industry : 0,
    category: p.category ? WEIGHTS.category : 0,
    popularity: WEIGHTS.popularity,
    featured: WEIGHTS.featured,
    budget: pref(p.budget !== "any"),
    openSource: pref(p.openSource),
    chinese: pref(p.chinese),
    china: pref(p.china),
    style: pref(p.style !== undefined),
    stable: pref(p.stable),
  };
}

/** The filters, decided once: adult sites unless asked, paid tools on a free budget, blocked tools for mainland users. */
export function exclusion(tool: Tool, p: Profile): string | undefined {
  if (tool.adult && !p.adult) return "adult";
  if (p.budget === "free" && tool.pricing === "paid") return "budget";
  if (p.china && tool.chinaAccess === "no") return "china";
  return undefined;
}

/** How well the tool does the asked tasks (0..1) and the reasons: its best task, then the others it also covers. */
function taskFit(tool: Tool, p: Profile, name: (id: string) => string): { fit: number; reasons: string[] } {
  if (!p.tasks.length) {
    const m = p.textMatch?.get(tool.id);
    return m ? { fit: m.score, reasons: [reason(p.lang, "nameMatch", m.term)] } : { fit: 0, reasons: [] };
  }
  const position = (pos: number) => TASK_POSITION[Math.min(pos, TASK_POSITION.length - 1)] ?? 0.7;
  const done = p.tasks
    .flatMap((t) => {
      const pos = tool.tasks.indexOf(t.id);
      if (pos >= 0) return [{ t, pos, fit: t.weight * position(pos), via: undefined }];
      // A general tool (writing) can do a specialised job (story) too, but a specialised tool is the better answer.
      const general = t.broader ? tool.tasks.indexOf(t.broader) : -1;
      return general >= 0 ? [{ t, pos: general, fit: t.weight * BROADER_FIT * position(general), via: t.broader }] : [];
    })
    .sort((a, b) => b.fit - a.fit);
  const [best, ...rest] = done;
  if (!best) return { fit: 0, reasons: [] };
  const reasons = [
    best.via ? reason(p.lang, "taskBroader", name(best.via), name(best.t.id)) : reason(p.lang, best.pos === 0 ? "taskMain" : "taskAlso", name(best.t.id), best.t.term),
  ];
  const strong = rest.filter((x) => x.t.weight >= 0.85 && !x.via);
  if (strong.length) reasons.push(reason(p.lang, "taskMore", strong.map((x) => name(x.t.id)).join(p.lang === "zh" ? "、" : ", ")));
  // Covering every clearly asked task earns full marks; covering one of two earns 1/1.15 of them.
  const asked = Math.max(0, p.tasks.filter((t) => t.weight >= 0.85).length - 1);
  return { fit: Math.min(1, (best.fit + EXTRA_TASK * strong.length) / (1 + EXTRA_TASK * asked)), reasons };
}

/** Industry fit (0..1): named by the report for one of the industry's scenarios, or listed as suiting it. */
function industryFit(tool: Tool, p: Profile): { fit: number; reasons: string[] } {
  const ind = p.industry;
  if (!ind) return { fit: 0, reasons: [] };
  const indName = p.lang === "zh" ? ind.zh : ind.en;
  const asked = new Set(p.tasks.map((t) => t.id));
  const scenarios = ind.scenarios.filter((s) => s.tools.includes(tool.id));
  const named = scenarios.find((s) => s.tasks.some((t) => asked.has(t))) ?? (asked.size ? undefined : scenarios[0]);
  if (named) return { fit: 1, reasons: [reason(p.lang, "reportNamed", indName, p.lang === "zh" ? named.zh : named.en, named.source.ref ?? "")] };
  if (tool.industries.includes(ind.id) || scenarios.length) return { fit: INDUSTRY_LISTED, reasons: [reason(p.lang, "industryFit", indName)] };
  return { fit: 0, reasons: [] };
}

/** Scores one tool for one profile. Never throws; the same inputs always give the same output. */
export function scoreTool(tool: Tool, p: Profile, catalog: Pick<Catalog, "tasks">): Scored {
  const lang = p.lang;
  const name = (id: string) => {
    const t = catalog.tasks.find((x) => x.id === id);
    return t ? (lang === "zh" ? t.zh : t.en) : id;
  };
  const raw: Record<Part, number> = { task: 0, industry: 0, category: 0, popularity: 0, featured: 0, budget: 0, openSource: 0, chinese: 0, china: 0, style: 0, stable: 0 };
  const reasons: string[] = [];
  const task = taskFit(tool, p, name);
  raw.task = WEIGHTS.task * task.fit;
  reasons.push(...task.reasons);
  const ind = industryFit(tool, p);
  raw.industry = WEIGHTS.industry * ind.fit;
  reasons.push(...ind.reasons);
  if (p.category && tool.category === p.category) {
    raw.category = WEIGHTS.category;
    if (!task.reasons.length) reasons.push(reason(lang, "category", categoryLabel(p.category, lang)));
  }
  if (tool.rank) {
    raw.popularity = (WEIGHTS.popularity * (51 - tool.rank)) / 50;
    reasons.push(reason(lang, "rank", String(tool.rank)));
  }
  if (tool.featured) {
    raw.featured = WEIGHTS.featured;
    reasons.push(reason(lang, "featured", categoryLabel(tool.category, lang), tool.featured.ref));
  }
  const pref = WEIGHTS.preference;
  if (p.budget !== "any") {
    raw.budget = pref * BUDGET_FIT[p.budget][tool.pricing];
    const key = tool.pricing === "free" ? "free" : tool.pricing === "open-source" ? "openSourceFree" : tool.pricing === "freemium" ? "freemium" : tool.pricing === "paid" ? "paidLow" : undefined;
    if (key) reasons.push(reason(lang, key));
  }
  if (p.openSource && tool.openSource) {
    raw.openSource = pref;
    reasons.push(reason(lang, "openSource"));
  }
  if (p.chinese) {
    raw.chinese = pref * CHINESE_FIT[tool.chinese];
    if (tool.chinese !== "unknown") reasons.push(reason(lang, "chinese", label(lang, `chinese.${tool.chinese}`)));
  }
  if (p.china) {
    raw.china = tool.chinaAccess === "yes" ? pref : 0;
    reasons.push(reason(lang, tool.chinaAccess === "yes" ? "chinaYes" : "chinaUnknown"));
  }
  const selfHosted = tool.pricing === "open-source";
  if (p.style === "easy" && !selfHosted) {
    raw.style = pref;
    reasons.push(reason(lang, "easy"));
  } else if (p.style === "custom" && tool.openSource) {
    raw.style = pref;
    reasons.push(reason(lang, "custom"));
  }
  if (p.stable && (tool.rank || tool.featured)) {
    raw.stable = tool.featured || (tool.rank ?? 99) <= 25 ? pref : pref / 2;
    if (tool.rank) reasons.push(reason(lang, "stable", String(tool.rank)));
  }
  // A penalty (poor Chinese) can take a score down to 0 but not below; shrink it so the parts still add up to the score.
  const gained = PARTS.reduce((s, k) => s + Math.max(0, raw[k]), 0);
  const lost = PARTS.reduce((s, k) => s - Math.min(0, raw[k]), 0);
  if (lost > gained) for (const k of PARTS) if (raw[k] < 0) raw[k] *= gained / lost;
  const max = Object.values(applicable(p)).reduce((a, b) => a + b, 0);
  const parts = Object.fromEntries(PARTS.map((k) => [k, round1((100 * raw[k]) / max)])) as Record<Part, number>;
  const total = PARTS.reduce((s, k) => s + raw[k], 0);
  const score = Math.max(0, Math.min(100, Math.round((100 * total) / max)));
  const excluded = exclusion(tool, p);
  return { tool, score, parts, reasons: reasons.length ? reasons : [reason(lang, "popular")], ...(excluded ? { excluded } : {}) };
}
