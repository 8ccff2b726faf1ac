// The ranking lists the catalog quotes, by name: which list, which edition, how long; and the one rule for what a rank
// is worth and where a tool without one goes.

/** The a16z "Top 50 Gen AI Web Products" of March 2024 (2nd edition), as the report reproduces it. */
export const A16Z_2024 = { list: "a16z-top50-web", edition: "2024-03", size: 50 } as const;

/** What a rank on that list is worth, from 1 (first) down to 1/50 (last); nothing for no rank. */
export function popularity(rank: number | null): number {
  return rank === null ? 0 : (A16Z_2024.size + 1 - rank) / A16Z_2024.size;
}

/** Where a tool goes when sorted by rank: ranked tools first, in rank order; every unranked tool after them. */
export function rankOrder(rank: number | null): number {
  return rank ?? Number.POSITIVE_INFINITY;
}
