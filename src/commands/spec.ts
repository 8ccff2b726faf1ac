// What a command module declares, side by side with its code: its arguments and options (with what completion offers
// for each), its help and examples (as message keys, worded in the user's language), and its action, which loads the
// command's code only when it runs.
import type { Ctx } from "../context.js";
import type { MessageKey } from "../messages/index.js";

/** Where shell completion finds the values an argument or option takes. */
export type { Values } from "../core/complete.js";
import type { Values } from "../core/complete.js";

export interface OptionSpec {
  /** As commander writes it: "--industry <industry>", "--json". */
  flags: string;
  help: MessageKey;
  values?: Values;
  /** Given more than once, every value is kept (--data a.json --data b.json). */
  repeatable?: boolean;
}
export interface ArgSpec {
  /** As commander writes it: "<tool>", "[n]", "<tools...>". */
  name: string;
  help?: MessageKey;
  values?: Values;
}
export interface Example {
  command: string;
  what?: MessageKey;
}
export interface CommandSpec {
  name: string;
  help: MessageKey;
  args: ArgSpec[];
  options: OptionSpec[];
  examples: Example[];
  /** Left out of the help (the completion scripts' helper). */
  hidden?: boolean;
  /** Takes options it does not know (the completion helper reads another command line). */
  anyOptions?: boolean;
  /** Runs the command: loads its code, works out its data and prints what its renderer makes of it. */
  action(ctx: Ctx, args: unknown[], opts: Record<string, unknown>): Promise<void>;
}

/** The option every command that prints data has. */
export const JSON_OPTION: OptionSpec = { flags: "--json", help: "help.json" };
