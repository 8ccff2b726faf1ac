// Reads the catalog that the build prepared: one JSON parse, no validation or pinyin work at start-up.
import { readFileSync } from "node:fs";
import type { Catalog } from "./types.js";
import { failure } from "../errors.js";

/** Loads dist/catalog.json; a missing build is a clear error, not a stack trace. */
export function loadBuiltCatalog(path: string): Catalog {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw failure(`the built catalog is missing (${path}): run "npm run build" in the aigc folder`);
  }
  const catalog = JSON.parse(text) as Catalog;
  for (const tool of catalog.tools) tool.origin = "built-in";
  return catalog;
}
