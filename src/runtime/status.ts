// `status` as data: the declared ports against the host's listeners. Pure: the socket table is
// read elsewhere and passed in, so every verdict is tested without touching the host.

import path from "node:path";
import type { Protocol, Registry, Service } from "../registry/model.js";
import { checkAccess } from "./access.js";
import type { Listener, ProcessInfo } from "./types.js";
import { compareText } from "../engine/order.js";

export type StatusFlagId = "wrong-process" | "all-interfaces" | "outside-access" | "undeclared";

export type StatusState =
  /** A declared port with a listener. */
  | "listening"
  | "not-listening"
  /** A listener in a service's fallback range (as `get --free` would pick). */
  | "fallback"
  /** A listener on a reserved port. */
  | "reserved"
  /** A listener inside a declared range on a port no service declares. */
  | "undeclared"
  /** A protocol the socket table does not cover (sctp). */
  | "unchecked";

export interface StatusRow {
  port: number;
  protocol: Protocol;
  service?: string;
  address?: string;
  /** Holders of the socket, lowest first; empty when not listening or not visible to this user. */
  pids: number[];
  process?: string;
  command?: string;
  user?: string;
  state: StatusState;
  /** Why: the reservation reason, the range, the expected process. */
  note?: string;
  flags: StatusFlagId[];
}

export interface StatusFlag {
  id: StatusFlagId;
  port: number;
  protocol: Protocol;
  service?: string;
  address: string;
  pid?: number;
  message: string;
}

export interface StatusReport {
  ports: StatusRow[];
  flags: StatusFlag[];
  /** Listeners shown whose owner this user cannot see (run as root to see them). */
  hiddenOwners: number;
}

/**
 * Every declared port (listening or not), every listener in a service's fallback range, on a
 * reserved port or inside a declared range, with flags for: a holder that is not the service's
 * declared `process`, a listener on all interfaces or on an address its `access` forbids, and a
 * listener inside a range that no service declares. Other listeners are not this registry's business.
 */
export function assessStatus(registry: Registry, listeners: readonly Listener[]): StatusReport {
  const rows: StatusRow[] = [];
  const flags: StatusFlag[] = [];
  let hiddenOwners = 0;
  const declared = new Set(registry.services.map((s) => key(s.port, s.protocol)));

  const addListenerRow = (listener: Listener, state: StatusState, service?: Service, note?: string): void => {
    const row = listenerRow(listener, state, service, note);
    rows.push(row);
    if (listener.processes.length === 0) hiddenOwners++;
    const raise = (id: StatusFlagId, message: string): void => {
      row.flags.push(id);
      const first = listener.processes[0];
      flags.push({
        id,
        port: listener.port,
        protocol: listener.protocol,
        ...(service ? { service: service.name } : {}),
        address: listener.address,
        ...(first ? { pid: first.pid } : {}),
        message,
      });
    };
    if (service) {
      const verdict = checkAccess(service.access, listener.address);
      if (!verdict.ok) raise(verdict.flag, `${service.name}: ${verdict.message}`);
      if (service.process && listener.processes.length > 0 && !listener.processes.some((p) => processMatches(service.process!, p))) {
        const holder = listener.processes[0]!;
        raise(
          "wrong-process",
          `${service.name}: held by PID ${holder.pid} (${describeProcess(holder)}), but ports.yaml expects process "${service.process}"`,
        );
      }
    } else if (state === "undeclared") {
      raise("undeclared", `listener inside ${note} that no service declares`);
    }
  };

  for (const service of registry.services) {
    if (service.protocol === "sctp") {
      rows.push({ port: service.port, protocol: "sctp", service: service.name, pids: [], state: "unchecked", note: "sctp sockets are not read", flags: [] });
      continue;
    }
    const held = listeners.filter((l) => l.port === service.port && l.protocol === service.protocol);
    if (held.length === 0) {
      rows.push({
        port: service.port,
        protocol: service.protocol,
        service: service.name,
        pids: [],
        state: "not-listening",
        ...(service.optional ? { note: "optional" } : {}),
        flags: [],
      });
    }
    for (const listener of held) addListenerRow(listener, "listening", service);
  }

  for (const listener of listeners) {
    if (declared.has(key(listener.port, listener.protocol))) continue;
    const fallbackOf = registry.services.find(
      (s) => s.protocol === listener.protocol && s.fallback && listener.port >= s.fallback[0] && listener.port <= s.fallback[1],
    );
    if (fallbackOf) {
      addListenerRow(listener, "fallback", fallbackOf, `fallback ${fallbackOf.fallback![0]}–${fallbackOf.fallback![1]}`);
      continue;
    }
    const reservation = registry.reserved.find((r) => listener.port >= r.from && listener.port <= r.to);
    if (reservation) {
      addListenerRow(listener, "reserved", undefined, reservation.reason ?? "reserved");
      continue;
    }
    const range = declaredRanges(registry).find((r) => listener.port >= r.from && listener.port <= r.to);
    if (range) addListenerRow(listener, "undeclared", undefined, range.label);
  }

  rows.sort((a, b) => a.port - b.port || compareText(a.protocol, b.protocol) || compareAddresses(a.address ?? "", b.address ?? ""));
  flags.sort((a, b) => a.port - b.port || compareText(a.protocol, b.protocol) || compareAddresses(a.address, b.address) || compareText(a.id, b.id));
  return { ports: rows, flags, hiddenOwners };
}

/** IPv4 before IPv6, then by text. */
function compareAddresses(a: string, b: string): number {
  return Number(a.includes(":")) - Number(b.includes(":")) || compareText(a, b);
}

function key(port: number, protocol: string): string {
  return `${port}/${protocol}`;
}

/** Named ranges, then inline service ranges, each once. */
function declaredRanges(registry: Registry): Array<{ from: number; to: number; label: string }> {
  const ranges: Array<{ from: number; to: number; label: string }> = [];
  for (const range of registry.ranges.values()) ranges.push({ from: range.from, to: range.to, label: `range ${range.name} (${range.from}–${range.to})` });
  for (const service of registry.services) {
    const range = service.range;
    if (range && !range.name) ranges.push({ from: range.from, to: range.to, label: `the range of ${service.name} (${range.from}–${range.to})` });
  }
  return ranges;
}

function listenerRow(listener: Listener, state: StatusState, service?: Service, note?: string): StatusRow {
  const first = listener.processes[0];
  const command = first && first.cmdline.length > 0 ? first.cmdline.join(" ") : undefined;
  return {
    port: listener.port,
    protocol: listener.protocol,
    ...(service ? { service: service.name } : {}),
    address: listener.address,
    pids: listener.processes.map((p) => p.pid),
    ...(first ? { process: first.name } : {}),
    ...(command ? { command } : {}),
    ...(first?.user !== undefined ? { user: first.user } : first?.uid !== undefined ? { user: String(first.uid) } : {}),
    state,
    ...(note ? { note } : {}),
    flags: [],
  };
}

const MAX_COMMAND = 100;

function describeProcess(p: ProcessInfo): string {
  let command = p.cmdline.join(" ");
  if (command.length > MAX_COMMAND) command = `${command.slice(0, MAX_COMMAND - 1)}…`;
  return command && command !== p.name ? `${p.name}: ${command}` : p.name;
}

/**
 * Does `process` look like the expected program? Its name (`comm`, cut to 15 characters by Linux),
 * the file name of its executable, or the file name of any argument: `python -m uvicorn app` and
 * `node …/.bin/vite` are uvicorn and vite. Generous on purpose: a wrong-process flag must be right.
 */
export function processMatches(expected: string, process: ProcessInfo): boolean {
  const want = expected.toLowerCase();
  const name = process.name.toLowerCase();
  if (name === want || (name.length === 15 && want.startsWith(name))) return true;
  for (const arg of process.cmdline) {
    for (const word of arg.split(/\s+/)) {
      const base = path.basename(word.replace(/:$/, "")).toLowerCase();
      if (base === want || base.replace(/\.(exe|js|mjs|cjs|py)$/, "") === want) return true;
    }
  }
  return false;
}
