// The JSON scripts read: the command's data as it is, one document per run; indented for a person on a terminal, compact
// for a pipe (as gh does), which a script parses the same and a large catalog writes faster.
import { escapeJsonText } from "./safe.js";

/** Serialises a command's result; the same object a command returns is what scripts get. */
export function toJson(value: unknown, indent: boolean): string {
  return escapeJsonText(JSON.stringify(value, null, indent ? 2 : undefined));
}
