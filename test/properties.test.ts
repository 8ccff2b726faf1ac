// Properties that must hold for any input, checked on thousands of generated ones: nothing a user or a catalog file
// can give makes aigc throw, print a stack, or answer differently twice. Each has an explicit budget: at most so many
// runs, stopped early (and passing on what ran) when its time is up, well inside the test's own timeout, so a slow or
// loaded machine checks fewer cases rather than failing.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { loadCatalog, parseCatalogText } from "../src/catalog/load.js";
import { mergeTeamFiles } from "../src/catalog/merge.js";
import { ACCESS, CATEGORIES, CHINESE, PRICING, type Tool } from "../src/catalog/types.js";
import { OPENNESS, STATUSES } from "../src/catalog/schema.js";
import { rankTools } from "../src/core/recommend.js";
import { scoreTool, type Profile } from "../src/core/score.js";
import { CatalogError } from "../src/errors.js";
import { budget, CATALOG_PATH, catalog, cli } from "./helpers.js";

const cat = catalog();
const TIMEOUT = 60000;
const dir = mkdtempSync(join(tmpdir(), "aigc-prop-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const taskIds = cat.tasks.map((t) => t.id);
const arbTool: fc.Arbitrary<Tool> = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{1,8}$/), name: fc.string({ minLength: 1 }), nameZh: fc.option(fc.string()), aliases: fc.array(fc.string(), { maxLength: 3 }),
  pinyin: fc.constant([]), category: fc.constantFrom(...CATEGORIES), developer: fc.option(fc.string()), website: fc.constant(null),
  summary: fc.record({ zh: fc.string(), en: fc.string() }), tasks: fc.subarray(taskIds, { maxLength: 6 }),
  industries: fc.subarray(cat.industries.map((i) => i.id)), pricing: fc.constantFrom(...PRICING), openSource: fc.boolean(),
  chinese: fc.constantFrom(...CHINESE), chinaAccess: fc.constantFrom(...ACCESS), adult: fc.boolean(),
  rank: fc.option(fc.integer({ min: 1, max: 50 })), report: fc.constant([]),
  featured: fc.option(fc.record({ ref: fc.string(), useCases: fc.record({ zh: fc.string(), en: fc.string() }), status: fc.record({ zh: fc.string(), en: fc.string() }) })),
  sources: fc.constant([]),
  status: fc.constantFrom(...STATUSES), statusNote: fc.constant(null), openness: fc.constantFrom(...OPENNESS), license: fc.constant(null),
  freeTier: fc.constant(null), price: fc.constant(null), chinaNote: fc.constant(null), rankings: fc.constant([]),
});
const arbProfile: fc.Arbitrary<Profile> = fc.record({
  
  tasks: fc.array(fc.record({ id: fc.constantFrom(...taskIds), weight: fc.double({ min: 0, max: 1, noNaN: true }), term: fc.string() }), { maxLength: 4 }),
  industry: fc.option(fc.constantFrom(...cat.industries), { nil: undefined }),
  category: fc.option(fc.constantFrom(...CATEGORIES), { nil: undefined }),
  budget: fc.constantFrom("free" as const, "low" as const, "any" as const),
  openSource: fc.boolean(), chinese: fc.boolean(), china: fc.boolean(),
  style: fc.option(fc.constantFrom("easy" as const, "custom" as const), { nil: undefined }),
  stable: fc.boolean(), adult: fc.boolean(),
});

describe("the scorer", () => {
  it("never throws, stays within 0-100, its parts add up, and gives the same answer twice", () => {
    fc.assert(fc.property(arbTool, arbProfile, (tool, profile) => {
      const a = scoreTool(tool, profile);
      expect(a.score).toBeGreaterThanOrEqual(0);
      expect(a.score).toBeLessThanOrEqual(100);
      expect(Number.isInteger(a.score)).toBe(true);
      const sum = Object.values(a.parts).reduce((s, x) => s + x, 0);
      expect(Math.abs(sum - a.score)).toBeLessThanOrEqual(1.5);
      expect(scoreTool(tool, profile)).toEqual(a);
    }), budget(2000, 8));
  }, TIMEOUT);

  it("ranks the same way whatever order the catalog is in", () => {
    fc.assert(fc.property(arbProfile, fc.integer(), (profile, seed) => {
      const shuffled = [...cat.tools].sort((a, b) => ((a.id.charCodeAt(0) * seed) % 7) - ((b.id.charCodeAt(0) * seed) % 7));
      const ids = (tools: Tool[]) => rankTools({ ...cat, tools }, profile, { limit: 10 }).map((s) => s.tool.id);
      expect(ids(shuffled)).toEqual(ids(cat.tools));
    }), budget(200, 8));
  }, TIMEOUT);
});

describe("the catalog loader", () => {
  // JSON shaped like a catalog more often than not, so validation is reached and not only the array check.
  const entryLike = fc.dictionary(
    fc.constantFrom("id", "name", "category", "tasks", "rank", "summary", "website", "sources", "report", "featured", "__proto__", "x"),
    fc.jsonValue({ maxDepth: 3 }),
  );
  const anyJson = fc.oneof(fc.jsonValue(), fc.array(fc.oneof(entryLike, fc.jsonValue({ maxDepth: 2 })), { maxLength: 5 }));

  it("answers any JSON with problems, never by throwing", () => {
    fc.assert(fc.property(anyJson, (json) => {
      const { problems } = mergeTeamFiles(cat, [{ file: "f.json", json }]);
      expect(Array.isArray(problems)).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }), budget(2000, 8));
  }, TIMEOUT);

  it("throws nothing but CatalogError for any text", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
      try {
        parseCatalogText(text, "f.json");
      } catch (e) {
        expect(e).toBeInstanceOf(CatalogError);
      }
    }), budget(2000, 8));
  }, TIMEOUT);

  it("loads any file or rejects it with a CatalogError", async () => {
    await fc.assert(fc.asyncProperty(anyJson, async (json) => {
      const file = join(dir, "any.json");
      writeFileSync(file, JSON.stringify(json));
      await loadCatalog(CATALOG_PATH, [file]).catch((e) => expect(e).toBeInstanceOf(CatalogError));
    }), budget(200, 8));
  }, TIMEOUT);
});

describe("the command", () => {
  const words = fc.oneof(
    fc.constantFrom("recommend", "list", "show", "search", "trend", "scenarios", "compare", "validate", "--json", "--lang", "zh", "en",
      "--limit", "--task", "--industry", "--category", "--budget", "--easy", "--custom", "--plan", "--data", "--sort", "-h", "--no-color", "6", "0", "-1", "漫画", "配音"),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: "binary", maxLength: 8 }),
  );

  it("never prints a stack trace, and fails with one line and exit 1 or 2", async () => {
    await fc.assert(fc.asyncProperty(fc.array(words, { maxLength: 6 }), async (argv) => {
      const r = await cli(argv);
      expect([0, 1, 2]).toContain(r.code);
      expect(r.err).not.toMatch(/\n\s+at .*\(|AIGC_DEBUG/);
      if (r.code !== 0) expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }), budget(300, 15));
  }, TIMEOUT);
});
