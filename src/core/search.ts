// Finding tools by what a person types: a name, an alias, pinyin, a typo, or a task in either language.
import { popularity, rankOrder } from "./rankings.js";
import Fuse from "fuse.js";
import type { Catalog, Tool } from "../catalog/types.js";
import { matchText } from "./match.js";
import { exactPieces, holdsAny, typoFilter } from "./prefilter.js";
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

/** A name of a tool that a typo could have meant, kept for fuse.js. */
interface NameRecord {
  tool: Tool;
  field: string;
  value: string;
  key: string;
}
/** What one pass over every name of every tool finds: exact and partial matches, and the names a typo could mean. */
interface NameScan {
  byName: Map<string, SearchHit>;
  typoCandidates: NameRecord[];
}

/** Keeps a tool's best hit in a layer. */
function keep(hits: Map<string, SearchHit>, hit: SearchHit): void {
  const prev = hits.get(hit.tool.id);
  if (!prev || hit.score > prev.score) hits.set(hit.tool.id, hit);
}

const TYPO_THRESHOLD = 0.34;
/** The longest query read as a typo of a name: one fuse.js chunk. */
const MAX_TYPO_QUERY = 32;

/** How strongly a squashed name matches the squashed query by name alone: exact, prefix, contained. */
function nameScore(v: string, q: string, field: string, minPart: number): number {
  if (v === q) return 1;
  if (q.length >= minPart && v.startsWith(q)) return 0.9 * Math.max(0.75, q.length / v.length);
  if (q.length >= minPart + 1 && v.includes(q)) return 0.7;
  if (v.length >= 3 && q.length > v.length && q.startsWith(v) && field !== "pinyin") return 0.75;
  return 0;
}

/** One pass over every name (id, names, aliases, pinyin), each squashed once so spacing and case do not matter. */
function scanNames(tools: Tool[], query: string): NameScan {
  const q = squash(query);
  const byName = new Map<string, SearchHit>();
  const typoCandidates: NameRecord[] = [];
  const minPart = hasHan(q) ? 2 : 3;
  // A typo is of a name, and names people type are short: a longer query is no typo of one (and fuse.js's cost grows
  // with the pattern's length times the names', which a crafted catalog of long names would make minutes).
  const typos = q.length >= 3 && q.length <= MAX_TYPO_QUERY && !hasHan(q);
  const couldBeTypo = typoFilter(q, TYPO_THRESHOLD);
  const visit = (tool: Tool, field: string, value: string) => {
    const key = squash(value);
    if (!key) return;
    const score = nameScore(key, q, field, minPart);
    if (score > 0) keep(byName, { tool, score, field, matched: value });
    // A typo keeps a name's length: a name under half or over twice the query's is not a typo of it.
    if (typos && key.length * 2 >= q.length && key.length <= q.length * 2 && couldBeTypo(key) && !hasHan(value)) {
      typoCandidates.push({ tool, field, value, key });
    }
  };
  for (const tool of tools) {
    visit(tool, "id", tool.id);
    visit(tool, "name", tool.name);
    if (tool.nameZh) visit(tool, "name", tool.nameZh);
    for (const a of tool.aliases) visit(tool, "alias", a);
    for (const p of tool.pinyin) visit(tool, "pinyin", p);
  }
  return { byName, typoCandidates };
}

/** Typo-tolerant name matches through fuse.js, among the names a typo could mean. */
function byFuzzyName(scan: NameScan, query: string): Map<string, SearchHit> {
  const q = squash(query);
  const hits = new Map<string, SearchHit>();
  if (!scan.typoCandidates.length) return hits;
  const fuse = new Fuse(scan.typoCandidates, { keys: ["key"], includeScore: true, threshold: TYPO_THRESHOLD, ignoreLocation: true, minMatchCharLength: 2 });
  for (const r of fuse.search(q)) {
    const lengths = Math.sqrt(Math.min(q.length, r.item.key.length) / Math.max(q.length, r.item.key.length));
    keep(hits, { tool: r.item.tool, score: 0.8 * (1 - (r.score ?? 1)) * lengths, field: r.item.field, matched: r.item.value });
  }
  return hits;
}

/** Tools that do the tasks the query names ("抠图", "voice over", "peiyin"). */
function byTask(catalog: Catalog, query: string): Map<string, SearchHit> {
  const hits = new Map<string, SearchHit>();
  const { tasks: terms, realWords } = catalog.vocab();
  const tasks = matchText(terms, query, undefined, realWords).filter((h) => h.weight >= 0.5);
  for (const t of tasks) {
    for (const tool of catalog.tools) {
      const pos = tool.tasks.indexOf(t.key);
      if (pos < 0) continue;
      const boost = popularity(tool.rank) / 10;
      const score = 0.6 * t.weight * (1 - Math.min(pos, 4) * 0.08) + boost;
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
    hits.set(tool.id, { tool, score: 0.45 + popularity(tool.rank) / 20, field: "category", matched: cat.term });
  }
  return hits;
}

/** Words in the one-line summaries and developer names, the weakest evidence. */
function bySummary(tools: Tool[], query: string): Map<string, SearchHit> {
  const hits = new Map<string, SearchHit>();
  const q = norm(query);
  if (q.length < 2) return hits;
  const threshold = 0.2;
  const holds = holdsAny(exactPieces(q, threshold));
  const candidates = tools.filter((t) => holds.test(t.summary.zh) || holds.test(t.summary.en) || (t.developer !== null && holds.test(t.developer)));
  const fuse = new Fuse(candidates, {
    keys: ["summary.zh", "summary.en", "developer"], includeScore: true, threshold, ignoreLocation: true,
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
    (a, b) => b.score - a.score || rankOrder(a.tool.rank) - rankOrder(b.tool.rank) || byCode(a.tool.id, b.tool.id),
  );
}

/** Ranks the catalog for a query, best first, so the same query always gets the same answer. */
export function searchTools(catalog: Catalog, query: string, limit = 10, scan = scanNames(catalog.tools, query)): SearchHit[] {
  const layers = [scan.byName, byFuzzyName(scan, query), byTask(catalog, query), byCategory(catalog, query), bySummary(catalog.tools, query)];
  return merge(layers).slice(0, limit);
}

/** The one tool a name means, exactly or through a clear typo; otherwise the closest candidates to suggest. */
export function findTool(catalog: Catalog, query: string): { tool?: Tool; suggestions: Tool[] } {
  const scan = scanNames(catalog.tools, query);
  const sure = [...scan.byName.values()].filter((h) => h.score === 1);
  if (sure.length) return { tool: sure.sort((a, b) => rankOrder(a.tool.rank) - rankOrder(b.tool.rank) || byCode(a.tool.id, b.tool.id))[0]!.tool, suggestions: [] };
  const ranked = merge([scan.byName, byFuzzyName(scan, query)]);
  const top = ranked[0];
  if (top && top.score >= 0.6 && (ranked.length < 2 || top.score - ranked[1]!.score >= 0.1)) return { tool: top.tool, suggestions: [] };
  const suggestions = searchTools(catalog, query, 3, scan).map((h) => h.tool);
  return { suggestions };
}
