// Slips, and what is no slip. A real English word within a slip of a vocabulary word ("cooking" beside "coloring",
// "store" beside "score") is what the person meant, never a typo of a task word: those words are found once, at build
// time, from a list of common English words, so no run carries the list. And a Chinese request typed with an input
// method's homophone slip (流成图 for 流程图, 数子人 for 数字人) is read by sound: the vocabulary's pinyin terms against the
// syllables of what was typed. Pure.
import type { PreparedTerm } from "../catalog/types.js";
import type { TermHit } from "./match.js";
import { byCode, editDistance, stem } from "./text.js";

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

/** Readings of a Chinese request by sound: each pinyin term that spells a run of the request's syllables (流成图 sounds
 * as 流程图, "liu cheng tu"). Two syllables sound alike too often (变成 and 编程), so a run of two counts only when one
 * of its characters is the term's own (陪音 for 配音, 字母 for 字幕). Quotes the characters that were typed. */
export function matchSounds(terms: readonly PreparedTerm[], syllables: string[], han: string): TermHit[] {
  const pairs = new Map<string, string[]>();
  for (const t of terms) if (t.kind === "zh" && t.squashed.length === 2) pairs.set(t.key, [...(pairs.get(t.key) ?? []), t.squashed]);
  // The character typed in place of the term's must not be a function word: 做个 is "make a", never a slip of 做歌.
  const shares = (key: string, typed: string) =>
    (pairs.get(key) ?? []).some((w) => w !== typed && ((w[0] === typed[0] && !FUNCTION_HAN.has(typed[1]!)) || (w[1] === typed[1] && !FUNCTION_HAN.has(typed[0]!))));
  const best = new Map<string, TermHit>();
  for (const term of terms) {
    if (term.kind !== "pinyin" || term.squashed.length < SOUND_MIN) continue;
    for (let i = 0; i < syllables.length; i++) {
      let spelled = "";
      for (let j = i; j < syllables.length && spelled.length < term.squashed.length; j++) {
        spelled += syllables[j];
        if (spelled !== term.squashed || j === i || best.has(term.key)) continue;
        const typed = han.slice(i, j + 1);
        if (j - i >= 2 || shares(term.key, typed)) best.set(term.key, { key: term.key, weight: SOUND, term: term.text, found: typed });
      }
    }
  }
  return [...best.values()].sort((a, b) => byCode(a.key, b.key));
}
/** Everyday words of requests that name no task but say what is worked on: a homophone slip of one of them (视屏 for
 * 视频, 图骗 for 图片) hides the task beside it ("宣传视屏"). 字幕 is left out: 字母 is a word of its own. */
const EVERYDAY_HAN = ["视频", "图片", "照片", "录音", "音频", "配音", "海报", "文案", "剪辑", "降噪", "会议", "头像", "二次元"];
const EVERYDAY_CHARS = new Set(EVERYDAY_HAN.join(""));

/** The request with homophone slips of everyday words put right: a run that sounds like one of them and keeps one of
 * its characters, where the other is no function word. `syllablesOf` gives each character's sound. */
export function heardRight(text: string, syllablesOf: (han: string) => string[]): string {
  // A slip keeps a character of the word, so a request holding none of them has none to put right, and the table of
  // sounds is not read for it.
  if (![...EVERYDAY_CHARS].some((ch) => text.includes(ch))) return text;
  const chars = [...text];
  const sounds = syllablesOf(text).map(loosely);
  for (const word of EVERYDAY_HAN) {
    const target = syllablesOf(word).map(loosely).join(" ");
    for (let i = 0; i + word.length <= chars.length; i++) {
      const typed = chars.slice(i, i + word.length);
      if (!target || sounds.slice(i, i + word.length).join(" ") !== target) continue;
      const differs = typed.filter((ch, k) => ch !== word[k]);
      if (differs.length >= 1 && differs.length < word.length && !differs.some((ch) => FUNCTION_HAN.has(ch))) chars.splice(i, word.length, ...word);
    }
  }
  return chars.join("");
}

/** A syllable as input methods let it be mistyped: -ing as -in, zh as z, n as l (视屏 for 视频, 降躁 for 降噪). */
function loosely(syllable: string): string {
  return syllable.replace(/([aei])ng$/, "$1n").replace(/^([zcs])h/, "$1").replace(/^n(?=[aeiouv])/, "l");
}

/** Characters of grammar (measure words, particles), which an input method puts where they belong, not by a slip. */
const FUNCTION_HAN = new Set([..."个的了一是在和把给也都就着过吗呢吧啊么"]);

/** What a reading by sound is worth, and the fewest letters its pinyin may have. */
const SOUND = 0.85;
const SOUND_MIN = 5;
