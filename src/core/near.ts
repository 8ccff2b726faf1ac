// Real English words that sit within a slip of a vocabulary word ("cooking" beside "coloring", "store" beside "score"):
// a word someone typed that is itself a word is what they meant, never a typo of a task word. Found once, at build time,
// from a list of common English words, so no run carries the list.
import { editDistance, stem } from "./text.js";

/** The typo reach of a vocabulary word: one edit under eight letters, two from eight on (as wordsMeet allows). */
const reach = (word: string) => (word.length >= 8 ? 2 : 1);

/** The common words a typo of one of these vocabulary words could be mistaken for, sorted for binary search. Words of
 * the same stem ("colours", "videos") are the vocabulary word itself, not another word. */
export function realWordsNear(vocabularyWords: Iterable<string>, common: readonly string[]): string[] {
  const byStart = new Map<string, string[]>();
  for (const w of common) if (/^[a-z]{4,}$/.test(w)) (byStart.get(w[0]!) ?? byStart.set(w[0]!, []).get(w[0]!)!).push(w);
  const found = new Set<string>();
  for (const word of new Set(vocabularyWords)) {
    if (word.length < 5 || !/^[a-z]+$/.test(word)) continue;
    const max = reach(word);
    for (const w of byStart.get(word[0]!) ?? []) {
      if (w === word || Math.abs(w.length - word.length) > max || stem(w) === stem(word)) continue;
      if (editDistance(w, word, max) <= max) found.add(w);
    }
  }
  return [...found].sort();
}

/** Whether a sorted list holds a word. */
export function holdsWord(sorted: readonly string[], word: string): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === word) return true;
    if (sorted[mid]! < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
