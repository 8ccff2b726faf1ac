// What the build runs to check and compile data/: the catalog compiler, with its problems worded in English for the
// person building.
import { pinyin } from "pinyin-pro";
import { words } from "popular-english-words/words.js";
import { compileCatalog } from "./catalog/compile.js";
import { SOUNDS_FROM } from "./catalog/types.js";
export { fieldTable, jsonSchema } from "./catalog/describe.js";
import { problemLine } from "./render/problems.js";

/** How many of the most common English words (by use in Wikipedia) count as words someone means when typed. */
const COMMON = 50000;

/** Compiles data/ into what dist/ holds; a problem stops it with one line per problem. */
export function compile(dataDir: string): ReturnType<typeof compileCatalog> {
  return compileCatalog(dataDir, (p) => problemLine(p, "en"), (words as string[]).slice(0, COMMON));
}

/** The toneless pinyin of each common Chinese character, in code-point order, so a run can read a request by sound
 * (a homophone slip of the input method) without loading a pinyin library. */
export function sounds(): string[] {
  const chars = Array.from({ length: 0xa000 - SOUNDS_FROM }, (_, i) => String.fromCodePoint(SOUNDS_FROM + i));
  return pinyin(chars.join(""), { toneType: "none", type: "array", v: true }).map((s) => (/^[a-z]+$/.test(s) ? s : ""));
}
