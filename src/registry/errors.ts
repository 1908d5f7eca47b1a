// Every problem of a registry file at once: one ConfigError that carries the list and prints it
// one problem per line, so a user fixes a ports.yaml in one pass instead of one error per run.

import { ConfigError, type Located } from "./model.js";
import { compareText } from "../engine/order.js";

/** At most this many problems are listed; the rest are counted. */
const MAX_LISTED = 50;

export class ConfigErrors extends ConfigError {
  /** The problems, sorted by file, line and column; never empty. */
  readonly errors: readonly ConfigError[];

  constructor(errors: readonly ConfigError[]) {
    const sorted = sortErrors(errors);
    const first = sorted[0]!;
    const more = sorted.length > 1 ? ` (and ${sorted.length - 1} more problem${sorted.length > 2 ? "s" : ""})` : "";
    super(`${first.message}${more}`, first.file, first.line, first.column);
    this.name = "ConfigError";
    this.errors = sorted;
  }

  /** One `file:line:column: message` line per problem. */
  override format(): string {
    const lines = this.errors.slice(0, MAX_LISTED).map((error) => error.format());
    if (this.errors.length > MAX_LISTED) lines.push(`… and ${this.errors.length - MAX_LISTED} more problems`);
    return lines.join("\n");
  }
}

export function configErrorAt(message: string, at: Pick<Located, "file" | "line" | "column">): ConfigError {
  return new ConfigError(message, at.file, at.line, at.column);
}

/** Throws the problems, if any, as one ConfigErrors. */
export function throwIfAny(errors: readonly ConfigError[]): void {
  if (errors.length > 0) throw new ConfigErrors(errors);
}

/** The individual problems of any ConfigError (a plain one is a list of one). */
export function configProblems(error: ConfigError): readonly ConfigError[] {
  return error instanceof ConfigErrors ? error.errors : [error];
}

function sortErrors(errors: readonly ConfigError[]): ConfigError[] {
  const seen = new Set<string>();
  const unique: ConfigError[] = [];
  for (const error of errors) {
    const key = error.format();
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(error);
  }
  return unique.sort(
    (a, b) =>
      compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}
