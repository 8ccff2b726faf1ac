// Words the renderers print, in both languages, in one table.
import type { Lang } from "./i18n.js";

const L = {
  rank: { zh: "排名", en: "Rank" },
  tool: { zh: "工具", en: "Tool" },
  category: { zh: "类别", en: "Category" },
  developer: { zh: "开发者", en: "Developer" },
  summary: { zh: "简介", en: "Summary" },
  website: { zh: "网址", en: "Website" },
  aliases: { zh: "别名", en: "Also known as" },
  tasks: { zh: "能做", en: "Tasks" },
  industries: { zh: "适用行业", en: "Industries" },
  pricing: { zh: "收费", en: "Pricing" },
  openSource: { zh: "开源", en: "Open source" },
  chinese: { zh: "中文支持", en: "Chinese support" },
  chinaAccess: { zh: "中国大陆可用", en: "Usable in mainland China" },
  adult: { zh: "成人内容", en: "Adult content" },
  report: { zh: "报告原文", en: "The report says" },
  featured: { zh: "报告推荐工具", en: "Featured in the report" },
  useCases: { zh: "应用场景", en: "Use cases" },
  status: { zh: "发展现状", en: "Status" },
  sources: { zh: "来源", en: "Sources" },
  origin: { zh: "来自", en: "From" },
  match: { zh: "匹配", en: "Matched" },
  trend: { zh: "趋势", en: "Trend" },
  advice: { zh: "选工具时", en: "For choosing a tool" },
  scenario: { zh: "场景", en: "Scenario" },
  toolsNamed: { zh: "报告提到的工具", en: "Tools the report names" },
  mentionedOnly: { zh: "（报告仅提及该行业）", en: "(the report only mentions this industry)" },
  score: { zh: "匹配度", en: "Score" },
  why: { zh: "主要理由", en: "Main reasons" },
  step: { zh: "步骤", en: "Step" },
  best: { zh: "首选", en: "Best" },
  runnerUp: { zh: "备选", en: "Runner-up" },
  industry: { zh: "行业", en: "Industry" },
  understoodTask: { zh: "理解的任务", en: "Task read as" },
  taskAsText: { zh: "未能对应到任务词表，按名称和简介匹配", en: "task not in the vocabulary: matched on names and summaries" },
  taskNotUnderstood: { zh: "没能理解这个任务，也没有工具的名称或简介与它相符。试试这样说：配音、抠图、做PPT、remove background，或用 aigc search 查找。", en: "The task was not understood, and no tool's name or summary matches it. Try words such as dubbing, remove background, slides, 配音, or look with aigc search." },
  noRecommendation: { zh: "没有符合条件的工具。试试放宽预算或偏好，或换个说法描述任务。", en: "No tool fits. Try a looser budget or fewer preferences, or describe the task another way." },
  yes: { zh: "是", en: "yes" },
  no: { zh: "否", en: "no" },
  unknown: { zh: "未知", en: "unknown" },
  "pricing.free": { zh: "免费", en: "free" },
  "pricing.freemium": { zh: "基础免费", en: "freemium" },
  "pricing.paid": { zh: "付费", en: "paid" },
  "pricing.open-source": { zh: "开源免费", en: "open source" },
  "pricing.unknown": { zh: "未知", en: "unknown" },
  "chinese.native": { zh: "原生中文", en: "native" },
  "chinese.good": { zh: "良好", en: "good" },
  "chinese.fair": { zh: "一般", en: "fair" },
  "chinese.poor": { zh: "较差", en: "poor" },
  "chinese.unknown": { zh: "未知", en: "unknown" },
  "source.a16z": { zh: "a16z 2024年3月榜单", en: "a16z list, March 2024" },
  "source.report": { zh: "趋势报告", en: "the report" },
  "source.outside": { zh: "报告以外的公开信息", en: "outside knowledge" },
  "source.supplement": { zh: "补充的国内工具", en: "supplement of domestic tools" },
  "source.team": { zh: "团队目录", en: "team catalog" },
  "origin.built-in": { zh: "内置", en: "built-in" },
} as const;

export type LabelKey = keyof typeof L;

/** A label in the user's language; an unknown key prints as itself rather than failing. */
export function label(lang: Lang, key: string): string {
  const entry = (L as Record<string, { zh: string; en: string }>)[key];
  return entry ? entry[lang] : key.replace(/^[a-z]+\./, "");
}
