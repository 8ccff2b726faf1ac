// What can be wrong with a catalog file, as data: a problem's key and its values, and where it is (the file, the entry,
// the field). The renderers word it in the user's language (render/problems.ts); the catalog holds no language.

/** Every kind of problem the reader, validator and merger report. */
export const PROBLEM_KEYS = [
  "entry",
  "entryAt",
  "aList",
  "anObject",
  "oneOf",
  "nonEmpty",
  "tooLong",
  "bool",
  "strList",
  "tooMany",
  "itemTooLong",
  "text",
  "langTooLong",
  "unknownKey",
  "url",
  "rank",
  "quotes",
  "featured",
  "sources",
  "sourceKind",
  "sourceFields",
  "sourceText",
  "sourceKey",
  "notArray",
  "notObject",
  "slug",
  "missing",
  "unknownField",
  "meant",
  "unsourced",
  "unknownTask",
  "unknownIndustry",
  "repeatsId",
  "rankTaken",
  "rankTakenIn",
  "builtIn",
  "empty",
  "notJson",
  "noFile",
  "unreadable",
  "directory",
  "notFile",
  "utf16",
  "notUtf8",
  "tooManyObjects",
  "tooBig",
  "rankings",
  "price",
  "statusNote",
  "webSource",
  "teamOnly",
  "statusNoteNeeded",
  "chinaNoteNeeded",
  "notBuilt",
] as const;
export type ProblemKey = (typeof PROBLEM_KEYS)[number];

/** A message about a catalog: its key and its values, which may be messages themselves ("a list", "an object"). */
export interface Msg {
  key: ProblemKey;
  args: Array<string | Msg>;
}
/** Makes a message; the validator's checks are written with it. */
export type Say = (key: ProblemKey, ...args: Array<string | Msg>) => Msg;

/** The one way to make a message. */
export const say: Say = (key, ...args) => ({ key, args });

/** One problem of a catalog: what is wrong, and where. */
export interface Problem {
  file?: string;
  /** The entry, by id or position. */
  where?: Msg;
  field?: string;
  msg: Msg;
}
