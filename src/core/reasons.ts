// Why a tool scored as it did, as data: a key and the facts behind it (task ids, an industry, a rank with its list and
// edition, a report section). The renderers word them in the user's language; the core holds no language.
import type { Category, ChineseSupport } from "../catalog/types.js";

/** What each reason says, by key: the ids and values a reader can check. */
export interface ReasonArgs {
  taskMain: { task: string; term: string };
  taskAlso: { task: string; term: string };
  taskBroader: { task: string; via: string };
  taskMore: { tasks: string[] };
  nameMatch: { term: string };
  reportNamed: { industry: string; scenario: string; ref: string };
  industryFit: { industry: string };
  category: { category: Category };
  rank: { list: string; edition: string; rank: number };
  featured: { category: Category; ref: string };
  free: Record<string, never>;
  openSourceFree: Record<string, never>;
  freemium: Record<string, never>;
  paidLow: Record<string, never>;
  openSource: Record<string, never>;
  chinese: { level: ChineseSupport };
  chinaYes: Record<string, never>;
  chinaUnknown: Record<string, never>;
  easy: Record<string, never>;
  custom: Record<string, never>;
  stable: { rank: number };
  popular: Record<string, never>;
  unidentified: Record<string, never>;
}
export type ReasonKey = keyof ReasonArgs;
/** One reason: its key and its facts. */
export type Reason = { [K in ReasonKey]: { key: K; args: ReasonArgs[K] } }[ReasonKey];

/** A reason, typed by its key so its facts cannot be left out. */
export function because<K extends ReasonKey>(key: K, args: ReasonArgs[K]): Reason {
  return { key, args } as Reason;
}
