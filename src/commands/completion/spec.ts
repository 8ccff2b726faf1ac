// `aigc completion bash|zsh|fish`: a script for the shell's start-up file, which asks `aigc __complete` what may come
// next, so completion knows the catalog as it is (team catalogs included).
import type { CommandSpec } from "../spec.js";

export const completion: CommandSpec = {
  name: "completion",
  help: "help.completion",
  args: [{ name: "<shell>", help: "help.completion.shell", values: "shells" }],
  options: [],
  examples: [
    { command: "source <(aigc completion bash)", what: "example.inBashrc" },
    { command: "source <(aigc completion zsh)", what: "example.inZshrc" },
    { command: "aigc completion fish > ~/.config/fish/completions/aigc.fish" },
  ],
  async action(ctx, [shell]) {
    const { completionScript } = await import("./run.js");
    ctx.print(completionScript(String(shell), ctx.lang));
  },
};
