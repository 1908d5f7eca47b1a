// Parsing `ss -ltnup` (iproute2): listening TCP and unconnected UDP sockets, with their processes
// when this user may see them.

import { splitEndpoint } from "./endpoint.js";
import type { Listener, ProcessInfo } from "./types.js";

export const SS_ARGS = ["-ltnup"];

/**
 * One listener per line: `Netid State Recv-Q Send-Q Local Peer [users:(("name",pid=1,fd=3),…)]`.
 * `*` as a local host is the dual-stack wildcard (`::`). The header and unknown lines are skipped.
 */
export function parseSs(text: string): Listener[] {
  const listeners: Listener[] = [];
  for (const line of text.split("\n")) {
    const fields = line.trim().split(/\s+/);
    const protocol = fields[0];
    if (protocol !== "tcp" && protocol !== "udp") continue;
    const local = fields[4];
    if (!local) continue;
    const endpoint = splitEndpoint(local, local.startsWith("*:") ? 6 : undefined);
    if (!endpoint) continue;
    listeners.push({ protocol, ...endpoint, processes: parseSsUsers(line) });
  }
  return listeners;
}

/** `users:(("node",pid=14567,fd=22),("node",pid=14568,fd=22))` → processes, lowest PID first. */
export function parseSsUsers(line: string): ProcessInfo[] {
  const processes: ProcessInfo[] = [];
  for (const match of line.matchAll(/\("((?:[^"\\]|\\.)*)",pid=(\d+),fd=\d+\)/g)) {
    const pid = Number(match[2]);
    if (!processes.some((p) => p.pid === pid)) processes.push({ pid, name: match[1]!, cmdline: [] });
  }
  return processes.sort((a, b) => a.pid - b.pid);
}
