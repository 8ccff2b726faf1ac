// The one error type that carries an exit code up to the single catch in run().
import type { Problem } from "./catalog/problems.js";

/** A failure the user can act on: its message is printed as one line, its code becomes the exit code. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 | 130) {
    super(message);
    this.name = "CliError";
  }
}

/** The user asked for something the command cannot take (exit 2). */
export function usageError(message: string): CliError {
  return new CliError(message, 2);
}

/** The request was understood but cannot be met (exit 1). */
export function failure(message: string): CliError {
  return new CliError(message, 1);
}

/** Catalog files that cannot be used: every problem kept as data (for `aigc validate`), the first one shown, exit 1. */
export class CatalogError extends CliError {
  constructor(readonly problems: Problem[]) {
    super(problems[0]?.msg.key ?? "broken", 1);
    this.name = "CatalogError";
  }
}
