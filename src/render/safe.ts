// Text made safe for a terminal: whatever a catalog file or an argument holds, no escape sequence reaches the screen.

// CSI and OSC sequences and the other escapes a file could smuggle into a terminal.
// An OSC string is removed only with its terminator: an unterminated `ESC ]` loses its two characters, not the line.
const ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]|\x9b[0-?]*[ -/]*[@-~]/g;
// C0 and C1 controls (but newline), and the bidirectional overrides that reorder what a line seems to say.
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** Text from a catalog as it may reach a terminal, on one line: escape sequences removed, line breaks and tabs made
 * spaces (a name with a newline must not forge a line of its own in `show`), other controls shown as \uNNNN. */
export function clean(s: string | null | undefined): string {
  if (!s) return "";
  return s.replace(ESCAPES, "").replace(/[\t\n\r]+/g, " ").replace(CONTROLS, escaped);
}

/** Runs of white space made one space, in one linear pass (a regex of the form "\s* newline \s*" is quadratic on long runs of spaces). */
export function foldSpace(s: string): string {
  return s.split(/\s+/).join(" ");
}

/** One line for stderr: cleaned, white space folded, and cut to a length a person reads (arguments can be 100,000
 * characters). Cut before folding too, so a huge argument costs no more than a short one. */
export function errorLine(s: string, max = 400): string {
  const line = clean(foldSpace(s.slice(0, max * 4)).trim());
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** JSON text with the characters JSON.stringify leaves raw but a terminal may act on (C1 controls, bidi overrides) escaped. */
export function escapeJsonText(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, escaped);
}
