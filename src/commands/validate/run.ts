// `aigc validate <file...>`: every problem of each team catalog file, checked as `--data` would load it.
import { readTeamFile } from "../../catalog/load.js";
import { teamMerger } from "../../catalog/merge.js";
import type { Catalog } from "../../catalog/types.js";
import type { Problem } from "../../catalog/problems.js";
import { CatalogError } from "../../errors.js";

export interface ValidationReport<P = Problem> {
  file: string;
  ok: boolean;
  /** How many entries the file holds. */
  tools: number;
  /** Each problem, where in the file and what (the file is the report's). */
  problems: P[];
}

/** Checks each file on its own against the built-in catalog, one after another; unreadable files are reported, not thrown. */
export async function validateFiles(builtIn: Catalog, files: string[]): Promise<ValidationReport[]> {
  const reports: ValidationReport[] = [];
  for (const file of files) {
    let problems: Problem[];
    let tools = 0;
    try {
      const merger = teamMerger(builtIn);
      const sink = merger.file(file);
      await readTeamFile(file, { add: (entries, offset) => ((tools += entries.length), sink.add(entries, offset)), notArray: sink.notArray });
      problems = merger.finish().problems;
    } catch (e) {
      if (!(e instanceof CatalogError)) throw e;
      problems = e.problems;
    }
    const own = problems.map(({ file: _file, ...rest }) => rest);
    reports.push({ file, ok: own.length === 0, tools, problems: own });
  }
  return reports;
}
