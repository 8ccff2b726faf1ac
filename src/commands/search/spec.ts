// `aigc search <query>`: tools ranked by how well a name, alias, pinyin, typo or task matches.
import { type CommandSpec, JSON_OPTION } from "../spec.js";

export const search: CommandSpec = {
  name: "search",
  help: "help.search",
  args: [{ name: "<query...>", help: "help.search.query" }],
  options: [{ flags: "--limit <n>", help: "help.search.limit" }, JSON_OPTION],
  examples: [{ command: "aigc search midjurney" }, { command: "aigc search 抠图" }, { command: "aigc search eleven labs" }, { command: "aigc search peiyin --limit 3 --json" }],
  async action(ctx, [words], opts) {
    const { searchFor, noResults } = await import("./run.js");
    const query = (words as string[]).join(" ");
    const results = searchFor(await ctx.catalog(), query, opts.limit as string | undefined, ctx.lang);
    // Nothing found still prints [] with --json (scripts parse it), then fails with a hint.
    if (ctx.json || results.length) await ctx.emit(results, async () => (await import("./render.js")).renderSearch(results, ctx.render));
    if (!results.length) throw noResults(query, ctx.lang);
  },
};
