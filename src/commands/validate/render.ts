// What `aigc validate` prints: a line per file that is fine, a line per problem of a file that is not.
import type { ValidationReport } from "./run.js";
import { clean } from "../../render/safe.js";
import { painter, type RenderOptions } from "../../render/style.js";
import { wrapProse } from "../../render/table.js";

/** Problems as "file: entry: field: message" lines (ready for grep), and a summary for each file without any. */
export function renderValidation(reports: Array<ValidationReport<string>>, opts: RenderOptions): string {
  const c = painter(opts.color);
  const mark = (ok: boolean) => (opts.tty ? `${ok ? c.green("✓") : c.red("✗")} ` : "");
  return wrapProse(reports
    .flatMap((r) =>
      r.ok
        ? [`${mark(true)}${clean(r.file)}: ${opts.lang === "zh" ? `${r.tools} 个工具，没有问题` : `${r.tools} tool${r.tools === 1 ? "" : "s"}, no problems`}`]
        : r.problems.map((p) => `${mark(false)}${clean(r.file)}: ${clean(p)}`),
    )
    .join("\n"), opts);
}
