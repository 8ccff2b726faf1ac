// Reading catalogs from disk: the built one (one JSON parse, nothing validated or computed at start-up) and team files
// (untrusted: every way a file can be wrong becomes a CatalogError that names the file).
import { constants } from "node:buffer";
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { stat } from "node:fs/promises";
import { delimiter, dirname, join } from "node:path";
import { hasHan } from "../core/text.js";
import { CatalogError } from "../errors.js";
import type { TeamFileSink } from "./merge.js";
import { say as sayDefault, type Say } from "./problems.js";
import { SOUNDS_FROM, type Catalog, type CatalogData, type Tool, type Vocabulary } from "./types.js";

/** A file larger than this is refused before it is read: 512 MB, or the longest string V8 can hold if that is less (a
 * file that does not parse is read whole once, to word the error). */
export const MAX_FILE_BYTES = Math.min(512 * 2 ** 20, constants.MAX_STRING_LENGTH);

function readBuilt(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new CatalogError([{ file: path, msg: sayDefault("notBuilt") }]);
  }
}

/** The built-in catalog's default `list --json` as the build printed it into a pipe (dist/list.<lang>.json), so a run
 * that asks exactly that prints it without parsing the catalog; undefined when the build left none. */
export function readBuiltList(catalogPath: string, lang: "zh" | "en"): string | undefined {
  try {
    return readFileSync(join(dirname(catalogPath), `list.${lang}.json`), "utf8");
  } catch {
    return undefined;
  }
}

/** Loads dist/catalog.json, with dist/vocab.json beside it read on first use; a missing build is a clear error. */
export function loadBuiltCatalog(path: string): Catalog {
  const { tools } = JSON.parse(readBuilt(path)) as Pick<CatalogData, "tools">;
  for (const tool of tools) tool.origin = "built-in";
  // Tasks, industries and trends are read when first asked for: listing tools as JSON needs none of them.
  let meta: Omit<CatalogData, "tools"> | undefined;
  const read = () => (meta ??= JSON.parse(readBuilt(join(dirname(path), "meta.json"))) as Omit<CatalogData, "tools">);
  let vocab: Vocabulary | undefined;
  let exact: Record<string, string> | undefined;
  let sounds: string[] | undefined;
  return {
    tools,
    get tasks() {
      return read().tasks;
    },
    get industries() {
      return read().industries;
    },
    get trends() {
      return read().trends;
    },
    vocab: () => (vocab ??= JSON.parse(readBuilt(join(dirname(path), "vocab.json"))) as Vocabulary),
    exactTask: (squashed) => {
      exact ??= JSON.parse(readBuilt(join(dirname(path), "exact.json"))) as Record<string, string>;
      return Object.hasOwn(exact, squashed) ? exact[squashed] : undefined;
    },
    syllables: (text) => {
      sounds ??= JSON.parse(readBuilt(join(dirname(path), "sounds.json"))) as string[];
      return [...text].map((ch) => sounds![(ch.codePointAt(0) ?? 0) - SOUNDS_FROM] ?? "");
    },
  };
}

/** The team catalog paths from AIGC_DATA (separated as PATH is) and then --data, in the order they apply. */
export function teamPaths(env: Record<string, string | undefined>, flags: string[] | undefined): string[] {
  const fromEnv = (env.AIGC_DATA ?? "").split(delimiter).filter((p) => p.trim());
  return [...fromEnv, ...(flags ?? [])];
}

/** Parses a catalog file's text: a BOM and CRLF line ends are fine, anything but JSON is a problem naming the file. */
export function parseCatalogText(text: string, file: string, say: Say = sayDefault): unknown {
  const body = text.replace(/^\uFEFF/, "");
  if (!body.trim()) throw new CatalogError([{ file, msg: say("empty") }]);
  try {
    return JSON.parse(body);
  } catch (e) {
    const why = (e as Error).message.replace(/\s+/g, " ").slice(0, 120);
    throw new CatalogError([{ file, msg: say("notJson", why) }]);
  }
}

/** Reads one team catalog file's bytes; a missing path, a directory, an unreadable or huge file is a problem naming it.
 * Reads asynchronously, so a slow disk or a pipe that never ends cannot keep Ctrl-C and SIGTERM from being heard. */
export async function readTeamBytes(file: string, say: Say = sayDefault): Promise<Buffer> {
  const why = (e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code;
    return { file, msg: code === "ENOENT" || code === "ENOTDIR" ? say("noFile") : say("unreadable", code ?? "error") };
  };
  const st = await stat(file).catch((e: unknown) => {
    throw new CatalogError([why(e)]);
  });
  if (st.isDirectory()) throw new CatalogError([{ file, msg: say("directory") }]);
  if (!st.isFile() && !st.isFIFO()) throw new CatalogError([{ file, msg: say("notFile") }]);
  const tooBig = (size: number) => new CatalogError([{ file, msg: say("tooBig", String(Math.round(size / 2 ** 20)), String(Math.floor(MAX_FILE_BYTES / 2 ** 20))) }]);
  if (st.size > MAX_FILE_BYTES) throw tooBig(st.size);
  return (st.isFile() ? readRegular(file, st.size) : readPipe(file, tooBig)).catch((e: unknown) => {
    throw e instanceof CatalogError ? e : new CatalogError([why(e)]);
  });
}

/** Reads one team file into a merger: checked to be UTF-8, refused when it could not fit in memory, and parsed a slice
 * of entries at a time with a pause after each, so a signal is heard within milliseconds even for 100,000 tools. */
export async function readTeamFile(file: string, sink: TeamFileSink, say: Say = sayDefault, pause: () => Promise<void> = breathe): Promise<void> {
  const buf = await readTeamBytes(file, say);
  // Reading, validating and merging team files is loaded only by a run that has team files.
  const { arrayShape, checkEncoding, checkFits, parseSlices } = await import("./slices.js");
  checkEncoding(buf, file, say);
  // A file small enough to parse in one go within a blink (about 0.1 s for 32 MB) skips finding its entries first.
  if (buf.length <= WHOLE_PARSE_BYTES) {
    const json = parseCatalogText(buf.toString("utf8"), file, say);
    if (Array.isArray(json)) sink.add(json, 0);
    else sink.notArray(json);
    return;
  }
  const shape = arrayShape(buf);
  if (shape) {
    checkFits(shape, buf.length, file, say);
    if (await parseSlices(buf, shape, (entries, offset) => sink.add(entries, offset), pause)) return;
  }
  // Not an array, or broken somewhere: one parse of the whole text words the problem as JSON.parse sees it.
  const json = parseCatalogText(buf.toString("utf8"), file, say);
  if (Array.isArray(json)) sink.add(json, 0);
  else sink.notArray(json);
}

/** Files up to this size are parsed whole: slicing pays off only where a parse would keep a signal waiting. */
const WHOLE_PARSE_BYTES = 32 * 2 ** 20;

/** Lets the event loop run (signals, a closed pipe) between two slices of work. */
function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Reads a file of known size into one buffer off the main thread: fs.promises.readFile gathers chunks and copies them,
 * which for a catalog of 100,000 tools costs 190 MB more at its peak. */
async function readRegular(file: string, size: number): Promise<Buffer> {
  // Read in slices of 8 MB with a pause after each: a file on disk is read as fast as memory copies, with no worker
  // thread to wait for, and a signal is still heard between slices.
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const bytesRead = readSync(fd, buffer, filled, Math.min(READ_SLICE, size - filled), filled);
      if (!bytesRead) break;
      filled += bytesRead;
      await breathe();
    }
    return buffer.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

/** How much of a file is read between two pauses. */
const READ_SLICE = 8 * 2 ** 20;

/** Reads a pipe (`--data <(curl ...)`, `--data /dev/stdin`) on the event loop: a blocking read would hold a worker thread
 * that process.exit waits for, and Ctrl-C could not end the run. A named pipe that no program writes to reads as empty
 * at once: a first read that finds the end means there is no writer, and waiting would wait forever. */
async function readPipe(file: string, tooBig: (size: number) => CatalogError): Promise<Buffer> {
  const [{ openSync, readSync, closeSync, constants }, { Socket }] = await Promise.all([import("node:fs"), import("node:net")]);
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  const first = Buffer.allocUnsafe(65536);
  let got: number;
  try {
    got = readSync(fd, first, 0, first.length, null);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EAGAIN") {
      closeSync(fd);
      throw e;
    }
    got = -1;
  }
  if (got === 0) {
    closeSync(fd);
    return Buffer.alloc(0);
  }
  const chunks: Buffer[] = got > 0 ? [first.subarray(0, got)] : [];
  let size = Math.max(0, got);
  const socket = new Socket({ fd, readable: true, writable: false });
  for await (const chunk of socket) {
    size += (chunk as Buffer).length;
    if (size > MAX_FILE_BYTES) {
      socket.destroy();
      throw tooBig(size);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Whether a path is a regular file: shell completion reads only those, never a pipe it would drain or wait on. */
export async function isRegularFile(file: string): Promise<boolean> {
  return stat(file).then((st) => st.isFile(), () => false);
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
  const { teamMerger } = await import("./merge.js");
  const merger = teamMerger(base);
  // One file at a time: a hundred files opened at once can meet the limit on open files (EMFILE).
  for (const file of files) await readTeamFile(file, merger.file(file));
  const { catalog, problems } = merger.finish();
  if (problems.length) throw new CatalogError(problems);
  await addPinyin(catalog);
  return catalog;
}
