// `aigc validate <file...>`: every problem of each team catalog file, checked as `--data` would load it.
import { readTeamFile } from "../catalog/load.js";
import { teamMerger } from "../catalog/merge.js";
import type { Catalog } from "../catalog/types.js";
import { sayIn } from "../catalog/problems.js";
import { CatalogError } from "../errors.js";
import type { Lang } from "../i18n.js";

export interface ValidationReport {
  file: string;
  ok: boolean;
  /** How many entries the file holds. */
  tools: number;
  /** Each problem as "entry: field: message" (the file is the report's). */
  problems: string[];
}

/** Checks each file on its own against the built-in catalog, one after another; unreadable files are reported, not thrown. */
export async function validateCommand(builtIn: Catalog, files: string[], lang: Lang): Promise<ValidationReport[]> {
  const say = sayIn(lang);
  const reports: ValidationReport[] = [];
  for (const file of files) {
    let problems: string[];
    let tools = 0;
    try {
      const merger = teamMerger(builtIn, say);
      const sink = merger.file(file);
      await readTeamFile(file, { add: (entries, offset) => ((tools += entries.length), sink.add(entries, offset)), notArray: sink.notArray }, say);
      problems = merger.finish().problems;
    } catch (e) {
      if (!(e instanceof CatalogError)) throw e;
      problems = e.problems;
    }
    const own = problems.map((p) => (p.startsWith(`${file}: `) ? p.slice(file.length + 2) : p));
    reports.push({ file, ok: own.length === 0, tools, problems: own });
  }
  return reports;
}
