// Reading the host's listeners with their processes: /proc on Linux, else `lsof`, else `ss`
// (always execFile with argument arrays). Read-only.

import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { LSOF_TCP_ARGS, LSOF_UDP_ARGS, parseLsofFields } from "./lsof.js";
import { parseProcNet, type Endianness, type ProcSocket } from "./proc-net.js";
import { findSocketOwners, readProcProcess, readUserNames } from "./proc-process.js";
import { parseSs, SS_ARGS } from "./ss.js";
import { SocketTableUnavailable, type Listener, type ProcessInfo } from "./types.js";
import { compareText } from "../engine/order.js";

export type SocketBackend = "proc" | "lsof" | "ss";

export interface SocketTableOptions {
  /** Force one backend; default: /proc when readable, else lsof, else ss. */
  backend?: SocketBackend;
  /** Root of the proc file system (tests point it at a copy). */
  procRoot?: string;
}

export interface SocketTable {
  backend: SocketBackend;
  listeners: Listener[];
}

/** Every listening TCP socket and bound, unconnected UDP socket, sorted by port, protocol, address. */
export async function readSocketTable(options: SocketTableOptions = {}): Promise<SocketTable> {
  const procRoot = options.procRoot ?? "/proc";
  const order: SocketBackend[] = options.backend ? [options.backend] : ["proc", "lsof", "ss"];
  const tried: string[] = [];
  for (const backend of order) {
    const listeners =
      backend === "proc" ? await readProcListeners(procRoot) : backend === "lsof" ? await readLsofListeners(procRoot) : await readSsListeners(procRoot);
    if (listeners) return { backend, listeners: sortListeners(listeners) };
    tried.push(backend === "proc" ? `${procRoot}/net/tcp` : backend);
  }
  throw new SocketTableUnavailable(
    `cannot read the socket table: ${tried.join(", ")} ${tried.length > 1 ? "are" : "is"} not available on this host (install lsof or iproute2's ss)`,
  );
}

function sortListeners(listeners: Listener[]): Listener[] {
  return listeners.sort(
    (a, b) => a.port - b.port || compareText(a.protocol, b.protocol) || a.family - b.family || compareText(a.address, b.address),
  );
}

const TABLES = [
  { file: "tcp", protocol: "tcp", family: 4 },
  { file: "tcp6", protocol: "tcp", family: 6 },
  { file: "udp", protocol: "udp", family: 4 },
  { file: "udp6", protocol: "udp", family: 6 },
] as const;

/** undefined when /proc/net/tcp cannot be read (not Linux, or /proc not mounted). */
async function readProcListeners(procRoot: string): Promise<Listener[] | undefined> {
  const endianness: Endianness = os.endianness();
  const texts = await Promise.all(TABLES.map((t) => readFile(path.join(procRoot, "net", t.file), "utf8").catch(() => undefined)));
  if (texts[0] === undefined) return undefined;
  const sockets: ProcSocket[] = [];
  TABLES.forEach((table, i) => {
    // tcp6/udp6 are missing when IPv6 is disabled; that is not an error.
    if (texts[i] !== undefined) sockets.push(...parseProcNet(texts[i]!, table.protocol, table.family, endianness));
  });
  const owners = await findSocketOwners(new Set(sockets.map((s) => s.inode)), procRoot);
  const processes = new ProcessCache(procRoot);
  const listeners: Listener[] = [];
  for (const socket of sockets) {
    const pids = owners.get(socket.inode) ?? [];
    const held = (await Promise.all(pids.map((pid) => processes.get(pid)))).filter((p): p is ProcessInfo => p !== undefined);
    listeners.push({
      protocol: socket.protocol,
      address: socket.address,
      family: socket.family,
      port: socket.port,
      inode: socket.inode,
      uid: socket.uid,
      processes: held,
    });
  }
  return listeners;
}

async function readLsofListeners(procRoot: string): Promise<Listener[] | undefined> {
  const tcp = await runTool("lsof", LSOF_TCP_ARGS);
  if (tcp === undefined) return undefined;
  const udp = (await runTool("lsof", LSOF_UDP_ARGS)) ?? "";
  const listeners = [...parseLsofFields(tcp), ...parseLsofFields(udp)];
  await completeProcesses(listeners, procRoot);
  return listeners;
}

async function readSsListeners(procRoot: string): Promise<Listener[] | undefined> {
  const text = await runTool("ss", SS_ARGS);
  if (text === undefined) return undefined;
  const listeners = parseSs(text);
  await completeProcesses(listeners, procRoot);
  return listeners;
}

/** lsof and ss give a name and a PID; /proc, where present, adds the command line, owner and start time. */
async function completeProcesses(listeners: Listener[], procRoot: string): Promise<void> {
  const cache = new ProcessCache(procRoot);
  for (const listener of listeners) {
    listener.processes = await Promise.all(
      listener.processes.map(async (p) => {
        const full = await cache.get(p.pid);
        return full ? { ...p, ...full, name: full.name || p.name } : p;
      }),
    );
  }
}

class ProcessCache {
  private readonly cache = new Map<number, Promise<ProcessInfo | undefined>>();
  constructor(private readonly procRoot: string) {}

  get(pid: number): Promise<ProcessInfo | undefined> {
    let entry = this.cache.get(pid);
    if (!entry) {
      entry = readUserNames().then((users) => readProcProcess(pid, this.procRoot, users));
      this.cache.set(pid, entry);
    }
    return entry;
  }
}

/**
 * stdout of a tool, or undefined when it is not installed. lsof exits 1 when nothing matches,
 * which is an answer (no listeners), not a failure.
 */
function runTool(file: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(file, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 30_000 }, (error, stdout) => {
      if (!error) return resolve(stdout);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "EACCES") return resolve(undefined);
      if (typeof (error as { code?: unknown }).code === "number" && stdout !== undefined) return resolve(stdout);
      resolve(undefined);
    });
  });
}
