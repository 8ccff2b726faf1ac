// The only file that touches the process: real streams, signals and the exit code.
import { fileURLToPath } from "node:url";
import { run } from "./cli.js";
import type { Io } from "./io.js";

/** Runs aigc for this process; bin/aigc.js calls it. */
export async function main(): Promise<void> {
  // A reader that went away (`aigc list | head`) is not an error: stop quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(0);
      throw e;
    });
  }
  process.on("SIGINT", () => process.exit(130));
  process.on("SIGTERM", () => process.exit(143));
  const io: Io = {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    // Only asked when stdout is a terminal (and tty is loaded anyway): setting up stdin costs ~3 ms a pipe need not pay.
    stdinIsTTY: Boolean(process.stdout.isTTY && process.stdin.isTTY),
    columns: process.stdout.columns,
    catalogPath: fileURLToPath(new URL("./catalog.json", import.meta.url)),
  };
  process.exitCode = await run(process.argv.slice(2), io);
}
