// Finding tools by what a person types: a name, an alias, pinyin, a typo, or a task in either language.
import Fuse from "fuse.js";
import type { Catalog, Tool } from "../catalog/types.js";
import { matchText } from "./match.js";
import { byCode, hasHan, norm, squash } from "./text.js";

export interface SearchHit {
  tool: Tool;
  /** 0..1, higher is better. */
  score: number;
  /** What matched: "name", "alias", "pinyin", "task", "summary". */
  field: string;
  /** The text that matched. */
  matched: string;
}

/** Every name a tool answers to, with the kind of name it is. */
function namesOf(tool: Tool): Array<{ field: string; value: string }> {
  return [
    { field: "id", value: tool.id },
    { field: "name", value: tool.name },
    ...(tool.nameZh ? [{ field: "name", value: tool.nameZh }] : []),
    ...tool.aliases.map((value) => ({ field: "alias", value })),
    ...tool.pinyin.map((value) => ({ field: "pinyin", value })),
  ];
}

/** Exact and partial name matches: the strongest evidence of which tool is meant. */
function byName(tools: Tool[], query: string): Map<string, SearchHit> {
  const q = squash(query);
  const hits = new Map<string, SearchHit>();
  const minPart = hasHan(q) ? 2 : 3;
  for (const tool of tools) {
    let best: SearchHit | undefined;
    for (const { field, value } of namesOf(tool)) {
      const v = squash(value);
      if (!v) continue;
      let score = 0;
      if (v === q) score = 1;
      else if (q.length >= minPart && v.startsWith(q)) score = 0.9 * Math.max(0.75, q.length / v.length);
      else if (q.length >= minPart + 1 && v.includes(q)) score = 0.7;
      else if (v.length >= 3 && q.length > v.length && q.startsWith(v) && field !== "pinyin") score = 0.75;
      if (score > (best?.score ?? 0)) best = { tool, score, field, matched: value };
    }
    if (best) hits.set(tool.id, best);
  }
  return hits;
}

/** Typo-tolerant name matches through fuse.js, on squashed names so spacing and case do not matter. */
function byFuzzyName(tools: Tool[], query: string): Map<string, SearchHit> {
  const q = squash(query);
  const hits = new Map<string, SearchHit>();
  if (q.length < 3 || hasHan(q)) return hits;
  const records = tools.flatMap((tool) => namesOf(tool).filter((n) => !hasHan(n.value)).map((n) => ({ tool, ...n, key: squash(n.value) })));
  const fuse = new Fuse(records, { keys: ["key"], includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 });
  for (const r of fuse.search(q)) {
    // A typo keeps a name's length; a short query buried in a long name is not a typo of it.
    const lengths = Math.sqrt(Math.min(q.length, r.item.key.length) / Math.max(q.length, r.item.key.length));
    const score = 0.8 * (1 - (r.score ?? 1)) * lengths;
    const prev = hits.get(r.item.tool.id);
    if (!prev || score > prev.score) hits.set(r.item.tool.id, { tool: r.item.tool, score, field: r.item.field, matched: r.item.value });
  }
  return hits;
}

/** Tools that do the tasks the query names ("抠图", "voice over", "peiyin"). */
function byTask(catalog: Catalog, query: string): Map<string, SearchHit> {
  const hits = new Map<string, SearchHit>();
  const tasks = matchText(catalog.vocab().tasks, query).filter((h) => h.weight >= 0.5);
  for (const t of tasks) {
    for (const tool of catalog.tools) {
      const pos = tool.tasks.indexOf(t.key);
      if (pos < 0) continue;
      const popularity = tool.rank ? (51 - tool.rank) / 500 : 0;
      const score = 0.6 * t.weight * (1 - Math.min(pos, 4) * 0.08) + popularity;
      const prev = hits.get(tool.id);
      if (!prev || score > prev.score) hits.set(tool.id, { tool, score, field: "task", matched: t.term });
    }
  }
  return hits;
}

/** Tools of a category the query names ("视频", "audio"), most popular first. */
function byCategory(catalog: Catalog, query: string): Map<string, SearchHit> {
  const hits = new Map<string, SearchHit>();
  const [cat] = matchText(catalog.vocab().categories, query);
  if (!cat || cat.weight < 1) return hits;
  for (const tool of catalog.tools) {
    if (tool.category !== cat.key) continue;
    hits.set(tool.id, { tool, score: 0.45 + (tool.rank ? (51 - tool.rank) / 1000 : 0), field: "category", matched: cat.term });
  }
  return hits;
}

/** Words in the one-line summaries and developer names, the weakest evidence. */
function bySummary(tools: Tool[], query: string): Map<string, SearchHit> {
  const hits = new Map<string, SearchHit>();
  const q = norm(query);
  if (q.length < 2) return hits;
  const fuse = new Fuse(tools, {
    keys: ["summary.zh", "summary.en", "developer"], includeScore: true, threshold: 0.2, ignoreLocation: true,
    minMatchCharLength: Math.min(q.length, hasHan(q) ? 2 : 4),
  });
  for (const r of fuse.search(q)) hits.set(r.item.id, { tool: r.item, score: 0.4 * (1 - (r.score ?? 1)), field: "summary", matched: q });
  return hits;
}

/** Keeps each tool's best hit across layers, best first; ties go to the higher a16z rank, then the id. */
function merge(layers: Array<Map<string, SearchHit>>): SearchHit[] {
  const best = new Map<string, SearchHit>();
  for (const layer of layers) for (const [id, hit] of layer) if (hit.score > (best.get(id)?.score ?? 0)) best.set(id, hit);
  return [...best.values()].sort(
    (a, b) => b.score - a.score || (a.tool.rank ?? 99) - (b.tool.rank ?? 99) || byCode(a.tool.id, b.tool.id),
  );
}

/** Ranks the catalog for a query, best first, so the same query always gets the same answer. */
export function searchTools(catalog: Catalog, query: string, limit = 10): SearchHit[] {
  const { tools } = catalog;
  const layers = [byName(tools, query), byFuzzyName(tools, query), byTask(catalog, query), byCategory(catalog, query), bySummary(tools, query)];
  return merge(layers).slice(0, limit);
}

/** The one tool a name means, exactly or through a clear typo; otherwise the closest candidates to suggest. */
export function findTool(catalog: Catalog, query: string): { tool?: Tool; suggestions: Tool[] } {
  const exact = byName(catalog.tools, query);
  const sure = [...exact.values()].filter((h) => h.score === 1);
  if (sure.length) return { tool: sure.sort((a, b) => (a.tool.rank ?? 99) - (b.tool.rank ?? 99))[0]!.tool, suggestions: [] };
  const names = merge([exact, byFuzzyName(catalog.tools, query)]);
  const top = names[0];
  if (top && top.score >= 0.6 && (names.length < 2 || top.score - names[1]!.score >= 0.1)) return { tool: top.tool, suggestions: [] };
  const suggestions = searchTools(catalog, query, 3).map((h) => h.tool);
  return { suggestions };
}
