// `aigc validate <file...>`: every problem of each team catalog file, checked as --data would load it.
import { failure } from "../../errors.js";
import { t } from "../../messages/index.js";
import { type CommandSpec, JSON_OPTION } from "../spec.js";

export const validate: CommandSpec = {
  name: "validate",
  help: "help.validate",
  args: [{ name: "<files...>", help: "help.validate.files", values: "files" }],
  options: [JSON_OPTION],
  examples: [
    { command: "aigc validate team.json" },
    { command: "aigc validate a.json b.json --json" },
    { command: "aigc --data team.json list", what: "example.useTeam" },
    { command: "AIGC_DATA=team.json aigc recommend --task 配音" },
  ],
  async action(ctx, [files]) {
    const [{ validateFiles }, { problemLine }] = await Promise.all([import("./run.js"), import("../../render/problems.js")]);
    const reports = await validateFiles(ctx.builtIn(), files as string[]);
    const worded = reports.map((r) => ({ ...r, problems: r.problems.map((p) => problemLine(p, ctx.lang)) }));
    await ctx.emit(worded, async () => (await import("./render.js")).renderValidation(worded, ctx.render));
    const bad = worded.filter((r) => !r.ok);
    if (bad.length) {
      const count = bad.reduce((n, r) => n + r.problems.length, 0);
      throw failure(t(ctx.lang, "invalidCatalog", String(count), bad.map((r) => r.file).join(", "), `${bad[0]!.file}: ${bad[0]!.problems[0]}`));
    }
  },
};
