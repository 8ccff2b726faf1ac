// How output looks: colour on or off, the user's language and width, and text made safe for a terminal.
import { Chalk, type ChalkInstance } from "chalk";
import type { Lang } from "../i18n.js";

export interface RenderOptions {
  lang: Lang;
  color: boolean;
  /** A terminal gets tables; a pipe gets plain lines. */
  tty: boolean;
  columns: number;
}

/** A chalk of its own per run: chalk's global level ignores NO_COLOR and would leak between runs. */
export function painter(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}

// CSI and OSC sequences and the other escapes a file could smuggle into a terminal.
const ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]|\x9b[0-?]*[ -/]*[@-~]/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text from a catalog as it may reach a terminal: escape sequences removed, other control characters shown as \xNN. */
export function clean(s: string | null | undefined): string {
  if (!s) return "";
  return s
    .replace(ESCAPES, "")
    .replace(/\t/g, " ")
    .replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Picks the user's language from a bilingual text, falling back to the other when one is empty. */
export function pick(t: { zh: string; en: string } | null | undefined, lang: Lang): string {
  if (!t) return "";
  return clean((lang === "zh" ? t.zh || t.en : t.en || t.zh) ?? "");
}
