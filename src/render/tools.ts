// What list and search share: a tool's name as a reader knows it, its site as a table shows it, and their table.
import type { Tool } from "../catalog/types.js";
import { t } from "../messages/index.js";
import { clean } from "./safe.js";
import { painter, type RenderOptions } from "./style.js";
import { type Column, renderPlain, renderTable } from "./table.js";

/** The name a Chinese reader knows a tool by, with the other one beside it. */
export function displayName(tool: Tool, lang: "zh" | "en"): string {
  const name = clean(tool.name);
  const zh = clean(tool.nameZh);
  if (!zh || zh === name) return name;
  // "豆包 Seedream" already says "Seedream".
  if (zh.includes(name)) return lang === "zh" ? zh : `${name} (${zh})`;
  return lang === "zh" ? `${zh} ${name}` : `${name} (${zh})`;
}

/** A site as a table shows it: no scheme, no "www.", no trailing slash. */
export function shortSite(url: string | null): string {
  return clean(url).replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/$/, "") || "-";
}

/** The table list and search both print: a first column, tool, category, summary, and the last columns given. */
export function toolTable(rows: string[][], first: string, last: Array<{ head: string; atomic?: boolean }>, opts: RenderOptions): string {
  if (!opts.tty) return renderPlain(rows);
  const c = painter(opts.color);
  const { lang } = opts;
  const columns: Column[] = [
    { head: first, grow: 0 },
    { head: t(lang, "tool"), grow: 1, min: 10, keepWords: true },
    { head: t(lang, "category"), grow: 0 },
    { head: t(lang, "summary"), grow: 3, min: 16, yields: true },
    ...last.map((l) => ({ head: l.head, grow: 1, min: 8, atomic: l.atomic })),
  ];
  return renderTable(columns, rows, opts, (s) => c.bold(s), { leftOut: t(lang, "leftOutSites") });
}

/** Where a tool came from, as list shows it: built-in, or the team catalog file. */
export function originOf(tool: Tool, lang: "zh" | "en"): string {
  return !tool.origin || tool.origin === "built-in" ? t(lang, "origin.built-in") : clean(tool.origin);
}
