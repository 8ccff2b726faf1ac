// Pinyin for Chinese names and task words. The build uses it for the built-in catalog; at run time only team catalogs
// with Chinese names and no pinyin load it (pinyin-pro costs ~65 ms to load).
import { pinyin } from "pinyin-pro";

// Narrower than core/text's HAN on purpose: the characters pinyin-pro gives a syllable each, so segments and
// syllables line up one to one.
const HAN = /[\u3400-\u9fff]/;

/** Pinyin spellings a user might type for a Chinese word: full ("jimeng") and initials ("jm"). */
export function pinyinForms(word: string): { full: string; initials: string } | null {
  if (!HAN.test(word)) return null;
  const syllables = pinyin(word, { toneType: "none", type: "array", nonZh: "consecutive", v: true }) as string[];
  const segments = word.match(/[\u3400-\u9fff]|[^\u3400-\u9fff]+/g) ?? [];
  const clean = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  const full = syllables.map(clean).join("");
  const initials = syllables.map((s, i) => (HAN.test(segments[i] ?? "") ? clean(s).slice(0, 1) : clean(s))).join("");
  return { full, initials };
}

/** Full pinyin and initials of several words, each list without repeats or one-letter forms. */
export function pinyinOf(words: Array<string | null | undefined>): { pinyin: string[]; initials: string[] } {
  const forms = words.map((w) => (w ? pinyinForms(w) : null)).filter((f) => f !== null);
  const uniq = (xs: string[]) => [...new Set(xs.filter((x) => x.length > 1))];
  return { pinyin: uniq(forms.map((f) => f.full)), initials: uniq(forms.map((f) => f.initials)) };
}

/** The pinyin a tool is found by: of its Chinese names (a team's tool may have one as its only name) and aliases. */
export function toolPinyin(tool: { name: string; nameZh: string | null; aliases: string[] }): string[] {
  const { pinyin: full, initials } = pinyinOf([tool.name, tool.nameZh, ...tool.aliases]);
  return [...full, ...initials];
}

