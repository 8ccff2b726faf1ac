// Shell completion: what comes next on a command line, and the scripts each shell sources, run in the real shells.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, cli } from "./helpers.js";

/** The candidates aigc offers for the last word, as the scripts ask for them. */
async function offered(...words: string[]): Promise<string[]> {
  const r = await cli(["__complete", "--", ...words]);
  expect(r.code).toBe(0);
  return r.out.split("\n").filter(Boolean);
}

describe("aigc __complete", () => {
  it.each([
    [["rec"], ["recommend"]],
    [["s"], ["show", "search", "scenarios"]],
    [["show", "mid"], ["midjourney"]],
    [["trend", ""], ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]],
    [["recommend", "--bud"], ["--budget"]],
    [["recommend", "--budget", ""], ["free", "low", "any"]],
    [["--lang", ""], ["zh", "en"]],
    [["completion", ""], ["bash", "zsh", "fish"]],
    [["list", "--data", ""], ["__files__"]],
  ])("%j → %j", async (words, expected) => {
    expect(await offered(...words)).toEqual(expected);
  });

  it("offers categories and industries in English and Chinese", async () => {
    expect(await offered("list", "--category", "")).toEqual(expect.arrayContaining(["image", "图像", "video", "视频"]));
    const industries = await offered("recommend", "--industry", "");
    expect(industries).toEqual(expect.arrayContaining(["comics", "漫画", "film", "短剧"]));
    expect(await offered("scenarios", "漫")).toEqual(expect.arrayContaining(["漫画"]));
  });

  it("offers every tool id, team catalogs included, and nothing after a single argument", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aigc-comp-"));
    const team = join(dir, "team.json");
    writeFileSync(team, JSON.stringify([{ id: "midnight-painter", name: "Midnight Painter", category: "image" }]));
    try {
      expect(await offered("--data", team, "show", "mid")).toEqual(["midjourney", "midnight-painter"]);
      expect((await cli(["__complete", "--", "show", "mid"], { env: { AIGC_DATA: team } })).out.split("\n")).toContain("midnight-painter");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await offered("show", "midjourney", "")).toEqual([]);
    expect((await offered("compare", "midjourney", "")).length).toBeGreaterThan(50);
  });

  it("refuses a shell it has no script for", async () => {
    const r = await cli(["completion", "powershell"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bash, zsh or fish/);
  });
});

// The shells run the scripts as a user's start-up file would, against the built command on PATH.
const bin = mkdtempSync(join(tmpdir(), "aigc-bin-"));
writeFileSync(join(bin, "aigc"), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, "bin", "aigc.js")}" "$@"\n`);
chmodSync(join(bin, "aigc"), 0o755);
afterAll(() => rmSync(bin, { recursive: true, force: true }));
const has = (shell: string) => spawnSync(shell, ["-c", "exit 0"]).status === 0;
const run = (shell: string, script: string) => {
  const r = spawnSync(shell, ["-c", script], { encoding: "utf8", env: { PATH: `${bin}:${process.env.PATH}`, LANG: "C.UTF-8", HOME: bin }, timeout: 20000 });
  expect(r.stderr).toBe("");
  return r.stdout.split("\n").filter(Boolean);
};
// CI installs zsh and fish (.ci/run); a machine without them skips those, but CI must not.
if (process.env.CI && !(has("zsh") && has("fish"))) throw new Error("zsh and fish are required for the completion tests in CI");
for (const shell of ["zsh", "fish"]) if (!has(shell)) console.warn(`aigc tests: ${shell} is not installed, so its completion tests are skipped (CI installs it)`);

describe("the bash script", () => {
  const complete = (...words: string[]) =>
    run("bash", `source <(aigc completion bash)\nCOMP_WORDS=(aigc ${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length}\n_aigc_complete\nprintf '%s\\n' "\${COMPREPLY[@]}"`);

  it("completes commands, option values and tool ids", () => {
    expect(complete("rec")).toEqual(["recommend"]);
    expect(complete("list", "--category", "")).toEqual(expect.arrayContaining(["text", "image", "audio", "video", "office", "视频"]));
    expect(complete("show", "mid")).toEqual(["midjourney"]);
  });

  it("hands file names back to bash for --data", () => {
    const files = run("bash", `cd ${ROOT} && source <(aigc completion bash)\nCOMP_WORDS=(aigc --data 'packa'); COMP_CWORD=2\n_aigc_complete\nprintf '%s\\n' "\${COMPREPLY[@]}"`);
    expect(files).toEqual(expect.arrayContaining(["package.json", "package-lock.json"]));
  });
});

describe.skipIf(!has("zsh"))("the zsh script", () => {
  it("completes through compadd", () => {
    const out = run("zsh", [
      "compdef() { :; }", "compadd() { shift; print -l -- \"$@\"; }", "source <(aigc completion zsh)",
      "words=(aigc show mid); CURRENT=3; _aigc", "words=(aigc list --category ''); CURRENT=4; _aigc",
    ].join("\n"));
    expect(out[0]).toBe("midjourney");
    expect(out).toEqual(expect.arrayContaining(["image", "视频"]));
  });
});

describe.skipIf(!has("fish"))("the fish script", () => {
  it("completes through complete -C", () => {
    const out = run("fish", "aigc completion fish | source; complete -C 'aigc rec'; complete -C 'aigc show mid'; complete -C 'aigc trend '");
    expect(out).toEqual(expect.arrayContaining(["recommend", "midjourney", "6"]));
  });
});
