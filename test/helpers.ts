// Runs the CLI in-process with captured output, so tests (and coverage) see the whole program without spawning.
import { fileURLToPath } from "node:url";
import { run } from "../src/cli.js";
import type { Io } from "../src/io.js";
import { loadBuiltCatalog } from "../src/catalog/load.js";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const CATALOG_PATH = fileURLToPath(new URL("../dist/catalog.json", import.meta.url));

export interface Result {
  code: number;
  out: string;
  err: string;
}

/** Runs `aigc ...argv` as a pipe would (no terminal) unless told otherwise. */
export async function cli(argv: string[], opts: Partial<Io> = {}): Promise<Result> {
  let out = "";
  let err = "";
  const io: Io = {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    env: { LANG: "en_US.UTF-8" },
    stdoutIsTTY: false,
    stdinIsTTY: false,
    columns: 100,
    catalogPath: CATALOG_PATH,
    ...opts,
  };
  const code = await run(argv, io);
  return { code, out, err };
}

/** The built catalog, as the command sees it. */
export function catalog() {
  return loadBuiltCatalog(CATALOG_PATH);
}

export const ANSI = /\x1b\[[0-9;]*m/;

/** A property test's budget: at most `runs` cases, stopped (passing on what ran) after `seconds`, so a slow or loaded
 * machine checks fewer cases instead of timing out. */
export function budget(runs: number, seconds: number): { numRuns: number; interruptAfterTimeLimit: number } {
  return { numRuns: runs, interruptAfterTimeLimit: seconds * 1000 };
}
