// What the catalog's ids are called in the user's language: tasks, industries, categories, scenarios, lists.
import type { Catalog, Category } from "../catalog/types.js";
import { t, type Lang } from "../messages/index.js";
import { clean } from "./safe.js";

/** The separator of a list in running text. */
export function listSep(lang: Lang): string {
  return lang === "zh" ? "、" : ", ";
}

/** A task by its id, as the vocabulary names it in the user's language. */
export function taskName(catalog: Pick<Catalog, "tasks">, id: string, lang: Lang): string {
  const task = catalog.tasks.find((x) => x.id === id);
  return clean(task ? task[lang] : id);
}

/** An industry by its id, in the user's language. */
export function industryName(catalog: Pick<Catalog, "industries">, id: string, lang: Lang): string {
  const ind = catalog.industries.find((x) => x.id === id);
  return clean(ind ? ind[lang] : id);
}

/** A category in the user's language. */
export function categoryName(id: Category, lang: Lang): string {
  return t(lang, `category.${id}`);
}

/** Industries' names for error messages, so the user sees what they could have typed. */
export function industryNames(catalog: Pick<Catalog, "industries">, lang: Lang): string {
  return catalog.industries.map((i) => (lang === "zh" ? i.zh : i.id)).join(listSep(lang));
}
