// Shell completion: what may come next on an `aigc` command line. Pure: the commands, options and the values each
// takes come from the command modules (declared once), the values themselves from the catalog.
import type { Catalog } from "../catalog/types.js";
import { CATEGORY_INFO } from "./categories.js";

/** Where the values an argument or option takes come from. */
export type Values = "categories" | "industries" | "tools" | "trends" | "files" | "shells" | readonly string[];
export interface OptionSpec {
  /** Every spelling: "--limit", "-v". */
  flags: string[];
  takesValue: boolean;
  values?: Values;
}
export interface CommandSpec {
  name: string;
  options: OptionSpec[];
  /** What its positional arguments take, and whether more than one may be given. */
  args?: Values;
  many: boolean;
}
export interface ProgramSpec {
  commands: CommandSpec[];
  globalOptions: OptionSpec[];
}

/** Printed alone when the shell should complete file names itself. */
export const FILES = "__files__";
export const SHELLS = ["bash", "zsh", "fish"] as const;

/** The values an option or argument takes, from the catalog where they live there. */
function valuesFor(values: Values | undefined, catalog: Catalog): string[] {
  if (values === undefined) return [];
  if (typeof values !== "string") return [...values];
  switch (values) {
    case "categories":
      return CATEGORY_INFO.flatMap((c) => [c.id, c.zh]);
    case "industries":
      return catalog.industries.flatMap((i) => [i.id, i.zh, ...i.aliases.zh]);
    case "tools":
      return catalog.tools.map((t) => t.id);
    case "trends":
      return Array.from({ length: catalog.trends.length }, (_, i) => String(i + 1));
    case "shells":
      return [...SHELLS];
    case "files":
      return [FILES];
  }
}

/** The candidates for the last word of `words` (the words after "aigc"; the last one is being typed, maybe empty). */
export function complete(words: string[], spec: ProgramSpec, catalog: Catalog): string[] {
  const cur = words.at(-1) ?? "";
  const before = words.slice(0, -1);
  let command: CommandSpec | undefined;
  let positionals = 0;
  let pending: OptionSpec | undefined;
  for (const w of before) {
    const options = [...spec.globalOptions, ...(command?.options ?? [])];
    if (pending) pending = undefined;
    else if (w.startsWith("-")) pending = options.find((o) => o.flags.includes(w) && o.takesValue);
    else if (!command) command = spec.commands.find((c) => c.name === w);
    else positionals++;
  }
  let candidates: string[];
  if (pending) candidates = valuesFor(pending.values, catalog);
  else if (cur.startsWith("-")) candidates = [...spec.globalOptions, ...(command?.options ?? [])].flatMap((o) => o.flags.filter((f) => f.startsWith("--")));
  else if (!command) candidates = spec.commands.map((c) => c.name);
  else if (!command.many && positionals > 0) candidates = [];
  else candidates = valuesFor(command.args, catalog);
  if (candidates.includes(FILES)) return [FILES];
  const lower = cur.toLowerCase();
  return [...new Set(candidates.filter((c) => c.toLowerCase().startsWith(lower)))];
}
