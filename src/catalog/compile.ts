// Build step: turns the JSON under data/ into one validated catalog with pinyin, so start-up does no such work.
import { rankOrder } from "../core/rankings.js";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { byCode } from "../core/text.js";
import { buildVocabulary } from "../core/vocab.js";
import { pinyinOf, toolPinyin } from "./pinyin.js";
import type { Problem } from "./problems.js";
import { validateTools, isText, SLUG } from "./validate.js";
import { CATEGORIES, PREFERENCE_KEYS, type CatalogData, type Industry, type Task, type Trend, type Vocabulary } from "./types.js";

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
}

function fail(file: string, errors: string[]): never {
  throw new Error(errors.map((e) => `${file}: ${e}`).join("\n"));
}

function checkTasks(json: unknown, file: string): Task[] {
  const errors: string[] = [];
  const list = Array.isArray(json) ? json : [];
  if (!Array.isArray(json)) errors.push("must be an array");
  const ids = new Set<string>();
  for (const [i, t] of list.entries()) {
    const where = `task "${t?.id ?? `#${i + 1}`}"`;
    if (typeof t?.id !== "string" || !SLUG.test(t.id) || ids.has(t.id)) errors.push(`${where}: id: must be a unique slug`);
    ids.add(t?.id);
    if (!CATEGORIES.includes(t?.category)) errors.push(`${where}: category: must be one of ${CATEGORIES.join(", ")}`);
    if (typeof t?.zh !== "string" || typeof t?.en !== "string") errors.push(`${where}: zh/en: must be strings`);
    if (!Array.isArray(t?.synonyms?.zh) || !Array.isArray(t?.synonyms?.en)) errors.push(`${where}: synonyms: must be {zh: [], en: []}`);
  }
  const known = new Set(list.map((t) => t?.id));
  for (const t of list) if (t?.broader !== undefined && (!known.has(t.broader) || t.broader === t.id)) errors.push(`task "${t?.id}": broader: must be another task's id`);
  if (errors.length) fail(file, errors);
  return list.map((t) => ({ ...t, ...pinyinOf([t.zh, ...t.synonyms.zh]) }));
}

function checkIndustries(json: unknown, file: string, taskIds: Set<string>): Industry[] {
  const errors: string[] = [];
  const list = Array.isArray(json) ? json : [];
  if (!Array.isArray(json)) errors.push("must be an array");
  for (const [i, ind] of list.entries()) {
    const where = `industry "${ind?.id ?? `#${i + 1}`}"`;
    if (typeof ind?.id !== "string" || !SLUG.test(ind.id)) errors.push(`${where}: id: must be a slug`);
    if (!isText(ind) || !isText((ind as { summary?: unknown })?.summary)) errors.push(`${where}: zh/en/summary: must be bilingual text`);
    if (!Array.isArray(ind?.aliases?.zh) || !Array.isArray(ind?.aliases?.en)) errors.push(`${where}: aliases: must be {zh: [], en: []}`);
    for (const s of Array.isArray(ind?.scenarios) ? ind.scenarios : []) {
      const at = `${where}: scenario "${s?.id}"`;
      if (!isText(s)) errors.push(`${at}: zh/en: must be strings`);
      for (const t of s?.tasks ?? []) if (!taskIds.has(t)) errors.push(`${at}: tasks: unknown task "${t}"`);
      if (s?.quote !== null && !isText(s?.quote)) errors.push(`${at}: quote: must be {zh, en} or null`);
    }
    if (!Array.isArray(ind?.scenarios)) errors.push(`${where}: scenarios: must be a list`);
  }
  if (errors.length) fail(file, errors);
  return list.map((ind) => ({ ...ind, ...pinyinOf([ind.zh, ...ind.aliases.zh]) }));
}

function checkTrends(json: unknown, file: string): Trend[] {
  const errors: string[] = [];
  const list = Array.isArray(json) ? json : [];
  list.forEach((t, i) => {
    if (t?.number !== i + 1) errors.push(`trend #${i + 1}: number: must be ${i + 1}`);
    for (const f of ["title", "summary", "advice"]) if (!isText(t?.[f])) errors.push(`trend ${i + 1}: ${f}: must be bilingual text`);
    for (const p of t?.bearsOn ?? []) if (!PREFERENCE_KEYS.includes(p)) errors.push(`trend ${i + 1}: bearsOn: unknown preference "${p}"`);
  });
  if (list.length !== 10) errors.push(`must hold the ten trends (has ${list.length})`);
  if (errors.length) fail(file, errors);
  return list;
}

/** Reads and checks every data file; throws one message listing every problem. Returns what dist/catalog.json and
 * dist/vocab.json hold. */
export function compileCatalog(dataDir: string, word: (p: Problem) => string, commonWords: readonly string[] = []): { data: CatalogData; vocab: Vocabulary } {
  const tasks = checkTasks(readJson(join(dataDir, "tasks.json")), "data/tasks.json");
  const taskIds = new Set(tasks.map((t) => t.id));
  const industries = checkIndustries(readJson(join(dataDir, "industries.json")), "data/industries.json", taskIds);
  const industryIds = new Set(industries.map((i) => i.id));
  const trends = checkTrends(readJson(join(dataDir, "trends.json")), "data/trends.json");
  const files = readdirSync(join(dataDir, "tools")).filter((f) => f.endsWith(".json")).sort();
  const raw = files.flatMap((f) => {
    const json = readJson(join(dataDir, "tools", f));
    if (!Array.isArray(json)) fail(`data/tools/${f}`, ["must be an array of tools"]);
    return (json as unknown[]).map((entry) => ({ entry, file: `data/tools/${f}` }));
  });
  const exact = (ids: Set<string>) => (word: string) => (ids.has(word) ? word : undefined);
  const { tools, errors } = validateTools(raw.map((r) => r.entry), { strict: true, taskId: exact(taskIds), industryId: exact(industryIds) });
  if (errors.length) fail("data/tools", errors.map(word));
  const toolIds = new Set(tools.map((t) => t.id));
  const dangling = industries.flatMap((ind) =>
    ind.scenarios.flatMap((s) => s.tools.filter((t) => !toolIds.has(t)).map((t) => `industry "${ind.id}": scenario "${s.id}": tools: unknown tool "${t}"`)),
  );
  if (dangling.length) fail("data/industries.json", dangling);
  for (const tool of tools) tool.pinyin = toolPinyin(tool);
  tools.sort((a, b) => rankOrder(a.rank) - rankOrder(b.rank) || byCode(a.id, b.id));
  return { data: { tools, tasks, industries, trends }, vocab: buildVocabulary(tasks, industries, commonWords) };
}
