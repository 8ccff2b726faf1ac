// The built command as a shell runs it: the wiring from bin/ through dist/ to exit codes and streams.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

function aigc(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ["bin/aigc.js", ...args], {
    cwd: ROOT, encoding: "utf8", timeout: 20000, env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8", ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("bin/aigc.js", () => {
  it("prints the version", () => {
    const r = aigc(["--version"]);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("prints only JSON on stdout for --json", () => {
    const r = aigc(["show", "即梦", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).id).toBe("dreamina");
    expect(r.err).toBe("");
  });

  it.each([
    [["list", "--bogus"], 2],
    [["trend", "11"], 2],
    [["show", "zzqqxxvv"], 1],
    [["search", "   "], 2],
  ])("%j exits %i with one clean line", (args, code) => {
    const r = aigc(args as string[]);
    expect(r.code).toBe(code);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).not.toMatch(/\bat .*\.js/);
  });

  it("loads each library a run needs from its own file: fuzzy search, pinyin for a team catalog, tables", () => {
    const dir = mkdtempSync(join(tmpdir(), "aigc-e2e-"));
    try {
      const file = join(dir, "team.json");
      writeFileSync(file, JSON.stringify([{ id: "wode-gongju", name: "我的工具", category: "image" }]));
      expect(JSON.parse(aigc(["search", "midjurney", "--json"]).out)[0].id).toBe("midjourney");
      expect(JSON.parse(aigc(["--data", file, "search", "wodegongju", "--json"]).out)[0].id).toBe("wode-gongju");
      const r = aigc(["list", "--help"]);
      expect(r.code).toBe(0);
      expect(r.out).toContain("Examples:");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([["SIGINT", 130], ["SIGTERM", 143]])("exits at once with %s → %i, even while waiting on a pipe", async (signal, code) => {
    const dir = mkdtempSync(join(tmpdir(), "aigc-sig-"));
    const fifo = join(dir, "team.json");
    spawnSync("mkfifo", [fifo]);
    try {
      const child = spawn(process.execPath, ["bin/aigc.js", "--data", fifo, "list"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
      let err = "";
      child.stderr.on("data", (d) => (err += d));
      await new Promise((r) => setTimeout(r, 300));
      const sent = Date.now();
      child.kill(signal as NodeJS.Signals);
      const exit = await new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
      expect(exit).toBe(code);
      expect(Date.now() - sent).toBeLessThan(1000);
      expect(err).not.toMatch(/\bat .*\.js/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("ends quietly when the reader closes the pipe", () => {
    for (const args of ["list --json", "list", "--help"]) {
      const r = spawnSync("sh", ["-c", `"${process.execPath}" bin/aigc.js ${args} | head -c 1 >/dev/null`], { cwd: ROOT, encoding: "utf8" });
      expect(r.stderr).toBe("");
    }
  });
});
