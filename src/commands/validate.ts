// `aigc validate <file...>`: every problem of each team catalog file, checked as `--data` would load it.
import { readTeamFile } from "../catalog/load.js";
import { mergeTeamFiles } from "../catalog/merge.js";
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

/** Checks each file on its own against the built-in catalog; unreadable files are reported, not thrown. */
export async function validateCommand(builtIn: Catalog, files: string[], lang: Lang): Promise<ValidationReport[]> {
  const say = sayIn(lang);
  return Promise.all(files.map(async (file) => {
    let problems: string[];
    let tools = 0;
    try {
      const team = await readTeamFile(file, say);
      problems = mergeTeamFiles(builtIn, [team], say).problems;
      tools = Array.isArray(team.json) ? team.json.length : 0;
    } catch (e) {
      if (!(e instanceof CatalogError)) throw e;
      problems = e.problems;
    }
    const own = problems.map((p) => (p.startsWith(`${file}: `) ? p.slice(file.length + 2) : p));
    return { file, ok: own.length === 0, tools, problems: own };
  }));
}
