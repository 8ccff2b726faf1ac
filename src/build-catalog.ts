// What the build runs to check and compile data/: the catalog compiler, with its problems worded in English for the
// person building.
import { compileCatalog } from "./catalog/compile.js";
export { fieldTable, jsonSchema } from "./catalog/describe.js";
import { problemLine } from "./render/problems.js";

/** Compiles data/ into what dist/ holds; a problem stops it with one line per problem. */
export function compile(dataDir: string): ReturnType<typeof compileCatalog> {
  return compileCatalog(dataDir, (p) => problemLine(p, "en"));
}
