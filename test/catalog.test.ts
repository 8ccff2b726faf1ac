// Team catalogs: what a file may hold, every way it can be wrong, and how its tools join the built-in ones.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, parseCatalogText, readTeamFile as readInto } from "../src/catalog/load.js";
import { mergeTeamFiles } from "../src/catalog/merge.js";
import { validateTools } from "../src/catalog/validate.js";
import { CatalogError } from "../src/errors.js";
import { problemLine } from "../src/render/problems.js";
import { ANSI, catalog, cli } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "aigc-catalog-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, body: string) => {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
};
const json = async (argv: string[], env = {}) => JSON.parse((await cli(argv, { env: { LANG: "en_US.UTF-8", ...env } })).out);
const minimal = { id: "my-tool", name: "My Tool", category: "image" };
/** A team file's entries validated, their problems worded as a person reads them. */
const team = (entries: unknown[]) => {
  const { tools, errors } = validateTools(entries, { strict: false });
  return { tools, errors: errors.map((p) => problemLine(p, "en")) };
};
/** Team files merged, their problems worded. */
const merge = (...args: Parameters<typeof mergeTeamFiles>) => {
  const { catalog: merged, problems } = mergeTeamFiles(...args);
  return { catalog: merged, problems: problems.map((p) => problemLine(p, "en")) };
};
/** What reading a file fails with, as the one line a person sees. */
const failure = (read: Promise<unknown>) =>
  read.then(() => "", (e: unknown) => (e instanceof CatalogError ? problemLine(e.problems[0]!, "en") : `not a CatalogError: ${String(e)}`));

describe("a team catalog entry", () => {
  it("needs only id, name and category, and gets documented defaults for the rest", () => {
    const { tools, errors } = team([minimal]);
    expect(errors).toEqual([]);
    expect(tools[0]).toMatchObject({
      ...minimal, nameZh: null, aliases: [], website: null, tasks: [], pricing: "unknown", openSource: false,
      chinese: "unknown", chinaAccess: "unknown", adult: false, rank: null, sources: [],
    });
  });

  it.each([
    [{ ...minimal, id: "My Tool" }, /entry "My Tool": id: must be a lowercase slug/],
    [{ ...minimal, category: "hologram" }, /entry "my-tool": category: must be one of text, image/],
    [{ ...minimal, name: "" }, /name: must be a non-empty string/],
    [{ ...minimal, name: 42 }, /name: must be a non-empty string \(got 42\)/],
    [{ ...minimal, rank: 51 }, /rank: must be a whole number from 1 to 50/],
    [{ ...minimal, rank: 0 }, /rank: must be a whole number from 1 to 50/],
    [{ ...minimal, rank: 2.5 }, /rank: must be a whole number/],
    [{ ...minimal, openSource: "yes" }, /openSource: must be true or false/],
    [{ ...minimal, aliases: "SD" }, /aliases: must be a list of strings/],
    [{ ...minimal, website: "javascript:alert(1)" }, /website: must be an http\(s\) address/],
    [{ ...minimal, summary: "just one language" }, /summary: must be \{"zh"/],
    [{ ...minimal, catgory: "image" }, /catgory: unknown field: did you mean "category"\?/],
    [JSON.parse('{"id":"my-tool","name":"x","category":"text","__proto__":{"polluted":true}}'), /__proto__: unknown field/],
    [{ ...minimal, name: "x".repeat(201) }, /name: must be at most 200 characters/],
    ["a string", /entry #1: \(entry\): must be an object/],
  ])("refuses %j by entry and field", (entry, problem) => {
    const { tools, errors } = team([entry]);
    expect(tools).toEqual([]);
    expect(errors.join("\n")).toMatch(problem);
  });

  it("reports every problem of a file, not just the first", () => {
    const { errors } = team([{ id: "A", name: "", category: "x" }, { ...minimal, rank: 99 }]);
    expect(errors.length).toBe(4);
  });

  it("refuses a repeated id and a repeated rank within the file", () => {
    const { errors } = team([{ ...minimal, rank: 3 }, { ...minimal, name: "Again" }, { ...minimal, id: "other", rank: 3 }]);
    expect(errors.join("\n")).toMatch(/entry "my-tool": id: repeats the id of entry #1/);
    expect(errors.join("\n")).toMatch(/entry "other": rank: 3 is also the rank of "my-tool"/);
  });

  it("survives any nesting depth and never lets prototype keys through", () => {
    const deep = JSON.parse(`{"id":"d","name":"d","category":"text","summary":${"[".repeat(50000)}${"]".repeat(50000)}}`);
    expect(team([deep]).errors[0]).toMatch(/summary: .*got a list/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses unknown keys inside nested values too, so nothing unknown rides along", () => {
    expect(team([{ ...minimal, summary: { zh: "中", en: "en", extra: { deep: 1 } } }]).errors).toEqual([
      'entry "my-tool": summary: has an unknown key "extra"',
    ]);
    const proto = JSON.parse('{"id":"p","name":"P","category":"text","sources":[{"kind":"team","fields":[],"__proto__":{"x":1}}]}');
    expect(team([proto]).errors[0]).toMatch(/sources: a source has an unknown key "__proto__"/);
  });
});

/** Reads a team file the way --data does, collecting what it holds. */
async function readTeamFile(path: string): Promise<unknown[]> {
  const entries: unknown[] = [];
  await readInto(path, { add: (e) => void entries.push(...e), notArray: (json) => void entries.push(json) });
  return entries;
}

describe("reading a catalog file", () => {
  it("accepts a BOM and CRLF line ends", () => {
    expect(parseCatalogText(`\uFEFF[\r\n  {"id": "a", "name": "A", "category": "text"}\r\n]\r\n`, "f.json")).toHaveLength(1);
  });

  it.each([
    ["empty.json", "", /empty\.json: is empty/],
    ["blank.json", " \n\t", /blank\.json: is empty/],
    ["broken.json", "{ not json", /broken\.json: is not valid JSON/],
  ])("refuses %s by name", async (name, body, problem) => {
    expect(await failure(readTeamFile(file(name, body)))).toMatch(problem);
  });

  it("names a missing path, a directory and a file too large to hold", async () => {
    const sub = join(dir, "a-folder");
    mkdirSync(sub, { recursive: true });
    expect(await failure(readTeamFile(join(dir, "nope.json")))).toMatch(/nope\.json: no such file/);
    expect(await failure(readTeamFile(sub))).toMatch(/a-folder: is a directory/);
    const huge = file("huge.json", "");
    truncateSync(huge, MAX_FILE_BYTES + 1); // sparse: no disk is used
    expect(await failure(readTeamFile(huge))).toMatch(/huge\.json: is 512 MB; a catalog may be at most 511 MB/);
    truncateSync(huge, 512 * 2 ** 20); // exactly 512 MiB: one byte more than V8's longest string, once ERR_STRING_TOO_LONG
    expect(await failure(readTeamFile(huge))).toMatch(/huge\.json: is 512 MB; a catalog may be at most 511 MB/);
  });

  it("names the encoding of a file that is not UTF-8", async () => {
    const utf16 = join(dir, "utf16.json");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('[{"id": "a", "name": "A", "category": "text"}]', "utf16le")]));
    expect(await failure(readTeamFile(utf16))).toMatch(/utf16\.json: is UTF-16 text; save it as UTF-8/);
    const latin1 = join(dir, "latin1.json");
    writeFileSync(latin1, Buffer.from('[{"id": "a", "name": "Caf\xe9", "category": "text"}]', "latin1"));
    expect(await failure(readTeamFile(latin1))).toMatch(/latin1\.json: is not valid UTF-8 text/);
  });

  it("reads a large file in slices to the same entries as one parse, and still refuses a trailing comma", async () => {
    const entries = Array.from({ length: 1234 }, (_, i) => ({ id: `t-${i}`, name: `T, "${i}" [x] {y}\\`, category: "text", tasks: [] }));
    expect(await readTeamFile(file("many.json", JSON.stringify(entries, null, 1)))).toEqual(entries);
    const trailing = `${JSON.stringify(entries.slice(0, 500)).slice(0, -1)},]`;
    expect(await failure(readTeamFile(file("trailing.json", trailing)))).toMatch(/trailing\.json: is not valid JSON/);
    expect(await readTeamFile(file("empty-array.json", " [ ] "))).toEqual([]);
  });

  it("refuses a file of more objects than memory holds, before parsing it", async () => {
    // 12 million empty objects in 36 MB would take gigabytes once parsed.
    const body = `[${"{},".repeat(12_000_000 - 1)}{}]`;
    const path = join(dir, "objects.json");
    writeFileSync(path, body);
    expect(await failure(readTeamFile(path))).toMatch(/objects\.json: holds \d+ JSON objects, more than this process can hold/);
  });

  it("fails with nothing but CatalogError", async () => {
    for (const body of ["", "nul", "[1,", "\u0000"]) {
      await expect(readTeamFile(file("x.json", body))).rejects.toBeInstanceOf(CatalogError);
    }
  });
});

describe("merging team tools into the built-in catalog", () => {
  const base = catalog();

  it("replaces a tool whose id is known and adds the others, each marked with its file", () => {
    const { catalog: merged, problems } = merge(base, [{ file: "team.json", json: [{ id: "midjourney", name: "MJ (ours)", category: "image", rank: 14 }, minimal] }]);
    expect(problems).toEqual([]);
    expect(merged.tools).toHaveLength(base.tools.length + 1);
    expect(merged.tools.find((t) => t.id === "midjourney")).toMatchObject({ name: "MJ (ours)", origin: "team.json" });
    expect(merged.tools.find((t) => t.id === "chatgpt")!.origin).toBe("built-in");
  });

  it("lets a later file win over an earlier one", () => {
    const { catalog: merged } = merge(base, [
      { file: "a.json", json: [{ ...minimal, name: "From A" }] },
      { file: "b.json", json: [{ ...minimal, name: "From B" }] },
    ]);
    expect(merged.tools.find((t) => t.id === "my-tool")).toMatchObject({ name: "From B", origin: "b.json" });
  });

  it("refuses a rank another tool already has, naming both", () => {
    const { problems } = merge(base, [{ file: "t.json", json: [{ ...minimal, rank: 1 }] }]);
    expect(problems).toEqual([expect.stringMatching(/^t\.json: entry "my-tool": rank: 1 is also the rank of "chatgpt" in the built-in catalog/)]);
  });

  it("understands tasks and industries by id or by name in either language", () => {
    const { catalog: merged, problems } = merge(base, [{ file: "t.json", json: [{ ...minimal, tasks: ["配音", "background removal", "upscale"], industries: ["短剧", "manga"] }] }]);
    expect(problems).toEqual([]);
    expect(merged.tools.find((t) => t.id === "my-tool")).toMatchObject({ tasks: ["dubbing", "background-removal", "upscale"], industries: ["film", "comics"] });
  });

  it("names a task or industry it does not know", () => {
    const { problems } = merge(base, [{ file: "t.json", json: [{ ...minimal, tasks: ["teleport"], industries: ["zzqqxx"] }] }]);
    expect(problems.join("\n")).toMatch(/tasks: unknown task "teleport"/);
    expect(problems.join("\n")).toMatch(/industries: unknown industry "zzqqxx"/);
  });
});

describe("--data, AIGC_DATA and aigc validate", () => {
  const ours = file("ours.json", JSON.stringify([
    { id: "shuiyin-dashi", name: "去水印大师", category: "image", tasks: ["修图"], summary: { zh: "团队自用的去水印工具", en: "Our watermark remover" } },
  ]));
  const other = file("other.json", JSON.stringify([{ id: "team-voice", name: "Team Voice", category: "audio", tasks: ["dubbing"] }]));

  it("adds a team catalog given before or after the command, and repeated", async () => {
    for (const argv of [["--data", ours, "list", "--json"], ["list", "--json", "--data", ours], ["list", "--data", ours, "--data", other, "--json"]]) {
      const ids = (await json(argv)).map((t: { id: string }) => t.id);
      expect(ids).toContain("shuiyin-dashi");
      expect(ids).toContain("chatgpt");
    }
    expect((await json(["list", "--data", ours, "--data", other, "--json"])).map((t: { id: string }) => t.id)).toContain("team-voice");
  });

  it("reads AIGC_DATA as a list of paths separated as PATH is", async () => {
    const ids = (await json(["list", "--json"], { AIGC_DATA: [ours, "", other].join(delimiter) })).map((t: { id: string }) => t.id);
    expect(ids).toEqual(expect.arrayContaining(["shuiyin-dashi", "team-voice"]));
  });

  it("round-trips: list --json output is itself a valid catalog", async () => {
    const out = (await cli(["list", "--json", "--data", ours])).out;
    const again = await json(["--data", file("round.json", out), "list", "--json"]);
    expect(again.map((t: { id: string }) => t.id)).toEqual(JSON.parse(out).map((t: { id: string }) => t.id));
    expect(again.find((t: { id: string }) => t.id === "chatgpt")).toMatchObject({ rank: 1, origin: expect.stringMatching(/round\.json$/) });
  });

  it("says in list where each tool came from", async () => {
    const r = await cli(["list", "--data", ours, "--category", "image"], { stdoutIsTTY: true, columns: 160, env: { NO_COLOR: "1" } });
    expect(r.out).toMatch(/From/);
    expect(r.out).toMatch(/ours\.json/);
    expect(r.out).toMatch(/built-in/);
  });

  it("finds a team tool with a Chinese name by pinyin and by its task", async () => {
    expect((await json(["--data", ours, "search", "qushuiyin", "--json"]))[0].id).toBe("shuiyin-dashi");
    expect((await json(["--data", ours, "show", "qsydS", "--json"])).id).toBe("shuiyin-dashi");
    const rec = await json(["--data", ours, "recommend", "--task", "修图", "--limit", "20", "--json"]);
    expect(rec.map((t: { id: string }) => t.id)).toContain("shuiyin-dashi");
  });

  it("stops with one line naming the file and entry when a catalog is broken", async () => {
    const bad = file("bad.json", JSON.stringify([{ id: "x-1", name: "X", category: "hologram" }, { id: "x-2", name: "", category: "text" }]));
    const r = await cli(["--data", bad, "list"]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/bad\.json: entry "x-1": category: .*and 1 more; aigc validate/);
  });

  it("words every problem in the user's language", async () => {
    const bad = file("bad-zh.json", JSON.stringify([{ id: "x-1", name: "X", category: "hologram" }]));
    const zh = await cli(["--data", bad, "list", "--lang", "zh"]);
    expect(zh.err).toMatch(/条目 "x-1": category: 必须是 text、image、audio、video、office 之一（现在是 "hologram"）/);
    expect((await cli(["validate", join(dir, "none.json")], { env: { LANG: "zh_CN.UTF-8" } })).out).toMatch(/文件不存在/);
  });

  it("validate lists every problem and exits 1, or says the file is fine", async () => {
    const bad = file("bad2.json", JSON.stringify([{ id: "A", name: "", category: "x" }, { id: "b", name: "B", category: "text", rank: 1 }]));
    const r = await cli(["validate", bad]);
    expect(r.code).toBe(1);
    expect(r.out.trim().split("\n")).toHaveLength(4);
    expect(r.out).toMatch(/entry "b": rank: 1 is also the rank of "chatgpt"/);
    expect(r.err).toMatch(/4 problems in .*bad2\.json/);
    const ok = await cli(["validate", ours, "--json"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toEqual([{ file: ours, ok: true, tools: 1, problems: [] }]);
    const missing = await cli(["validate", join(dir, "missing.json"), "--json"]);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.out)[0].problems[0]).toMatch(/no such file/);
  });

  it("never passes escape sequences from a catalog to the terminal, colour on or off", async () => {
    const evil = file("evil.json", JSON.stringify([{
      id: "evil", name: "Evil\u001b[2J\u001b]0;pwned\u0007Tool", category: "text", aliases: ["\u009b31m"], tasks: ["chat"],
      summary: { zh: "坏\u001b[31m红", en: "bad\u0007bell\u202eoverride" }, developer: "\u001bc reset",
    }]));
    const views = [["list"], ["show", "evil"], ["search", "evil"], ["recommend", "--task", "chat", "--limit", "50"], ["show", "evil", "--json"]];
    for (const argv of views) {
      for (const env of [{ NO_COLOR: "1" }, { FORCE_COLOR: "1" }]) {
        const r = await cli(["--data", evil, ...argv], { stdoutIsTTY: true, columns: 120, env });
        const withoutColour = r.out.replace(/\x1b\[[0-9;]*m/g, "");
        expect(withoutColour, argv.join(" ")).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
        expect(r.code).toBe(0);
      }
    }
    expect((await cli(["--data", evil, "list"], { stdoutIsTTY: true, env: { FORCE_COLOR: "1" } })).out).toMatch(ANSI);
  });
});

describe("the JSON Schema editors use", () => {
  const schema = JSON.parse(readFileSync(new URL("../data/catalog.schema.json", import.meta.url), "utf8"));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const check = ajv.compile(schema);

  it("accepts the built-in catalog as list --json prints it", async () => {
    const tools = await json(["list", "--json"]);
    expect(check(tools), JSON.stringify(check.errors?.slice(0, 3))).toBe(true);
    expect(check([minimal])).toBe(true);
  });

  it.each([
    [{ ...minimal, id: "My Tool" }],
    [{ ...minimal, category: "hologram" }],
    [{ ...minimal, rank: 51 }],
    [{ ...minimal, catgory: "x" }],
    [{ id: "x", name: "x" }],
    [{ ...minimal, website: "ftp://x" }],
  ])("refuses what the loader refuses: %j", (entry) => {
    expect(check([entry])).toBe(false);
    expect(team([entry]).errors.length).toBeGreaterThan(0);
  });
});
