// The sentences that explain a score, in both languages; each names what a user can check (a rank, a report section).
import type { Lang } from "../i18n.js";

type R = (...a: string[]) => string;
const REASONS = {
  // The term is what the user typed; a step of a plan was typed by nobody, so it quotes nothing.
  taskMain: { zh: (task, term) => `主要用途就是${task}${term ? `（匹配“${term}”）` : ""}`, en: (task, term) => `${task} is what it is for${term ? ` (matched "${term}")` : ""}` },
  taskAlso: { zh: (task, term) => `能做${task}${term ? `（匹配“${term}”）` : ""}`, en: (task, term) => `does ${task}${term ? ` (matched "${term}")` : ""}` },
  taskBroader: { zh: (general, task) => `能做${general}，可用于${task}`, en: (general, task) => `does ${general}, which covers ${task}` },
  taskMore: { zh: (tasks) => `还能做${tasks}`, en: (tasks) => `also does ${tasks}` },
  nameMatch: { zh: (term) => `名称或简介与“${term}”相符`, en: (term) => `its name or summary matches "${term}"` },
  reportNamed: { zh: (ind, sc, ref) => `报告在${ind}「${sc}」中点名了它 [${ref}]`, en: (ind, sc, ref) => `the report names it for ${ind}: ${sc} [${ref}]` },
  industryFit: { zh: (ind) => `适用于${ind}`, en: (ind) => `suits ${ind}` },
  category: { zh: (c) => `输出类型为${c}`, en: (c) => `makes ${c}` },
  rank: { zh: (n) => `a16z 2024年3月全球Top50第${n}名`, en: (n) => `a16z Top 50 #${n} (March 2024)` },
  featured: { zh: (c, ref) => `报告推荐的${c}工具 [${ref}]`, en: (c, ref) => `the report's featured ${c} tool [${ref}]` },
  free: { zh: () => `免费使用`, en: () => `free to use` },
  openSourceFree: { zh: () => `开源，可免费使用`, en: () => `open source, free to use` },
  freemium: { zh: () => `有免费额度`, en: () => `has a free tier` },
  paidLow: { zh: () => `需付费`, en: () => `paid` },
  openSource: { zh: () => `开源或开放权重，可自行部署和定制（趋势二）`, en: () => `open source or open weights: run and customise it yourself (trend 2)` },
  chinese: { zh: (lvl) => `中文支持：${lvl}`, en: (lvl) => `Chinese support: ${lvl}` },
  chinaYes: { zh: () => `中国大陆可直接使用`, en: () => `usable in mainland China` },
  chinaUnknown: { zh: () => `中国大陆能否使用未知`, en: () => `mainland China access unknown` },
  easy: { zh: () => `开箱即用，上手容易（报告：Midjourney易用性更高）`, en: () => `ready to use, easy to start (the report: Midjourney is easier)` },
  custom: { zh: () => `可深度定制和二次开发（报告：Stable Diffusion开发性更强）`, en: () => `deeply customisable (the report: Stable Diffusion is more developable)` },
  stable: { zh: (n) => `用户众多的成熟产品（a16z第${n}名），更换成本低（趋势十）`, en: (n) => `a mature, widely used product (a16z #${n}): less churn (trend 10)` },
  popular: { zh: () => `热门通用工具`, en: () => `a popular general tool` },
} satisfies Record<string, Record<Lang, R>>;

export type ReasonKey = keyof typeof REASONS;

/** One reason sentence in the user's language. */
export function reason(lang: Lang, key: ReasonKey, ...args: string[]): string {
  return (REASONS[key][lang] as R)(...args);
}
