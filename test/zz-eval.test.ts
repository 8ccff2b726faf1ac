import { it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { catalog } from "/work/main/test/helpers.js";
import { judge, score, type Request } from "/work/main/test/relevance/judge.js";
import heldout from "/work/main/test/relevance/heldout.json" with { type: "json" };
import t1 from "/work/main/test/relevance/tuning.json" with { type: "json" };
import t2 from "/work/main/test/relevance/tuning2.json" with { type: "json" };
const extra = (process.env.EVAL_SETS ?? "").split(",").filter((f) => f && existsSync(f)).flatMap((f) => JSON.parse(readFileSync(f, "utf8")));
it("eval", () => {
  const cat = catalog();
  for (const [name, set] of [["heldout", heldout], ["tuning", [...t1, ...t2]], ["new", extra]] as const) {
    if (!set.length) continue;
    const s = score(cat, set as Request[]);
    console.log(name, set.length, "top1", (s.top1 * 100).toFixed(1), "top3", (s.top3 * 100).toFixed(1), "clean", (s.clean * 100).toFixed(1), "answered", (s.answered * 100).toFixed(1));
    if (name !== "heldout") for (const r of set as Request[]) { const v = judge(cat, r); if (!v.top1) console.log(`  ${v.top3 ? "MISS1" : "MISS3"}${v.answered ? "" : " EMPTY"}${v.clean ? "" : " DIRTY"} ${r.q} want ${JSON.stringify(r.tasks)} ${JSON.stringify(r.constraints)} got ${JSON.stringify(v.shown.map((l) => l.slice(0, 3)))}`); }
  }
}, 120000);
