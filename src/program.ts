// The program: every command declared once, with its help in the user's language; each command's code is loaded only
// when it runs. Actions turn options into a command's data and print what a renderer makes of it.
import { Command, Option } from "commander";
import { isRegularFile, loadCatalog, teamPaths } from "./catalog/load.js";
import { context, type Ctx } from "./context.js";
import type { OptionSpec, ProgramSpec } from "./core/complete.js";
import { CliError, usageError } from "./errors.js";
import { examples, exitCodes, helpHeader, helpText, helpTitle, type HelpKey } from "./help.js";
import { msg, type Lang } from "./i18n.js";
import type { Io } from "./io.js";
import pkg from "../package.json" with { type: "json" };

/** The version in package.json, the one place it is written (the build inlines it). */
export const VERSION: string = pkg.version;

/** How help is measured and wrapped: by display width when help is printed (cli.ts decides). */
export interface HelpLayout {
  width(s: string): number;
  wrap(s: string, columns: number): string;
}

/** Runs a command's action with its context; a failure with --json still leaves one JSON document on stdout. */
async function withContext(cmd: Command, io: Io, body: (ctx: Ctx) => Promise<void>): Promise<void> {
  const ctx = context(cmd, io);
  try {
    await body(ctx);
  } catch (e) {
    ctx.emitFailure(e);
    throw e;
  }
}

/** The program: each command declared once, its help in `lang`, its code loaded only when it runs. */
export function buildProgram(io: Io, lang: Lang, layout: HelpLayout): Command {
  const { width } = layout;
  const t = (key: HelpKey) => helpText(lang, key);
  const first = (command: Parameters<typeof examples>[1]) => () => examples(lang, command, width);
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
    .configureHelp({ displayWidth: width, boxWrap: layout.wrap, sortSubcommands: false, styleTitle: (title) => helpTitle(lang, title) })
    .helpOption("-h, --help", t("help"))
    .helpCommand(false)
    .description(helpHeader(lang))
    .version(VERSION, "-v, --version", t("version"))
    .addOption(new Option("--lang <lang>", t("lang")))
    .option("--no-color", t("color"))
    .addOption(
      new Option("--data <file>", t("data"))
        .argParser((file: string, before: string[] | undefined) => [...(before ?? []), file]),
    )
    .addHelpText("before", first("program"))
    .addHelpText("after", () => exitCodes(lang))
    .showSuggestionAfterError(true);

  program
    .command("recommend")
    .description(t("recommend"))
    .option("--industry <industry>", t("recommend.industry"))
    .option("--task <task>", t("recommend.task"))
    .option("--category <category>", t("recommend.category"))
    .option("--budget <budget>", t("recommend.budget"))
    .option("--open-source", t("recommend.openSource"))
    .option("--chinese", t("recommend.chinese"))
    .option("--china", t("recommend.china"))
    .option("--easy", t("recommend.easy"))
    .option("--custom", t("recommend.custom"))
    .option("--stable", t("recommend.stable"))
    .option("--nsfw", t("recommend.nsfw"))
    .option("--plan", t("recommend.plan"))
    .option("--limit <n>", t("recommend.limit"))
    .option("--json", t("json"))
    .addHelpText("before", first("recommend"))
    .action((opts, cmd: Command) =>
      withContext(cmd, io, async (ctx) => {
      const catalog = await ctx.catalog();
      const asked = cmd.options.some((o) => cmd.getOptionValueSource(o.attributeName()) === "cli");
      let answers = opts;
      if (!asked && io.stdinIsTTY && io.stdoutIsTTY && io.terminal) {
        const [{ askRecommend }, { terminalPrompts }] = await Promise.all([import("./prompts/recommend.js"), import("./prompts/terminal.js")]);
        answers = await askRecommend(catalog, ctx.lang, terminalPrompts(ctx.lang, ctx.render.color, io.terminal));
      }
      const { recommendCommand, planCommand } = await import("./commands/recommend.js");
      if (answers.plan) {
        const steps = planCommand(catalog, answers, ctx.lang);
        return ctx.emit(steps, async () => (await import("./render/recommend.js")).renderPlan(steps, ctx.render));
      }
      const rec = recommendCommand(catalog, answers, ctx.lang);
      await ctx.emit(rec.results, async () => (await import("./render/recommend.js")).renderRecommendation(rec, catalog, ctx.render));
      }),
    );

  program
    .command("compare")
    .description(t("compare"))
    .argument("<tools...>", t("compare.tools"))
    .option("--json", t("json"))
    .addHelpText("before", first("compare"))
    .action((queries: string[], _opts, cmd: Command) =>
      withContext(cmd, io, async (ctx) => {
      const { compareCommand } = await import("./commands/compare.js");
      const catalog = await ctx.catalog();
      const tools = compareCommand(catalog, queries, ctx.lang);
      await ctx.emit(tools, async () => (await import("./render/recommend.js")).renderCompare(tools, catalog, ctx.render));
      }),
    );

  program
    .command("list")
    .description(t("list"))
    .option("--category <category>", t("list.category"))
    .option("--industry <industry>", t("list.industry"))
    .option("--sort <order>", t("list.sort"))
    .option("--json", t("json"))
    .addHelpText("before", first("list"))
    .action((opts, cmd: Command) =>
      withContext(cmd, io, async (ctx) => {
      const { listCommand } = await import("./commands/list.js");
      const tools = listCommand(await ctx.catalog(), opts, ctx.lang);
      await ctx.emit(tools, async () => (await import("./render/tools.js")).renderToolList(tools, ctx.render, ctx.dataFiles.length > 0));
      }),
    );

  program
    .command("show")
    .description(t("show"))
    .argument("<tool>", t("show.tool"))
    .option("--json", t("json"))
    .addHelpText("before", first("show"))
    .action((query: string, _opts, cmd: Command) =>
      withContext(cmd, io, async (ctx) => {
      const { showCommand } = await import("./commands/show.js");
      const catalog = await ctx.catalog();
      const tool = showCommand(catalog, query, ctx.lang);
      await ctx.emit(tool, async () => (await import("./render/tools.js")).renderToolDetail(tool, catalog, ctx.render));
      }),
    );

  program
    .command("search")
    .description(t("search"))
    .argument("<query...>", t("search.query"))
    .option("--limit <n>", t("search.limit"))
    .option("--json", t("json"))
    .addHelpText("before", first("search"))
    .action((words: string[], opts, cmd: Command) =>
      withContext(cmd, io, async (ctx) => {
      const { parsePositiveInt, MAX_LIMIT } = await import("./core/lookup.js");
      const limit = parsePositiveInt(String(opts.limit ?? "10"));
      if (limit === undefined) throw usageError(msg(ctx.lang, "badLimit", String(opts.limit ?? "").slice(0, 40), String(MAX_LIMIT)));
      const { searchCommand, noResults } = await import("./commands/search.js");
      const results = searchCommand(await ctx.catalog(), words.join(" "), limit, ctx.lang);
      if (ctx.json || results.length) await ctx.emit(results, async () => (await import("./render/tools.js")).renderSearch(results, ctx.render));
      if (!results.length) throw noResults(words.join(" "), ctx.lang);
      }),
    );

  program
    .command("trend")
    .description(t("trend"))
    .argument("[n]", t("trend.n"))
    .option("--json", t("json"))
    .addHelpText("before", first("trend"))
    .action((n: string | undefined, _opts, cmd: Command) =>
      withContext(cmd, io, async (ctx) => {
      const { trendCommand } = await import("./commands/trend.js");
      const result = trendCommand(await ctx.catalog(), n, ctx.lang);
      await ctx.emit(result, async () => {
        const { renderTrend, renderTrendList } = await import("./render/report.js");
        return Array.isArray(result) ? renderTrendList(result, ctx.render) : renderTrend(result, ctx.render);
      });
      }),
    );

  program
    .command("scenarios")
    .description(t("scenarios"))
    .argument("[industry]", t("scenarios.industry"))
    .option("--json", t("json"))
    .addHelpText("before", first("scenarios"))
    .action((industry: string | undefined, _opts, cmd: Command) =>
      withContext(cmd, io, async (ctx) => {
      const { scenariosCommand } = await import("./commands/scenarios.js");
      const result = scenariosCommand(await ctx.catalog(), industry, ctx.lang);
      await ctx.emit(result, async () => {
        const { renderIndustry, renderIndustries } = await import("./render/report.js");
        return Array.isArray(result) ? renderIndustries(result, ctx.render) : renderIndustry(result, ctx.render);
      });
      }),
    );

  program
    .command("validate")
    .description(t("validate"))
    .argument("<files...>", t("validate.files"))
    .option("--json", t("json"))
    .addHelpText("before", first("validate"))
    .action((files: string[], _opts, cmd: Command) =>
      withContext(cmd, io, async (ctx) => {
      const { validateCommand } = await import("./commands/validate.js");
      const reports = await validateCommand(ctx.builtIn(), files, ctx.lang);
      await ctx.emit(reports, async () => (await import("./render/validate.js")).renderValidation(reports, ctx.render));
      const bad = reports.filter((r) => !r.ok);
      if (bad.length) {
        const count = bad.reduce((n, r) => n + r.problems.length, 0);
        throw new CliError(msg(ctx.lang, "invalidCatalog", String(count), bad.map((r) => r.file).join(", "), `${bad[0]!.file}: ${bad[0]!.problems[0]}`), 1);
      }
      }),
    );

  program
    .command("completion")
    .description(t("completion"))
    .argument("<shell>", t("completion.shell"))
    .addHelpText("before", first("completion"))
    .action((shell: string, _opts, cmd: Command) =>
      withContext(cmd, io, async (ctx) => {
      const { completionCommand } = await import("./commands/completion.js");
      ctx.print(completionCommand(shell, ctx.lang));
      }),
    );

  // `aigc help <command>`: commander's own prints the whole help to stderr for a name it does not know.
  program
    .command("help")
    .description(t("helpCommand"))
    .argument("[command]")
    .action((name: string | undefined) => {
      if (name === undefined) return program.outputHelp();
      const sub = program.commands.find((c) => c.name() === name && !name.startsWith("__") && name !== "help");
      if (!sub) throw usageError(msg(lang, "unknownCommand", name.slice(0, 40)));
      sub.outputHelp();
    });

  // What the completion scripts call: the candidates for the last word, one per line.
  program
    .command("__complete", { hidden: true })
    .argument("[words...]")
    .allowUnknownOption()
    .action((words: string[], _opts, cmd: Command) =>
      withContext(cmd, io, async (ctx) => {
      const { complete } = await import("./core/complete.js");
      const data = words.flatMap((w, i) => (words[i - 1] === "--data" && i < words.length - 1 ? [w] : []));
      // A broken team catalog must not break the shell: complete from the built-in catalog instead. Only regular files
      // are read: a pipe would be drained, or waited on forever.
      const paths: string[] = [];
      for (const path of teamPaths(io.env, data)) if (await isRegularFile(path)) paths.push(path);
      const catalog = await loadCatalog(io.catalogPath, paths).catch(() => ctx.builtIn());
      const found = complete(words, specOf(program), catalog);
      if (found.length) ctx.print(found.join("\n"));
      }),
    );

  return program;
}

/** The commands and options as completion sees them, read from the program so they are declared only once. */
function specOf(program: Command): ProgramSpec {
  const option = (o: Option): OptionSpec => ({ flags: [o.short, o.long].filter((f): f is string => Boolean(f)), name: o.attributeName(), takesValue: o.required || o.optional });
  return {
    globalOptions: program.options.map(option),
    commands: program.commands.filter((c) => !c.name().startsWith("__")).map((c) => ({ name: c.name(), options: c.options.map(option) })),
  };
}
