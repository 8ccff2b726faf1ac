// The words of aigc, one table per language, and the one way to look a message up: by a key the compiler knows, with
// the arguments that message takes.
import { enHelp } from "./en-help.js";
import { enWords } from "./en.js";
import { zhHelp } from "./zh-help.js";
import { zhWords } from "./zh.js";

/** The English table: every key aigc has. */
const en = { ...enWords, ...enHelp };

export type Lang = "zh" | "en";
/** The shape every language's table has: the English table's keys, each a string or a function of string arguments. */
export type Messages = { [K in keyof typeof en]: (typeof en)[K] extends (...a: infer A) => string ? (...a: A) => string : string };
export type MessageKey = keyof Messages;
/** The arguments a message takes: none for a plain string. */
export type MessageArgs<K extends MessageKey> = Messages[K] extends (...a: infer A) => string ? A : [];

// The Chinese table is typed as the whole English one: a key missing from either Chinese part fails type-checking.
const zh: Messages = { ...zhWords, ...zhHelp };
const TABLES: Record<Lang, Messages> = { en, zh };

/** One message in the user's language. */
export function t<K extends MessageKey>(lang: Lang, key: K, ...args: MessageArgs<K>): string {
  const m = TABLES[lang][key] as string | ((...a: string[]) => string);
  return typeof m === "function" ? m(...(args as string[])) : m;
}

/** Whether a string names a message: for words that come from data ("pricing.free"), checked before use. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The language from LC_ALL, LC_MESSAGES, LANG (zh_* is Chinese), else English. */
export function detectLang(env: Record<string, string | undefined>): Lang {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const v = env[name];
    if (v) return /^zh/i.test(v) ? "zh" : "en";
  }
  return "en";
}

/** The keys a language's table has, sorted: a test checks that both languages have the same. */
export function messageKeys(lang: Lang): string[] {
  return Object.keys(TABLES[lang]).filter((k) => TABLES[lang][k as MessageKey] !== "").sort();
}
