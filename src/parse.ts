// Values typed on the command line, parsed strictly and purely (table-tested): numbers, and the global options read
// before commander runs, so that even its own errors speak the user's language.

/** The largest --limit taken: more results than a catalog of 100,000 tools could give is surely a mistake. */
export const MAX_LIMIT = 100000;

/** Parses a whole number from 1 to MAX_LIMIT such as a --limit; anything else is undefined. */
export function parsePositiveInt(input: string): number | undefined {
  // NFKC: a Chinese input method may type full-width digits ("５").
  const s = input.normalize("NFKC").trim();
  if (!/^\d{1,6}$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 1 && n <= MAX_LIMIT ? n : undefined;
}

/** Parses a trend number strictly: "6" is 6; "6.5", "abc", "0" and "11" are not trends. */
export function parseTrendNumber(input: string, count: number): number | undefined {
  const s = input.normalize("NFKC").trim();
  if (!/^\d{1,2}$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 1 && n <= count ? n : undefined;
}

/** What the global options say, read the way commander will read them. */
export interface Globals {
  /** The last --lang given, when it is one aigc speaks. */
  lang?: "zh" | "en";
  /** The first word that is not a global option or its value: the command, if any. */
  command?: string;
  /** Whether help may be printed (no words at all, -h, --help, help). */
  help: boolean;
  /** Whether argv holds global options and nothing else (`aigc --lang zh`), which asks for the help. */
  bare: boolean;
}

/** Reads the global options out of argv; `takesValue` names the global options followed by a value, `flags` those
 * that stand alone. */
export function parseGlobals(argv: readonly string[], takesValue: readonly string[], flags: readonly string[] = []): Globals {
  const g: Globals = { help: argv.length === 0, bare: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    if (a === "-h" || a === "--help" || (a === "help" && g.command === undefined)) g.help = true;
    const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    if (takesValue.includes(flag)) {
      const value = inline ?? argv[++i];
      if (flag === "--lang" && (value === "zh" || value === "en")) g.lang = value;
    } else {
      if (!flags.includes(a)) g.bare = false;
      if (g.command === undefined && !a.startsWith("-")) g.command = a;
    }
  }
  return g;
}
