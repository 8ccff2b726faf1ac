// The report's five categories: their names in both languages and the words people use for them.
import type { Category } from "../catalog/types.js";

export interface CategoryInfo {
  id: Category;
  zh: string;
  en: string;
  /** Other words for the category; the first zh one is what the report's section title uses. */
  aliases: { zh: string[]; en: string[] };
}

export const CATEGORY_INFO: readonly CategoryInfo[] = [
  // Only words that name the kind of output; words for tasks ("文案", "chat", "music") belong to the task vocabulary.
  { id: "text", zh: "文字", en: "Text", aliases: { zh: ["文本", "文字工具"], en: ["llm"] } },
  { id: "image", zh: "图像", en: "Image", aliases: { zh: ["图片", "图像工具"], en: ["images", "picture", "pictures"] } },
  { id: "audio", zh: "音频", en: "Audio", aliases: { zh: ["音频工具", "声音"], en: ["sound"] } },
  { id: "video", zh: "视频", en: "Video", aliases: { zh: ["视频工具"], en: ["videos", "vlog", "vlogs"] } },
  { id: "office", zh: "办公", en: "Office", aliases: { zh: ["办公工具"], en: ["productivity"] } },
];

/** Finds a category by exact id or name in either language (not fuzzy: a wrong category is a usage error). */
export function categoryByName(input: string): CategoryInfo | undefined {
  const q = input.normalize("NFKC").trim().toLowerCase();
  return CATEGORY_INFO.find(
    (c) => c.id === q || c.zh === q || c.en.toLowerCase() === q || c.aliases.zh.includes(q) || c.aliases.en.includes(q),
  );
}
