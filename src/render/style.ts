// How output looks: colour on or off, the user's language and width, and text made safe for a terminal.
import { Chalk, type ChalkInstance } from "chalk";
import type { Lang } from "../messages/index.js";
import { clean } from "./safe.js";

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

/** Picks the user's language from a bilingual text, falling back to the other when one is empty. */
export function pick(t: { zh: string; en: string } | null | undefined, lang: Lang): string {
  if (!t) return "";
  return clean((lang === "zh" ? t.zh || t.en : t.en || t.zh) ?? "");
}
