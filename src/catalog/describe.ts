// What the one description of a tool (schema.ts) becomes for people and editors: the JSON Schema editors validate
// against (data/catalog.schema.json) and the field table of data/README.md. The build writes both.
import { A16Z_2024 } from "../core/rankings.js";
import { DERIVED_KEYS, FIELDS, PERIODS, SOURCE_KINDS, type FieldName, type FieldSpec, type Kind } from "./schema.js";

const text = { type: "object", required: ["zh", "en"], properties: { zh: { type: "string" }, en: { type: "string" } }, additionalProperties: false };

/** The JSON Schema of one kind of field. */
function schemaOf(kind: Kind): Record<string, unknown> {
  switch (kind.type) {
    case "short": return { type: "string", minLength: 1, maxLength: 200 };
    case "long": return { type: "string", maxLength: 5000 };
    case "text": return { $ref: "#/$defs/text" };
    case "list": case "words": return { type: "array", maxItems: 100, items: { type: "string", maxLength: 200 } };
    case "bool": return { type: "boolean" };
    case "url": return { type: "string", pattern: "^https?://\\S+$", maxLength: 2000 };
    case "enum": return { enum: [...kind.values] };
    case "quotes": return { type: "array", items: { type: "object", required: ["ref", "zh", "en"], properties: { ref: { type: "string" }, zh: { type: "string" }, en: { type: "string" } }, additionalProperties: false } };
    case "featured": return { type: "object", required: ["ref", "useCases", "status"], properties: { ref: { type: "string" }, useCases: { $ref: "#/$defs/text" }, status: { $ref: "#/$defs/text" } }, additionalProperties: false };
    case "sources": return { type: "array", maxItems: 100, items: { type: "object", required: ["kind", "fields"], properties: { kind: { enum: [...SOURCE_KINDS] }, ref: { type: "string" }, url: { type: "string", pattern: "^https?://\\S+$" }, checked: { type: "string", pattern: "^\\d{4}-\\d{2}$" }, fields: { type: "array", items: { type: "string" } }, note: { oneOf: [{ type: "string" }, { $ref: "#/$defs/text" }] } }, additionalProperties: false } };
    case "rankings": return { type: "array", items: { type: "object", required: ["list", "edition", "rank"], properties: { list: { type: "string" }, edition: { type: "string" }, rank: { type: "integer", minimum: 1 } }, additionalProperties: false } };
    case "price": return { type: "object", required: ["amount", "currency", "period", "asOf"], properties: { amount: { type: "number", minimum: 0 }, currency: { type: "string", pattern: "^[A-Z]{3}$" }, period: { enum: [...PERIODS] }, asOf: { type: "string", pattern: "^\\d{4}(-\\d{2})?$" } }, additionalProperties: false };
    case "statusNote": return { type: "object", required: ["zh", "en"], properties: { zh: { type: "string" }, en: { type: "string" }, newName: { type: "string" }, date: { type: "string", pattern: "^\\d{4}-\\d{2}$" } }, additionalProperties: false };
  }
}

/** The JSON Schema of a catalog file: an array of tools, as the loader takes them. */
export function jsonSchema(): Record<string, unknown> {
  const entries = Object.entries(FIELDS) as Array<[FieldName, FieldSpec]>;
  const properties: Record<string, unknown> = { id: { description: "A lowercase slug, unique: my-tool.", type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", maxLength: 100 } };
  for (const [name, spec] of entries) {
    const s = schemaOf(spec.kind);
    properties[name] = { description: spec.doc, ...(spec.nullable ? { anyOf: [s, { type: "null" }] } : s) };
  }
  for (const key of DERIVED_KEYS) properties[key] = { description: "Written by aigc list --json (or a note for people); accepted and derived again when loading." };
  properties.rank = { description: "The a16z March 2024 rank list --json writes; stands for a rankings entry.", anyOf: [{ type: "integer", minimum: 1, maximum: A16Z_2024.size }, { type: "null" }] };
  properties.openSource = { description: "Whether weights or code are open, as list --json writes it; stands for openness.", type: "boolean" };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "aigc catalog",
    description: "A team catalog for aigc: a JSON array of tools. Generated from src/catalog/schema.ts by the build; do not edit.",
    type: "array",
    items: { type: "object", required: ["id", ...entries.filter(([, s]) => !("fallback" in s)).map(([n]) => n)], properties, additionalProperties: false },
    $defs: { text },
  };
}

/** The field table of data/README.md: each field, what it holds, and what a team catalog gets when it leaves it out. */
export function fieldTable(): string {
  const kind = (k: Kind) => (k.type === "enum" ? k.values.map((v) => `\`${v}\``).join(" \\| ") : k.type === "words" ? `${k.of} ids` : k.type);
  const rows = (Object.entries(FIELDS) as Array<[FieldName, FieldSpec]>).map(([name, s]) =>
    `| \`${name}\` | ${kind(s.kind)}${s.nullable ? " or null" : ""} | ${"fallback" in s ? `\`${JSON.stringify(s.fallback)}\`` : "required"} | ${s.doc} |`);
  return ["| field | holds | left out (team catalogs) | meaning |", "|---|---|---|---|", "| `id` | slug | required | A lowercase slug, unique. |", ...rows].join("\n");
}
