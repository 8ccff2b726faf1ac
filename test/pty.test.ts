// The interactive flow in a real terminal (tmux): typing a task, reading the table, and Ctrl-C.
import { execFileSync, spawnSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const hasTmux = spawnSync("tmux", ["-V"]).status === 0;
// CI installs tmux (.ci/run); a machine without it skips, but CI must not.
if (!hasTmux && process.env.CI) throw new Error("tmux is required for the terminal tests in CI");

// A tmux server of our own (-L), with no user configuration (-f /dev/null): the tests never touch the developer's tmux.
const socket = `aigc-test-${process.pid}`;
const session = "aigc";
const tmux = (...args: string[]) => execFileSync("tmux", ["-L", socket, "-f", "/dev/null", ...args], { encoding: "utf8" });
const screen = () => tmux("capture-pane", "-t", session, "-p", "-J", "-S", "-200");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(pattern: RegExp, ms = 10000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const s = screen();
    if (pattern.test(s)) return s;
    if (Date.now() > end) throw new Error(`timed out waiting for ${pattern}; screen:\n${s}`);
    await sleep(100);
  }
}

function start(lang: string) {
  tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "50", "-c", ROOT,
    `env LANG=${lang} NO_COLOR=1 ${process.execPath} bin/aigc.js recommend; echo EXIT=$?; sleep 30`);
}

describe.skipIf(!hasTmux)("aigc recommend in a terminal", () => {
  afterEach(() => void spawnSync("tmux", ["-L", socket, "kill-server"]));

  it("asks, takes a typed task and prints the ranked table", async () => {
    start("en_US.UTF-8");
    await waitFor(/Which industry/);
    tmux("send-keys", "-t", session, "Enter");
    await waitFor(/What do you want AI to do/);
    tmux("send-keys", "-t", session, "-l", "peiyin");
    await waitFor(/Use what I typed: peiyin/);
    tmux("send-keys", "-t", session, "Enter");
    for (const q of [/Budget/, /Easy to use or customisable/, /Anything else/, /How many results/]) {
      await waitFor(q);
      tmux("send-keys", "-t", session, "Enter");
    }
    const s = await waitFor(/EXIT=\d+/);
    expect(s).toMatch(/EXIT=0/);
    expect(s).toMatch(/Task read as: dubbing/);
    expect(s).toMatch(/ElevenLabs|讯飞配音/);
    expect(s).toMatch(/█/);
  }, 30000);

  it("leaves at once with exit 130 on Ctrl-C", async () => {
    start("zh_CN.UTF-8");
    await waitFor(/你在哪个行业/);
    tmux("send-keys", "-t", session, "C-c");
    const s = await waitFor(/EXIT=\d+/);
    expect(s).toMatch(/EXIT=130/);
    expect(s).not.toMatch(/ExitPromptError|\bat .*\.js/);
  }, 30000);
});
