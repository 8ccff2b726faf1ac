// Text normalisation shared by every matcher, so "Eleven Labs", "elevenlabs" and "ＥｌｅｖｅｎＬａｂｓ" meet.
import { isOrdinary } from "./ordinary.js";

/** The Chinese characters a matcher reads (CJK ideographs, extension A, compatibility ideographs), for character classes. */
export const HAN = "\\u3400-\\u9fff\\uf900-\\ufaff";
const HAN_RE = new RegExp(`[${HAN}]`);
const HAN_RUNS = new RegExp(`[${HAN}]+`, "g");

/** Lowercases, folds full-width forms (NFKC) and collapses whitespace. */
export function norm(s: string): string {
  // Printable ASCII has nothing for NFKC to fold, and skipping it halves the cost of normalising a large catalog.
  const folded = /^[\x20-\x7e]*$/.test(s) ? s : s.normalize("NFKC");
  return folded.toLowerCase().replace(/\s+/g, " ").trim();
}

/** Drops everything but letters and digits: the form used for exact name comparison. */
export function squash(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return s.toLowerCase().replace(/[^a-z0-9]/g, "");
  return norm(s).replace(/[^\p{L}\p{N}]/gu, "");
}

/** Whether a string holds Chinese characters. */
export function hasHan(s: string): boolean {
  return HAN_RE.test(s);
}

/** The Chinese characters of a string, in order, as one run per block of text. */
export function hanRuns(s: string): string[] {
  return s.match(HAN_RUNS) ?? [];
}

/** The Latin-letter and digit words of a string. */
export function latinWords(s: string): string[] {
  return norm(s).match(/[a-z0-9]+/g) ?? [];
}

/** Edit distance counting a swap of neighbours as one edit (Damerau); returns max+1 once it must exceed max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

const SUFFIXES = ["ations", "ation", "ings", "ing", "ers", "er", "ors", "or", "ies", "es", "s", "ed", "al", "ion", "ions", "ise", "ize", "ised", "ized"];

/** A crude English stem, enough to meet "remover" with "removal" and "colours" with "colour". */
export function stem(word: string): string {
  let w = word.replace(/our/g, "or");
  for (const suf of SUFFIXES) {
    if (w.length - suf.length >= 4 && w.endsWith(suf)) {
      w = w.slice(0, -suf.length);
      break;
    }
  }
  return w.replace(/e$/, "");
}

/** Whether a typed word means a vocabulary word: same stem, or a small typo in a long enough word. */
export function wordsMeet(typed: string, known: string): boolean {
  if (typed === known) return true;
  if (typed.length < 3 || known.length < 3) return false;
  // A word that is a word is what was meant: itself or its plural, no typo or stem of another ("posts" is no "poster").
  if (isOrdinary(typed)) return typed === `${known}s` || known === `${typed}s`;
  if (stem(typed) === stem(known)) return true;
  // Typos rarely touch the first letter; "over" is not a typo of "cover".
  if (known.length < 5 || typed[0] !== known[0]) return false;
  const max = known.length >= 8 ? 2 : 1;
  return editDistance(typed, known, max) <= max || swapped(typed, known);
}

/** Whether two words differ by two neighbouring letters swapped ("vidoe", "video"): one slip of the fingers. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** Sørensen–Dice similarity of character bigrams, for Chinese phrases that differ by a character. */
export function bigramDice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const grams = (s: string) => Array.from({ length: s.length - 1 }, (_, i) => s.slice(i, i + 2));
  const ga = grams(a);
  const gb = grams(b);
  const pool = [...gb];
  let hits = 0;
  for (const g of ga) {
    const k = pool.indexOf(g);
    if (k >= 0) {
      hits++;
      pool.splice(k, 1);
    }
  }
  return (2 * hits) / (ga.length + gb.length);
}

/** Code-unit order for ids and keys: the same on every machine and locale, and cheap enough to sort 100,000 tools. */
export function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
