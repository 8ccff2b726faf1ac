// Reading catalogs from disk: the built one (one JSON parse, nothing validated or computed at start-up) and team files
// (untrusted: every way a file can be wrong becomes a CatalogError that names the file).
import { readFileSync, statSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { hasHan } from "../core/text.js";
import { CatalogError, failure } from "../errors.js";
import { mergeTeamFiles, type TeamFile } from "./merge.js";
import type { Catalog, CatalogData, Tool, Vocabulary } from "./types.js";

/** A file larger than this is refused before it is read: V8 cannot hold a string much longer. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

function readBuilt(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw failure(`the built catalog is missing (${path}): run "npm run build" in the aigc folder`);
  }
}

/** Loads dist/catalog.json, with dist/vocab.json beside it read on first use; a missing build is a clear error. */
export function loadBuiltCatalog(path: string): Catalog {
  const data = JSON.parse(readBuilt(path)) as CatalogData;
  for (const tool of data.tools) tool.origin = "built-in";
  let vocab: Vocabulary | undefined;
  return { ...data, vocab: () => (vocab ??= JSON.parse(readBuilt(join(dirname(path), "vocab.json"))) as Vocabulary) };
}

/** The team catalog paths from AIGC_DATA (separated as PATH is) and then --data, in the order they apply. */
export function teamPaths(env: Record<string, string | undefined>, flags: string[] | undefined): string[] {
  const fromEnv = (env.AIGC_DATA ?? "").split(delimiter).filter((p) => p.trim());
  return [...fromEnv, ...(flags ?? [])];
}

/** Parses a catalog file's text: a BOM and CRLF line ends are fine, anything but JSON is a problem naming the file. */
export function parseCatalogText(text: string, file: string): unknown {
  const body = text.replace(/^\uFEFF/, "");
  if (!body.trim()) throw new CatalogError([`${file}: is empty; a catalog is a JSON array of tools, like [{"id": "my-tool", "name": "My Tool", "category": "image"}]`]);
  try {
    return JSON.parse(body);
  } catch (e) {
    const why = (e as Error).message.replace(/\s+/g, " ").slice(0, 120);
    throw new CatalogError([`${file}: is not valid JSON (${why}); check it with a JSON linter or your editor`]);
  }
}

/** Reads one team catalog file; a missing path, a directory, an unreadable or huge file is a problem naming it. */
export function readTeamFile(file: string): TeamFile {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new CatalogError([`${file}: is a directory; give the path of a JSON file`]);
    size = st.size;
  } catch (e) {
    if (e instanceof CatalogError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CatalogError([code === "ENOENT" || code === "ENOTDIR" ? `${file}: no such file; check the path given to --data or AIGC_DATA` : `${file}: cannot be read (${code ?? "error"})`]);
  }
  if (size > MAX_FILE_BYTES) throw new CatalogError([`${file}: is ${Math.round(size / 2 ** 20)} MB; a catalog may be at most ${MAX_FILE_BYTES / 2 ** 20} MB`]);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new CatalogError([`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"})`]);
  }
  return { file, json: parseCatalogText(text, file) };
}

/** Fills in pinyin for team tools with Chinese names, loading pinyin-pro (~65 ms) only when some tool needs it. */
async function addPinyin(catalog: Catalog): Promise<void> {
  const chinese = (t: Tool) => hasHan(t.name) || (t.nameZh !== null && hasHan(t.nameZh)) || t.aliases.some(hasHan);
  const missing = catalog.tools.filter((t) => t.origin !== "built-in" && !t.pinyin.length && chinese(t));
  if (!missing.length) return;
  const { toolPinyin } = await import("./pinyin.js");
  for (const tool of missing) tool.pinyin = toolPinyin(tool);
}

/** The catalog a run works with: the built-in one plus every team file; any problem in any file stops the run. */
export async function loadCatalog(builtPath: string, files: string[]): Promise<Catalog> {
  const base = loadBuiltCatalog(builtPath);
  if (!files.length) return base;
  const { catalog, problems } = mergeTeamFiles(base, files.map(readTeamFile));
  if (problems.length) throw new CatalogError(problems);
  await addPinyin(catalog);
  return catalog;
}
