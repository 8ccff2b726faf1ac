// The real questions on a terminal: @inquirer/prompts, whose ~80 ms load only a run that asks pays for. Its key hints
// speak the user's language, and --no-color reaches it (it reads only NO_COLOR by itself).
import { checkbox, search, select } from "@inquirer/prompts";
import { Writable } from "node:stream";
import type { Lang } from "../messages/index.js";
import type { Terminal } from "../io.js";
import { keyHint, type Prompts } from "./recommend.js";

const SGR = /\x1b\[[0-9;]*m/g;
/** How much of a typed task the prompt redraws. */
const SHOWN_TERM = 40;

/** The terminal as the prompts see it, with colour codes taken out and the cursor codes kept. */
class Uncoloured extends Writable {
  constructor(private readonly dest: NodeJS.WritableStream & { columns?: number; rows?: number }) {
    super({ decodeStrings: false });
  }
  get isTTY(): boolean {
    return true;
  }
  get columns(): number | undefined {
    return this.dest.columns;
  }
  get rows(): number | undefined {
    return this.dest.rows;
  }
  override _write(chunk: unknown, _enc: BufferEncoding, done: (e?: Error | null) => void): void {
    this.dest.write(String(chunk).replace(SGR, ""), () => done());
  }
}

/** The prompts askRecommend uses, as the Inquirer project implements them, in the user's language and colours. */
export function terminalPrompts(lang: Lang, color: boolean, term: Terminal): Prompts {
  // A stream of its own for each prompt: a prompt ends the stream it was given when it is answered.
  const context = () => ({ input: term.input, output: color ? term.output : new Uncoloured(term.output) });
  const theme = {
    style: {
      keysHelpTip: (keys: Array<[string, string]>) => keys.map(([key, action]) => `${keyHint(lang, key)} ${keyHint(lang, action)}`).join(" • "),
      // The prompt redraws what was typed at every keystroke: a paste of thousands of characters shows its end only, so
      // each redraw costs the same (the whole text is still what is answered).
      searchTerm: (text: string) => (text.length > SHOWN_TERM ? `…${text.slice(-SHOWN_TERM)}` : text),
    },
  };
  return {
    select: (config) => select({ ...config, theme }, context()),
    search: (config) => search({ ...config, theme }, context()),
    checkbox: (config) => checkbox({ ...config, theme }, context()),
  };
}
