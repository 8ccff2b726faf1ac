// The user's language and every message in both languages, in one table.

export type Lang = "zh" | "en";

/** The language from --lang, else LC_ALL, LC_MESSAGES, LANG (zh_* is Chinese), else English. */
export function detectLang(env: Record<string, string | undefined>): Lang {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const v = env[name];
    if (v) return /^zh/i.test(v) ? "zh" : "en";
  }
  return "en";
}

type Msg = (...args: string[]) => string;
const M = {
  unknownCategory: { zh: (v) => `未知的类别“${v}”：可选 text/文字、image/图像、audio/音频、video/视频、office/办公`, en: (v) => `unknown category "${v}": use one of text, image, audio, video, office (or 文字, 图像, 音频, 视频, 办公)` },
  unknownIndustry: { zh: (v, list) => `未知的行业“${v}”：可选 ${list}`, en: (v, list) => `unknown industry "${v}": known industries are ${list}` },
  toolNotFound: { zh: (v, s) => `没有找到工具“${v}”${s ? `，你是不是要找：${s}` : ""}。试试 aigc search ${v}`, en: (v, s) => `no tool matches "${v}"${s ? `; did you mean ${s}?` : "."} Try: aigc search ${v}` },
  trendRange: { zh: (v) => `趋势编号必须是 1 到 10 的整数（收到“${v}”）`, en: (v) => `trend number must be a whole number from 1 to 10 (got "${v}")` },
  badLimit: { zh: (v, max) => `--limit 必须是 1 到 ${max} 的整数（收到“${v}”）`, en: (v, max) => `--limit must be a whole number from 1 to ${max} (got "${v}")` },
  badSort: { zh: (v) => `--sort 只能是 rank 或 name（收到“${v}”）`, en: (v) => `--sort must be rank or name (got "${v}")` },
  badLang: { zh: (v) => `--lang 只能是 zh 或 en（收到“${v}”）`, en: (v) => `--lang must be zh or en (got "${v}")` },
  emptyQuery: { zh: () => `请输入要查找的内容，例如：aigc search 抠图`, en: () => `give something to search for, e.g. aigc search "remove background"` },
  noResults: { zh: (v) => `没有与“${v}”相关的工具。试试更短的词，或用 aigc list 浏览全部`, en: (v) => `nothing matches "${v}". Try a shorter word, or browse with aigc list` },
  badBudget: { zh: (v) => `--budget 只能是 free（免费）、low（低价）或 any（不限）（收到“${v}”）`, en: (v) => `--budget must be free, low or any (got "${v}")` },
  easyCustom: { zh: () => `--easy 和 --custom 只能选一个`, en: () => `choose one of --easy and --custom, not both` },
  emptyTask: { zh: () => `--task 不能为空，例如：--task 配音`, en: () => `--task needs a task, e.g. --task "voice over"` },
  planNeedsIndustry: { zh: (list) => `--plan 需要用 --industry 指定行业：${list}`, en: (list) => `--plan needs an --industry: one of ${list}` },
  needTwoTools: { zh: () => `请至少给出两个工具，例如：aigc compare midjourney stable-diffusion`, en: () => `give at least two tools, e.g. aigc compare midjourney stable-diffusion` },
  needTwoDifferent: { zh: (name) => `这些名称都指向同一个工具 ${name}；请给出两个不同的工具`, en: (name) => `these names all mean one tool, ${name}: give two different tools` },
  moreProblems: { zh: (n) => `（另有 ${n} 个问题；aigc validate <文件> 会全部列出）`, en: (n) => ` (and ${n} more; aigc validate <file> lists them all)` },
  invalidCatalog: { zh: (n, files, first) => `${files} 中有 ${n} 个问题，首个：${first}`, en: (n, files, first) => `${n} problem${n === "1" ? "" : "s"} in ${files}; the first: ${first}` },
  emptyData: { zh: () => `--data 需要一个目录文件的路径，例如：--data team.json`, en: () => `--data needs the path of a catalog file, e.g. --data team.json` },
  badShell: { zh: (v) => `不支持的 shell“${v}”：可选 bash、zsh、fish`, en: (v) => `unknown shell "${v}": use bash, zsh or fish` },
  unknownOption: { zh: (v) => `未知的选项“${v}”`, en: (v) => `unknown option '${v}'` },
  unknownCommand: { zh: (v) => `未知的命令“${v}”`, en: (v) => `unknown command '${v}'` },
  missingArgument: { zh: (v) => `缺少参数 <${v}>`, en: (v) => `missing required argument '${v}'` },
  optionMissingArgument: { zh: (v) => `选项 ${v} 缺少值`, en: (v) => `option '${v}' needs a value` },
  excessArguments: { zh: (v) => `“${v}”的参数太多`, en: (v) => `too many arguments for '${v}'` },
  didYouMean: { zh: (v) => `（是不是要用 ${v}？）`, en: (v) => ` (did you mean ${v}?)` },
  debugHint: { zh: () => `（设置 AIGC_DEBUG=1 可查看详情）`, en: () => ` (set AIGC_DEBUG=1 for details)` },
  writeFailed: { zh: (code) => `无法写出结果（${code}）：磁盘可能已满`, en: (code) => `cannot write the output (${code}): the disk may be full` },
  usageHint: { zh: (cmd) => `（运行 aigc ${cmd}--help 查看用法）`, en: (cmd) => ` (see: aigc ${cmd}--help)` },
} satisfies Record<string, Record<Lang, Msg>>;

export type MessageKey = keyof typeof M;

/** One message in the user's language. */
export function msg(lang: Lang, key: MessageKey, ...args: string[]): string {
  return (M[key][lang] as Msg)(...args);
}
