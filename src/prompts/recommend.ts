// The interactive questions of `aigc recommend`; returns plain answers, the same shape the flags give.
import type { Catalog } from "../catalog/types.js";
import type { RecommendOptions } from "../commands/recommend.js";
import { CATEGORY_INFO } from "../core/categories.js";
import { matchText } from "../core/match.js";
import { understandTask } from "../core/understand.js";
import type { Lang } from "../i18n.js";

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
const T = {
  industry: { zh: "你在哪个行业？", en: "Which industry are you in?" },
  other: { zh: "其他 / 不确定", en: "Other / not sure" },
  task: { zh: "想用AI做什么？（输入中文、英文或拼音，可直接输入一句话）", en: "What do you want AI to do? (type in English, Chinese or pinyin, or a sentence)" },
  typed: { zh: "就按我输入的", en: "Use what I typed" },
  plan: { zh: "整个工作流程（按报告的步骤逐步推荐）", en: "The whole workflow (a tool for each step the report describes)" },
  category: { zh: "想要什么样的输出？", en: "What kind of output do you want?" },
  anyCategory: { zh: "都可以", en: "Any" },
  budget: { zh: "预算？（趋势六：国产工具价格战打响）", en: "Budget? (trend 6: the price war among domestic tools)" },
  budgetFree: { zh: "只要免费的", en: "Free only" },
  budgetLow: { zh: "低成本", en: "Low cost" },
  budgetAny: { zh: "不限", en: "Any" },
  style: { zh: "更看重哪一点？（报告：Midjourney易用，Stable Diffusion开发性强）", en: "Easy to use or customisable? (the report: Midjourney is easier, Stable Diffusion more developable)" },
  easy: { zh: "简单易用", en: "Easy to use" },
  custom: { zh: "可定制、可二次开发", en: "Customisable" },
  noPref: { zh: "都行", en: "No preference" },
  prefs: { zh: "还有哪些要求？（空格选择，回车确认）", en: "Anything else that matters? (space to pick, enter to go on)" },
  openSource: { zh: "优先开源（趋势二）", en: "Prefer open source (trend 2)" },
  chinese: { zh: "中文支持好", en: "Good Chinese support" },
  china: { zh: "中国大陆可直接使用", en: "Usable from mainland China" },
  stable: { zh: "少折腾：选更新换代少的成熟工具（趋势十）", en: "Fewer changes: mature tools that iterate less (trend 10)" },
  limit: { zh: "显示几个结果？", en: "How many results?" },
} as const;
/** The words of the prompts' key hints ("↑↓ navigate • ⏎ select"), which the prompts library prints in English. */
const KEYS: Record<string, { zh: string; en: string }> = {
  navigate: { zh: "移动", en: "navigate" },
  select: { zh: "选择", en: "select" },
  submit: { zh: "确认", en: "submit" },
  all: { zh: "全选", en: "all" },
  invert: { zh: "反选", en: "invert" },
  space: { zh: "空格", en: "space" },
};

/** A key or an action of a key hint in the user's language; keys such as ↑↓ and ⏎ stay as they are. */
export function keyHint(lang: Lang, word: string): string {
  return Object.hasOwn(KEYS, word) ? KEYS[word]![lang] : word;
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
  const plan = industry?.scenarios.some((s) => s.tasks.length) ? [{ name: T.plan[lang], value: PLAN }] : [];
  if (!term?.trim()) {
    const ids = [...new Set(industry ? industry.scenarios.flatMap((s) => s.tasks) : catalog.tasks.map((t) => t.id))];
    return [...plan, ...ids.map((id) => ({ name: name(id), value: id }))];
  }
  const hits = matchText(catalog.vocab().tasks, term.slice(0, SUGGEST_FROM)).filter((h) => h.weight >= 0.5).slice(0, 8);
  const shown = term.length > SUGGEST_FROM ? `${term.slice(0, SUGGEST_FROM)}…` : term;
  return [
    { name: `${T.typed[lang]}: ${shown}`, value: term },
    ...hits.map((h) => ({ name: name(h.key), value: h.key, description: h.term })),
    ...plan,
  ];
}

/** Asks the questions and returns the answers; a task id from the list is passed on as its Chinese name. */
export async function askRecommend(catalog: Catalog, lang: Lang, p: Prompts): Promise<RecommendOptions> {
  const industry = await p.select<string>({
    message: T.industry[lang],
    choices: [...catalog.industries.map((i) => ({ name: lang === "zh" ? `${i.zh}  ${i.en}` : `${i.en}  ${i.zh}`, value: i.id })), { name: T.other[lang], value: "" }],
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
  const picked = await p.search<string>({ message: T.task[lang], source, pageSize: 10 });
  const answers: RecommendOptions = { industry: industry || undefined };
  if (picked === PLAN) answers.plan = true;
  else {
    const task = catalog.tasks.find((t) => t.id === picked);
    answers.task = task ? task.zh : picked;
    if (!understandTask(catalog, answers.task).tasks.length) {
      const category = await p.select<string>({
        message: T.category[lang],
        choices: [...CATEGORY_INFO.map((c) => ({ name: `${c[lang]}  ${lang === "zh" ? c.en : c.zh}`, value: c.id as string })), { name: T.anyCategory[lang], value: "" }],
      });
      if (category) answers.category = category;
    }
  }
  answers.budget = await p.select<string>({
    message: T.budget[lang],
    choices: [{ name: T.budgetAny[lang], value: "any" }, { name: T.budgetLow[lang], value: "low" }, { name: T.budgetFree[lang], value: "free" }],
  });
  const style = await p.select<string>({
    message: T.style[lang],
    choices: [{ name: T.noPref[lang], value: "" }, { name: T.easy[lang], value: "easy" }, { name: T.custom[lang], value: "custom" }],
  });
  if (style === "easy") answers.easy = true;
  if (style === "custom") answers.custom = true;
  const prefs = await p.checkbox<"openSource" | "chinese" | "china" | "stable">({
    message: T.prefs[lang],
    choices: (["chinese", "china", "openSource", "stable"] as const).map((k) => ({ name: T[k][lang], value: k })),
  });
  for (const k of prefs) answers[k] = true;
  if (!answers.plan) {
    answers.limit = await p.select<string>({ message: T.limit[lang], choices: ["5", "3", "10"].map((n) => ({ name: n, value: n })) });
  }
  return answers;
}
