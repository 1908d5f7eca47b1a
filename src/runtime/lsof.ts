// Parsing `lsof -F pcuLftPn` field output (macOS, BSDs, Linux without /proc): one field per line,
// `p` opening a process set and `f` opening a file within it.

import { splitEndpoint } from "./endpoint.js";
import type { Listener, SocketProtocol } from "./types.js";

/** lsof arguments for listening TCP sockets and for UDP sockets, in field output. */
export const LSOF_TCP_ARGS = ["-nP", "-iTCP", "-sTCP:LISTEN", "-FpcuLftPn"];
export const LSOF_UDP_ARGS = ["-nP", "-iUDP", "-FpcuLftPn"];

/**
 * Listeners in lsof field output. TCP entries are taken as listening (the caller asked with
 * `-sTCP:LISTEN`); UDP entries connected to a peer (`a:1->b:2`) are skipped. One socket shared by
 * several processes comes back once, with every process.
 */
export function parseLsofFields(text: string): Listener[] {
  const byKey = new Map<string, Listener>();
  let pid: number | undefined;
  let name = "";
  let uid: number | undefined;
  let user: string | undefined;
  let file: { family?: 4 | 6; protocol?: SocketProtocol } = {};

  for (const line of text.split("\n")) {
    if (line === "") continue;
    const tag = line[0];
    const value = line.slice(1);
    switch (tag) {
      case "p":
        pid = Number(value);
        name = "";
        uid = undefined;
        user = undefined;
        file = {};
        break;
      case "c":
        name = value;
        break;
      case "u":
        uid = /^\d+$/.test(value) ? Number(value) : undefined;
        break;
      case "L":
        user = value;
        break;
      case "f":
        file = {};
        break;
      case "t":
        if (value === "IPv4") file.family = 4;
        else if (value === "IPv6") file.family = 6;
        break;
      case "P":
        if (value === "TCP") file.protocol = "tcp";
        else if (value === "UDP") file.protocol = "udp";
        break;
      case "n": {
        if (!file.protocol || value.includes("->")) break;
        const endpoint = splitEndpoint(value, file.family);
        if (!endpoint) break;
        const key = `${file.protocol} ${endpoint.address} ${endpoint.port}`;
        const listener = byKey.get(key) ?? { protocol: file.protocol, ...endpoint, processes: [] };
        byKey.set(key, listener);
        if (pid !== undefined && Number.isInteger(pid) && !listener.processes.some((p) => p.pid === pid)) {
          listener.processes.push({
            pid,
            name,
            cmdline: [],
            ...(uid !== undefined ? { uid } : {}),
            ...(user !== undefined ? { user } : {}),
          });
        }
        break;
      }
    }
  }
  const listeners = [...byKey.values()];
  for (const l of listeners) l.processes.sort((a, b) => a.pid - b.pid);
  return listeners;
}
