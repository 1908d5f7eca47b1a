// `portcullis get <service>`: the port a start script should use (env override, declared port, or
// with --free the first free port of its fallback range), printed alone for `$(…)`.

import { ConfigError, type Registry, type Service } from "../registry/model.js";
import { probeAddress } from "../runtime/access.js";
import { loadProjectRegistry, parseCommandArgs, type RegistryLoader } from "../runtime/command-context.js";
import { describeHolder } from "../runtime/free.js";
import { firstFreePort, tryBind } from "../runtime/probe.js";
import { EnvPortError, findService, resolveServicePort, unknownServiceMessage, type PortResolution } from "../runtime/resolve.js";
import { readSocketTable } from "../runtime/socket-table.js";
import { SocketTableUnavailable, type Listener } from "../runtime/types.js";
import { UsageError, type Command } from "./io.js";

const HELP = `Usage: portcullis get <service> [options]

Prints the port a service should use: the value of its env variable when set (checked against
1–65535 and the service's range), else its declared port.

  uvicorn app --port "$(portcullis get api)"

Options:
  --free           when something already listens on that port, print the first free port of the
                   service's fallback range (or of its range) instead; exit 1 when none is free
  --json           print { service, port, source, envVar, reason }
  --config FILE    ports.yaml to use (default: found in this folder or a parent)
  --allow-outside  let extends read registries outside the repository
  -h, --help       show this help

Exit codes: 0 printed a port, 1 no free port, 2 usage, configuration or env variable error.
`;

export interface GetDeps {
  loadRegistry?: RegistryLoader;
  /** The host's listeners; default: the socket table (bind tests alone when it cannot be read). */
  readListeners?: () => Promise<Listener[] | undefined>;
}

export function createGetCommand(deps: GetDeps = {}): Command {
  const load = deps.loadRegistry ?? loadProjectRegistry;
  const readListeners = deps.readListeners ?? readListenersIfAvailable;
  return async (args, io) => {
    const { values, positionals } = parseCommandArgs(args, {
      free: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      config: { type: "string" },
      "allow-outside": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    });
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(`get expects exactly one service name, got ${positionals.length}`);
    const name = positionals[0]!;

    let registry: Registry;
    try {
      registry = await load(io, { ...(values.config !== undefined ? { config: values.config } : {}), allowOutside: values["allow-outside"] });
    } catch (error) {
      if (error instanceof ConfigError) {
        io.stderr(`portcullis: ${error.format()}\n`);
        return 2;
      }
      throw error;
    }
    const service = findService(registry, name);
    if (!service) {
      io.stderr(`portcullis: ${unknownServiceMessage(registry, name)}\n`);
      return 2;
    }

    let resolution: PortResolution;
    try {
      resolution = resolveServicePort(service, io.env);
    } catch (error) {
      if (error instanceof EnvPortError) {
        io.stderr(`portcullis: ${error.message}\n`);
        return 2;
      }
      throw error;
    }

    if (values.free) {
      const picked = await pickFreePort(registry, service, resolution, await readListeners());
      if ("error" in picked) {
        io.stderr(`portcullis: ${picked.error}\n`);
        return 1;
      }
      if (picked.source === "fallback" && !values.json) io.stderr(`portcullis: ${service.name}: ${picked.reason}\n`);
      resolution = picked;
    }

    if (values.json) {
      const { port, source, envVar, reason } = resolution;
      io.stdout(`${JSON.stringify({ service: service.name, port, source, ...(envVar !== undefined ? { envVar } : {}), reason }, null, 2)}\n`);
    } else {
      io.stdout(`${resolution.port}\n`);
    }
    return 0;
  };
}

export const run: Command = createGetCommand();

async function readListenersIfAvailable(): Promise<Listener[] | undefined> {
  try {
    return (await readSocketTable()).listeners;
  } catch (error) {
    if (error instanceof SocketTableUnavailable) return undefined;
    throw error;
  }
}

/**
 * The resolved port when nothing listens on it and it binds on the service's address; else the
 * first such port of the fallback range (or the service's range), never one another service
 * declares or a reservation holds. An immutable service never moves.
 */
async function pickFreePort(
  registry: Registry,
  service: Service,
  resolution: PortResolution,
  listeners: Listener[] | undefined,
): Promise<PortResolution | { error: string }> {
  const protocol = service.protocol;
  if (protocol === "sctp") return { error: `${service.name}: cannot test sctp ports; --free supports tcp and udp` };
  const host = probeAddress(service.access);
  const mine = (listeners ?? []).filter((l) => l.protocol === protocol);
  const listening = new Set(mine.map((l) => l.port));

  const holder = mine.find((l) => l.port === resolution.port);
  const bindError = holder ? undefined : await tryBind(resolution.port, protocol, host);
  if (!holder && !bindError) return { ...resolution, reason: `${resolution.reason}; free on ${host}` };

  const busy = holder
    ? `port ${resolution.port}/${protocol} is in use (${holder.processes[0] ? describeHolder(holder.processes[0]) : `on ${holder.address}`})`
    : `port ${resolution.port}/${protocol} cannot be bound on ${host} (${bindError})`;
  if (service.immutable) return { error: `${service.name}: ${busy}, and the service is immutable: it never moves to another port` };

  const pool = service.fallback
    ? { from: service.fallback[0], to: service.fallback[1], label: `fallback ${service.fallback[0]}–${service.fallback[1]}` }
    : service.range
      ? { from: service.range.from, to: service.range.to, label: `range ${service.range.name ? `${service.range.name} ` : ""}${service.range.from}–${service.range.to}` }
      : undefined;
  if (!pool) return { error: `${service.name}: ${busy}, and the service declares no fallback or range to pick from` };

  const skip = new Map<number, string>([[resolution.port, "in use"]]);
  for (const other of registry.services) {
    if (other !== service && other.protocol === protocol && !skip.has(other.port)) skip.set(other.port, `declared by ${other.name}`);
  }
  for (const reservation of registry.reserved) {
    for (let port = Math.max(reservation.from, pool.from); port <= Math.min(reservation.to, pool.to); port++) {
      if (!skip.has(port)) skip.set(port, `reserved${reservation.reason ? ` (${reservation.reason})` : ""}`);
    }
  }
  const { port } = await firstFreePort(ports(pool.from, pool.to), protocol, host, { listening, skip });
  if (port === undefined) return { error: `${service.name}: ${busy}, and no port of ${pool.label} is free on ${host}` };
  return {
    port,
    source: "fallback",
    ...(resolution.envVar !== undefined ? { envVar: resolution.envVar } : {}),
    reason: `${busy}; using ${port}, the first free port of ${pool.label}`,
  };
}

function* ports(from: number, to: number): Generator<number> {
  for (let port = from; port <= to; port++) yield port;
}
