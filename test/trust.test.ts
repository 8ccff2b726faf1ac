// Answers a creator can trust in late 2026: honest filters, tools that exist, facts that say when they were checked.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "aigc-trust-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const json = async (argv: string[]) => JSON.parse((await cli([...argv, "--json"])).out);
type R = { id: string; chinaAccess: string; status: string; tasks: string[]; reasons: string[]; because: Array<{ key: string }> };

describe("--china", () => {
  it.each([["AI绘画"], ["voice over"], ["做PPT"], ["会议纪要"], ["剪辑视频"]])("keeps only tools a public page says work in mainland China: %s", async (task) => {
    const results = (await json(["recommend", "--task", task, "--china", "--limit", "20"])) as R[];
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.chinaAccess, r.id).toBe("yes");
  });

  it("says how many tools of unknown access from a team catalog it left out", async () => {
    const team = join(dir, "team.json");
    writeFileSync(team, JSON.stringify([{ id: "our-painter", name: "Our Painter", category: "image", tasks: ["image-generation"] }]));
    const r = await cli(["--data", team, "recommend", "--task", "文生图", "--china"], { stdoutIsTTY: true, columns: 120, env: { LANG: "en_US.UTF-8", NO_COLOR: "1" } });
    expect(r.out).toMatch(/1 tool of unknown mainland access left out/);
    expect(r.out).not.toMatch(/Our Painter/);
  });
});

describe("tools that exist", () => {
  it("never recommends a discontinued tool", async () => {
    for (const task of ["写代码", "换脸"]) {
      const results = (await json(["recommend", "--task", task, "--limit", "50"])) as R[];
      expect(results.filter((r) => r.status === "discontinued")).toEqual([]);
    }
  });

  it("never ranks a tool nobody could identify above one that does the same task", async () => {
    const results = (await json(["recommend", "--industry", "manga", "--task", "colorize", "--limit", "50"])) as R[];
    const palette = results.findIndex((r) => r.id === "palette");
    const identified = results.filter((r) => r.status !== "unverified").length;
    expect(palette === -1 || palette >= identified).toBe(true);
  });

  it.each([["heygen", "heygen"], ["comfyui", "comfyui"], ["flux", "flux"], ["canva", "canva"], ["cursor", "cursor"], ["pika", "pika"], ["udio", "udio"], ["tripo", "tripo"], ["seedance", "seedance"]])(
    "finds %s by name", async (q, id) => {
      expect(((await json(["search", q])) as R[])[0]!.id).toBe(id);
    },
  );

  it("finds a renamed tool by its new name and its old one", async () => {
    expect((await json(["show", "千问"])).id).toBe("qwen");
    expect((await json(["show", "通义千问"])).id).toBe("qwen");
  });

  it("answers storyboards for animation, a task the report names", async () => {
    const results = (await json(["recommend", "--industry", "动画", "--task", "分镜"])) as R[];
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.tasks).toContain("storyboard");
  });
});

describe("facts that say when", () => {
  it("shows a tool's status and the month each outside fact was checked", async () => {
    const r = await cli(["show", "heygen", "--lang", "zh"]);
    expect(r.out).toMatch(/状态: 在运营/);
    expect(r.out).toMatch(/核实于 2026-11/);
    expect(r.out).toMatch(/https:\/\/\S+/);
    const gone = await cli(["show", "phind"]);
    expect(gone.out).toMatch(/Status: discontinued/);
  });

  it("puts the 2024 ranking last among the reasons, and names its edition", async () => {
    const results = (await json(["recommend", "--task", "配音", "--limit", "10"])) as R[];
    for (const r of results) {
      const rank = r.because.findIndex((b) => b.key === "rank");
      if (rank >= 0) expect(rank, r.id).toBe(r.because.length - 1);
      expect(r.because[0]!.key, r.id).not.toBe("rank");
    }
    const ranked = results.find((r) => r.because.some((b) => b.key === "rank"))!;
    expect(ranked.reasons.at(-1)).toMatch(/March 2024/);
  });

  it("says under a recommendation how old its facts are", async () => {
    const r = await cli(["recommend", "--task", "配音"], { stdoutIsTTY: true, columns: 120, env: { LANG: "zh_CN.UTF-8", NO_COLOR: "1" } });
    expect(r.out).toMatch(/信息于 2026-11 对照公开网页核实/);
  });
});
