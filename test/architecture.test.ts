// The rules the code keeps, checked on the sources: the layers import downwards only, only main.ts touches the process,
// and every language has every message.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { messageKeys } from "../src/messages/index.js";
import { ROOT } from "./helpers.js";

const SRC = join(ROOT, "src");
const files = readdirSync(SRC, { recursive: true }).map(String).filter((f) => f.endsWith(".ts"));
const code = (f: string) => readFileSync(join(SRC, f), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "");
const imports = (f: string) => [...code(f).matchAll(/from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1] ?? m[2]!);

describe("the layers", () => {
  it.each(files.filter((f) => /^(core|catalog)\//.test(f)))("%s imports nothing that words or draws", (f) => {
    for (const i of imports(f)) expect(i, `${f} imports ${i}`).not.toMatch(/\/(render|prompts|messages|commands)\/|\/(main|cli|program|context)\.js$/);
  });

  it("lets only src/main.ts touch the process", () => {
    const touching = files.filter((f) => /\bprocess\.(?!env\b)/.test(code(f)) || /\bprocess\.env\b/.test(code(f)));
    expect(touching).toEqual(["main.ts"]);
  });

  it("has every command in a folder of its own: its spec, its run, and its renderer where it prints more than a line", () => {
    const commands = readdirSync(join(SRC, "commands"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    for (const c of commands) expect(readdirSync(join(SRC, "commands", c)), c).toEqual(expect.arrayContaining(["spec.ts", "run.ts"]));
  });
});

describe("the message tables", () => {
  it("give both languages the same keys, none of them empty", () => {
    expect(messageKeys("zh")).toEqual(messageKeys("en"));
    expect(messageKeys("en").length).toBeGreaterThan(200);
  });
});

describe("the one description of a tool", () => {
  it("is what data/catalog.schema.json and the field table of data/README.md say", async () => {
    const { fieldTable, jsonSchema } = await import("../src/catalog/describe.js");
    expect(JSON.parse(readFileSync(join(ROOT, "data", "catalog.schema.json"), "utf8"))).toEqual(jsonSchema());
    expect(readFileSync(join(ROOT, "data", "README.md"), "utf8")).toContain(fieldTable());
  });
});
