// The entry point's logic: parse argv, run the command, and turn every error into one line and an exit code.
import { type Command, CommanderError } from "commander";
import { langFromArgv } from "./context.js";
import { CatalogError, CliError } from "./errors.js";
import { msg, type Lang, type MessageKey } from "./i18n.js";
import type { Io } from "./io.js";
import { buildProgram, type HelpLayout } from "./program.js";
import { clean, errorLine } from "./render/safe.js";

/** Whether argv names a command or asks for something (help, version): `aigc` or `aigc --lang zh` alone gets the help. */
function commandGiven(argv: string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--lang" || a === "--data") i++;
    else if (!a.startsWith("--lang=") && !a.startsWith("--data=") && a !== "--no-color") return true;
  }
  return false;
}

/** How help text is measured and wrapped: by display width, Chinese wrapped anywhere, when help may be printed.
 * string-width compiles large Unicode regexes when loaded (~20 ms), so other runs measure nothing. */
async function helpLayout(wanted: boolean): Promise<HelpLayout> {
  if (!wanted) return { width: (s) => s.length, wrap: (s) => s };
  const [{ default: width }, { default: wrapAnsi }] = await Promise.all([import("string-width"), import("wrap-ansi")]);
  return { width, wrap: (s, columns) => (columns < 40 ? s : wrapAnsi(s, columns, { hard: true, trim: true })) };
}

/** Whether commander may print help, the one time it needs to measure wide characters. */
function helpWanted(argv: string[]): boolean {
  return argv.length === 0 || argv.some((a) => a === "-h" || a === "--help" || a === "help");
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
  const key = COMMANDER_ERRORS[e.code];
  const text = key ? msg(lang, key, quoted) : first;
  return hint ? `${text}${msg(lang, "didYouMean", hint)}` : text;
}

/** The command named in argv, so a usage error can point at that command's help. */
function commandIn(argv: string[], program: Command | undefined): string {
  const names = program?.commands.map((c) => c.name()) ?? [];
  const c = argv.find((a) => names.includes(a));
  return c ? `${c} ` : "";
}

/** Runs the program on argv and returns the exit code; all output goes through io. */
export async function run(argv: string[], io: Io): Promise<number> {
  const lang = langFromArgv(argv, io.env);
  let program: Command | undefined;
  try {
    program = buildProgram(io, lang, await helpLayout(helpWanted(argv)));
    if (!commandGiven(argv)) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.exitCode === 0) return 0;
      io.err(`aigc: ${errorLine(usageMessage(e, lang))}${msg(lang, "usageHint", commandIn(argv, program))}\n`);
      return 2;
    }
    if (e instanceof Error && e.name === "ExitPromptError") {
      io.err("\n");
      return 130;
    }
    if (e instanceof CatalogError) {
      const more = e.problems.length > 1 ? msg(lang, "moreProblems", String(e.problems.length - 1)) : "";
      io.err(`aigc: ${errorLine(e.message, 400 - more.length)}${more}\n`);
      return e.exitCode;
    }
    if (e instanceof CliError) {
      io.err(`aigc: ${errorLine(e.message)}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    io.err(`aigc: ${errorLine(err?.message ?? String(e))}${io.env.AIGC_DEBUG ? `\n${clean(err?.stack)}` : msg(lang, "debugHint")}\n`);
    return 1;
  }
}
