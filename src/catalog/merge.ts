// Team catalogs on top of the built-in one: each file validated in the built-in vocabulary, a known id replaced, ranks
// kept unique across everything loaded. Pure: files come in parsed, problems go out as "file: entry: field: message".
import { findIndustry } from "../core/lookup.js";
import { squash } from "../core/text.js";
import type { Catalog, Tool } from "./types.js";
import { say as sayDefault, type Problem, type Say } from "./problems.js";
import { show, toolValidator } from "./validate.js";

export interface TeamFile {
  /** The path as the user gave it: tools from the file carry it as their `origin`. */
  file: string;
  json: unknown;
}
export interface Merged {
  catalog: Catalog;
  /** Every problem of every file, each naming the file, the entry and the field. */
  problems: Problem[];
}

/** The task a team catalog means by a word: an id, or any vocabulary form ("配音", "voice over") spelled exactly. The
 * table of forms is built the first time a word is not an id, so files that use ids (or no files) cost nothing. */
function taskResolver(catalog: Catalog): (word: string) => string | undefined {
  const ids = new Set(catalog.tasks.map((t) => t.id));
  let byWord: Map<string, string> | undefined;
  const forms = () => {
    const map = new Map<string, string>();
    for (const t of catalog.tasks) for (const w of [t.zh, t.en, ...t.synonyms.zh, ...t.synonyms.en]) if (!map.has(squash(w))) map.set(squash(w), t.id);
    return map;
  };
  return (word) => (ids.has(word) ? word : (byWord ??= forms()).get(squash(word)));
}

/** The industry a team catalog means by a word: an id, or a name or alias in either language ("短剧", "manga"). */
function industryResolver(catalog: Catalog): (word: string) => string | undefined {
  const ids = new Set(catalog.industries.map((i) => i.id));
  return (word) => (ids.has(word) ? word : word.length <= 100 ? findIndustry(catalog, word)?.id : undefined);
}

/** One team file being read: its entries are handed over a slice at a time, or the whole value when it is no array. */
export interface TeamFileSink {
  add(entries: unknown[], offset: number): void;
  notArray(json: unknown): void;
}

/** Team files merged into the built-in catalog as they are read; later files win over earlier ones and the built-in. */
export function teamMerger(base: Catalog, say: Say = sayDefault): { file(path: string): TeamFileSink; finish(): Merged } {
  const taskId = taskResolver(base);
  const industryId = industryResolver(base);
  const problems: Problem[] = [];
  const files: Array<{ path: string; result: () => { tools: Tool[]; errors: Problem[] } }> = [];
  return {
    file(path) {
      const v = toolValidator({ strict: false, taskId, industryId, origin: path, say });
      files.push({ path, result: v.result });
      return v;
    },
    finish() {
      if (!files.length) return { catalog: base, problems };
      const byId = new Map(base.tools.map((t) => [t.id, t]));
      for (const { path, result } of files) {
        const { tools, errors } = result();
        problems.push(...errors.map((e) => ({ file: path, ...e })));
        for (const tool of tools) byId.set(tool.id, tool);
      }
      // A rank is the a16z list's, so two tools cannot share one, whichever files they come from.
      const holders = new Map<number, Tool>();
      for (const tool of byId.values()) {
        if (!tool.rank) continue;
        const holder = holders.get(tool.rank);
        if (!holder) {
          holders.set(tool.rank, tool);
          continue;
        }
        const [first, second] = holder.origin === "built-in" || tool.origin !== "built-in" ? [holder, tool] : [tool, holder];
        const from = first.origin === "built-in" ? say("builtIn") : (first.origin ?? "");
        problems.push({ file: second.origin, where: say("entry", show(second.id)), field: "rank", msg: say("rankTakenIn", String(second.rank), show(first.id), from) });
      }
      // Built-in order, a replaced tool in its place, new ones after: every view sorts for itself (and sorting 100,000
      // tools here would cost 100 ms for nothing).
      return { catalog: { ...base, tools: [...byId.values()] }, problems };
    },
  };
}

/** Adds parsed team files, in order, to the built-in catalog; pure, for files already in memory. */
export function mergeTeamFiles(base: Catalog, files: TeamFile[], say: Say = sayDefault): Merged {
  if (!files.length) return { catalog: base, problems: [] };
  const merger = teamMerger(base, say);
  for (const { file, json } of files) {
    const sink = merger.file(file);
    if (Array.isArray(json)) sink.add(json, 0);
    else sink.notArray(json);
  }
  return merger.finish();
}
