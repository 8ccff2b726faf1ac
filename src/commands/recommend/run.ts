// `aigc recommend`: answers (from flags or prompts) become a profile; the profile becomes ranked tools or a workflow plan.
import type { Catalog, Category, Industry, Tool, Trend } from "../../catalog/types.js";
import { categoryByName } from "../../core/categories.js";
import { clauseTasks } from "../../core/clauses.js";
import { findIndustry } from "../../core/lookup.js";
import { MAX_LIMIT, parsePositiveInt } from "../../parse.js";
import { rankTools, trendNotes } from "../../core/recommend.js";
import type { Reason } from "../../core/reasons.js";
import type { Budget, Part, Profile, Scored } from "../../core/score.js";
import { BROADER_FIT } from "../../core/weights.js";
import { readRequest, toolsNamed, withSiblings, type Stated } from "../../core/request.js";
import { searchTools } from "../../core/search.js";
import { tasksById, tasksLike, understandTask, type TaskHit } from "../../core/understand.js";
import { usageError } from "../../errors.js";
import { t, type Lang } from "../../messages/index.js";
import { industryNames } from "../../render/words.js";

/** The answers, as flags give them or the prompts return them: plain strings and booleans. */
export interface RecommendOptions {
  industry?: string;
  task?: string;
  category?: string;
  budget?: string;
  openSource?: boolean;
  chinese?: boolean;
  china?: boolean;
  easy?: boolean;
  custom?: boolean;
  stable?: boolean;
  nsfw?: boolean;
  limit?: string;
  plan?: boolean;
}
export interface Result extends Tool {
  /** For a request of several tasks: the task this tool answers. */
  forTask?: string;
  score: number;
  parts: Record<Part, number>;
  reasons: Reason[];
}
export interface Recommendation {
  results: Result[];
  /** How the task was read, so the user can see what the ranking answers. */
  understood: { tasks: TaskHit[]; industry?: string; category?: Category; readAsText: boolean; fallback?: Fallback; stated?: StatedView };
  trends: Trend[];
  /** The newest month in which a fact about these tools was checked against a public page, if any was. */
  checked?: string;
  /** Tools of unknown mainland access that --china left out (team catalogs). */
  unknownAccessLeftOut: number;
  /** For a request of several tasks, the best tools for each, in the order asked. */
  groups?: Array<{ task: string; results: Result[]; fallback?: Fallback }>;
}
/** Which step answered when the task itself found no tool: its broader task, its output category, or a general
 * assistant; or, for a request that named only its trade, the trade's usual work. */
export type Fallback = "broader" | "category" | "assistant" | "industry";
/** What the sentence stated besides its tasks, as the "understood as" line shows it. */
export interface StatedView {
  free: boolean;
  china: boolean;
  open: boolean;
  chinese: boolean;
  adult: boolean;
  insteadOf: string[];
}

export interface PlanStep {
  step: { id: string; zh: string; en: string; ref?: string };
  best: Result | null;
  runnerUp: Result | null;
}

// A Map, not an object: a typed value such as "constructor" or "__proto__" must find nothing.
const BUDGETS = new Map<string, Budget>([["free", "free"], ["low", "low"], ["any", "any"], ["免费", "free"], ["低价", "low"], ["低成本", "low"], ["不限", "any"]]);
export const DEFAULT_LIMIT = 5;

/** Turns a scored tool into the object scripts get: the whole tool plus score, parts and reasons. */
function toResult(s: Scored): Result {
  return { ...s.tool, score: s.score, parts: s.parts, reasons: s.reasons };
}

/** Checks the answers and builds the profile; every bad answer is a usage error that says what would do. */
export function buildProfile(catalog: Catalog, o: RecommendOptions, lang: Lang): { profile: Profile; limit: number; onlyCategory?: Category; readAsText: boolean; byTrade?: boolean; stated?: Stated } {
  const limit = o.limit === undefined ? DEFAULT_LIMIT : parsePositiveInt(o.limit);
  if (limit === undefined) throw usageError(t(lang, "badLimit", (o.limit ?? "").slice(0, 40), String(MAX_LIMIT)));
  let industry: Industry | undefined;
  if (o.industry !== undefined && o.industry.trim() !== "") {
    industry = findIndustry(catalog, o.industry);
    if (!industry) throw usageError(t(lang, "unknownIndustry", o.industry.slice(0, 40), industryNames(catalog, lang)));
  }
  let onlyCategory: Category | undefined;
  if (o.category !== undefined && o.category.trim() !== "") {
    const c = categoryByName(o.category);
    if (!c) throw usageError(t(lang, "unknownCategory", o.category.slice(0, 40)));
    onlyCategory = c.id;
  }
  const budget = BUDGETS.get((o.budget ?? "any").normalize("NFKC").trim().toLowerCase());
  if (!budget) throw usageError(t(lang, "badBudget", String(o.budget).slice(0, 40)));
  if (o.easy && o.custom) throw usageError(t(lang, "easyCustom"));
  if (o.task !== undefined && !o.task.trim()) throw usageError(t(lang, "emptyTask"));
  const text = (o.task ?? "").slice(0, 1000);
  const stated = text ? readRequest(catalog, text) : undefined;
  const u = text ? understandTask(catalog, text) : { tasks: [], categories: [], industries: [] };
  // "像Suno那样但国内能用的": the named tool's tasks, and never the tool itself.
  if (stated?.insteadOf.length) u.tasks = tasksLike(catalog, stated.insteadOf[0]!, u.tasks, text);
  // A tool named with no task ("国产的ChatGPT哪个好用"): what that tool does is what is asked about.
  else if (text && !u.tasks.length && !u.categories.length) {
    const [named] = toolsNamed(catalog, text);
    if (named) u.tasks = tasksLike(catalog, named, [], text);
  }
  if (!industry && u.industries[0]) industry = catalog.industries.find((i) => i.id === u.industries[0]);
  let textMatch: Profile["textMatch"];
  // No task, but an output named ("拜年视频", "a video"): the tools of that category answer, and the output says so.
  if (text && !u.tasks.length && !u.categories.length) {
    const hits = searchTools(catalog, text, 20).filter((h) => h.field !== "category");
    textMatch = new Map(hits.map((h) => [h.tool.id, { score: h.score, term: h.matched }]));
  }
  // Nothing read but the trade ("小红书copy，要中文好的AI"): the work the report says that trade does answers, as stand-ins.
  const byTrade = Boolean(text && !u.tasks.length && !u.categories.length && !textMatch?.size && industry && u.industries.length);
  if (byTrade) {
    u.tasks = tasksById(catalog, [...new Set(industry!.scenarios.flatMap((x) => x.tasks))]).map((h) => ({ ...h, weight: BROADER_FIT }));
    textMatch = undefined;
  }
  const profile: Profile = {
    tasks: u.tasks,
    textMatch,
    industry,
    category: onlyCategory ?? u.categories[0],
    // Flags win over the sentence; what the sentence states and no flag contradicts is taken at its word.
    budget: o.budget === undefined && stated?.free ? "free" : budget,
    openSource: Boolean(o.openSource) || Boolean(stated?.open),
    chinese: Boolean(o.chinese) || Boolean(stated?.chinese),
    china: Boolean(o.china) || Boolean(stated?.china),
    ...(stated?.open ? { requireOpen: true } : {}),
    ...(stated?.chinese ? { requireChinese: true } : {}),
    ...(stated?.insteadOf.length ? { insteadOf: withSiblings(catalog, stated.insteadOf) } : {}),
    style: o.easy ? "easy" : o.custom ? "custom" : undefined,
    stable: Boolean(o.stable),
    // Asking for an AI companion is not asking for adult content: that takes --nsfw or saying so ("nsfw", "成人").
    adult: Boolean(o.nsfw) || Boolean(stated?.adult),
  };
  return { profile, limit, onlyCategory, readAsText: Boolean(textMatch), ...(byTrade ? { byTrade } : {}), ...(stated ? { stated } : {}) };
}

/** Ranked tools for the answers, with how the task was read and the trends that bear on the choice. */
export function recommendTools(catalog: Catalog, o: RecommendOptions, lang: Lang): Recommendation {
  const { profile, limit, onlyCategory, readAsText, byTrade, stated } = buildProfile(catalog, o, lang);
  // Several tasks in turn: each is ranked on its own, and the whole request is not ranked as one list as well.
  const asked = stated && profile.tasks.length ? clauseTasks(catalog, stated) : [];
  const groups = asked.map((hit) => {
    const { ranked, fallback } = rankOrFallBack(catalog, { ...profile, tasks: [hit] }, limit, onlyCategory);
    return { task: hit.id, results: ranked.map(toResult), leftOut: ranked.unknownAccessLeftOut ?? 0, ...(fallback ? { fallback } : {}) };
  });
  const answer = groups.length ? { ranked: [] as Ranked, fallback: undefined } : rankOrFallBack(catalog, profile, limit, onlyCategory);
  const { ranked } = answer;
  const fallback: Fallback | undefined = byTrade && ranked.length ? "industry" : answer.fallback;
  const results = groups.length ? groups.flatMap((g) => g.results.map((r) => ({ ...r, forTask: g.task }))) : ranked.map(toResult);
  const months = results.flatMap((r) => r.sources.flatMap((s) => (s.checked ? [s.checked] : [])));
  return {
    results,
    understood: {
      // A request of several things was read as the tasks of its lists, in order.
      tasks: asked.length ? asked : profile.tasks, industry: profile.industry?.id, category: profile.category, readAsText,
      ...(fallback ? { fallback } : {}),
      // A flag wins over the sentence, and the line says what was used: --budget any undoes 免费.
      ...(stated ? { stated: statedView({ ...stated, free: stated.free && o.budget === undefined }) } : {}),
    },
    trends: trendNotes(catalog, profile),
    ...(months.length ? { checked: months.sort().at(-1)! } : {}),
    unknownAccessLeftOut: groups.length ? Math.max(...groups.map((g) => g.leftOut)) : ranked.unknownAccessLeftOut ?? 0,
    ...(groups.length ? { groups: groups.map(({ leftOut: _, ...g }) => g) } : {}),
  };
}

type Ranked = ReturnType<typeof rankTools>;

/** The tools for a profile; never empty for a request that was understood: the broader task's tools, then the tools
 * of the output category, and which step answered. */
function rankOrFallBack(catalog: Catalog, profile: Profile, limit: number, onlyCategory?: Category): { ranked: Ranked; fallback?: Fallback } {
  const ranked = rankTools(catalog, profile, { limit, onlyCategory });
  if (ranked.length || !profile.tasks.length) return { ranked };
  // A stand-in is not the task asked: it scores as a general tool doing a specialised job would.
  const standIn = (ids: string[]) => tasksById(catalog, ids).map((h) => ({ ...h, weight: BROADER_FIT }));
  const broader = profile.tasks.flatMap((x) => (x.broader ? standIn([x.broader]) : []));
  const wider = broader.length ? rankTools(catalog, { ...profile, tasks: broader }, { limit, onlyCategory }) : [];
  if (wider.length) return { ranked: wider, fallback: "broader" };
  const category = catalog.tasks.find((x) => x.id === profile.tasks[0]!.id)?.category;
  const sameKind = rankTools(catalog, { ...profile, tasks: [], textMatch: undefined, category }, { limit, onlyCategory: onlyCategory ?? category });
  // Tools of the same kind that do not do the task score as stand-ins, not as the fit their kind alone would give.
  if (sameKind.length) return { ranked: Object.assign(sameKind.map(asStandIn), { unknownAccessLeftOut: sameKind.unknownAccessLeftOut }), fallback: "category" };
  // Last, a general assistant that meets what was asked for (an open model for an open-source office tool nobody makes).
  const assistants = onlyCategory ? [] : rankTools(catalog, { ...profile, tasks: standIn([GENERAL_TASK]), textMatch: undefined }, { limit });
  return assistants.length ? { ranked: assistants, fallback: "assistant" } : { ranked };
}

/** A tool's score and its parts, shrunk alike to what a stand-in earns. */
function asStandIn(s: Scored): Scored {
  const parts = Object.fromEntries(Object.entries(s.parts).map(([k, v]) => [k, Math.round(v * BROADER_FIT * 10) / 10])) as Scored["parts"];
  return { ...s, score: Math.round(s.score * BROADER_FIT), parts };
}

/** The task of the general assistants that can stand in for most text and office work when nothing else is left. */
const GENERAL_TASK = "chat";

/** What a sentence stated, by id: what the "understood as" line prints. */
function statedView(s: Stated): StatedView {
  return { free: s.free, china: s.china, open: s.open, chinese: s.chinese, adult: s.adult, insteadOf: s.insteadOf.map((x) => x.id) };
}

/** The report's workflow for an industry, step by step, with the best tool for each step and a runner-up. */
export function planSteps(catalog: Catalog, o: RecommendOptions, lang: Lang): PlanStep[] {
  if (!o.industry?.trim()) throw usageError(t(lang, "planNeedsIndustry", industryNames(catalog, lang)));
  const { profile, onlyCategory } = buildProfile(catalog, { ...o, task: undefined }, lang);
  const industry = profile.industry!;
  return industry.scenarios
    .filter((s) => s.tasks.length)
    .map((s) => {
      const [best, runnerUp] = rankTools(catalog, { ...profile, tasks: tasksById(catalog, s.tasks), textMatch: undefined }, { limit: 2, onlyCategory });
      return {
        step: { id: s.id, zh: s.zh, en: s.en, ...(s.source.ref ? { ref: s.source.ref } : {}) },
        best: best ? toResult(best) : null,
        runnerUp: runnerUp ? toResult(runnerUp) : null,
      };
    });
}
