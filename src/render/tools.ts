// Tools as a terminal table, as plain lines for a pipe, and one tool in full.
import type { Catalog, Tool } from "../catalog/types.js";
import { categoryLabel } from "../core/categories.js";
import type { SearchResult } from "../commands/search.js";
import { label } from "../labels.js";
import stringWidth from "string-width";
import { clean } from "./safe.js";
import { painter, pick, type RenderOptions } from "./style.js";
import { type Column, renderPlain, renderTable, wrapProse } from "./table.js";

/** The name a Chinese reader knows a tool by, with the other one beside it. */
export function displayName(tool: Tool, lang: "zh" | "en"): string {
  const name = clean(tool.name);
  const zh = clean(tool.nameZh);
  if (!zh || zh === name) return name;
  return lang === "zh" ? `${zh} ${name}` : `${name} (${zh})`;
}

/** A site as a table shows it: no scheme, no "www.", no trailing slash. */
export function shortSite(url: string | null): string {
  return clean(url).replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/$/, "") || "-";
}

/** The table both list and search print: a first column, tool, category, summary, and the last columns given. */
function toolTable(rows: string[][], first: string, last: Array<{ head: string; atomic?: boolean }>, opts: RenderOptions): string {
  if (!opts.tty) return renderPlain(rows);
  const c = painter(opts.color);
  const { lang } = opts;
  const columns: Column[] = [
    { head: first, grow: 0 },
    { head: label(lang, "tool"), grow: 1, min: 10, keepWords: true },
    { head: label(lang, "category"), grow: 0 },
    { head: label(lang, "summary"), grow: 3, min: 16, yields: true },
    ...last.map((l) => ({ head: l.head, grow: 1, min: 8, atomic: l.atomic })),
  ];
  return renderTable(columns, rows, opts, (s) => c.bold(s), { leftOut: label(lang, "leftOutSites") });
}

/** Where a tool came from, as list shows it: built-in, or the team catalog file. */
function originOf(tool: Tool, lang: "zh" | "en"): string {
  return !tool.origin || tool.origin === "built-in" ? label(lang, "origin.built-in") : clean(tool.origin);
}

/** The list table: rank, tool, category, summary, site, and where each tool came from when team catalogs are loaded. */
export function renderToolList(tools: Tool[], opts: RenderOptions, withOrigin = false): string {
  const { lang } = opts;
  const site = (t: Tool) => (opts.tty ? shortSite(t.website) : clean(t.website) || "-");
  const rows = tools.map((t) => [
    t.rank ? String(t.rank) : "-", displayName(t, lang), categoryLabel(t.category, lang), pick(t.summary, lang), site(t),
    ...(withOrigin ? [originOf(t, lang)] : []),
  ]);
  return toolTable(rows, label(lang, "rank"), [{ head: label(lang, "website"), atomic: true }, ...(withOrigin ? [{ head: label(lang, "origin"), atomic: true }] : [])], opts);
}

/** Search results: the list table with what matched in place of the site. */
export function renderSearch(results: SearchResult[], opts: RenderOptions): string {
  const { lang } = opts;
  const rows = results.map((r, i) => [String(i + 1), displayName(r, lang), categoryLabel(r.category, lang), pick(r.summary, lang), clean(r.match.text)]);
  return toolTable(rows, "#", [{ head: label(lang, "match") }], opts);
}

/** A note that may be one string (a team's) or one per language (the built-in catalog's). */
function noteText(note: string | { zh: string; en: string } | undefined, lang: "zh" | "en"): string {
  return typeof note === "string" ? clean(note) : pick(note, lang);
}

/** An address on a line: beside its label when it fits, on a line of its own when not, never broken; when even that
 * is too narrow, left out with where to read it (`--json`). */
function addressLine(head: string, url: string, opts: RenderOptions): string[] {
  if (!opts.tty || stringWidth(`${head} ${url}`) <= opts.columns) return [`${head} ${url}`];
  if (stringWidth(url) + 2 <= opts.columns) return [head, `  ${url}`];
  return [`${head} ${label(opts.lang, "addressTooLong")}`];
}

/** One tool in full: facts, the report's words, and where each fact came from, in the user's language throughout. */
export function renderToolDetail(tool: Tool, catalog: Catalog, opts: RenderOptions): string {
  const { lang } = opts;
  const c = painter(opts.color);
  const yesNo = (b: boolean) => label(lang, b ? "yes" : "no");
  const taskName = (id: string) => {
    const t = catalog.tasks.find((x) => x.id === id);
    return t ? clean(lang === "zh" ? t.zh : t.en) : clean(id);
  };
  const industryName = (id: string) => {
    const i = catalog.industries.find((x) => x.id === id);
    return i ? clean(lang === "zh" ? i.zh : i.en) : clean(id);
  };
  const sep = lang === "zh" ? "、" : ", ";
  const website = clean(tool.website);
  const facts: Array<[string, string]> = [
    [label(lang, "category"), categoryLabel(tool.category, lang)],
    [label(lang, "developer"), clean(tool.developer) || label(lang, "unknown")],
    [label(lang, "rank"), tool.rank ? `a16z #${tool.rank}` : "-"],
    [label(lang, "aliases"), tool.aliases.map(clean).join(sep) || "-"],
    [label(lang, "tasks"), tool.tasks.map(taskName).join(sep) || "-"],
    [label(lang, "industries"), tool.industries.map(industryName).join(sep) || "-"],
    [label(lang, "pricing"), label(lang, `pricing.${tool.pricing}`)],
    [label(lang, "openSource"), yesNo(tool.openSource)],
    [label(lang, "chinese"), label(lang, `chinese.${tool.chinese}`)],
    [label(lang, "chinaAccess"), label(lang, tool.chinaAccess)],
  ];
  if (tool.adult) facts.push([label(lang, "adult"), yesNo(true)]);
  if (tool.origin && tool.origin !== "built-in") facts.push([label(lang, "origin"), clean(tool.origin)]);
  const out = [c.bold(displayName(tool, lang)), pick(tool.summary, lang), ""];
  out.push(...addressLine(c.dim(`${label(lang, "website")}:`), website || label(lang, "unknown"), opts));
  for (const [k, v] of facts) out.push(`${c.dim(`${k}:`)} ${v}`);
  if (tool.featured) {
    out.push("", c.bold(`${label(lang, "featured")} (${clean(tool.featured.ref)})`));
    out.push(`${label(lang, "useCases")}: ${pick(tool.featured.useCases, lang)}`, `${label(lang, "status")}: ${pick(tool.featured.status, lang)}`);
  }
  // The featured block already quotes its section; the rest are the report's other mentions.
  const quotes = tool.report.filter((q) => q.ref !== tool.featured?.ref);
  if (quotes.length) {
    out.push("", c.bold(label(lang, "report")));
    for (const q of quotes) out.push(`- ${pick(q, lang)} ${c.dim(`[${clean(q.ref)}]`)}`);
  }
  out.push("", c.bold(label(lang, "sources")));
  for (const s of tool.sources) {
    const ref = s.ref ? ` ${clean(s.ref)}` : "";
    const note = noteText(s.note, lang);
    out.push(`- ${label(lang, `source.${s.kind}`)}${ref}: ${s.fields.map((f) => fieldName(lang, f)).join(sep)}${note ? c.dim(` (${note})`) : ""}`);
  }
  // A team's entry that names no sources still says where it came from: its file.
  if (!tool.sources.length) out.push(`- ${label(lang, "source.team")}: ${originOf(tool, lang)}`);
  return wrapProse(out.join("\n"), opts);
}

/** A catalog field as a reader calls it ("中国大陆可用", not "chinaAccess"). */
function fieldName(lang: "zh" | "en", field: string): string {
  const key = `field.${field}`;
  const named = label(lang, key);
  return named === field ? clean(field) : named;
}
