// `aigc list`: the catalog, filtered by category or industry, sorted by rank or name.
import { type CommandSpec, JSON_OPTION } from "../spec.js";

export const list: CommandSpec = {
  name: "list",
  help: "help.list",
  args: [],
  options: [
    { flags: "--category <category>", help: "help.list.category", values: "categories" },
    { flags: "--industry <industry>", help: "help.list.industry", values: "industries" },
    { flags: "--sort <order>", help: "help.list.sort", values: ["rank", "name"] },
    JSON_OPTION,
  ],
  examples: [{ command: "aigc list" }, { command: "aigc list --category image" }, { command: "aigc list --category 音频 --sort name" }, { command: "aigc list --industry 短剧 --json" }],
  async action(ctx, _args, opts) {
    // The whole built-in catalog in its default order, as JSON into a pipe, is printed as the build wrote it: the same
    // bytes, without parsing and printing 340 tools again.
    const whole = ctx.json && !ctx.render.tty && opts.category === undefined && opts.industry === undefined && opts.sort === undefined ? ctx.builtList() : undefined;
    if (whole !== undefined) return ctx.emitJsonText(whole);
    const { listTools } = await import("./run.js");
    const tools = listTools(await ctx.catalog(), opts, ctx.lang);
    await ctx.emit(tools, async () => (await import("./render.js")).renderToolList(tools, ctx.render, ctx.dataFiles.length > 0));
  },
};
