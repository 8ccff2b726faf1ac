// The scoring module: one tool and one user profile in, a 0-100 score with its parts and reasons out. Pure.
import type { Category, Industry, Tool } from "../catalog/types.js";
import { A16Z_2024, popularity } from "./rankings.js";
import { because, type Reason } from "./reasons.js";
import type { TaskHit } from "./understand.js";
import { UNIDENTIFIED_SHARE, BROADER_FIT, SURENESS, BUDGET_FIT, CHINESE_FIT, EXTRA_TASK, INDUSTRY_LISTED, TASK_POSITION, WEIGHTS } from "./weights.js";

export type Budget = "free" | "low" | "any";
export interface Profile {
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
  /** Stated in the request as a must ("能在本地跑的", "self-hosted"): closed tools are left out. */
  requireOpen?: boolean;
  /** Stated in the request as a must ("中文要好"): only tools a page says handle Chinese well (native or good) stay. */
  requireChinese?: boolean;
  /** Tools the request wants an alternative to: never the answer. */
  insteadOf?: ReadonlySet<string>;
}
export const PARTS = ["task", "industry", "category", "popularity", "featured", "budget", "openSource", "chinese", "china", "style", "stable"] as const;
export type Part = (typeof PARTS)[number];
export interface Scored {
  tool: Tool;
  score: number;
  /** Each part's share of the score; they add up to the score. */
  parts: Record<Part, number>;
  reasons: Reason[];
  /** Why the tool is left out, if it is: a filter, not a low score. */
  excluded?: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Which parts can earn points for this profile: only what the user asked about, plus popularity and the report's pick. */
export function applicable(p: Profile): Record<Part, number> {
  const pref = (on: boolean) => (on ? WEIGHTS.preference : 0);
  // A request that asks for nothing in particular is not a perfect fit for anything: the task's points stay in the
  // sum, so a popular tool scores low rather than 100.
  const askedNothing = !p.industry && !p.category;
  return {
    task: p.tasks.length || p.textMatch || askedNothing ? WEIGHTS.task : 0,
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
  // A tool that no longer exists is no answer, whatever else fits.
  if (tool.status === "discontinued") return "discontinued";
  if (tool.adult && !p.adult) return "adult";
  // "Free" keeps what a page says is free or has a free tier, as --china keeps only what a page says works there.
  if (p.budget === "free" && !(tool.pricing === "free" || tool.pricing === "freemium" || tool.pricing === "open-source")) return "budget";
  if (p.insteadOf?.has(tool.id)) return "insteadOf";
  if (p.requireOpen && tool.openness === "closed") return "open";
  if (p.requireChinese && tool.chinese !== "native" && tool.chinese !== "good") return "chinese";
  // "Usable from mainland China" keeps only what a public page says is: partly, unverified and unknown are left out.
  if (p.china && tool.chinaAccess !== "yes") return tool.chinaAccess === "unknown" ? "chinaUnknown" : "china";
  return undefined;
}

/** How well the tool does the asked tasks (0..1) and the reasons: its best task, then the others it also covers. */
function taskFit(tool: Tool, p: Profile): { fit: number; reasons: Reason[] } {
  if (!p.tasks.length) {
    const m = p.textMatch?.get(tool.id);
    return m ? { fit: m.score, reasons: [because("nameMatch", { term: m.term })] } : { fit: 0, reasons: [] };
  }
  const position = (pos: number) => TASK_POSITION[Math.min(pos, TASK_POSITION.length - 1)] ?? 0.7;
  // A less sure reading counts for less than its weight says: a tool made for it should not pass one that does the
  // surest reading ("cold email" over "brand" as a promo video).
  const top = Math.max(...p.tasks.map((t) => t.weight));
  const sure = (t: TaskHit) => (top > 0 ? top * (t.weight / top) ** SURENESS : t.weight);
  const done = p.tasks
    .flatMap((t) => {
      const pos = tool.tasks.indexOf(t.id);
      if (pos >= 0) return [{ t, pos, fit: sure(t) * position(pos), via: undefined }];
      // A general tool (writing) can do a specialised job (story) too, but a specialised tool is the better answer.
      const general = t.broader ? tool.tasks.indexOf(t.broader) : -1;
      return general >= 0 ? [{ t, pos: general, fit: sure(t) * BROADER_FIT * position(general), via: t.broader }] : [];
    })
    .sort((a, b) => b.fit - a.fit);
  const [best, ...rest] = done;
  if (!best) return { fit: 0, reasons: [] };
  const reasons = [
    best.via ? because("taskBroader", { task: best.t.id, via: best.via }) : because(best.pos === 0 ? "taskMain" : "taskAlso", { task: best.t.id, term: best.t.term }),
  ];
  const strong = rest.filter((x) => x.t.weight >= 0.85 && !x.via);
  if (strong.length) reasons.push(because("taskMore", { tasks: strong.map((x) => x.t.id) }));
  // Covering every clearly asked task earns full marks; covering one of two earns 1/1.15 of them.
  const asked = Math.max(0, p.tasks.filter((t) => t.weight >= 0.85).length - 1);
  return { fit: Math.min(1, (best.fit + EXTRA_TASK * strong.length) / (1 + EXTRA_TASK * asked)), reasons };
}

/** Industry fit (0..1): named by the report for one of the industry's scenarios, or listed as suiting it. */
function industryFit(tool: Tool, p: Profile): { fit: number; reasons: Reason[] } {
  const ind = p.industry;
  if (!ind) return { fit: 0, reasons: [] };
  const asked = new Set(p.tasks.map((t) => t.id));
  const scenarios = ind.scenarios.filter((s) => s.tools.includes(tool.id));
  const named = scenarios.find((s) => s.tasks.some((t) => asked.has(t))) ?? (asked.size ? undefined : scenarios[0]);
  if (named) return { fit: 1, reasons: [because("reportNamed", { industry: ind.id, scenario: named.id, ref: named.source.ref ?? "" })] };
  if (tool.industries.includes(ind.id) || scenarios.length) return { fit: INDUSTRY_LISTED, reasons: [because("industryFit", { industry: ind.id })] };
  return { fit: 0, reasons: [] };
}

/** Scores one tool for one profile. Never throws; the same inputs always give the same output. */
export function scoreTool(tool: Tool, p: Profile): Scored {
  const raw: Record<Part, number> = { task: 0, industry: 0, category: 0, popularity: 0, featured: 0, budget: 0, openSource: 0, chinese: 0, china: 0, style: 0, stable: 0 };
  const reasons: Reason[] = [];
  const task = taskFit(tool, p);
  raw.task = WEIGHTS.task * task.fit;
  reasons.push(...task.reasons);
  // Fitting the industry, or being the report's pick, counts as far as the tool does the job asked: a general tool the
  // report names for self-media must not pass a specialist in the task.
  const asJob = p.tasks.length ? task.fit : 1;
  const ind = industryFit(tool, p);
  raw.industry = WEIGHTS.industry * ind.fit * asJob;
  reasons.push(...ind.reasons);
  if (p.category && tool.category === p.category) {
    raw.category = WEIGHTS.category;
    if (!task.reasons.length) reasons.push(because("category", { category: p.category }));
  }
  // Popularity in March 2024 is the weakest evidence: its reason comes after every other.
  const popular = tool.rank ? [because("rank", { list: A16Z_2024.list, edition: A16Z_2024.edition, rank: tool.rank })] : [];
  if (tool.rank) raw.popularity = WEIGHTS.popularity * popularity(tool.rank);
  if (tool.featured) {
    raw.featured = WEIGHTS.featured * asJob;
    reasons.push(because("featured", { category: tool.category, ref: tool.featured.ref }));
  }
  const pref = WEIGHTS.preference;
  if (p.budget !== "any") {
    raw.budget = pref * BUDGET_FIT[p.budget][tool.pricing];
    const key = tool.pricing === "free" ? "free" : tool.pricing === "open-source" ? "openSourceFree" : tool.pricing === "freemium" ? "freemium" : tool.pricing === "paid" ? "paidLow" : undefined;
    if (key) reasons.push(because(key, {}));
  }
  if (p.openSource && tool.openSource) {
    raw.openSource = pref;
    reasons.push(because("openSource", {}));
  }
  if (p.chinese) {
    raw.chinese = pref * CHINESE_FIT[tool.chinese];
    if (tool.chinese !== "unknown") reasons.push(because("chinese", { level: tool.chinese }));
  }
  if (p.china && tool.chinaAccess === "yes") {
    raw.china = pref;
    reasons.push(because("chinaYes", {}));
  }
  const selfHosted = tool.pricing === "open-source";
  if (p.style === "easy" && !selfHosted) {
    raw.style = pref;
    reasons.push(because("easy", {}));
  } else if (p.style === "custom" && tool.openSource) {
    raw.style = pref;
    reasons.push(because("custom", {}));
  }
  if (p.stable && (tool.rank || tool.featured)) {
    raw.stable = tool.featured || (tool.rank !== null && tool.rank <= A16Z_2024.size / 2) ? pref : pref / 2;
    if (tool.rank) reasons.push(because("stable", { rank: tool.rank }));
  }
  // A tool nobody could identify (the report names it, no product matches) keeps a share of its score that leaves it
  // below any identified tool doing the same task; the reason says why.
  if (tool.status === "unverified") {
    for (const k of PARTS) raw[k] *= UNIDENTIFIED_SHARE;
    reasons.unshift(because("unidentified", {}));
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
  reasons.push(...popular);
  return { tool, score, parts, reasons: reasons.length ? reasons : [because("popular", {})], ...(excluded ? { excluded } : {}) };
}
