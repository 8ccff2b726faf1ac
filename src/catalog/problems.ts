// What can be wrong with a catalog file, in both languages: every problem the reader, validator and merger report.
import type { Lang } from "../i18n.js";

type P = (...a: string[]) => string;
const PROBLEMS = {
  entry: { en: (id) => `entry ${id}`, zh: (id) => `条目 ${id}` },
  entryAt: { en: (n) => `entry #${n}`, zh: (n) => `第 ${n} 条` },
  aList: { en: () => "a list", zh: () => "列表" },
  anObject: { en: () => "an object", zh: () => "对象" },
  oneOf: { en: (list, got) => `must be one of ${list} (got ${got})`, zh: (list, got) => `必须是 ${list.split(", ").join("、")} 之一（现在是 ${got}）` },
  nonEmpty: { en: (got) => `must be a non-empty string (got ${got})`, zh: (got) => `必须是非空字符串（现在是 ${got}）` },
  tooLong: { en: (max, has) => `must be at most ${max} characters (has ${has})`, zh: (max, has) => `最多 ${max} 个字符（现在 ${has} 个）` },
  bool: { en: (got) => `must be true or false (got ${got})`, zh: (got) => `必须是 true 或 false（现在是 ${got}）` },
  strList: { en: (got) => `must be a list of strings (got ${got})`, zh: (got) => `必须是字符串列表（现在是 ${got}）` },
  tooMany: { en: (max, has) => `must have at most ${max} items (has ${has})`, zh: (max, has) => `最多 ${max} 项（现在 ${has} 项）` },
  itemTooLong: { en: (max) => `each item must be at most ${max} characters`, zh: (max) => `每项最多 ${max} 个字符` },
  text: { en: (got) => `must be {"zh": "...", "en": "..."} (got ${got})`, zh: (got) => `必须是 {"zh": "...", "en": "..."}（现在是 ${got}）` },
  langTooLong: { en: (max) => `each language must be at most ${max} characters`, zh: (max) => `每种语言最多 ${max} 个字符` },
  unknownKey: { en: (key) => `has an unknown key ${key}`, zh: (key) => `含有未知的键 ${key}` },
  url: { en: (got) => `must be an http(s) address or null (got ${got})`, zh: (got) => `必须是 http(s) 网址或 null（现在是 ${got}）` },
  rank: { en: (got) => `must be a whole number from 1 to 50, or null (got ${got})`, zh: (got) => `必须是 1 到 50 的整数或 null（现在是 ${got}）` },
  quotes: { en: () => "must be a list of {ref, zh, en}", zh: () => "必须是 {ref, zh, en} 的列表" },
  featured: { en: () => "must be null or {ref, useCases, status}", zh: () => "必须是 null 或 {ref, useCases, status}" },
  sources: { en: () => "must be a list of {kind, fields}", zh: () => "必须是 {kind, fields} 的列表" },
  sourceKind: { en: (kinds) => `each source needs a kind: one of ${kinds}`, zh: (kinds) => `每个来源都要有 kind：${kinds} 之一` },
  sourceFields: { en: () => "each source needs fields: a list of field names", zh: () => "每个来源都要有 fields：字段名列表" },
  sourceText: { en: () => 'a source\'s ref must be a string, its note a string or {"zh": "...", "en": "..."}', zh: () => '来源的 ref 必须是字符串，note 必须是字符串或 {"zh": "...", "en": "..."}' },
  sourceKey: { en: (key) => `a source has an unknown key ${key}`, zh: (key) => `来源含有未知的键 ${key}` },
  notArray: {
    en: (got) => `must be a JSON array of tools, like [{"id": "my-tool", "name": "My Tool", "category": "image"}] (got ${got})`,
    zh: (got) => `必须是工具的 JSON 数组，例如 [{"id": "my-tool", "name": "My Tool", "category": "image"}]（现在是 ${got}）`,
  },
  notObject: { en: (got) => `must be an object (got ${got})`, zh: (got) => `必须是对象（现在是 ${got}）` },
  slug: { en: (got) => `must be a lowercase slug like "my-tool" (got ${got})`, zh: (got) => `必须是小写短标识，如 "my-tool"（现在是 ${got}）` },
  missing: { en: () => "is missing", zh: () => "缺失" },
  unknownField: { en: () => "unknown field", zh: () => "未知的字段" },
  meant: { en: (f) => `unknown field: did you mean "${f}"?`, zh: (f) => `未知的字段，是不是 "${f}"？` },
  unsourced: { en: (fields) => `no source names ${fields}`, zh: (fields) => `没有来源说明 ${fields}` },
  unknownTask: { en: (w) => `unknown task ${w}`, zh: (w) => `未知的任务 ${w}` },
  unknownIndustry: { en: (w) => `unknown industry ${w}`, zh: (w) => `未知的行业 ${w}` },
  repeatsId: { en: (n) => `repeats the id of entry #${n}`, zh: (n) => `与第 ${n} 条的 id 重复` },
  rankTaken: { en: (rank, id) => `${rank} is also the rank of ${id}`, zh: (rank, id) => `${rank} 已是 ${id} 的排名` },
  rankTakenIn: { en: (rank, id, where) => `${rank} is also the rank of ${id} in ${where}`, zh: (rank, id, where) => `${rank} 已是 ${where} 中 ${id} 的排名` },
  builtIn: { en: () => "the built-in catalog", zh: () => "内置目录" },
  empty: {
    en: () => 'is empty; a catalog is a JSON array of tools, like [{"id": "my-tool", "name": "My Tool", "category": "image"}]',
    zh: () => '是空的；目录应是工具的 JSON 数组，例如 [{"id": "my-tool", "name": "My Tool", "category": "image"}]',
  },
  notJson: { en: (why) => `is not valid JSON (${why}); check it with a JSON linter or your editor`, zh: (why) => `不是有效的 JSON（${why}）；请用 JSON 检查工具或编辑器查看` },
  noFile: { en: () => "no such file; check the path given to --data or AIGC_DATA", zh: () => "文件不存在；请检查 --data 或 AIGC_DATA 给出的路径" },
  unreadable: { en: (code) => `cannot be read (${code})`, zh: (code) => `无法读取（${code}）` },
  directory: { en: () => "is a directory; give the path of a JSON file", zh: () => "是目录；请给出 JSON 文件的路径" },
  notFile: { en: () => "is not a file; give the path of a JSON file", zh: () => "不是文件；请给出 JSON 文件的路径" },
  utf16: { en: () => "is UTF-16 text; save it as UTF-8 (most editors offer this under Save As or Encoding)", zh: () => "是 UTF-16 编码；请另存为 UTF-8（多数编辑器在“另存为”或“编码”中可选）" },
  notUtf8: { en: () => "is not valid UTF-8 text; save it as UTF-8", zh: () => "不是有效的 UTF-8 文本；请另存为 UTF-8" },
  tooManyObjects: { en: (n, most) => `holds ${n} JSON objects, more than this process can hold in memory (about ${most} at most); split it into smaller files`, zh: (n, most) => `含有 ${n} 个 JSON 对象，超出本进程内存可容纳的数量（最多约 ${most} 个）；请拆成较小的文件` },
  tooBig: { en: (mb, max) => `is ${mb} MB; a catalog may be at most ${max} MB`, zh: (mb, max) => `有 ${mb} MB；目录最大 ${max} MB` },
} satisfies Record<string, Record<Lang, P>>;

export type ProblemKey = keyof typeof PROBLEMS;
/** Words a problem in one language. */
export type Say = (key: ProblemKey, ...args: string[]) => string;

/** The problems in one language; English unless told otherwise. */
export function sayIn(lang: Lang = "en"): Say {
  return (key, ...args) => (PROBLEMS[key][lang] as P)(...args);
}
