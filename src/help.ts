// Every line of help in both languages: descriptions of commands, options and arguments, the examples that open each
// command's help (people learn a CLI from examples first), and the titles commander prints.
import type { Lang } from "./i18n.js";

type T = { zh: string; en: string };

const TEXT = {
  header: {
    zh: "这件事该用哪个AI工具？ Which AI tool should I use for this?\n依据《2024年AIGC发展趋势报告》（靠谱二次元，2024年5月）和 a16z 全球生成式AI网站 Top 50（2024年3月）推荐工具。",
    en: "Which AI tool should I use for this? 这件事该用哪个AI工具？\nRecommendations from the 2024 AIGC trend report (靠谱二次元, May 2024) and the a16z Top 50 gen-AI web products (March 2024).",
  },
  version: { zh: "显示版本号", en: "print the version" },
  help: { zh: "显示帮助", en: "display help for command" },
  helpCommand: { zh: "显示某个命令的帮助", en: "display help for command" },
  lang: { zh: "输出语言：zh 或 en（默认按 LANG 环境变量）", en: "language of the output: zh or en (default: from LANG)" },
  color: { zh: "不用颜色（NO_COLOR=1 效果相同）", en: "no colour (NO_COLOR=1 does the same)" },
  data: { zh: "加入团队工具目录（JSON），可重复；AIGC_DATA 效果相同", en: "add a team catalog, repeatable (AIGC_DATA does the same)" },
  json: { zh: "输出 JSON，供脚本使用", en: "print JSON for scripts" },
  limit: { zh: "显示几个结果", en: "how many results" },
  recommend: { zh: "按你的行业和任务给工具排名，并说明理由（在终端里会逐步提问）", en: "rank the tools that fit your industry and task, with reasons (asks on a terminal)" },
  "recommend.industry": { zh: "你的行业，如 漫画、游戏、短剧、网文", en: "your industry, e.g. 漫画, games, 短剧, web novel" },
  "recommend.task": { zh: "想做什么，中文、英文、拼音都行：上色、配音、peiyin、remove background", en: "what to do, in any words: 上色, voice over, peiyin, remove background" },
  "recommend.category": { zh: "只要这类输出：文字、图像、音频、视频、办公", en: "only this output: text, image, audio, video, office" },
  "recommend.budget": { zh: "预算：free（免费）、low（低价）或 any（不限，默认）（趋势六）", en: "free, low or any (the default) (trend 6)" },
  "recommend.openSource": { zh: "优先开源（趋势二）", en: "prefer open source (trend 2)" },
  "recommend.chinese": { zh: "优先中文支持好的", en: "prefer good Chinese support" },
  "recommend.china": { zh: "只要中国大陆能直接用的", en: "only tools usable from mainland China" },
  "recommend.easy": { zh: "优先简单易用的（如 Midjourney）", en: "prefer easy to use (like Midjourney)" },
  "recommend.custom": { zh: "优先可定制的（如 Stable Diffusion）", en: "prefer customisable (like Stable Diffusion)" },
  "recommend.stable": { zh: "优先更新换代少的成熟工具（趋势十）", en: "prefer mature tools that change less often (trend 10)" },
  "recommend.nsfw": { zh: "包括成人内容陪伴网站", en: "include adult companion sites" },
  "recommend.plan": { zh: "按行业工作流程的每一步各推荐工具", en: "a tool for each step of the industry's workflow" },
  "recommend.limit": { zh: "显示几个结果（默认 5）", en: "how many results (default 5)" },
  compare: { zh: "并排比较工具：收费、开源、中文支持、排名、能做什么", en: "tools side by side: pricing, open source, Chinese support, rank, tasks" },
  "compare.tools": { zh: "两个或更多工具，用名称、别名或拼音", en: "two or more tools, by name, alias or pinyin" },
  list: { zh: "列出目录里的工具", en: "list the tools in the catalog" },
  "list.category": { zh: "文字、图像、音频、视频、办公（或 text、image、audio、video、office）", en: "text, image, audio, video, office (or 文字, 图像, 音频, 视频, 办公)" },
  "list.industry": { zh: "行业，如 漫画、游戏、短剧", en: "an industry, e.g. 漫画, games, 短剧" },
  "list.sort": { zh: "排序：rank（a16z 排名，默认）或 name（名称）", en: "rank (the default) or name" },
  show: { zh: "一个工具的全部信息，附报告原文和来源", en: "one tool in full, with the report's words and the sources" },
  "show.tool": { zh: "工具的 id、名称、别名、中文名或拼音", en: "id, name, alias, Chinese name or pinyin" },
  search: { zh: "模糊搜索名称、别名、拼音或任务，中英文都行", en: "fuzzy search by name, alias, pinyin or task, in Chinese or English" },
  "search.query": { zh: "要找的内容", en: "what to look for" },
  "search.limit": { zh: "显示几个结果（默认 10）", en: "how many results (default 10)" },
  trend: { zh: "报告中2024年的十大趋势，或其中一条", en: "the report's ten trends for 2024, or one of them" },
  "trend.n": { zh: "趋势编号，1 到 10", en: "trend number, 1 to 10" },
  scenarios: { zh: "各行业如何使用AIGC，用报告原文说明", en: "how each industry uses AIGC, in the report's words" },
  "scenarios.industry": { zh: "行业，如 漫画、影视、短剧、网文", en: "an industry, e.g. 漫画, film, 短剧, web novel" },
  validate: { zh: "检查团队工具目录文件：列出每个问题及所在条目和字段", en: "check team catalog files: every problem, with its entry and field" },
  "validate.files": { zh: "目录文件（工具的 JSON 数组）", en: "catalog files (JSON arrays of tools)" },
  completion: { zh: "输出 shell 补全脚本：bash、zsh 或 fish（安装方法见 README）", en: "a shell completion script: bash, zsh or fish (see the README to install it)" },
  "completion.shell": { zh: "bash、zsh 或 fish", en: "bash, zsh or fish" },
} satisfies Record<string, T>;

export type HelpKey = keyof typeof TEXT;

/** One line of help in the user's language. */
export function helpText(lang: Lang, key: HelpKey): string {
  return TEXT[key][lang];
}

const TITLES: Record<string, T> = {
  "Usage:": { zh: "用法：", en: "Usage:" },
  "Options:": { zh: "选项：", en: "Options:" },
  "Commands:": { zh: "命令：", en: "Commands:" },
  "Arguments:": { zh: "参数：", en: "Arguments:" },
  "Global Options:": { zh: "全局选项：", en: "Global Options:" },
};

/** A title commander prints ("Usage:", "Options:") in the user's language. */
export function helpTitle(lang: Lang, title: string): string {
  return TITLES[title]?.[lang] ?? title;
}

/** Examples as [command, what it does]; the second part is in both languages where there is one. */
type Example = [string, T?];
const EXAMPLES: Record<string, Example[]> = {
  program: [
    ["aigc recommend", { zh: "回答几个问题，然后给工具排名", en: "ask a few questions, then rank the tools" }],
    ["aigc list --category 视频", { zh: "视频工具", en: "the video tools" }],
    ["aigc show 即梦", { zh: "一个工具的全部信息", en: "one tool in full" }],
    ["aigc search midjurney", { zh: "模糊搜索，拼错也能找到", en: "fuzzy search, typos welcome" }],
    ["aigc trend 6", { zh: "趋势六：价格战", en: "trend 6: the price war" }],
    ["aigc scenarios 漫画", { zh: "漫画行业如何使用AIGC", en: "how comics use AIGC" }],
    ["aigc list --json | jq '.[0]'", { zh: "供脚本使用的 JSON", en: "JSON for scripts" }],
  ],
  recommend: [
    ["aigc recommend", { zh: "逐步提问，然后排名（在终端里）", en: "ask, then rank (on a terminal)" }],
    ["aigc recommend --industry 漫画 --task 上色"],
    ['aigc recommend --task "voice over" --chinese --china'],
    ["aigc recommend --task 抠图 --budget free --json"],
    ["aigc recommend --industry 短剧 --plan"],
  ],
  compare: [["aigc compare midjourney stable-diffusion"], ["aigc compare 即梦 可灵 sora --lang zh"], ["aigc compare chatgpt kimi --json"]],
  list: [["aigc list"], ["aigc list --category image"], ["aigc list --category 音频 --sort name"], ["aigc list --industry 短剧 --json"]],
  show: [["aigc show midjourney"], ["aigc show 即梦"], ["aigc show jimeng"], ["aigc show SD --json"]],
  search: [["aigc search midjurney"], ["aigc search 抠图"], ["aigc search eleven labs"], ["aigc search peiyin --limit 3 --json"]],
  trend: [["aigc trend"], ["aigc trend 6"], ["aigc trend 10 --lang en"], ["aigc trend --json"]],
  scenarios: [["aigc scenarios"], ["aigc scenarios 漫画"], ["aigc scenarios short drama"], ["aigc scenarios 网文 --json"]],
  validate: [
    ["aigc validate team.json"],
    ["aigc validate a.json b.json --json"],
    ["aigc --data team.json list", { zh: "用上团队目录", en: "use a team catalog" }],
    ["AIGC_DATA=team.json aigc recommend --task 配音"],
  ],
  completion: [
    ["source <(aigc completion bash)", { zh: "写进 ~/.bashrc", en: "in ~/.bashrc" }],
    ["source <(aigc completion zsh)", { zh: "写进 ~/.zshrc", en: "in ~/.zshrc" }],
    ["aigc completion fish > ~/.config/fish/completions/aigc.fish"],
  ],
};

const EXIT_CODES: T = {
  zh: "退出码：0 成功，1 失败（如找不到工具），2 用法错误，130 被中断（Ctrl-C），143 被终止。",
  en: "Exit codes: 0 ok, 1 failure (e.g. tool not found), 2 usage error, 130 interrupted (Ctrl-C), 143 terminated.",
};

/** The examples that open a command's help (people learn a CLI from examples first), comments lined up by width. */
export function examples(lang: Lang, command: keyof typeof EXAMPLES, width: (s: string) => number): string {
  const list = EXAMPLES[command] ?? [];
  // Comments line up with each other; a long example without one does not push them right.
  const col = Math.max(0, ...list.filter(([, what]) => what).map(([c]) => width(c))) + 2;
  const lines = list.map(([c, what]) => (what ? `  ${c}${" ".repeat(col - width(c))}${what[lang]}` : `  ${c}`));
  return `${lang === "zh" ? "示例：" : "Examples:"}\n${lines.join("\n")}\n`;
}

/** The line that closes the top-level help: what each exit code means. */
export function exitCodes(lang: Lang): string {
  return `\n${EXIT_CODES[lang]}\n`;
}

/** The header of the top-level help. */
export function helpHeader(lang: Lang): string {
  return TEXT.header[lang];
}
