// The prefilters that spare fuse.js most of a large catalog must never hide a text fuse.js would match.
import fc from "fast-check";
import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { exactPieces, holdsAny, typoFilter } from "../src/core/prefilter.js";
import { budget } from "./helpers.js";

/** Whether fuse.js finds `query` in `text` within the threshold, the way search uses it. */
function fuseMatches(text: string, query: string, threshold: number): boolean {
  return new Fuse([{ text }], { keys: ["text"], threshold, ignoreLocation: true, includeScore: true }).search(query).length > 0;
}

// A small alphabet makes near matches (the interesting case) common.
const word = (min: number, max: number) => fc.string({ unit: fc.constantFrom("a", "b", "c", "d", "e", "中", "文"), minLength: min, maxLength: max });
/** A text that holds the query with a few random edits, so most cases are near misses or near hits. */
const nearPair = fc.tuple(word(2, 40), word(0, 12), word(0, 12), fc.array(fc.nat(), { maxLength: 4 })).map(([q, pre, post, edits]) => {
  let body = q;
  for (const e of edits) {
    const at = e % (body.length + 1);
    body = e % 3 === 0 ? body.slice(0, at) + body.slice(at + 1) : e % 3 === 1 ? `${body.slice(0, at)}x${body.slice(at)}` : `${body.slice(0, at)}y${body.slice(at + 1)}`;
  }
  return { query: q, text: pre + body + post };
});

describe("prefilters", () => {
  it("keeps every summary fuse.js matches at the summary threshold", () => {
    fc.assert(fc.property(nearPair, ({ query, text }) => {
      if (fuseMatches(text, query, 0.2)) expect(holdsAny(exactPieces(query, 0.2)).test(text), `${query} in ${text}`).toBe(true);
    }), budget(3000, 8));
  }, 60000);

  it("keeps every name fuse.js takes for a typo", () => {
    fc.assert(fc.property(nearPair, ({ query, text }) => {
      if (fuseMatches(text, query, 0.34)) expect(typoFilter(query, 0.34)(text), `${query} in ${text}`).toBe(true);
    }), budget(3000, 8));
  }, 60000);

  it("splits a long query the way fuse.js reads it, in chunks of 32", () => {
    const q = "abcdefghij".repeat(7);
    const pieces = exactPieces(q, 0.2);
    expect(pieces.join("")).toContain(q.slice(0, 64));
    expect(pieces.some((p) => q.endsWith(p))).toBe(true);
  });

  it("drops what cannot match", () => {
    expect(holdsAny(exactPieces("midjourney", 0.2)).test("a tool for spreadsheets")).toBe(false);
    expect(typoFilter("midjurney", 0.34)("photoroom")).toBe(false);
    expect(typoFilter("midjurney", 0.34)("midjourney")).toBe(true);
  });
});
