// What every command's action needs from the parsed options: the language, how to render, the catalog, where to print.
import type { Command } from "commander";
import { loadBuiltCatalog, loadCatalog, readBuiltList, teamPaths } from "./catalog/load.js";
import type { Catalog } from "./catalog/types.js";
import { CatalogError, CliError, usageError } from "./errors.js";
import { colorWanted, type Io, type Terminal } from "./io.js";
import { detectLang, t, type Lang } from "./messages/index.js";
import { toJson } from "./render/json.js";
import { problemLine } from "./render/problems.js";
import type { RenderOptions } from "./render/style.js";

export interface Ctx {
  lang: Lang;
  render: RenderOptions;
  /** Team catalog files in the order they apply (AIGC_DATA, then --data). */
  dataFiles: string[];
  /** The built-in catalog plus the team files, loaded on first use so --help and --version never read data. */
  catalog(): Promise<Catalog>;
  /** The built-in catalog alone, which `aigc validate` checks team files against. */
  builtIn(): Catalog;
  /** The whole built-in catalog as `list --json` prints it into a pipe, when no team file applies and the build wrote it. */
  builtList(): string | undefined;
  /** Whether any of the command's own options was given on the command line (else `recommend` asks). */
  optionsGiven: boolean;
  /** The terminal to ask on, when both ends of the run are one. */
  terminal?: Terminal;
  /** Whether --json was asked for: then stdout holds one JSON document whatever happens, short of a usage error. */
  json: boolean;
  print(text: string): void;
  /** Prints a command's result: JSON with --json, else what its renderer (loaded only then) draws. */
  emit(data: unknown, draw: () => Promise<string>): Promise<void>;
  /** Prints a result that is JSON text already (builtList). */
  emitJsonText(text: string): void;
  /** With --json, prints a failure (exit 1) as `{"error": {message, problems}}`, so a script's JSON parser never meets
   * an empty stdout; the one line on stderr still says it to a person. */
  emitFailure(e: unknown): void;
}

/** Builds the context from the options of the command and its parents. */
export function context(cmd: Command, io: Io): Ctx {
  const g = cmd.optsWithGlobals() as { lang?: string; color?: boolean; data?: string[] };
  if (g.lang !== undefined && g.lang !== "zh" && g.lang !== "en") throw usageError(t(detectLang(io.env), "badLang", g.lang.slice(0, 40)));
  const lang = (g.lang as Lang | undefined) ?? detectLang(io.env);
  const render: RenderOptions = { lang, color: colorWanted(io, g.color), tty: io.stdoutIsTTY, columns: io.columns ?? 100 };
  if (g.data?.some((f) => !f.trim())) throw usageError(t(lang, "emptyData"));
  const dataFiles = teamPaths(io.env, g.data);
  let cached: Promise<Catalog> | undefined;
  let emitted = false;
  const json = Boolean((cmd.opts() as { json?: boolean }).json);
  const print = (text: string) => io.out(text.endsWith("\n") ? text : `${text}\n`);
  return {
    lang,
    render,
    dataFiles,
    catalog: () => (cached ??= loadCatalog(io.catalogPath, dataFiles)),
    builtIn: () => loadBuiltCatalog(io.catalogPath),
    builtList: () => (dataFiles.length ? undefined : readBuiltList(io.catalogPath, lang)),
    json,
    optionsGiven: cmd.options.some((o) => cmd.getOptionValueSource(o.attributeName()) === "cli"),
    ...(io.stdinIsTTY && io.stdoutIsTTY && io.terminal ? { terminal: io.terminal } : {}),
    print,
    emit: async (data, draw) => {
      emitted = true;
      print(json ? toJson(data, render.tty) : await draw());
    },
    emitJsonText: (text) => {
      emitted = true;
      print(text);
    },
    emitFailure: (e) => {
      // One document per run: a command that printed its result and then fails (search with no match) is done.
      if (emitted || !json || (e instanceof CliError && e.exitCode !== 1)) return;
      const problems = e instanceof CatalogError ? e.problems.map((p) => problemLine(p, lang)) : [e instanceof Error ? e.message : String(e)];
      const message = problems[0] ?? "";
      print(toJson({ error: { message, problems } }, render.tty));
    },
  };
}
