// The interactive flow, answered by name with fake prompts: no terminal needed.
import { describe, expect, it, vi } from "vitest";
import { recommendTools } from "../src/commands/recommend/run.js";
import { askRecommend, taskChoices, type Choice, type Prompts } from "../src/prompts/recommend.js";
import { catalog, cli } from "./helpers.js";

const cat = catalog();

/** Prompts that answer each question whose message contains a key; the search prompt types the answer and takes the first suggestion. */
function fake(answers: Array<[string, unknown]>): Prompts & { asked: string[] } {
  const asked: string[] = [];
  const answer = (message: string) => {
    asked.push(message);
    const hit = answers.find(([k]) => message.includes(k));
    if (!hit) throw new Error(`unexpected question: ${message}`);
    return hit[1];
  };
  const valueOf = <V>(choices: Array<Choice<V>>, v: unknown): V => {
    const c = choices.find((x) => x.value === v);
    if (!c) throw new Error(`${String(v)} is not a choice: ${choices.map((x) => x.value).join(", ")}`);
    return c.value;
  };
  return {
    asked,
    select: async ({ message, choices }) => valueOf(choices, answer(message)),
    search: async ({ message, source }) => {
      const [typed, pick] = answer(message) as [string, number];
      return (await source(typed))[pick]!.value;
    },
    checkbox: async ({ message, choices }) => (answer(message) as unknown[]).map((v) => valueOf(choices, v)),
  } as Prompts & { asked: string[] };
}

describe("askRecommend", () => {
  it("asks industry, task, budget, style, preferences and count, and the answers rank the tools", async () => {
    const p = fake([["industry", "comics"], ["What do you want", ["上色", 1]], ["Budget", "free"], ["Easy", "custom"], ["Anything else", ["chinese"]], ["How many", "3"]]);
    const answers = await askRecommend(cat, "en", p);
    expect(answers).toMatchObject({ industry: "comics", task: "上色", budget: "free", custom: true, chinese: true, limit: "3" });
    expect(p.asked).toHaveLength(6);
    const results = recommendTools(cat, answers, "en").results;
    expect(results[0]!.tasks).toContain("coloring");
    expect(results.map((r) => r.id)).toContain("stable-diffusion");
  });

  it("asks for the kind of output only when the task leaves it open", async () => {
    // Nonsense is said so at once and asked again; a request that names no task (a developer) asks for the output.
    const p = fake([["行业", ""], ["想用AI做什么", ["嗯嗯zzqq", 0]], ["没看懂", ["字节跳动", 0]], ["输出", "video"], ["预算", "any"], ["还有", []], ["几个", "5"]]);
    const answers = await askRecommend(cat, "zh", p);
    expect(p.asked.some((m) => m.includes("没看懂"))).toBe(true);
    expect(p.asked.some((m) => m.includes("更看重"))).toBe(false);
    expect(answers.category).toBe("video");
    expect(answers.task).toBe("字节跳动");
    expect(answers.industry).toBeUndefined();
  });

  it("offers the whole workflow, which needs no count", async () => {
    const p = fake([["industry", "film"], ["What do you want", ["", 0]], ["Budget", "any"], ["Easy", ""], ["Anything else", []]]);
    const answers = await askRecommend(cat, "en", p);
    expect(answers.plan).toBe(true);
    expect(p.asked.some((m) => m.includes("How many"))).toBe(false);
  });
});

describe("task suggestions", () => {
  it.each([["peiyin", "dubbing"], ["voice over", "dubbing"], ["抠图", "background-removal"], ["slide deck", "slides"]])(
    "%s suggests %s right after the typed text",
    (typed, id) => {
      const choices = taskChoices(cat, "en", typed, "");
      expect(choices[0]!.value).toBe(typed);
      expect(choices[1]!.value).toBe(id);
    },
  );
  it("lists the industry's scenario tasks before anything is typed", () => {
    const values = taskChoices(cat, "zh", "", "film").map((c) => c.value);
    expect(values).toContain("face-swap");
    expect(values).toContain("dubbing");
  });
});

vi.mock("@inquirer/prompts", () => {
  const exit = () => Promise.reject(Object.assign(new Error("User force closed the prompt with SIGINT"), { name: "ExitPromptError" }));
  const answers: Record<string, unknown> = { industry: "games", task: "peiyin", budget: "any", style: "", limit: "3" };
  let mode = "answer";
  return {
    setMode: (m: string) => void (mode = m),
    select: ({ message }: { message: string }) =>
      mode === "exit" ? exit() : Promise.resolve(message.includes("industry") ? answers.industry : message.includes("Budget") ? "any" : message.includes("many") ? "3" : ""),
    search: () => Promise.resolve(answers.task),
    checkbox: () => Promise.resolve([]),
  };
});

describe("recommend on a terminal", () => {
  const tty = { stdoutIsTTY: true, stdinIsTTY: true, env: { LANG: "en_US.UTF-8", NO_COLOR: "1" }, terminal: { input: process.stdin, output: process.stdout } };
  it("prompts and prints a ranked table", async () => {
    const r = await cli(["recommend"], tty);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Task read as: dubbing/);
    expect(r.out).toMatch(/ElevenLabs/);
  });
  it("exits 130 without a stack trace on Ctrl-C", async () => {
    const prompts = (await import("@inquirer/prompts")) as unknown as { setMode(m: string): void };
    prompts.setMode("exit");
    const r = await cli(["recommend"], tty);
    prompts.setMode("answer");
    expect(r.code).toBe(130);
    expect(r.err).not.toMatch(/at /);
  });
  it("never prompts with a flag, or without a terminal", async () => {
    const prompts = (await import("@inquirer/prompts")) as unknown as { setMode(m: string): void };
    prompts.setMode("exit");
    expect((await cli(["recommend", "--task", "配音"], tty)).code).toBe(0);
    expect((await cli(["recommend"], { ...tty, stdinIsTTY: false })).code).toBe(0);
    prompts.setMode("answer");
  });
});

describe("suggestions for what is being typed", () => {
  it.each([["pei"], ["peiy"], ["配"]])("suggest dubbing for the prefix %s", (typed) => {
    expect(taskChoices(cat, "zh", typed, "").slice(0, 6).map((c) => c.value)).toContain("dubbing");
  });
});

describe("questions that matter", () => {
  it("does not ask the budget a sentence already states", async () => {
    const p = fake([["行业", ""], ["想用AI做什么", ["免费的配音工具", 0]], ["还有", []], ["几个", "5"]]);
    const answers = await askRecommend(cat, "zh", p);
    expect(p.asked.some((m) => m.includes("预算"))).toBe(false);
    expect(answers.budget).toBeUndefined();
    expect(recommendTools(cat, answers, "zh").results.every((r) => r.pricing !== "paid")).toBe(true);
  });
});

