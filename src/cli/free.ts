// `portcullis free <service|port>`: stop whatever listens on a port (SIGTERM, wait, SIGKILL), never
// a protected process or another user's; every line is prefixed `[portcullis:<port>]` for journals.

import { ConfigError } from "../registry/model.js";
import { loadProjectRegistry, parseCommandArgs, type RegistryLoader } from "../runtime/command-context.js";
import { freeExitCode, freePort, hostFreeDeps, type FreeDeps } from "../runtime/free.js";
import { EnvPortError, findService, resolveServicePort, unknownServiceMessage } from "../runtime/resolve.js";
import { SocketTableUnavailable, type SocketProtocol } from "../runtime/types.js";
import { UsageError, type CliIO, type Command } from "./io.js";

const HELP = `Usage: portcullis free <service|port[/tcp|/udp]> [options]

Stops whatever listens on the port: SIGTERM, then up to --timeout seconds of waiting, then SIGKILL,
then checks the port is free. A service means its resolved port (env variable, else declared).
Never stops PID 1 or 2, init, systemd and systemd-*, sshd, dbus-daemon, journald, this process,
or (unless run as root) another user's process.

Options:
  --dry-run        say what would be stopped; stop nothing
  --timeout S      seconds to wait after SIGTERM before SIGKILL (default 5)
  --config FILE    ports.yaml to use (default: found in this folder or a parent)
  --allow-outside  let extends read registries outside the repository
  -h, --help       show this help

Exit codes: 0 freed (or already free), 1 could not free or refused, 2 usage or configuration error.
`;

export interface FreeCommandDeps {
  loadRegistry?: RegistryLoader;
  host?: FreeDeps;
}

export function createFreeCommand(deps: FreeCommandDeps = {}): Command {
  const load = deps.loadRegistry ?? loadProjectRegistry;
  return async (args, io) => {
    const { values, positionals } = parseCommandArgs(args, {
      "dry-run": { type: "boolean", default: false },
      timeout: { type: "string", default: "5" },
      config: { type: "string" },
      "allow-outside": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    });
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(`free expects one service name or port, got ${positionals.length}`);
    const target = positionals[0]!;
    const timeout = values.timeout!;
    if (!/^\d+(\.\d+)?$/.test(timeout)) throw new UsageError(`--timeout expects a number of seconds, got "${timeout}"`);

    const resolved = await resolveTarget(target, io, load, { config: values.config, allowOutside: values["allow-outside"] });
    if ("exitCode" in resolved) return resolved.exitCode;
    const { port, protocol } = resolved;
    const say = (line: string, problem = false): void => (problem ? io.stderr : io.stdout)(`[portcullis:${port}] ${line}\n`);
    if (resolved.note) say(resolved.note);

    try {
      const outcome = await freePort(
        { port, protocol, timeoutMs: Number(timeout) * 1000, dryRun: values["dry-run"], log: say },
        deps.host ?? hostFreeDeps(),
      );
      return freeExitCode(outcome);
    } catch (error) {
      if (error instanceof SocketTableUnavailable) {
        say(error.message, true);
        return 2;
      }
      throw error;
    }
  };
}

export const run: Command = createFreeCommand();

type Target = { port: number; protocol: SocketProtocol; note?: string } | { exitCode: number };

/** `8000`, `8000/udp`, or a service name (its resolved port and protocol; needs the registry). */
async function resolveTarget(
  target: string,
  io: CliIO,
  load: RegistryLoader,
  options: { config: string | undefined; allowOutside: boolean },
): Promise<Target> {
  const numeric = /^(\d+)(?:\/(tcp|udp))?$/i.exec(target);
  if (numeric) {
    const port = Number(numeric[1]);
    if (port < 1 || port > 65535) throw new UsageError(`port must be 1–65535, got ${numeric[1]}`);
    return { port, protocol: (numeric[2]?.toLowerCase() as SocketProtocol | undefined) ?? "tcp" };
  }
  const say = (line: string): void => io.stderr(`[portcullis:${target}] ${line}\n`);
  let registry;
  try {
    registry = await load(io, { ...(options.config !== undefined ? { config: options.config } : {}), allowOutside: options.allowOutside });
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const line of error.format().split("\n")) say(line);
      return { exitCode: 2 };
    }
    throw error;
  }
  const service = findService(registry, target);
  if (!service) {
    say(unknownServiceMessage(registry, target));
    return { exitCode: 2 };
  }
  if (service.protocol === "sctp") {
    say(`${service.name} uses sctp; free handles tcp and udp`);
    return { exitCode: 2 };
  }
  try {
    const resolution = resolveServicePort(service, io.env);
    return { port: resolution.port, protocol: service.protocol, note: `${service.name}: ${resolution.reason}` };
  } catch (error) {
    if (error instanceof EnvPortError) {
      say(error.message);
      return { exitCode: 2 };
    }
    throw error;
  }
}
