// Resolving what the user named (an industry, a trend number) to catalog entries, or saying it cannot be.
import type { Catalog, Industry, Trend } from "../catalog/types.js";
import { matchText, positionIn } from "./match.js";

/** The industry a name, alias or pinyin means ("短剧" is film, "manga" is comics), or undefined. */
export function findIndustry(catalog: Catalog, input: string): Industry | undefined {
  const [best] = matchText(catalog.vocab().industries, input);
  if (!best || best.weight < 0.85) return undefined;
  return catalog.industries.find((i) => i.id === best.key);
}

/** Industries a sentence mentions in passing ("for an indie game" → games), the last-named first: in a compound
 * ("mobile game", "手机游戏") the last word is the head in English and Chinese alike. */
export function industriesIn(catalog: Catalog, text: string): Array<{ industry: Industry; weight: number; term: string }> {
  // A whole-word mention counts even in a long sentence, where it covers little of the text.
  return matchText(catalog.vocab().industries, text)
    .filter((h) => h.weight >= 0.75 && !lowercased(h.term, text))
    .sort((a, b) => positionIn(text, b) - positionIn(text, a) || b.weight - a.weight)
    .map((h) => ({ industry: catalog.industries.find((i) => i.id === h.key)!, weight: h.weight, term: h.term }));
}

/** Whether a short name in capitals (IT, TV, HR) was typed only in lower case: "turn it into a blog post" says "it". */
function lowercased(term: string, text: string): boolean {
  return /^[A-Z]{2,3}$/.test(term) && !new RegExp(`(?:^|[^A-Za-z])${term}(?:[^A-Za-z]|$)`).test(text);
}

/** One trend by number, which parseTrendNumber has made safe. */
export function trendByNumber(catalog: Catalog, n: number): Trend | undefined {
  return catalog.trends.find((t) => t.number === n);
}
