// Shell completion: what may come next on an `aigc` command line. Pure: the commands and options come from the program
// (so they are declared once, in cli.ts), the values from the catalog.
import type { Catalog } from "../catalog/types.js";
import { CATEGORY_INFO } from "./categories.js";

export interface OptionSpec {
  /** Every spelling: "--limit", "-v". */
  flags: string[];
  /** The option's own name ("limit"), which says what values it takes. */
  name: string;
  takesValue: boolean;
}
export interface CommandSpec {
  name: string;
  options: OptionSpec[];
}
export interface ProgramSpec {
  commands: CommandSpec[];
  globalOptions: OptionSpec[];
}

/** Printed alone when the shell should complete file names itself. */
export const FILES = "__files__";
export const SHELLS = ["bash", "zsh", "fish"] as const;
/** Commands that take a single argument: once it is given, nothing more is offered. */
const ONE_ARGUMENT = new Set(["show", "trend", "scenarios", "completion"]);

/** The values an option or a command's arguments take, from the catalog where they live there. */
function valuesFor(what: string, catalog: Catalog): string[] {
  switch (what) {
    case "category":
      return CATEGORY_INFO.flatMap((c) => [c.id, c.zh]);
    case "industry":
    case "scenarios":
      return catalog.industries.flatMap((i) => [i.id, i.zh, ...i.aliases.zh]);
    case "show":
    case "compare":
      return catalog.tools.map((t) => t.id);
    case "trend":
      return Array.from({ length: catalog.trends.length }, (_, i) => String(i + 1));
    case "budget":
      return ["free", "low", "any"];
    case "sort":
      return ["rank", "name"];
    case "lang":
      return ["zh", "en"];
    case "completion":
      return [...SHELLS];
    case "data":
    case "validate":
      return [FILES];
    default:
      return [];
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
  if (pending) candidates = valuesFor(pending.name, catalog);
  else if (cur.startsWith("-")) candidates = [...spec.globalOptions, ...(command?.options ?? [])].flatMap((o) => o.flags.filter((f) => f.startsWith("--")));
  else if (!command) candidates = spec.commands.map((c) => c.name);
  else if (ONE_ARGUMENT.has(command.name) && positionals > 0) candidates = [];
  else candidates = valuesFor(command.name, catalog);
  if (candidates.includes(FILES)) return [FILES];
  const lower = cur.toLowerCase();
  return [...new Set(candidates.filter((c) => c.toLowerCase().startsWith(lower)))];
}
