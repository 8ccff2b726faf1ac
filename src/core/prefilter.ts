// Cheap tests that keep every text fuse.js could match and drop the rest, so a catalog of 100,000 tools costs fuse.js
// only the few texts worth reading. Each rests on counting errors: fuse.js scores a match as errors / pattern length.

/** fuse.js reads a pattern in chunks of at most 32 characters (the last one ending the pattern); one matching chunk is a match. */
const FUSE_BITS = 32;

/** The most errors a match may have (errors / length <= threshold), safe from floating-point rounding down. */
function maxErrors(threshold: number, length: number): number {
  return Math.floor(threshold * length + 1e-9);
}

function chunks(q: string): string[] {
  if (q.length <= FUSE_BITS) return [q];
  const out: string[] = [];
  for (let i = 0; i + FUSE_BITS <= q.length; i += FUSE_BITS) out.push(q.slice(i, i + FUSE_BITS));
  if (q.length % FUSE_BITS) out.push(q.slice(q.length - FUSE_BITS));
  return out;
}

/** Pieces of which any fuzzy match within `threshold` holds one exactly: with k errors in a chunk, one of its k+1 pieces
 * is untouched (the pigeonhole principle). */
export function exactPieces(q: string, threshold: number): string[] {
  return chunks(q).flatMap((chunk) => {
    const k = maxErrors(threshold, chunk.length);
    const size = Math.floor(chunk.length / (k + 1));
    return Array.from({ length: k + 1 }, (_, i) => chunk.slice(i * size, i === k ? chunk.length : (i + 1) * size));
  });
}

/** A case-insensitive test for texts holding one of the pieces, with no copy of the text made. */
export function holdsAny(pieces: string[]): RegExp {
  return new RegExp(pieces.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|"), "iu");
}

/** A test for names that a typed word could be a typo of, within `threshold`: by the q-gram lemma, a pattern of length m
 * matched with k errors shares at least m + 1 - 2(k + 1) of its bigrams with the text. */
export function typoFilter(q: string, threshold: number): (name: string) => boolean {
  if (q.length > FUSE_BITS) return () => true;
  const k = maxErrors(threshold, q.length);
  const need = q.length + 1 - 2 * (k + 1);
  const grams = Array.from({ length: q.length - 1 }, (_, i) => q.slice(i, i + 2));
  return (name) => {
    if (need <= 0) return true;
    let shared = 0;
    for (const g of grams) if (name.includes(g) && ++shared >= need) return true;
    return false;
  };
}
