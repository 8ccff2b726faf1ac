// A catalog file's bytes read as JSON a slice of entries at a time, straight from the buffer: a file of 100,000 tools
// never becomes one giant string (which V8 caps at 512 MB), and never holds the event loop long enough to keep Ctrl-C or
// SIGTERM waiting. What cannot be held in memory is refused before parsing starts.
import { isUtf8 } from "node:buffer";
import { getHeapStatistics } from "node:v8";
import { CatalogError } from "../errors.js";
import type { Say } from "./problems.js";

/** Entries parsed between two pauses: about 5 ms of work. */
const ENTRIES_PER_SLICE = 500;
/** What one parsed JSON object costs in memory, at most, once validated into a tool (measured on copies of built-in tools). */
const BYTES_PER_OBJECT = 400;

/** Where a top-level array's entries are: the offsets of `[`, `]` and the commas between entries, and how many objects. */
export interface ArrayShape {
  open: number;
  close: number;
  commas: number[];
  objects: number;
}

/** Finds the entries of a top-level JSON array in one pass, jumping over strings; null when the text is no array or is
 * broken (JSON.parse then words the error). */
export function arrayShape(buf: Uint8Array): ArrayShape | null {
  let i = 0;
  while (i < buf.length && (buf[i] === 0x20 || buf[i] === 0x0a || buf[i] === 0x0d || buf[i] === 0x09)) i++;
  if (buf[i] !== 0x5b) return null;
  const open = i;
  const commas: number[] = [];
  let depth = 0;
  let objects = 0;
  for (; i < buf.length; i++) {
    const c = buf[i];
    if (c === 0x22) {
      // The closing quote is the next one not escaped by an odd number of backslashes.
      let j = i;
      for (;;) {
        j = buf.indexOf(0x22, j + 1);
        if (j < 0) return null;
        let slashes = 0;
        while (buf[j - 1 - slashes] === 0x5c) slashes++;
        if (slashes % 2 === 0) break;
      }
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (c === 0x7b) objects++;
    } else if (c === 0x7d || c === 0x5d) {
      if (--depth === 0) return { open, close: i, commas, objects };
    } else if (c === 0x2c && depth === 1) commas.push(i);
  }
  return null;
}

/** Refuses bytes that are not UTF-8 text, naming the likely encoding: a UTF-16 file has a byte-order mark or NULs. */
export function checkEncoding(buf: Buffer, file: string, say: Say): void {
  const utf16 = (buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff) || buf.subarray(0, 64).includes(0);
  if (utf16) throw new CatalogError([{ file, msg: say("utf16") }]);
  if (!isUtf8(buf)) throw new CatalogError([{ file, msg: say("notUtf8") }]);
}

/** Refuses a file whose objects would not fit in the memory this process may use, before any is made. */
export function checkFits(shape: ArrayShape, bytes: number, file: string, say: Say): void {
  const limit = getHeapStatistics().heap_size_limit * 0.8;
  const need = shape.objects * BYTES_PER_OBJECT + bytes * 3;
  if (need > limit) {
    const most = Math.floor(((limit - bytes * 3) / BYTES_PER_OBJECT) / 1000) * 1000;
    throw new CatalogError([{ file, msg: say("tooManyObjects", String(shape.objects), String(Math.max(0, most))) }]);
  }
}

/** Whether bytes hold only JSON white space. */
function blank(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i] !== 0x20 && buf[i] !== 0x0a && buf[i] !== 0x0d && buf[i] !== 0x09) return false;
  return true;
}

/** Parses the entries of an array in slices, handing each to `take` and pausing after it; false when a slice is not
 * valid JSON, so the caller can parse the whole text for the error's words. */
export async function parseSlices(buf: Buffer, shape: ArrayShape, take: (entries: unknown[], offset: number) => void, pause: () => Promise<void>): Promise<boolean> {
  const ends = [...shape.commas, shape.close];
  let start = shape.open + 1;
  for (let k = 0; k < ends.length; k += ENTRIES_PER_SLICE) {
    const end = ends[Math.min(k + ENTRIES_PER_SLICE, ends.length) - 1]!;
    let entries: unknown[];
    // Nothing between the brackets is an empty array; nothing after a comma is a trailing comma, which JSON refuses.
    if (blank(buf, start, end)) {
      if (ends.length > 1) return false;
      entries = [];
    } else {
      // The commas around a slice become its brackets, in place: no second copy of the text is made.
      const [before, after] = [buf[start - 1]!, buf[end]!];
      buf[start - 1] = 0x5b;
      buf[end] = 0x5d;
      try {
        entries = JSON.parse(buf.toString("utf8", start - 1, end + 1)) as unknown[];
      } catch {
        return false;
      } finally {
        buf[start - 1] = before;
        buf[end] = after;
      }
    }
    take(entries, k);
    start = end + 1;
    await pause();
  }
  return true;
}
