// The JSON scripts read: the command's data as it is, pretty-printed, one document per run.
import { escapeJsonText } from "./safe.js";

/** Serialises a command's result; the same object a command returns is what scripts get. */
export function toJson(value: unknown): string {
  return escapeJsonText(JSON.stringify(value, null, 2));
}
