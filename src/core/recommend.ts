// Ranking: score every tool for a profile, apply the filters, keep the relevant ones, best first, stably.
import { rankOrder } from "./rankings.js";
import type { Catalog, Category, PreferenceKey, Tool, Trend } from "../catalog/types.js";
import { scoreTool, type Profile, type Scored } from "./score.js";
import { byCode } from "./text.js";

export interface RankOptions {
  limit: number;
  /** An explicit --category keeps only that category; an inferred one only adds points. */
  onlyCategory?: Category;
}

/** Tools relevant to what was asked: doing the task if one was understood, else matching the text, category or industry. */
function relevant(s: Scored, p: Profile): boolean {
  if (p.tasks.length || p.textMatch) return s.parts.task > 0;
  if (p.category) return s.tool.category === p.category;
  if (p.industry) return s.parts.industry > 0;
  return true;
}

/** Same score: the higher a16z rank first, then the id, so the same question always gets the same answer. */
export function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || rankOrder(a.tool.rank) - rankOrder(b.tool.rank) || byCode(a.tool.id, b.tool.id);
}

/** A cheap test that keeps every tool `relevant` could keep, so a catalog of 100,000 tools is scored only where it matters. */
function candidate(tool: Tool, p: Profile, asked: ReadonlySet<string>): boolean {
  if (p.tasks.length) return tool.tasks.some((id) => asked.has(id));
  if (p.textMatch) return p.textMatch.has(tool.id);
  if (p.category) return tool.category === p.category;
  return true;
}

/** The recommendation: scored, filtered, relevant tools, best first; how many tools of unknown mainland access the
 * --china filter left out (only team catalogs have such tools). */
export function rankTools(catalog: Catalog, p: Profile, opts: RankOptions): Scored[] & { unknownAccessLeftOut?: number } {
  const asked = new Set(p.tasks.flatMap((t) => (t.broader ? [t.id, t.broader] : [t.id])));
  const scored = catalog.tools
    .filter((t) => (!opts.onlyCategory || t.category === opts.onlyCategory) && candidate(t, p, asked))
    .map((t) => scoreTool(t, p));
  const unknownAccessLeftOut = scored.filter((s) => s.excluded === "chinaUnknown" && relevant(s, p)).length;
  const ranked = scored.filter((s) => !s.excluded && relevant(s, p)).sort(byScore).slice(0, opts.limit);
  return Object.assign(ranked, { unknownAccessLeftOut });
}

/** The preferences a profile states, in the vocabulary trends use. */
export function activePreferences(p: Profile): PreferenceKey[] {
  const keys: PreferenceKey[] = [];
  if (p.budget !== "any") keys.push("budget");
  if (p.openSource || p.style === "custom") keys.push("openSource");
  if (p.style === "easy") keys.push("easy");
  if (p.stable) keys.push("stable");
  if (p.chinese) keys.push("chinese");
  if (p.china) keys.push("china");
  return keys;
}

/** Trends that bear on the stated preferences, at most two, most specific (fewest other concerns) first. */
export function trendNotes(catalog: Catalog, p: Profile): Trend[] {
  const active = new Set(activePreferences(p));
  return catalog.trends
    .filter((t) => t.bearsOn.some((k) => active.has(k)))
    .sort((a, b) => a.bearsOn.length - b.bearsOn.length || a.number - b.number)
    .slice(0, 2);
}
