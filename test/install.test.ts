// Installed like any npm tool: the tarball holds what runs and nothing else, and a global install into an empty prefix
// works from any directory, offline.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const work = mkdtempSync(join(tmpdir(), "aigc-install-"));
const prefix = join(work, "prefix");
const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
let packed: Array<{ path: string }> = [];

function npm(args: string[]) {
  // --ignore-scripts: npm test has just built dist/, and rebuilding it here would pull it from under parallel tests.
  const r = spawnSync("npm", args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false" } });
  if (r.status !== 0) throw new Error(`npm ${args.join(" ")} failed: ${r.stderr}`);
  return r.stdout;
}

beforeAll(() => {
  packed = JSON.parse(npm(["pack", "--ignore-scripts", "--json", "--pack-destination", work]))[0].files;
  npm(["install", "--global", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", join(work, `aigc-${version}.tgz`)]);
}, 120000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The installed command, run from a directory that has nothing to do with the project. */
function installed(args: string[]) {
  const r = spawnSync(join(prefix, "bin", "aigc"), args, { cwd: tmpdir(), encoding: "utf8", env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8" } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("the npm package", () => {
  it("holds what the command needs and nothing else", () => {
    const paths = packed.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["bin/aigc.js", "dist/main.js", "dist/catalog.json", "dist/vocab.json", "package.json", "README.md", "LICENSE", "CHANGELOG.md"]));
    expect(paths.filter((p) => /^(src|test|scripts|\.ci)\/|^data\/(tools|report)|tsconfig|\.ts$/.test(p))).toEqual([]);
  });

  it("needs no dependencies once built", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg).toMatchObject({ bin: { aigc: "bin/aigc.js" }, engines: { node: ">=20" }, license: "MIT" });
  });

  it("works from any directory once installed globally", () => {
    expect(installed(["--version"])).toMatchObject({ code: 0, out: `${version}\n` });
    const list = installed(["list", "--json"]);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.out).length).toBeGreaterThanOrEqual(55);
    const rec = installed(["recommend", "--task", "抠图", "--limit", "3", "--json"]);
    expect(rec.code).toBe(0);
    expect(JSON.parse(rec.out)[0].tasks).toContain("background-removal");
    const table = installed(["recommend", "--industry", "漫画", "--task", "上色"]);
    expect(table.out).toMatch(/Stable Diffusion|Palette/);
    expect(installed(["show", "zzqqxxvv"]).code).toBe(1);
  });
});
