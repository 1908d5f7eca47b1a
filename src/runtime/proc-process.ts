// Processes on Linux, read from /proc: which PIDs hold a socket inode (their fd symlinks read
// `socket:[inode]`), and each one's name, command line, owner and start time.

import { readFile, readdir, readlink } from "node:fs/promises";
import path from "node:path";
import type { ProcessInfo } from "./types.js";

/** `socket:[39253]` → 39253; anything else (files, pipes, `anon_inode:…`) → undefined. */
export function parseSocketLink(link: string): number | undefined {
  const match = /^socket:\[(\d+)\]$/.exec(link);
  return match ? Number(match[1]) : undefined;
}

/** The real uid from `/proc/<pid>/status` (`Uid:\treal\teffective\tsaved\tfs`). */
export function parseStatusUid(text: string): number | undefined {
  const match = /^Uid:\s+(\d+)/m.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** `/proc/<pid>/cmdline`: NUL-separated arguments, usually NUL-terminated. */
export function parseCmdline(content: Buffer | string): string[] {
  const text = typeof content === "string" ? content : content.toString("utf8");
  const args = text.split("\0");
  if (args.at(-1) === "") args.pop();
  return args;
}

/**
 * `/proc/<pid>/stat` → state letter and start time (field 22). The name in parentheses may itself
 * hold spaces and parentheses, so fields are counted from the last `)`.
 */
export function parseStat(text: string): { state: string; startTime: string } | undefined {
  const close = text.lastIndexOf(")");
  if (close < 0) return undefined;
  const fields = text.slice(close + 2).trim().split(/\s+/);
  const state = fields[0];
  const startTime = fields[19];
  if (!state || !startTime) return undefined;
  return { state, startTime };
}

/** `/etc/passwd` → uid → user name. */
export function parsePasswd(text: string): Map<number, string> {
  const users = new Map<number, string>();
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    const [name, , uid] = line.split(":");
    if (name && uid && /^\d+$/.test(uid) && !users.has(Number(uid))) users.set(Number(uid), name);
  }
  return users;
}

let passwdCache: Map<number, string> | undefined;

/** User names by uid from /etc/passwd; empty when it cannot be read (names then show as numbers). */
export async function readUserNames(file = "/etc/passwd"): Promise<Map<number, string>> {
  if (file !== "/etc/passwd") return parsePasswd(await readFile(file, "utf8").catch(() => ""));
  passwdCache ??= parsePasswd(await readFile(file, "utf8").catch(() => ""));
  return passwdCache;
}

/**
 * The PIDs whose file descriptors point at each of `inodes`. Processes this user may not inspect
 * are skipped silently (their sockets then have no known owner). Every sharer of a socket is found
 * (a pre-forking server's workers hold its listener too).
 */
export async function findSocketOwners(inodes: ReadonlySet<number>, procRoot = "/proc"): Promise<Map<number, number[]>> {
  const owners = new Map<number, number[]>();
  if (inodes.size === 0) return owners;
  const entries = await readdir(procRoot).catch(() => [] as string[]);
  const pids = entries.filter((e) => /^\d+$/.test(e)).map(Number).sort((a, b) => a - b);
  for (const pid of pids) {
    const fdDir = path.join(procRoot, String(pid), "fd");
    const fds = await readdir(fdDir).catch(() => [] as string[]);
    const links = await Promise.all(fds.map((fd) => readlink(path.join(fdDir, fd)).catch(() => "")));
    const held = new Set<number>();
    for (const link of links) {
      const inode = parseSocketLink(link);
      if (inode !== undefined && inodes.has(inode)) held.add(inode);
    }
    for (const inode of held) {
      const list = owners.get(inode) ?? [];
      list.push(pid);
      owners.set(inode, list);
    }
  }
  return owners;
}

/** Name, command line, owner and start time of `pid`, or undefined when it is gone. */
export async function readProcProcess(pid: number, procRoot = "/proc", users?: Map<number, string>): Promise<ProcessInfo | undefined> {
  const dir = path.join(procRoot, String(pid));
  const [comm, cmdline, status, stat] = await Promise.all([
    readFile(path.join(dir, "comm"), "utf8").catch(() => undefined),
    readFile(path.join(dir, "cmdline")).catch(() => undefined),
    readFile(path.join(dir, "status"), "utf8").catch(() => undefined),
    readFile(path.join(dir, "stat"), "utf8").catch(() => undefined),
  ]);
  if (comm === undefined && status === undefined) return undefined;
  const info: ProcessInfo = { pid, name: (comm ?? "").trim(), cmdline: cmdline ? parseCmdline(cmdline) : [] };
  const uid = status ? parseStatusUid(status) : undefined;
  if (uid !== undefined) {
    info.uid = uid;
    const user = (users ?? (await readUserNames())).get(uid);
    if (user !== undefined) info.user = user;
  }
  const parsed = stat ? parseStat(stat) : undefined;
  if (parsed) info.startTime = parsed.startTime;
  return info;
}

/** `alive`, `zombie` (exited, not yet reaped: it holds no sockets any more) or `gone`. */
export async function readProcState(pid: number, procRoot = "/proc"): Promise<"alive" | "zombie" | "gone"> {
  const stat = await readFile(path.join(procRoot, String(pid), "stat"), "utf8").catch(() => undefined);
  if (stat === undefined) return "gone";
  const parsed = parseStat(stat);
  return parsed && (parsed.state === "Z" || parsed.state === "X") ? "zombie" : "alive";
}

/** The start time of `pid` now, to check it is still the process that was inspected. */
export async function readStartTime(pid: number, procRoot = "/proc"): Promise<string | undefined> {
  const stat = await readFile(path.join(procRoot, String(pid), "stat"), "utf8").catch(() => undefined);
  return stat ? parseStat(stat)?.startTime : undefined;
}
