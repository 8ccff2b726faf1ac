// The entry point's logic: read the global options once, parse argv with commander, run the command, and turn every
// error into one line in the user's language and an exit code.
import { type Command, CommanderError } from "commander";
import { GLOBAL_FLAGS, GLOBAL_VALUE_FLAGS } from "./commands/index.js";
import { CatalogError, CliError } from "./errors.js";
import type { Io } from "./io.js";
import { detectLang, t, type Lang, type MessageKey } from "./messages/index.js";
import { parseGlobals } from "./parse.js";
import { buildProgram, type HelpLayout } from "./program.js";
import { problemLine } from "./render/problems.js";
import { clean, errorLine } from "./render/safe.js";

/** How help text is measured and wrapped: by display width, Chinese wrapped anywhere, when help may be printed.
 * string-width compiles large Unicode regexes when loaded (~20 ms), so other runs measure nothing. */
async function helpLayout(wanted: boolean): Promise<HelpLayout> {
  if (!wanted) return { width: (s) => s.length, wrap: (s) => s };
  const [{ default: width }, { default: wrapAnsi }] = await Promise.all([import("string-width"), import("wrap-ansi")]);
  return { width, wrap: (s, columns) => (columns < 40 ? s : wrapAnsi(s, columns, { hard: true, trim: true })) };
}

const COMMANDER_ERRORS: Record<string, MessageKey> = {
  "commander.unknownOption": "unknownOption",
  "commander.unknownCommand": "unknownCommand",
  "commander.missingArgument": "missingArgument",
  "commander.optionMissingArgument": "optionMissingArgument",
  "commander.excessArguments": "excessArguments",
};

/** commander's usage errors in the user's language, its "did you mean" kept on the same line. */
function usageMessage(e: CommanderError, lang: Lang): string {
  const [first = "", ...rest] = e.message.replace(/^error:\s*/i, "").split("\n");
  const quoted = /'([^']*)'/.exec(first)?.[1] ?? "";
  const hint = /Did you mean (.+?)\?/.exec(rest.join(" "))?.[1];
  const key = Object.hasOwn(COMMANDER_ERRORS, e.code) ? COMMANDER_ERRORS[e.code] : undefined;
  const text = key ? (t(lang, key as "unknownOption", quoted) as string) : first;
  return hint ? `${text}${t(lang, "didYouMean", hint)}` : text;
}

/** The language a run speaks: the last --lang given, else the environment's. */
export function runLang(argv: readonly string[], env: Io["env"]): Lang {
  return parseGlobals(argv, GLOBAL_VALUE_FLAGS).lang ?? detectLang(env);
}

/** Runs the program on argv and returns the exit code; all output goes through io. */
export async function run(argv: string[], io: Io): Promise<number> {
  const globals = parseGlobals(argv, GLOBAL_VALUE_FLAGS, GLOBAL_FLAGS);
  const lang = globals.lang ?? detectLang(io.env);
  let program: Command | undefined;
  try {
    program = buildProgram(io, lang, await helpLayout(globals.help));
    // `aigc` or `aigc --lang zh` alone gets the help.
    if (globals.bare) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.exitCode === 0) return 0;
      const command = program?.commands.some((c) => c.name() === globals.command) ? `${globals.command} ` : "";
      io.err(`aigc: ${errorLine(usageMessage(e, lang))}${t(lang, "usageHint", command)}\n`);
      return 2;
    }
    if (e instanceof Error && e.name === "ExitPromptError") {
      io.err("\n");
      return 130;
    }
    if (e instanceof CatalogError) {
      const more = e.problems.length > 1 ? t(lang, "moreProblems", String(e.problems.length - 1)) : "";
      io.err(`aigc: ${errorLine(problemLine(e.problems[0]!, lang), 400 - more.length)}${more}\n`);
      return e.exitCode;
    }
    if (e instanceof CliError) {
      io.err(`aigc: ${errorLine(e.message)}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    io.err(`aigc: ${errorLine(err?.message ?? String(e))}${io.env.AIGC_DEBUG ? `\n${clean(err?.stack)}` : t(lang, "debugHint")}\n`);
    return 1;
  }
}
