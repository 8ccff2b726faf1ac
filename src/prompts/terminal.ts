// The real questions on a terminal: @inquirer/prompts, whose ~80 ms load only a run that asks pays for.
import { checkbox, search, select } from "@inquirer/prompts";
import type { Prompts } from "./recommend.js";

/** The prompts askRecommend uses, as the Inquirer project implements them. */
export const terminalPrompts: Prompts = { checkbox, search, select };
