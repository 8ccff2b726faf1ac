// The built command as a shell runs it: the wiring from bin/ through dist/ to exit codes and streams.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readFileSync, closeSync, createWriteStream, mkdtempSync, openSync, readdirSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOG_PATH, ROOT } from "./helpers.js";

function aigc(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ["bin/aigc.js", ...args], {
    cwd: ROOT, encoding: "utf8", timeout: 20000, env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8", ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** 100,000 copies of the built-in tools with all their fields: a catalog as large as the README promises to handle. */
const BIG_CATALOG = (() => {
  const base = (JSON.parse(readFileSync(CATALOG_PATH, "utf8")) as { tools: Array<Record<string, unknown>> }).tools;
  const tools: unknown[] = [];
  for (let copy = 1; tools.length < 100000; copy++) {
    for (const t of base) if (tools.length < 100000) tools.push({ ...t, id: `${String(t.id)}-copy-${copy}`, name: `${String(t.name)} ${copy}`, rank: null, rankings: [] });
  }
  return Buffer.from(JSON.stringify(tools));
})();

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

  /** Waits until a process has `path` open: it is then past start-up, its signal handlers in place. */
  async function waitUntilOpen(pid: number, path: string, ms = 15000): Promise<void> {
    const end = Date.now() + ms;
    for (;;) {
      const fds = (() => {
        try {
          return readdirSync(`/proc/${pid}/fd`).map((fd) => {
            try {
              return readlinkSync(`/proc/${pid}/fd/${fd}`);
            } catch {
              return "";
            }
          });
        } catch {
          return [];
        }
      })();
      if (fds.includes(path)) return;
      if (Date.now() > end) throw new Error(`${pid} never opened ${path}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  const exitOf = (child: ChildProcess) => new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.on("exit", (c) => r(c))));

  it.each([["SIGINT", 130], ["SIGTERM", 143]])("exits at once with %s → %i, even while waiting on a pipe", async (signal, code) => {
    const dir = mkdtempSync(join(tmpdir(), "aigc-sig-"));
    const fifo = join(dir, "team.json");
    spawnSync("mkfifo", [fifo]);
    // Held open for writing (and reading, so opening does not wait): the run finds a writer and waits for its data.
    const writer = openSync(fifo, "r+");
    try {
      const child = spawn(process.execPath, ["bin/aigc.js", "--data", fifo, "list"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
      let err = "";
      child.stderr.on("data", (d) => (err += d));
      const exit = exitOf(child);
      await waitUntilOpen(child.pid!, fifo);
      const sent = Date.now();
      child.kill(signal as NodeJS.Signals);
      expect(await exit).toBe(code);
      expect(Date.now() - sent).toBeLessThan(1500);
      expect(err).not.toMatch(/\bat .*\.js/);
    } finally {
      closeSync(writer);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30000);

  it("reads a named pipe that nobody writes to as empty, at once", () => {
    const dir = mkdtempSync(join(tmpdir(), "aigc-fifo-"));
    const fifo = join(dir, "team.json");
    spawnSync("mkfifo", [fifo]);
    try {
      const r = aigc(["--data", fifo, "list"]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/team\.json: is empty/);
      expect(aigc(["__complete", "--", "--data", fifo, "sh"]).out).toMatch(/^show$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([["SIGINT", 130], ["SIGTERM", 143]])("ends at once with %s → %i while it works through 100,000 tools, printing nothing", async (signal, code) => {
    const dir = mkdtempSync(join(tmpdir(), "aigc-big-"));
    const fifo = join(dir, "big.json");
    spawnSync("mkfifo", [fifo]);
    try {
      // The writer first, so the run finds one when it opens the pipe.
      const w = createWriteStream(fifo);
      await new Promise((r) => setImmediate(r));
      const child = spawn(process.execPath, ["bin/aigc.js", "--data", fifo, "recommend", "--task", "抠图", "--json"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      let err = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (err += d));
      const exit = exitOf(child);
      // Once the whole catalog has gone down the pipe, the run is parsing and checking it: that is when to interrupt.
      await new Promise<void>((resolve, reject) => {
        w.on("error", reject);
        w.end(BIG_CATALOG, resolve);
      });
      const sent = Date.now();
      child.kill(signal as NodeJS.Signals);
      expect(await exit).toBe(code);
      expect(Date.now() - sent).toBeLessThan(1500);
      expect(out).toBe("");
      expect(err).not.toMatch(/\bat .*\.js/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60000);

  it("says one line and exits 1 when the output cannot be written", () => {
    const r = spawnSync("sh", ["-c", `"${process.execPath}" bin/aigc.js trend 1 > /dev/full`], { cwd: ROOT, encoding: "utf8", env: { PATH: process.env.PATH ?? "", LANG: "zh_CN.UTF-8" } });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^aigc: 无法写出结果（ENOSPC）/)]);
  });

  it("keeps a failure's exit code when the reader closes the pipe early", () => {
    const dir = mkdtempSync(join(tmpdir(), "aigc-pipefail-"));
    try {
      const bad = join(dir, "bad.json");
      writeFileSync(bad, JSON.stringify(Array.from({ length: 2000 }, (_, i) => ({ id: `x-${i}`, name: "X", category: "nope" }))));
      const r = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" bin/aigc.js validate "${bad}" | head -c 10 >/dev/null`], { cwd: ROOT, encoding: "utf8" });
      expect(r.status).toBe(1);
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
