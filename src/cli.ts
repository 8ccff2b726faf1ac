// Wires commander to the commands: parse, load the catalog, run the command, render, and map errors to exit codes.
import { Command, CommanderError, Option } from "commander";
import stringWidth from "string-width";
import { loadBuiltCatalog } from "./catalog/load.js";
import type { Catalog } from "./catalog/types.js";
import { CliError, usageError } from "./errors.js";
import { detectLang, msg, type Lang } from "./i18n.js";
import { colorWanted, type Io } from "./io.js";
import type { RenderOptions } from "./render/style.js";
import { toJson } from "./render/json.js";
import { EXAMPLES, HELP_HEADER } from "./help.js";

export const VERSION = "0.1.0";
const COMMANDS = ["recommend", "list", "show", "search", "trend", "scenarios", "compare"];

interface Ctx {
  lang: Lang;
  render: RenderOptions;
  catalog(): Catalog;
  print(text: string): void;
}

/** The language asked for on the command line, found before commander runs so its errors speak it too. */
export function langFromArgv(argv: string[], env: Io["env"]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v === "zh" || v === "en") return v;
  }
  return detectLang(env);
}

/** Everything a command's action needs, from the options commander parsed. */
function context(cmd: Command, io: Io): Ctx {
  const g = cmd.optsWithGlobals() as { lang?: string; color?: boolean };
  if (g.lang !== undefined && g.lang !== "zh" && g.lang !== "en") throw usageError(msg(detectLang(io.env), "badLang", g.lang));
  const lang = (g.lang as Lang | undefined) ?? detectLang(io.env);
  const render: RenderOptions = { lang, color: colorWanted(io, g.color), tty: io.stdoutIsTTY, columns: io.columns ?? 100 };
  let cached: Catalog | undefined;
  return {
    lang,
    render,
    // Loaded on first use, so --help and --version never read the data.
    catalog: () => (cached ??= loadBuiltCatalog(io.catalogPath)),
    print: (text) => io.out(text.endsWith("\n") ? text : `${text}\n`),
  };
}

/** The program: each command declared once, its code loaded only when it runs. */
function buildProgram(io: Io): Command {
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
    .configureHelp({ displayWidth: (s) => stringWidth(s), sortSubcommands: false })
    .description(HELP_HEADER)
    .version(VERSION, "-v, --version", "print the version")
    .addOption(new Option("--lang <lang>", "language of the output: zh or en (default: from LANG)"))
    .option("--no-color", "no colour (NO_COLOR=1 does the same)")
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
      const catalog = ctx.catalog();
      const asked = cmd.options.some((o) => cmd.getOptionValueSource(o.attributeName()) === "cli");
      let answers = opts;
      if (!asked && io.stdinIsTTY && io.stdoutIsTTY) {
        const [{ askRecommend }, prompts] = await Promise.all([import("./prompts/recommend.js"), import("@inquirer/prompts")]);
        answers = await askRecommend(catalog, ctx.lang, prompts);
      }
      const { recommendCommand, planCommand } = await import("./commands/recommend.js");
      const render = await import("./render/recommend.js");
      if (answers.plan) {
        const steps = planCommand(catalog, answers, ctx.lang);
        return ctx.print(opts.json ? toJson(steps) : render.renderPlan(steps, ctx.render));
      }
      const rec = recommendCommand(catalog, answers, ctx.lang);
      ctx.print(opts.json ? toJson(rec.results) : render.renderRecommendation(rec, catalog, ctx.render));
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
      const tools = compareCommand(ctx.catalog(), queries, ctx.lang);
      if (opts.json) return ctx.print(toJson(tools));
      const { renderCompare } = await import("./render/recommend.js");
      ctx.print(renderCompare(tools, ctx.catalog(), ctx.render));
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
      const tools = listCommand(ctx.catalog(), opts, ctx.lang);
      if (opts.json) return ctx.print(toJson(tools));
      const { renderToolList } = await import("./render/tools.js");
      ctx.print(renderToolList(tools, ctx.render));
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
      const tool = showCommand(ctx.catalog(), query, ctx.lang);
      if (opts.json) return ctx.print(toJson(tool));
      const { renderToolDetail } = await import("./render/tools.js");
      ctx.print(renderToolDetail(tool, ctx.catalog(), ctx.render));
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
      const { parsePositiveInt } = await import("./core/lookup.js");
      const limit = parsePositiveInt(String(opts.limit));
      if (limit === undefined) throw usageError(msg(ctx.lang, "badLimit", String(opts.limit)));
      const { searchCommand } = await import("./commands/search.js");
      const results = searchCommand(ctx.catalog(), words.join(" "), limit, ctx.lang);
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
      const result = trendCommand(ctx.catalog(), n, ctx.lang);
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
      const result = scenariosCommand(ctx.catalog(), industry, ctx.lang);
      if (opts.json) return ctx.print(toJson(result));
      const { renderIndustry, renderIndustries } = await import("./render/report.js");
      ctx.print(Array.isArray(result) ? renderIndustries(result, ctx.render) : renderIndustry(result, ctx.render));
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
    const program = buildProgram(io);
    if (argv.length === 0) {
      io.out(program.helpInformation());
      return 0;
    }
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.exitCode === 0) return 0;
      const text = e.message.replace(/^error:\s*/i, "").split("\n")[0];
      io.err(`aigc: ${text}${msg(lang, "usageHint", commandIn(argv))}\n`);
      return 2;
    }
    if (e instanceof Error && e.name === "ExitPromptError") {
      io.err("\n");
      return 130;
    }
    if (e instanceof CliError) {
      io.err(`aigc: ${e.message}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    io.err(`aigc: ${err?.message ?? String(e)}${io.env.AIGC_DEBUG ? `\n${err?.stack ?? ""}` : " (set AIGC_DEBUG=1 for details)"}\n`);
    return 1;
  }
}
