// The process edges a command may touch, passed in so commands stay testable in-process.

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  /**
   * Resolves when what was written to stdout has gone out (a pipe that filled up has drained).
   * A large report written piece by piece waits for it, or every piece would be held in memory.
   */
  stdoutDrained?(): Promise<void>;
  stderr(text: string): void;
  /** stdout is a terminal (colour and code frames allowed). */
  isTTY: boolean;
}

/** A command: parses its own arguments, returns the exit code (0 ok, 1 findings, 2 usage/config). */
export type Command = (args: string[], io: CliIO) => Promise<number>;

/** Thrown for bad command-line usage; main prints it and exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
