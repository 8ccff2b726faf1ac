// The only file that touches the process: real streams, signals and the exit code.
import { run, runLang } from "./cli.js";
import { t } from "./messages/index.js";
import type { Io } from "./io.js";

/** Runs aigc for this process; bin/aigc.js calls it with where the built catalog is. */
export async function main(catalogPath: string): Promise<void> {
  const argv = process.argv.slice(2);
  // A reader that went away (`aigc list | head`) is not an error: stop writing, but keep the exit code the run earns
  // (`aigc validate bad.json | head` still fails under pipefail). Any other write error (a full disk) is one line.
  let readerGone = false;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") {
      readerGone = true;
      return;
    }
    process.stderr.write(`aigc: ${t(runLang(argv, process.env), "writeFailed", e.code ?? e.message)}\n`);
    process.exit(1);
  });
  process.stderr.on("error", () => {});
  const leave = (code: number) => () => {
    // A prompt hides the cursor and holds the line: give both back before leaving.
    if (process.stdout.isTTY && !readerGone) process.stdout.write(process.stdin.isTTY && process.stdin.isRaw ? "\x1b[?25h\n" : "\x1b[?25h");
    process.exit(code);
  };
  process.on("SIGINT", leave(130));
  process.on("SIGTERM", leave(143));
  const io: Io = {
    out: (s) => void (readerGone || process.stdout.write(s)),
    err: (s) => void process.stderr.write(s),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    // Only asked when stdout is a terminal (and tty is loaded anyway): setting up stdin costs ~3 ms a pipe need not pay.
    stdinIsTTY: Boolean(process.stdout.isTTY && process.stdin.isTTY),
    columns: process.stdout.columns,
    catalogPath,
    get terminal() {
      return { input: process.stdin, output: process.stdout };
    },
  };
  process.exitCode = await run(argv, io);
}
