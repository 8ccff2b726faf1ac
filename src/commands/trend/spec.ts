// `aigc trend [n]`: the report's ten trends, or one of them.
import { type CommandSpec, JSON_OPTION } from "../spec.js";

export const trend: CommandSpec = {
  name: "trend",
  help: "help.trend",
  args: [{ name: "[n]", help: "help.trend.n", values: "trends" }],
  options: [JSON_OPTION],
  examples: [{ command: "aigc trend" }, { command: "aigc trend 6" }, { command: "aigc trend 10 --lang en" }, { command: "aigc trend --json" }],
  async action(ctx, [n]) {
    const { trends } = await import("./run.js");
    const result = trends(await ctx.catalog(), n as string | undefined, ctx.lang);
    await ctx.emit(result, async () => {
      const { renderTrend, renderTrendList } = await import("./render.js");
      return Array.isArray(result) ? renderTrendList(result, ctx.render) : renderTrend(result, ctx.render);
    });
  },
};
