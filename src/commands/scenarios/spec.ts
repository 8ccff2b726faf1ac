// `aigc scenarios [industry]`: how the report says each industry uses AIGC, with the tools it names.
import { type CommandSpec, JSON_OPTION } from "../spec.js";

export const scenarios: CommandSpec = {
  name: "scenarios",
  help: "help.scenarios",
  args: [{ name: "[industry]", help: "help.scenarios.industry", values: "industries" }],
  options: [JSON_OPTION],
  examples: [{ command: "aigc scenarios" }, { command: "aigc scenarios 漫画" }, { command: "aigc scenarios short drama" }, { command: "aigc scenarios 网文 --json" }],
  async action(ctx, [industry]) {
    const { scenariosOf } = await import("./run.js");
    const result = scenariosOf(await ctx.catalog(), industry as string | undefined, ctx.lang);
    await ctx.emit(result, async () => {
      const { renderIndustry, renderIndustries } = await import("./render.js");
      return Array.isArray(result) ? renderIndustries(result, ctx.render) : renderIndustry(result, ctx.render);
    });
  },
};
