// What the build runs to check and compile data/: the catalog compiler, with its problems worded in English for the
// person building.
import { words } from "popular-english-words/words.js";
import { compileCatalog } from "./catalog/compile.js";
export { fieldTable, jsonSchema } from "./catalog/describe.js";
import { problemLine } from "./render/problems.js";

/** How many of the most common English words (by use in Wikipedia) count as words someone means when typed. */
const COMMON = 50000;

/** Compiles data/ into what dist/ holds; a problem stops it with one line per problem. */
export function compile(dataDir: string): ReturnType<typeof compileCatalog> {
  return compileCatalog(dataDir, (p) => problemLine(p, "en"), (words as string[]).slice(0, COMMON));
}
