// A CliIO that records what a command prints, for in-process command tests.

import type { CliIO } from "../../src/cli/io.js";

export interface CapturedIO extends CliIO {
  out: string;
  err: string;
}

export function captureIO(options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CapturedIO {
  const io: CapturedIO = {
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    isTTY: false,
    out: "",
    err: "",
    stdout: (text) => {
      io.out += text;
    },
    stderr: (text) => {
      io.err += text;
    },
  };
  return io;
}
