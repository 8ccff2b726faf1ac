// `aigc recommend`: the tools that fit an industry and a task, ranked with their reasons; asks on a terminal when no
// option says what is wanted.
import type { RecommendOptions } from "./run.js";
import { type CommandSpec, JSON_OPTION } from "../spec.js";

export const recommend: CommandSpec = {
  name: "recommend",
  help: "help.recommend",
  args: [],
  options: [
    { flags: "--industry <industry>", help: "help.recommend.industry", values: "industries" },
    { flags: "--task <task>", help: "help.recommend.task" },
    { flags: "--category <category>", help: "help.recommend.category", values: "categories" },
    { flags: "--budget <budget>", help: "help.recommend.budget", values: ["free", "low", "any"] },
    { flags: "--open-source", help: "help.recommend.openSource" },
    { flags: "--chinese", help: "help.recommend.chinese" },
    { flags: "--china", help: "help.recommend.china" },
    { flags: "--easy", help: "help.recommend.easy" },
    { flags: "--custom", help: "help.recommend.custom" },
    { flags: "--stable", help: "help.recommend.stable" },
    { flags: "--nsfw", help: "help.recommend.nsfw" },
    { flags: "--plan", help: "help.recommend.plan" },
    { flags: "--limit <n>", help: "help.recommend.limit" },
    JSON_OPTION,
  ],
  examples: [
    { command: "aigc recommend", what: "example.askOnTerminal" },
    { command: "aigc recommend --industry 漫画 --task 上色" },
    { command: 'aigc recommend --task "voice over" --chinese --china' },
    { command: "aigc recommend --task 抠图 --budget free --json" },
    { command: "aigc recommend --industry 短剧 --plan" },
  ],
  async action(ctx, _args, opts) {
    const catalog = await ctx.catalog();
    let answers = opts as RecommendOptions;
    if (!ctx.optionsGiven && ctx.terminal) {
      const [{ askRecommend }, { terminalPrompts }] = await Promise.all([import("../../prompts/recommend.js"), import("../../prompts/terminal.js")]);
      answers = await askRecommend(catalog, ctx.lang, terminalPrompts(ctx.lang, ctx.render.color, ctx.terminal));
    }
    const [{ recommendTools, planSteps }, words] = await Promise.all([import("./run.js"), import("../../render/reasons.js")]);
    if (answers.plan) {
      const steps = planSteps(catalog, answers, ctx.lang);
      return ctx.emit(words.planJson(steps, catalog, ctx.lang), async () => (await import("./render.js")).renderPlan(steps, catalog, ctx.render));
    }
    const rec = recommendTools(catalog, answers, ctx.lang);
    await ctx.emit(words.resultsJson(rec.results, catalog, ctx.lang), async () => (await import("./render.js")).renderRecommendation(rec, catalog, ctx.render));
  },
};
