// Command dispatch: `portcullis <command> [args]`. Commands load lazily so the hook path stays fast.

import { ConfigError } from "../registry/model.js";
import { discardEarly, startEarly } from "./early-start.js";
import { UsageError, type CliIO, type Command } from "./io.js";
import { VERSION } from "../version.js";

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  check: { summary: "check every port in the repository against ports.yaml", load: () => import("./check.js") },
  docs: { summary: "generate PORTS.md from ports.yaml, or --check that it is current", load: () => import("./docs.js") },
  env: { summary: "print the registry as variables (dotenv, shell, json, github)", load: () => import("./env.js") },
  init: { summary: "audit a repository without ports.yaml and propose one", load: () => import("./init.js") },
  get: { summary: "print a service's port for start scripts (env override, --free)", load: () => import("./get.js") },
  status: { summary: "which declared ports are listening now, on which address, by whom", load: () => import("./status.js") },
  free: { summary: "stop what holds a declared port (SIGTERM, then SIGKILL)", load: () => import("./free.js") },
};

const HELP = () => `portcullis ${VERSION} — one ports.yaml as the single source of truth for every port

Usage: portcullis <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`)
  .join("\n")}

Run \`portcullis <command> --help\` for a command's options.
Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or configuration error.
`;

export function processIO(): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stdoutDrained: () =>
      process.stdout.writableNeedDrain ? new Promise((resolve) => process.stdout.once("drain", () => resolve())) : Promise.resolve(),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
  };
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.stdout(HELP());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`portcullis: unknown command "${name}"\n\n${HELP()}`);
    return 2;
  }
  try {
    startEarly(name, rest, io.cwd, io.env);
    const { run } = await command.load();
    return await run(rest, io);
  } catch (error) {
    return reportError(error, io);
  } finally {
    discardEarly(); // what the command did not take must not answer a later one
  }
}

/** Errors users can act on print one clear line; anything else is a bug, still without a stack trace. */
export function reportError(error: unknown, io: CliIO): number {
  if (error instanceof ConfigError) {
    // One line per problem, each with its own file:line:column.
    io.stderr(`${error.format().split("\n").map((line) => `portcullis: ${line}`).join("\n")}\n`);
    return 2;
  }
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
    io.stderr(`portcullis: ${(error as Error).message}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`portcullis: internal error: ${message}\n(set PORTCULLIS_DEBUG=1 for details)\n`);
  if (io.env.PORTCULLIS_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return 2;
}
