// Every command aigc has, in the order its help lists them, and the options every command takes. A new command is a
// folder beside this file and one line here.
import { compare } from "./compare/spec.js";
import { completion } from "./completion/spec.js";
import { list } from "./list/spec.js";
import { recommend } from "./recommend/spec.js";
import { scenarios } from "./scenarios/spec.js";
import { search } from "./search/spec.js";
import { show } from "./show/spec.js";
import type { CommandSpec, OptionSpec } from "./spec.js";
import { trend } from "./trend/spec.js";
import { validate } from "./validate/spec.js";

export const COMMANDS: readonly CommandSpec[] = [recommend, compare, list, show, search, trend, scenarios, validate, completion];

/** Options every command takes, before or after its name. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { flags: "--lang <lang>", help: "help.lang", values: ["zh", "en"] },
  { flags: "--no-color", help: "help.color" },
  { flags: "--data <file>", help: "help.data", values: "files", repeatable: true },
];

/** The global options that are followed by a value, for the one pre-scan of argv (parse.ts). */
export const GLOBAL_VALUE_FLAGS: readonly string[] = GLOBAL_OPTIONS.filter((o) => o.flags.includes("<")).map((o) => o.flags.split(" ")[0]!);

/** The global options that stand alone. */
export const GLOBAL_FLAGS: readonly string[] = GLOBAL_OPTIONS.filter((o) => !o.flags.includes("<")).map((o) => o.flags);
