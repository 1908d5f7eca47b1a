// Freeing a port: find its listeners, refuse protected or foreign processes, SIGTERM, wait, SIGKILL
// what remains, verify. The host is reached only through FreeDeps, so refusals are testable safely.

import { readProcState, readStartTime } from "./proc-process.js";
import { readSocketTable } from "./socket-table.js";
import type { Listener, ProcessInfo, SocketProtocol } from "./types.js";

export interface FreeDeps {
  readListeners(): Promise<Listener[]>;
  /** process.kill: throws with `code` ESRCH (gone) or EPERM. */
  signal(pid: number, signal: "SIGTERM" | "SIGKILL"): void;
  /** `zombie` counts as exited: it holds no sockets any more. */
  processState(pid: number): Promise<"alive" | "zombie" | "gone">;
  /** Start time now, to make sure a PID was not reused since it was inspected. */
  startTime(pid: number): Promise<string | undefined>;
  sleep(ms: number): Promise<void>;
  /** uid of this process; undefined where there are no uids (Windows). */
  uid: number | undefined;
  selfPid: number;
}

export interface FreeOptions {
  port: number;
  protocol: SocketProtocol;
  /** How long to wait after SIGTERM before SIGKILL. */
  timeoutMs: number;
  dryRun: boolean;
  /** One line of output, without the `[portcullis:<port>]` prefix; `problem` for refusals and failures. */
  log(line: string, problem?: boolean): void;
}

export type FreeOutcome = "already-free" | "freed" | "dry-run" | "refused" | "failed";

/** Exit status of `portcullis free` for an outcome. */
export function freeExitCode(outcome: FreeOutcome): number {
  return outcome === "refused" || outcome === "failed" ? 1 : 0;
}

/** Names of processes never signalled: init, the service manager, remote login, the message bus, the journal. */
const PROTECTED_NAMES = new Set(["init", "systemd", "sshd", "dbus-daemon", "dbus-broker", "journald", "systemd-journald", "launchd"]);

/** Why `process` must not be signalled, or undefined when it may be. */
export function protectionReason(process: ProcessInfo, context: { uid: number | undefined; selfPid: number }): string | undefined {
  if (process.pid <= 2) return `PID ${process.pid} is init or the kernel's thread parent`;
  if (process.pid === context.selfPid) return "it is this portcullis process";
  const name = process.name;
  if (PROTECTED_NAMES.has(name) || name.startsWith("systemd-") || name.startsWith("sshd-")) {
    return `${name} is a protected system process`;
  }
  if (context.uid !== undefined && context.uid !== 0) {
    if (process.uid === undefined) return "its owner cannot be read; run as root to stop it";
    if (process.uid !== context.uid) return `it belongs to user ${process.user ?? process.uid}; run as root to stop other users' processes`;
  }
  return undefined;
}

export function describeHolder(process: ProcessInfo): string {
  const user = process.user ?? (process.uid !== undefined ? String(process.uid) : undefined);
  const command = process.cmdline.length > 0 ? `: ${process.cmdline.join(" ")}` : "";
  return `PID ${process.pid} (${process.name || "?"}${user !== undefined ? `, user ${user}` : ""})${command}`;
}

const POLL_MS = 100;
/** After SIGKILL the kernel tears a process down promptly; this only bounds a stuck (D-state) one. */
const KILL_WAIT_MS = 3000;
/** A listener can outlive its process by a moment while the kernel closes its files. */
const VERIFY_WAIT_MS = 2000;

export async function freePort(options: FreeOptions, deps: FreeDeps): Promise<FreeOutcome> {
  const { port, protocol, log } = options;
  const where = `port ${port}/${protocol}`;
  const held = (await deps.readListeners()).filter((l) => l.port === port && l.protocol === protocol);
  if (held.length === 0) {
    log(`${where} is already free`);
    return "already-free";
  }

  const processes = new Map<number, ProcessInfo>();
  let hidden = false;
  for (const listener of held) {
    if (listener.processes.length === 0) {
      log(`${where} is held on ${listener.address} by a process this user cannot see; run as root`, true);
      hidden = true;
    }
    for (const p of listener.processes) {
      if (!processes.has(p.pid)) log(`${where} is held on ${listener.address} by ${describeHolder(p)}`);
      processes.set(p.pid, p);
    }
  }
  if (hidden) return "refused";

  let refused = false;
  for (const p of processes.values()) {
    const reason = protectionReason(p, deps);
    if (reason) {
      log(`refusing to stop PID ${p.pid}: ${reason}`, true);
      refused = true;
    }
  }
  if (refused) {
    log(`nothing was stopped; ${where} is still in use`, true);
    return "refused";
  }

  const pids = [...processes.keys()];
  const seconds = options.timeoutMs / 1000;
  if (options.dryRun) {
    log(`dry run: would send SIGTERM to PID ${pids.join(", ")}, wait up to ${seconds}s, then SIGKILL whatever remains`);
    log("dry run: nothing was stopped");
    return "dry-run";
  }

  let alive = await signalAll(pids, "SIGTERM", processes, deps, log);
  alive = await waitForExit(alive, options.timeoutMs, deps);
  if (alive.length > 0) {
    log(`PID ${alive.join(", ")} still running after ${seconds}s; sending SIGKILL`);
    alive = await signalAll(alive, "SIGKILL", processes, deps, log);
    alive = await waitForExit(alive, KILL_WAIT_MS, deps);
    if (alive.length > 0) log(`PID ${alive.join(", ")} survived SIGKILL`, true);
  } else {
    log(`PID ${pids.join(", ")} exited after SIGTERM`);
  }

  for (let waited = 0; ; waited += POLL_MS) {
    const still = (await deps.readListeners()).filter((l) => l.port === port && l.protocol === protocol);
    if (still.length === 0) {
      log(`${where} is free`);
      return "freed";
    }
    if (waited >= VERIFY_WAIT_MS) {
      for (const listener of still) {
        const holders = listener.processes.map(describeHolder).join("; ") || "a process this user cannot see";
        log(`${where} is still held on ${listener.address} by ${holders}`, true);
      }
      if (still.some((l) => l.processes.some((p) => !processes.has(p.pid)))) log("a new process took the port (restarted by a supervisor?)", true);
      return "failed";
    }
    await deps.sleep(POLL_MS);
  }
}

/** Sends `signal` to each PID still being the inspected process; returns the PIDs that may still run. */
async function signalAll(
  pids: number[],
  signal: "SIGTERM" | "SIGKILL",
  inspected: Map<number, ProcessInfo>,
  deps: FreeDeps,
  log: FreeOptions["log"],
): Promise<number[]> {
  const pending: number[] = [];
  for (const pid of pids) {
    const before = inspected.get(pid)?.startTime;
    if (before !== undefined && (await deps.startTime(pid)) !== before) continue; // exited; the PID may be someone else's now
    try {
      deps.signal(pid, signal);
      log(`sent ${signal} to PID ${pid}`);
      pending.push(pid);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ESRCH") continue;
      log(`cannot send ${signal} to PID ${pid}: ${code === "EPERM" ? "permission denied" : (error as Error).message}`, true);
      pending.push(pid);
    }
  }
  return pending;
}

async function waitForExit(pids: number[], timeoutMs: number, deps: FreeDeps): Promise<number[]> {
  let alive = pids;
  for (let waited = 0; alive.length > 0; waited += POLL_MS) {
    const states = await Promise.all(alive.map((pid) => deps.processState(pid)));
    alive = alive.filter((_, i) => states[i] === "alive");
    if (alive.length === 0 || waited >= timeoutMs) break;
    await deps.sleep(POLL_MS);
  }
  return alive;
}

/** The real host: the socket table, process.kill, /proc (or kill -0 where there is no /proc). */
export function hostFreeDeps(): FreeDeps {
  return {
    readListeners: async () => (await readSocketTable()).listeners,
    signal: (pid, signal) => {
      process.kill(pid, signal);
    },
    processState: async (pid) => {
      if (process.platform === "linux") return readProcState(pid);
      try {
        process.kill(pid, 0);
        return "alive";
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === "EPERM" ? "alive" : "gone";
      }
    },
    startTime: (pid) => readStartTime(pid),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    uid: typeof process.getuid === "function" ? process.getuid() : undefined,
    selfPid: process.pid,
  };
}
