// What `aigc show` prints: one tool in full, in the user's language, wrapped to the terminal.
import stringWidth from "string-width";
import type { Catalog, Tool } from "../../catalog/types.js";
import { isMessageKey, t } from "../../messages/index.js";
import { clean } from "../../render/safe.js";
import { painter, pick, type RenderOptions } from "../../render/style.js";
import { wrapProse } from "../../render/table.js";
import { displayName, originOf } from "../../render/tools.js";
import { categoryName, industryName, listSep, taskName } from "../../render/words.js";

/** A note that may be one string (a team's) or one per language (the built-in catalog's). */
function noteText(note: string | { zh: string; en: string } | undefined, lang: "zh" | "en"): string {
  return typeof note === "string" ? clean(note) : pick(note, lang);
}

/** An address on a line: beside its label when it fits, on a line of its own when not, never broken; when even that
 * is too narrow, left out with where to read it (`--json`). */
function addressLine(head: string, url: string, id: string, opts: RenderOptions): string[] {
  if (!opts.tty || stringWidth(`${head} ${url}`) <= opts.columns) return [`${head} ${url}`];
  if (stringWidth(url) + 2 <= opts.columns) return [head, `  ${url}`];
  return [`${head} ${t(opts.lang, "addressTooLong", id)}`];
}

/** One tool in full: facts, the report's words, and where each fact came from, in the user's language throughout. */
export function renderToolDetail(tool: Tool, catalog: Catalog, opts: RenderOptions): string {
  const { lang } = opts;
  const c = painter(opts.color);
  const yesNo = (b: boolean) => t(lang, b ? "yes" : "no");
  const sep = listSep(lang);
  const website = clean(tool.website);
  const status = tool.status === "renamed" && tool.statusNote?.newName
    ? `${t(lang, "status.renamed")}, ${t(lang, "renamedTo", clean(tool.statusNote.newName), clean(tool.statusNote.date ?? ""))}`
    : t(lang, `status.${tool.status}`);
  const price = tool.price ? `${tool.price.amount} ${clean(tool.price.currency)} / ${clean(tool.price.period)} (${clean(tool.price.asOf)})` : "";
  const rankings = tool.rankings.map((r) => `${clean(r.list)} ${clean(r.edition)} #${r.rank}`).join(sep);
  const facts: Array<[string, string]> = [
    [t(lang, "toolStatus"), status + (tool.statusNote && tool.status !== "active" ? ` (${pick(tool.statusNote, lang)})` : "")],
    [t(lang, "category"), categoryName(tool.category, lang)],
    [t(lang, "developer"), clean(tool.developer) || t(lang, "unknown")],
    [t(lang, "rank"), rankings || "-"],
    [t(lang, "aliases"), tool.aliases.map(clean).join(sep) || "-"],
    [t(lang, "tasks"), tool.tasks.map((id) => taskName(catalog, id, lang)).join(sep) || "-"],
    [t(lang, "industries"), tool.industries.map((id) => industryName(catalog, id, lang)).join(sep) || "-"],
    [t(lang, "pricing"), t(lang, `pricing.${tool.pricing}`)],
    ...(tool.freeTier ? [[t(lang, "freeTier"), pick(tool.freeTier, lang)] as [string, string]] : []),
    ...(price ? [[t(lang, "price"), price] as [string, string]] : []),
    [t(lang, "openness"), t(lang, `openness.${tool.openness}`) + (tool.license ? ` (${clean(tool.license)})` : "")],
    [t(lang, "chinese"), t(lang, `chinese.${tool.chinese}`)],
    [t(lang, "chinaAccess"), t(lang, tool.chinaAccess) + (tool.chinaNote ? `: ${pick(tool.chinaNote, lang)}` : "")],
  ];
  if (tool.adult) facts.push([t(lang, "adult"), yesNo(true)]);
  if (tool.origin && tool.origin !== "built-in") facts.push([t(lang, "origin"), clean(tool.origin)]);
  const out = [c.bold(displayName(tool, lang)), pick(tool.summary, lang), ""];
  out.push(...addressLine(c.dim(`${t(lang, "website")}:`), website || t(lang, "unknown"), clean(tool.id), opts));
  for (const [k, v] of facts) out.push(`${c.dim(`${k}:`)} ${v}`);
  if (tool.featured) {
    out.push("", c.bold(`${t(lang, "featured")} (${clean(tool.featured.ref)})`));
    out.push(`${t(lang, "useCases")}: ${pick(tool.featured.useCases, lang)}`, `${t(lang, "status")}: ${pick(tool.featured.status, lang)}`);
  }
  // The featured block already quotes its section; the rest are the report's other mentions.
  const quotes = tool.report.filter((q) => q.ref !== tool.featured?.ref);
  if (quotes.length) {
    out.push("", c.bold(t(lang, "report")));
    for (const q of quotes) out.push(`- ${pick(q, lang)} ${c.dim(`[${clean(q.ref)}]`)}`);
  }
  out.push("", c.bold(t(lang, "sources")));
  for (const s of tool.sources) {
    const ref = s.ref ? ` ${clean(s.ref)}` : "";
    const note = noteText(s.note, lang);
    const when = s.checked ? ` ${c.dim(`[${t(lang, "checked", clean(s.checked))}]`)}` : "";
    out.push(`- ${t(lang, `source.${s.kind}`)}${ref}${when}: ${s.fields.map((f) => fieldName(lang, f)).join(sep)}${note ? c.dim(` (${note})`) : ""}`);
    if (s.url) out.push(...addressLine("", clean(s.url), clean(tool.id), opts).map((l) => `  ${l.trim()}`));
  }
  // A team's entry that names no sources still says where it came from: its file.
  if (!tool.sources.length) out.push(`- ${t(lang, "source.team")}: ${originOf(tool, lang)}`);
  return wrapProse(out.join("\n"), opts);
}

/** A catalog field as a reader calls it ("中国大陆可用", not "chinaAccess"). */
function fieldName(lang: "zh" | "en", field: string): string {
  const key = `field.${field}`;
  return isMessageKey(key) ? (t(lang, key) as string) : clean(field);
}
