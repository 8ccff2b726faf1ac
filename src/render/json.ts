// The JSON scripts read: the command's data as it is, pretty-printed, one document per run.

/** Serialises a command's result; the same object a command returns is what scripts get. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
