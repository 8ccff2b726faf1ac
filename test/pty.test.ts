// The interactive flow in a real terminal (tmux): typing a task, reading the table, and Ctrl-C.
import { execFileSync, spawnSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import stringWidth from "string-width";
import { ROOT } from "./helpers.js";

const hasTmux = spawnSync("tmux", ["-V"]).status === 0;
// CI installs tmux (.ci/run); a machine without it skips, but CI must not.
if (!hasTmux && process.env.CI) throw new Error("tmux is required for the terminal tests in CI");
if (!hasTmux) console.warn("aigc tests: tmux is not installed, so the terminal tests are skipped (CI installs it)");

// A tmux server of our own (-L), with no user configuration (-f /dev/null): the tests never touch the developer's tmux.
// A new server for each terminal started: one that was just killed may still hold its socket.
let started = 0;
let socket = "";
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

function start(lang: string, args = "recommend", columns = 120) {
  socket = `aigc-test-${process.pid}-${++started}`;
  tmux("new-session", "-d", "-s", session, "-x", String(columns), "-y", "50", "-c", ROOT,
    `env LANG=${lang} NO_COLOR=1 ${process.execPath} bin/aigc.js ${args}; echo EXIT=$?; sleep 30`);
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
    // Dubbing is no image work: the report's easy-or-customisable question is not asked.
    for (const q of [/Budget/, /Anything else/, /How many results/]) {
      await waitFor(q);
      tmux("send-keys", "-t", session, "Enter");
    }
    const s = await waitFor(/EXIT=\d+/);
    expect(s).toMatch(/EXIT=0/);
    expect(s).not.toMatch(/Easy to use or customisable/);
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

  it("shows suggestions promptly after a paste of 600 characters, and still leaves on Ctrl-C", async () => {
    start("zh_CN.UTF-8");
    await waitFor(/你在哪个行业/);
    tmux("send-keys", "-t", session, "Enter");
    await waitFor(/想用AI做什么/);
    // Took over a minute when every keystroke of a paste worked out suggestions for all of the text so far.
    tmux("send-keys", "-t", session, "-l", "我想给短视频配音并且自动生成字幕然后剪辑成片".repeat(30).slice(0, 600));
    await waitFor(/就按我输入的/, 15000);
    tmux("send-keys", "-t", session, "C-c");
    expect(await waitFor(/EXIT=\d+/)).toMatch(/EXIT=130/);
  }, 30000);

  for (const columns of [80, 60, 40]) {
    it(`fits a ${columns}-column terminal in both languages, the terminal's own width read from it`, async () => {
      for (const lang of ["zh_CN.UTF-8", "en_US.UTF-8"]) {
        start(lang, "recommend --industry 漫画 --task 上色", columns);
        const s = await waitFor(/EXIT=\d+/);
        expect(s).toMatch(/EXIT=0/);
        // -J joins what the terminal wrapped, so a line too wide for the terminal shows as one long line.
        for (const line of s.split("\n")) expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
        spawnSync("tmux", ["-L", socket, "kill-server"]);
      }
    }, 30000);
  }

  it("gives the cursor back and ends the line when SIGTERM comes during a prompt", async () => {
    start("en_US.UTF-8");
    await waitFor(/Which industry/);
    const shell = tmux("display", "-p", "-t", session, "#{pane_pid}").trim();
    spawnSync("pkill", ["-TERM", "-P", shell, "-f", "bin/aigc.js"]);
    const s = await waitFor(/EXIT=\d+/);
    expect(s).toMatch(/^EXIT=143$/m);
    expect(tmux("display", "-p", "-t", session, "#{cursor_flag}").trim()).toBe("1");
  }, 30000);

  it("draws the prompts without colour under --no-color", async () => {
    socket = `aigc-test-${process.pid}-${++started}`;
    tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "50", "-c", ROOT,
      `env -u NO_COLOR LANG=en_US.UTF-8 TERM=xterm-256color ${process.execPath} bin/aigc.js --no-color recommend; echo EXIT=$?; sleep 30`);
    await waitFor(/Which industry/);
    const coloured = tmux("capture-pane", "-t", session, "-p", "-e");
    expect(coloured).not.toMatch(/\x1b\[(?:3|9)\d(?:;\d+)*m/);
    tmux("send-keys", "-t", session, "C-c");
    await waitFor(/EXIT=\d+/);
  }, 30000);
});
