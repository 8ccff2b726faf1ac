// `aigc show <tool>`: one tool in full, found by id, name, alias, Chinese name or pinyin, forgiving typos.
import { type CommandSpec, JSON_OPTION } from "../spec.js";

export const show: CommandSpec = {
  name: "show",
  help: "help.show",
  args: [{ name: "<tool>", help: "help.show.tool", values: "tools" }],
  options: [JSON_OPTION],
  examples: [{ command: "aigc show midjourney" }, { command: "aigc show 即梦" }, { command: "aigc show jimeng" }, { command: "aigc show SD --json" }],
  async action(ctx, [query]) {
    const { showTool } = await import("./run.js");
    const catalog = await ctx.catalog();
    const tool = showTool(catalog, String(query), ctx.lang);
    await ctx.emit(tool, async () => (await import("./render.js")).renderToolDetail(tool, catalog, ctx.render));
  },
};
