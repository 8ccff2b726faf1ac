// What the program may touch of the outside world; tests pass their own, main.ts passes the process's.

export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  /** Whether stdin is a terminal; only meaningful (and only looked at) when stdout is one too. */
  stdinIsTTY: boolean;
  /** Terminal width, when stdout is a terminal. */
  columns?: number;
  /** The built catalog (dist/catalog.json). */
  catalogPath: string;
  /** The terminal the prompts read and draw on; main.ts gives the process's, tests give none. */
  terminal?: Terminal;
}
export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { columns?: number; rows?: number };
}

/** Whether to colour output: --no-color, NO_COLOR, FORCE_COLOR and TERM=dumb decide before the terminal does. */
export function colorWanted(io: Io, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force !== "false";
  if (io.env.TERM === "dumb") return false;
  return io.stdoutIsTTY;
}
