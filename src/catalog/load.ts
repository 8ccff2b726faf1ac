// Reading catalogs from disk: the built one (one JSON parse, nothing validated or computed at start-up) and team files
// (untrusted: every way a file can be wrong becomes a CatalogError that names the file).
import { readFileSync } from "node:fs";
import { open, stat } from "node:fs/promises";
import { delimiter, dirname, join } from "node:path";
import { hasHan } from "../core/text.js";
import { CatalogError, failure } from "../errors.js";
import type { Lang } from "../i18n.js";
import { mergeTeamFiles, type TeamFile } from "./merge.js";
import { sayIn, type Say } from "./problems.js";
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
export function parseCatalogText(text: string, file: string, say: Say = sayIn()): unknown {
  const body = text.replace(/^\uFEFF/, "");
  if (!body.trim()) throw new CatalogError([`${file}: ${say("empty")}`]);
  try {
    return JSON.parse(body);
  } catch (e) {
    const why = (e as Error).message.replace(/\s+/g, " ").slice(0, 120);
    throw new CatalogError([`${file}: ${say("notJson", why)}`]);
  }
}

/** Reads one team catalog file; a missing path, a directory, an unreadable or huge file is a problem naming it. Reads
 * asynchronously, so a slow disk or a pipe that never ends cannot keep Ctrl-C and SIGTERM from being heard. */
export async function readTeamFile(file: string, say: Say = sayIn()): Promise<TeamFile> {
  const why = (e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code;
    return `${file}: ${code === "ENOENT" || code === "ENOTDIR" ? say("noFile") : say("unreadable", code ?? "error")}`;
  };
  const st = await stat(file).catch((e: unknown) => {
    throw new CatalogError([why(e)]);
  });
  if (st.isDirectory()) throw new CatalogError([`${file}: ${say("directory")}`]);
  if (!st.isFile() && !st.isFIFO()) throw new CatalogError([`${file}: ${say("notFile")}`]);
  const tooBig = (size: number) => new CatalogError([`${file}: ${say("tooBig", String(Math.round(size / 2 ** 20)), String(MAX_FILE_BYTES / 2 ** 20))}`]);
  if (st.size > MAX_FILE_BYTES) throw tooBig(st.size);
  const text = await (st.isFile() ? readRegular(file, st.size) : readPipe(file, tooBig)).catch((e: unknown) => {
    throw e instanceof CatalogError ? e : new CatalogError([why(e)]);
  });
  return { file, json: parseCatalogText(text, file, say) };
}

/** Reads a file of known size into one buffer off the main thread: fs.promises.readFile gathers chunks and copies them,
 * which for a catalog of 100,000 tools costs 190 MB more at its peak. */
async function readRegular(file: string, size: number): Promise<string> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(buffer, filled, size - filled, filled);
      if (!bytesRead) break;
      filled += bytesRead;
    }
    return buffer.toString("utf8", 0, filled);
  } finally {
    await handle.close();
  }
}

/** Reads a pipe (`--data <(curl ...)`, `--data /dev/stdin`) on the event loop: a blocking read would hold a worker thread
 * that process.exit waits for, and Ctrl-C could not end the run. A named pipe with no writer reads as empty. */
async function readPipe(file: string, tooBig: (size: number) => CatalogError): Promise<string> {
  const [{ openSync, constants }, { Socket }] = await Promise.all([import("node:fs"), import("node:net")]);
  const socket = new Socket({ fd: openSync(file, constants.O_RDONLY | constants.O_NONBLOCK), readable: true, writable: false });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of socket) {
    size += (chunk as Buffer).length;
    if (size > MAX_FILE_BYTES) {
      socket.destroy();
      throw tooBig(size);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
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
export async function loadCatalog(builtPath: string, files: string[], lang: Lang = "en"): Promise<Catalog> {
  const base = loadBuiltCatalog(builtPath);
  if (!files.length) return base;
  const say = sayIn(lang);
  const { catalog, problems } = mergeTeamFiles(base, await Promise.all(files.map((f) => readTeamFile(f, say))), say);
  if (problems.length) throw new CatalogError(problems);
  await addPinyin(catalog);
  return catalog;
}
