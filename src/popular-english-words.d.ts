// The word list the build reads to find common English words near task words (src/core/slips.ts): build time only.
declare module "popular-english-words/words.js" {
  /** English words, most used first (counted in Wikipedia). */
  export const words: string[];
}
