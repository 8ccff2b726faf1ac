// What `aigc scenarios` prints: each use case of an industry, the report's words and the tools it names.
import type { IndustryView } from "./run.js";
import { t } from "../../messages/index.js";
import { clean } from "../../render/safe.js";
import { painter, pick, type RenderOptions } from "../../render/style.js";
import { wrapParagraph as wrap, wrapProse } from "../../render/table.js";

/** One industry's scenarios: each use case, the report's words and the tools it names. */
export function renderIndustry(ind: IndustryView, opts: RenderOptions): string {
  const c = painter(opts.color);
  const { lang } = opts;
  const out = [c.bold(lang === "zh" ? clean(ind.zh) : `${clean(ind.en)} / ${clean(ind.zh)}`)];
  if (ind.mentionedOnly) out.push(c.dim(t(lang, "mentionedOnly")));
  out.push(wrap(pick(ind.summary, lang), opts));
  for (const s of ind.scenarios) {
    out.push("", `${c.cyan("•")} ${c.bold(clean(lang === "zh" ? s.zh : s.en))}`);
    if (s.quote) out.push(wrap(`“${pick(s.quote, lang)}”`, opts, "  "));
    if (s.tools.length) {
      const names = s.tools.map((t) => (lang === "zh" && t.nameZh ? clean(t.nameZh) : clean(t.name))).join(lang === "zh" ? "、" : ", ");
      out.push(`  ${t(lang, "toolsNamed")}: ${names}`);
    }
    out.push(c.dim(`  [${clean(s.source.ref ?? t(lang, `source.${s.source.kind}`))}]`));
  }
  return wrapProse(out.join("\n"), opts);
}

/** Every industry: on a terminal each in full, in a pipe a line each. */
export function renderIndustries(list: IndustryView[], opts: RenderOptions): string {
  if (!opts.tty) return list.map((i) => [i.id, clean(i.zh), clean(i.en), i.scenarios.map((s) => clean(opts.lang === "zh" ? s.zh : s.en)).join("; ")].join("\t")).join("\n");
  return list.map((i) => renderIndustry(i, opts)).join("\n\n");
}
