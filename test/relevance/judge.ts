// How a request of the relevance sets is judged: what the user would accept as an answer, decided by the tasks a tool
// does and the constraints the request states, not by a list of tool names, so a tool added later is judged fairly.
import type { Catalog, Tool } from "../../src/catalog/types.js";
import { recommendTools } from "../../src/commands/recommend/run.js";
import { squash } from "../../src/core/text.js";

export interface Request {
  q: string;
  /** One list per task asked, in order: a tool doing any task of a list answers that task. */
  tasks: string[][];
  constraints: { china?: boolean; free?: boolean; open?: boolean; chinese?: boolean };
  /** Tools that must not be among the first five: the one being replaced, or a trap. */
  not?: string[];
  note?: string;
}

/** Whether a tool meets what the request states. */
function meets(tool: Tool, r: Request): boolean {
  const c = r.constraints;
  if (c.china && tool.chinaAccess !== "yes") return false;
  if (c.free && !["free", "freemium", "open-source"].includes(tool.pricing)) return false;
  if (c.open && tool.openness === "closed") return false;
  if (c.chinese && !["native", "good"].includes(tool.chinese)) return false;
  return true;
}

/** Whether a tool is one the request names as not wanted. */
function unwanted(tool: Tool, r: Request): boolean {
  const names = [tool.id, tool.name, tool.nameZh ?? "", ...tool.aliases].map(squash);
  return (r.not ?? []).some((n) => names.includes(squash(n)));
}

export interface Verdict {
  top1: boolean;
  top3: boolean;
  /** No unwanted tool in the first five, for every task. */
  clean: boolean;
  /** At least one tool for every task. */
  answered: boolean;
  shown: string[][];
}

/** Runs a request through recommend and judges each task's list: top 1 and top 3 hold only when they hold for every task. */
export function judge(catalog: Catalog, r: Request): Verdict {
  const lang = /[\u4e00-\u9fff]/.test(r.q) ? "zh" : "en";
  const rec = recommendTools(catalog, { task: r.q, limit: "5" }, lang);
  const lists: Tool[][] = rec.groups?.length ? rec.groups.map((g) => g.results) : [rec.results];
  const forTask = (i: number) => lists[Math.min(i, lists.length - 1)]!;
  const ok = (t: Tool, i: number) => t.tasks.some((id) => r.tasks[i]!.includes(id)) && meets(t, r) && !unwanted(t, r);
  const per = r.tasks.map((_, i) => forTask(i));
  return {
    top1: per.every((list, i) => list[0] !== undefined && ok(list[0], i)),
    top3: per.every((list, i) => list.slice(0, 3).some((t) => ok(t, i))),
    clean: lists.every((list) => !list.slice(0, 5).some((t) => unwanted(t, r))),
    answered: per.every((list) => list.length > 0),
    shown: lists.map((l) => l.map((t) => t.id)),
  };
}

/** Top-1 and top-3 shares of a set, with the requests that failed. */
export function score(catalog: Catalog, set: Request[]): { top1: number; top3: number; clean: number; answered: number; misses: Array<{ q: string; shown: string[][] }> } {
  const verdicts = set.map((r) => ({ r, v: judge(catalog, r) }));
  const share = (f: (v: Verdict) => boolean) => verdicts.filter(({ v }) => f(v)).length / set.length;
  return {
    top1: share((v) => v.top1), top3: share((v) => v.top3), clean: share((v) => v.clean), answered: share((v) => v.answered),
    misses: verdicts.filter(({ v }) => !v.top1).map(({ r, v }) => ({ q: r.q, shown: v.shown })),
  };
}
