// Wires commander to the commands: parse, run the command, render, and map errors to exit codes.
import { Command, CommanderError, Option } from "commander";
import { context, langFromArgv } from "./context.js";
import { CatalogError, CliError, usageError } from "./errors.js";
import { msg } from "./i18n.js";
import type { Io } from "./io.js";
import { toJson } from "./render/json.js";
import { clean, errorLine } from "./render/safe.js";
import { EXAMPLES, HELP_HEADER } from "./help.js";
import pkg from "../package.json" with { type: "json" };

/** The version in package.json, the one place it is written (the build inlines it). */
export const VERSION: string = pkg.version;
const COMMANDS = ["recommend", "list", "show", "search", "trend", "scenarios", "compare", "validate"];

/** Whether argv names a command or asks for something (help, version): `aigc` or `aigc --lang zh` alone gets the help. */
function commandGiven(argv: string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--lang" || a === "--data") i++;
    else if (!a.startsWith("--lang=") && !a.startsWith("--data=") && a !== "--no-color") return true;
  }
  return false;
}

/** Whether commander may print help, the one time it needs to measure wide characters. */
function helpWanted(argv: string[]): boolean {
  return argv.length === 0 || argv.some((a) => a === "-h" || a === "--help" || a === "help");
}

/** The program: each command declared once, its code loaded only when it runs. `width` measures help text. */
function buildProgram(io: Io, width: (s: string) => number): Command {
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
    .configureHelp({ displayWidth: width, sortSubcommands: false })
    .description(HELP_HEADER)
    .version(VERSION, "-v, --version", "print the version")
    .addOption(new Option("--lang <lang>", "language of the output: zh or en (default: from LANG)"))
    .option("--no-color", "no colour (NO_COLOR=1 does the same)")
    .addOption(
      new Option("--data <file>", "add a team catalog, repeatable (AIGC_DATA does the same)")
        .argParser((file: string, before: string[] | undefined) => [...(before ?? []), file]),
    )
    .addHelpText("after", EXAMPLES.program)
    .showSuggestionAfterError(true);

  program
    .command("recommend")
    .description("rank the tools that fit your industry and task, with reasons (asks on a terminal)")
    .option("--industry <industry>", "your industry, e.g. 漫画, games, 短剧, web novel")
    .option("--task <task>", "what to do, in any words: 上色, voice over, peiyin, remove background")
    .option("--category <category>", "only this output: text, image, audio, video, office")
    .option("--budget <budget>", "free, low or any (trend 6)", "any")
    .option("--open-source", "prefer open source (trend 2)")
    .option("--chinese", "prefer good Chinese support")
    .option("--china", "only tools usable from mainland China")
    .option("--easy", "prefer easy to use (like Midjourney)")
    .option("--custom", "prefer customisable (like Stable Diffusion)")
    .option("--stable", "prefer mature tools that change less often (trend 10)")
    .option("--nsfw", "include adult companion sites")
    .option("--plan", "a tool for each step of the industry's workflow")
    .option("--limit <n>", "how many results", String(5))
    .option("--json", "print JSON for scripts")
    .addHelpText("after", EXAMPLES.recommend)
    .action(async (opts, cmd: Command) => {
      const ctx = context(cmd, io);
      const catalog = await ctx.catalog();
      const asked = cmd.options.some((o) => cmd.getOptionValueSource(o.attributeName()) === "cli");
      let answers = opts;
      if (!asked && io.stdinIsTTY && io.stdoutIsTTY) {
        const [{ askRecommend }, { terminalPrompts }] = await Promise.all([import("./prompts/recommend.js"), import("./prompts/terminal.js")]);
        answers = await askRecommend(catalog, ctx.lang, terminalPrompts);
      }
      const { recommendCommand, planCommand } = await import("./commands/recommend.js");
      if (answers.plan) {
        const steps = planCommand(catalog, answers, ctx.lang);
        if (opts.json) return ctx.print(toJson(steps));
        const { renderPlan } = await import("./render/recommend.js");
        return ctx.print(renderPlan(steps, ctx.render));
      }
      const rec = recommendCommand(catalog, answers, ctx.lang);
      if (opts.json) return ctx.print(toJson(rec.results));
      const { renderRecommendation } = await import("./render/recommend.js");
      ctx.print(renderRecommendation(rec, catalog, ctx.render));
    });

  program
    .command("compare")
    .description("tools side by side: pricing, open source, Chinese support, rank, tasks")
    .argument("<tools...>", "two or more tools, by name, alias or pinyin")
    .option("--json", "print JSON for scripts")
    .addHelpText("after", EXAMPLES.compare)
    .action(async (queries: string[], opts, cmd: Command) => {
      const ctx = context(cmd, io);
      const { compareCommand } = await import("./commands/compare.js");
      const catalog = await ctx.catalog();
      const tools = compareCommand(catalog, queries, ctx.lang);
      if (opts.json) return ctx.print(toJson(tools));
      const { renderCompare } = await import("./render/recommend.js");
      ctx.print(renderCompare(tools, catalog, ctx.render));
    });

  program
    .command("list")
    .description("list the tools in the catalog")
    .option("--category <category>", "text, image, audio, video, office (or 文字, 图像, 音频, 视频, 办公)")
    .option("--industry <industry>", "an industry, e.g. 漫画, games, 短剧")
    .option("--sort <order>", "rank or name", "rank")
    .option("--json", "print JSON for scripts")
    .addHelpText("after", EXAMPLES.list)
    .action(async (opts, cmd: Command) => {
      const ctx = context(cmd, io);
      const { listCommand } = await import("./commands/list.js");
      const tools = listCommand(await ctx.catalog(), opts, ctx.lang);
      if (opts.json) return ctx.print(toJson(tools));
      const { renderToolList } = await import("./render/tools.js");
      ctx.print(renderToolList(tools, ctx.render, ctx.dataFiles.length > 0));
    });

  program
    .command("show")
    .description("one tool in full, with the report's words and the sources")
    .argument("<tool>", "id, name, alias, Chinese name or pinyin")
    .option("--json", "print JSON for scripts")
    .addHelpText("after", EXAMPLES.show)
    .action(async (query: string, opts, cmd: Command) => {
      const ctx = context(cmd, io);
      const { showCommand } = await import("./commands/show.js");
      const catalog = await ctx.catalog();
      const tool = showCommand(catalog, query, ctx.lang);
      if (opts.json) return ctx.print(toJson(tool));
      const { renderToolDetail } = await import("./render/tools.js");
      ctx.print(renderToolDetail(tool, catalog, ctx.render));
    });

  program
    .command("search")
    .description("fuzzy search by name, alias, pinyin or task, in Chinese or English")
    .argument("<query...>", "what to look for")
    .option("--limit <n>", "how many results", "10")
    .option("--json", "print JSON for scripts")
    .addHelpText("after", EXAMPLES.search)
    .action(async (words: string[], opts, cmd: Command) => {
      const ctx = context(cmd, io);
      const { parsePositiveInt, MAX_LIMIT } = await import("./core/lookup.js");
      const limit = parsePositiveInt(String(opts.limit));
      if (limit === undefined) throw usageError(msg(ctx.lang, "badLimit", String(opts.limit).slice(0, 40), String(MAX_LIMIT)));
      const { searchCommand } = await import("./commands/search.js");
      const results = searchCommand(await ctx.catalog(), words.join(" "), limit, ctx.lang);
      if (opts.json) return ctx.print(toJson(results));
      const { renderSearch } = await import("./render/tools.js");
      ctx.print(renderSearch(results, ctx.render));
    });

  program
    .command("trend")
    .description("the report's ten trends for 2024, or one of them")
    .argument("[n]", "trend number, 1 to 10")
    .option("--json", "print JSON for scripts")
    .addHelpText("after", EXAMPLES.trend)
    .action(async (n: string | undefined, opts, cmd: Command) => {
      const ctx = context(cmd, io);
      const { trendCommand } = await import("./commands/trend.js");
      const result = trendCommand(await ctx.catalog(), n, ctx.lang);
      if (opts.json) return ctx.print(toJson(result));
      const { renderTrend, renderTrendList } = await import("./render/report.js");
      ctx.print(Array.isArray(result) ? renderTrendList(result, ctx.render) : renderTrend(result, ctx.render));
    });

  program
    .command("scenarios")
    .description("how each industry uses AIGC, in the report's words")
    .argument("[industry]", "an industry, e.g. 漫画, film, 短剧, web novel")
    .option("--json", "print JSON for scripts")
    .addHelpText("after", EXAMPLES.scenarios)
    .action(async (industry: string | undefined, opts, cmd: Command) => {
      const ctx = context(cmd, io);
      const { scenariosCommand } = await import("./commands/scenarios.js");
      const result = scenariosCommand(await ctx.catalog(), industry, ctx.lang);
      if (opts.json) return ctx.print(toJson(result));
      const { renderIndustry, renderIndustries } = await import("./render/report.js");
      ctx.print(Array.isArray(result) ? renderIndustries(result, ctx.render) : renderIndustry(result, ctx.render));
    });

  program
    .command("validate")
    .description("check team catalog files: every problem, with its entry and field")
    .argument("<files...>", "catalog files (JSON arrays of tools)")
    .option("--json", "print JSON for scripts")
    .addHelpText("after", EXAMPLES.validate)
    .action(async (files: string[], opts, cmd: Command) => {
      const ctx = context(cmd, io);
      const { validateCommand } = await import("./commands/validate.js");
      const reports = await validateCommand(ctx.builtIn(), files);
      if (opts.json) ctx.print(toJson(reports));
      else {
        const { renderValidation } = await import("./render/validate.js");
        ctx.print(renderValidation(reports, ctx.render));
      }
      const bad = reports.filter((r) => !r.ok);
      if (bad.length) {
        const count = bad.reduce((n, r) => n + r.problems.length, 0);
        throw new CliError(msg(ctx.lang, "invalidCatalog", String(count), bad.map((r) => r.file).join(", "), `${bad[0]!.file}: ${bad[0]!.problems[0]}`), 1);
      }
    });

  return program;
}

/** The command named in argv, so a usage error can point at that command's help. */
function commandIn(argv: string[]): string {
  const c = argv.find((a) => COMMANDS.includes(a));
  return c ? `${c} ` : "";
}

/** Runs the program on argv and returns the exit code; all output goes through io. */
export async function run(argv: string[], io: Io): Promise<number> {
  const lang = langFromArgv(argv, io.env);
  try {
    // string-width compiles large Unicode regexes when loaded (~20 ms): only help needs it.
    const width = helpWanted(argv) ? (await import("string-width")).default : (s: string) => s.length;
    const program = buildProgram(io, width);
    if (!commandGiven(argv)) {
      io.out(program.helpInformation());
      return 0;
    }
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.exitCode === 0) return 0;
      const text = e.message.replace(/^error:\s*/i, "").split("\n")[0];
      io.err(`aigc: ${errorLine(text ?? "")}${msg(lang, "usageHint", commandIn(argv))}\n`);
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
    io.err(`aigc: ${errorLine(err?.message ?? String(e))}${io.env.AIGC_DEBUG ? `\n${clean(err?.stack)}` : " (set AIGC_DEBUG=1 for details)"}\n`);
    return 1;
  }
}
