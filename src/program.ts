// The program, built from the command modules: each command's arguments, options, help and examples are declared in
// its own module; here they become commander's, in the user's language. Nothing here knows one command from another.
import { Command, Option } from "commander";
import { COMMANDS, GLOBAL_OPTIONS } from "./commands/index.js";
import type { CommandSpec, Example, OptionSpec } from "./commands/spec.js";
import { context, type Ctx } from "./context.js";
import type { ProgramSpec } from "./core/complete.js";
import { usageError } from "./errors.js";
import type { Io } from "./io.js";
import { t, type Lang, type MessageKey } from "./messages/index.js";
import pkg from "../package.json" with { type: "json" };

/** The version in package.json, the one place it is written (the build inlines it). */
export const VERSION: string = pkg.version;

/** How help is measured and wrapped: by display width when help is printed (cli.ts decides). */
export interface HelpLayout {
  width(s: string): number;
  wrap(s: string, columns: number): string;
}

const HELP_TITLES: Record<string, MessageKey> = {
  "Usage:": "title.Usage:", "Options:": "title.Options:", "Commands:": "title.Commands:", "Arguments:": "title.Arguments:", "Global Options:": "title.Global Options:",
};

/** The examples that open a help (people learn a CLI from examples first), comments lined up by display width. */
function examples(list: readonly Example[], lang: Lang, width: (s: string) => number): string {
  const col = Math.max(0, ...list.filter((e) => e.what).map((e) => width(e.command))) + 2;
  const lines = list.map((e) => (e.what ? `  ${e.command}${" ".repeat(col - width(e.command))}${t(lang, e.what)}` : `  ${e.command}`));
  return `${t(lang, "help.examples")}\n${lines.join("\n")}\n`;
}

const PROGRAM_EXAMPLES: readonly Example[] = [
  { command: "aigc recommend", what: "example.askThenRank" },
  { command: "aigc list --category 视频", what: "example.videoTools" },
  { command: "aigc show 即梦", what: "example.oneTool" },
  { command: "aigc search midjurney", what: "example.typos" },
  { command: "aigc trend 6", what: "example.trend6" },
  { command: "aigc scenarios 漫画", what: "example.comics" },
  { command: "aigc list --json | jq '.[0]'", what: "example.jsonForScripts" },
];

/** An option as commander takes it; a repeatable one collects every value. */
function option(spec: OptionSpec, lang: Lang): Option {
  const o = new Option(spec.flags, t(lang, spec.help));
  return spec.repeatable ? o.argParser((v: string, before: string[] | undefined) => [...(before ?? []), v]) : o;
}

/** Runs a command's action with its context; a failure with --json still leaves one JSON document on stdout. */
async function act(spec: CommandSpec, cmd: Command, io: Io, args: unknown[]): Promise<void> {
  const ctx: Ctx = context(cmd, io);
  try {
    await spec.action(ctx, args, cmd.opts());
  } catch (e) {
    ctx.emitFailure(e);
    throw e;
  }
}

/** The program: every command module's declaration made commander's, its help in `lang`. */
export function buildProgram(io: Io, lang: Lang, layout: HelpLayout): Command {
  const program = new Command("aigc");
  program
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: () => {},
      getOutHelpWidth: () => io.columns ?? 80,
      getErrHelpWidth: () => io.columns ?? 80,
    })
    .configureHelp({ displayWidth: layout.width, boxWrap: layout.wrap, sortSubcommands: false, styleTitle: (title) => (HELP_TITLES[title] ? t(lang, HELP_TITLES[title]) : title) })
    .helpOption("-h, --help", t(lang, "help.help"))
    .helpCommand(false)
    .description(t(lang, "help.header"))
    .version(VERSION, "-v, --version", t(lang, "help.version"))
    .addHelpText("before", () => examples(PROGRAM_EXAMPLES, lang, layout.width))
    .addHelpText("after", () => `\n${t(lang, "help.exitCodes")}\n`)
    .showSuggestionAfterError(true);
  for (const o of GLOBAL_OPTIONS) program.addOption(option(o, lang));
  for (const spec of COMMANDS) {
    const cmd = program.command(spec.name).description(t(lang, spec.help));
    for (const a of spec.args) cmd.argument(a.name, a.help ? t(lang, a.help) : "");
    for (const o of spec.options) cmd.addOption(option(o, lang));
    cmd.addHelpText("before", () => examples(spec.examples, lang, layout.width));
    cmd.action((...all: unknown[]) => act(spec, all.at(-1) as Command, io, all.slice(0, spec.args.length)));
  }
  // `aigc help <command>`: commander's own prints the whole help to stderr for a name it does not know.
  program
    .command("help")
    .description(t(lang, "help.helpCommand"))
    .argument("[command]")
    .action((name: string | undefined) => {
      if (name === undefined) return program.outputHelp();
      const sub = program.commands.find((c) => c.name() === name && COMMANDS.some((s) => s.name === name));
      if (!sub) throw usageError(t(lang, "unknownCommand", name.slice(0, 40)));
      sub.outputHelp();
    });
  // What the completion scripts call: the candidates for the last word, one per line.
  program
    .command("__complete", { hidden: true })
    .argument("[words...]")
    .allowUnknownOption()
    .action(async (words: string[], _opts, cmd: Command) => {
      const ctx = context(cmd, io);
      const [{ complete }, { isRegularFile, loadCatalog, teamPaths }] = await Promise.all([import("./core/complete.js"), import("./catalog/load.js")]);
      const data = words.flatMap((w, i) => (words[i - 1] === "--data" && i < words.length - 1 ? [w] : []));
      // A broken team catalog must not break the shell: complete from the built-in catalog instead. Only regular files
      // are read: a pipe would be drained, or waited on forever.
      const paths: string[] = [];
      for (const path of teamPaths(io.env, data)) if (await isRegularFile(path)) paths.push(path);
      const catalog = await loadCatalog(io.catalogPath, paths).catch(() => ctx.builtIn());
      const found = complete(words, completionSpec(), catalog);
      if (found.length) ctx.print(found.join("\n"));
    });
  return program;
}

/** The commands and options as completion sees them, from the command modules. */
export function completionSpec(): ProgramSpec {
  const opt = (o: OptionSpec) => ({ flags: o.flags.split(/[ ,]+/).filter((f) => f.startsWith("-")), takesValue: o.flags.includes("<"), values: o.values });
  return {
    globalOptions: [...GLOBAL_OPTIONS.map(opt), { flags: ["-h", "--help"], takesValue: false }, { flags: ["-v", "--version"], takesValue: false }],
    commands: COMMANDS.map((c) => ({
      name: c.name,
      options: c.options.map(opt),
      args: c.args.find((a) => a.values)?.values,
      many: c.args.length > 1 || c.args.some((a) => a.name.includes("...")),
    })),
  };
}
