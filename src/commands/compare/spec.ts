// `aigc compare <tool> <tool> [...]`: tools side by side.
import { type CommandSpec, JSON_OPTION } from "../spec.js";

export const compare: CommandSpec = {
  name: "compare",
  help: "help.compare",
  args: [{ name: "<tools...>", help: "help.compare.tools", values: "tools" }],
  options: [JSON_OPTION],
  examples: [{ command: "aigc compare midjourney stable-diffusion" }, { command: "aigc compare 即梦 可灵 sora --lang zh" }, { command: "aigc compare chatgpt kimi --json" }],
  async action(ctx, [queries]) {
    const { compareTools } = await import("./run.js");
    const catalog = await ctx.catalog();
    const tools = compareTools(catalog, queries as string[], ctx.lang);
    await ctx.emit(tools, async () => (await import("./render.js")).renderCompare(tools, catalog, ctx.render));
  },
};
