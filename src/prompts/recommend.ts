// The interactive questions of `aigc recommend`; returns plain answers, the same shape the flags give.
import type { Catalog } from "../catalog/types.js";
import type { RecommendOptions } from "../commands/recommend/run.js";
import { CATEGORY_INFO } from "../core/categories.js";
import { matchText } from "../core/match.js";
import { readRequest } from "../core/request.js";
import { searchTools } from "../core/search.js";
import { squash } from "../core/text.js";
import { understandTask } from "../core/understand.js";
import { isMessageKey, t, type Lang } from "../messages/index.js";

export interface Choice<V> {
  name: string;
  value: V;
  description?: string;
}
/** The slice of @inquirer/prompts this flow uses; tests pass their own. */
export interface Prompts {
  select<V>(config: { message: string; choices: Array<Choice<V>>; pageSize?: number }): Promise<V>;
  search<V>(config: {
    message: string;
    source: (term: string | undefined, opts?: { signal?: AbortSignal }) => Promise<Array<Choice<V>>> | Array<Choice<V>>;
    pageSize?: number;
  }): Promise<V>;
  checkbox<V>(config: { message: string; choices: Array<Choice<V>> }): Promise<V[]>;
}

const PLAN = "\u0000plan";

/** A key or an action of a key hint ("↑↓ navigate • ⏎ select", printed in English by the prompts library) in the
 * user's language; keys such as ↑↓ and ⏎ stay as they are. */
export function keyHint(lang: Lang, word: string): string {
  const key = `key.${word}`;
  return isMessageKey(key) ? (t(lang, key) as string) : word;
}


/** How long typing must pause before suggestions are worked out. */
const SETTLE_MS = 40;
/** Suggestions read this much of what was typed: a task is named in far fewer characters, and a paste of thousands
 * must cost no more than a sentence. */
const SUGGEST_FROM = 80;

/** The task prompt's suggestions: vocabulary tasks matching what was typed, the typed text itself, and the whole workflow. */
export function taskChoices(catalog: Catalog, lang: Lang, term: string | undefined, industryId: string): Array<Choice<string>> {
  const name = (id: string) => {
    const t = catalog.tasks.find((x) => x.id === id)!;
    return lang === "zh" ? `${t.zh}  ${t.en}` : `${t.en}  ${t.zh}`;
  };
  const industry = catalog.industries.find((i) => i.id === industryId);
  const plan = industry?.scenarios.some((s) => s.tasks.length) ? [{ name: t(lang, "prompt.plan"), value: PLAN }] : [];
  if (!term?.trim()) {
    const ids = [...new Set(industry ? industry.scenarios.flatMap((s) => s.tasks) : catalog.tasks.map((t) => t.id))];
    return [...plan, ...ids.map((id) => ({ name: name(id), value: id }))];
  }
  const typed = term.slice(0, SUGGEST_FROM);
  const { tasks, realWords } = catalog.vocab();
  const hits = matchText(tasks, typed, undefined, realWords).filter((h) => h.weight >= 0.5).slice(0, 8);
  // A prefix suggests the tasks it begins ("pei", "peiy", "配" suggest 配音), after the tasks it already names.
  const prefix = squash(typed);
  const begun = prefix.length >= 1 && prefix.length <= 12
    ? catalog.vocab().tasks.filter((x) => x.squashed.startsWith(prefix) && !hits.some((h) => h.key === x.key)).map((x) => ({ key: x.key, term: x.text }))
    : [];
  const more = [...new Map(begun.map((b) => [b.key, b])).values()].slice(0, Math.max(0, 8 - hits.length));
  const shown = term.length > SUGGEST_FROM ? `${term.slice(0, SUGGEST_FROM)}…` : term;
  return [
    { name: `${t(lang, "prompt.typed")}: ${shown}`, value: term },
    ...hits.map((h) => ({ name: name(h.key), value: h.key, description: h.term })),
    ...more.map((h) => ({ name: name(h.key), value: h.key, description: h.term })),
    ...plan,
  ];
}

/** Whether a typed request means anything: a task, an output, or a tool's name or summary. */
function understood(catalog: Catalog, typed: string): boolean {
  if (catalog.tasks.some((x) => x.id === typed)) return true;
  const read = understandTask(catalog, typed);
  return read.tasks.length > 0 || read.categories.length > 0 || searchTools(catalog, typed.slice(0, 200), 1).length > 0;
}

/** Asks the questions and returns the answers; a task id from the list is passed on as its Chinese name. */
export async function askRecommend(catalog: Catalog, lang: Lang, p: Prompts): Promise<RecommendOptions> {
  const industry = await p.select<string>({
    message: t(lang, "prompt.industry"),
    choices: [...catalog.industries.map((i) => ({ name: lang === "zh" ? `${i.zh}  ${i.en}` : `${i.en}  ${i.zh}`, value: i.id })), { name: t(lang, "prompt.other"), value: "" }],
    pageSize: 15,
  });
  const source = async (term: string | undefined, opts?: { signal?: AbortSignal }) => {
    // A paste arrives as a burst of keystrokes, each asking again: only the last one, once typing settles, is worked out.
    if (term && opts?.signal) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      if (opts.signal.aborted) return [];
    }
    return taskChoices(catalog, lang, term, industry);
  };
  // A request that cannot be understood at all is said so at once, with examples, and asked again.
  let picked = await p.search<string>({ message: t(lang, "prompt.task"), source, pageSize: 10 });
  for (let tries = 0; tries < 3 && picked !== PLAN && !understood(catalog, picked); tries++) {
    picked = await p.search<string>({ message: t(lang, "prompt.notUnderstood"), source, pageSize: 10 });
  }
  const answers: RecommendOptions = { industry: industry || undefined };
  let imageWork = false;
  if (picked === PLAN) answers.plan = true;
  else {
    const task = catalog.tasks.find((t) => t.id === picked);
    answers.task = task ? task.zh : picked;
    const read = understandTask(catalog, answers.task);
    imageWork = read.tasks.some((x) => catalog.tasks.find((y) => y.id === x.id)?.category === "image") || read.categories.includes("image");
    if (!read.tasks.length) {
      const category = await p.select<string>({
        message: t(lang, "prompt.category"),
        choices: [...CATEGORY_INFO.map((c) => ({ name: `${c[lang]}  ${lang === "zh" ? c.en : c.zh}`, value: c.id as string })), { name: t(lang, "prompt.anyCategory"), value: "" }],
      });
      if (category) answers.category = category;
    }
  }
  // What the sentence already says is not asked again: "要免费的" answers the budget question.
  const stated = answers.task ? readRequest(catalog, answers.task) : undefined;
  if (!stated?.free) answers.budget = await p.select<string>({
    message: t(lang, "prompt.budget"),
    choices: [{ name: t(lang, "prompt.budgetAny"), value: "any" }, { name: t(lang, "prompt.budgetLow"), value: "low" }, { name: t(lang, "prompt.budgetFree"), value: "free" }],
  });
  // Easy versus customisable is the report's question about image tools (Midjourney against Stable Diffusion): asked
  // only for image work.
  const style = imageWork
    ? await p.select<string>({
      message: t(lang, "prompt.style"),
      choices: [{ name: t(lang, "prompt.noPref"), value: "" }, { name: t(lang, "prompt.easy"), value: "easy" }, { name: t(lang, "prompt.custom"), value: "custom" }],
    })
    : "";
  if (style === "easy") answers.easy = true;
  if (style === "custom") answers.custom = true;
  const prefs = await p.checkbox<"openSource" | "chinese" | "china" | "stable">({
    message: t(lang, "prompt.prefs"),
    choices: (["chinese", "china", "openSource", "stable"] as const).map((k) => ({ name: t(lang, `prompt.${k}`), value: k })),
  });
  for (const k of prefs) answers[k] = true;
  if (!answers.plan) {
    answers.limit = await p.select<string>({ message: t(lang, "prompt.limit"), choices: ["5", "3", "10"].map((n) => ({ name: n, value: n })) });
  }
  return answers;
}
