import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createFreeCommand, run as free } from "../../src/cli/free.js";
import { freePort, hostFreeDeps, protectionReason, type FreeDeps } from "../../src/runtime/free.js";
import { tryBind } from "../../src/runtime/probe.js";
import type { Listener, ProcessInfo } from "../../src/runtime/types.js";
import { makeRegistry } from "../helpers/registry.js";
import { captureIO, type CapturedIO } from "./capture-io.js";
import { spawnListener, type ChildListener } from "./child-listener.js";
import { freePortNumber } from "./ports.js";

const children: ChildListener[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.stop();
});

async function child(options: Parameters<typeof spawnListener>[0] = {}): Promise<ChildListener> {
  const c = await spawnListener(options);
  children.push(c);
  return c;
}

function expectPrefixed(io: CapturedIO, port: number | string): void {
  const lines = (io.out + io.err).split("\n").filter((l) => l !== "");
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line.startsWith(`[portcullis:${port}] `), line).toBe(true);
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("portcullis free on real processes", () => {
  it("stops a listener that exits on SIGTERM and verifies the port is free", async () => {
    const c = await child();
    const io = captureIO();
    expect(await free([String(c.port)], io)).toBe(0);
    expect(await c.exited).toBe("SIGTERM");
    expect(io.out).toContain(`[portcullis:${c.port}] port ${c.port}/tcp is held on 127.0.0.1 by PID ${c.pid} (node, user `);
    expect(io.out).toContain(`[portcullis:${c.port}] sent SIGTERM to PID ${c.pid}\n`);
    expect(io.out).toContain(`[portcullis:${c.port}] PID ${c.pid} exited after SIGTERM\n`);
    expect(io.out).toContain(`[portcullis:${c.port}] port ${c.port}/tcp is free\n`);
    expect(io.out).not.toContain("SIGKILL");
    expect(io.err).toBe("");
    expectPrefixed(io, c.port);
    expect(await tryBind(c.port, "tcp", "127.0.0.1")).toBeUndefined();
  });

  it("sends SIGKILL to a listener that ignores SIGTERM once the timeout has passed", async () => {
    const c = await child({ ignoreSigterm: true, host: "0.0.0.0" });
    const io = captureIO();
    expect(await free([String(c.port), "--timeout", "0.5"], io)).toBe(0);
    expect(await c.exited).toBe("SIGKILL");
    expect(io.out).toContain(`sent SIGTERM to PID ${c.pid}\n`);
    expect(io.out).toContain(`PID ${c.pid} still running after 0.5s; sending SIGKILL\n`);
    expect(io.out).toContain(`sent SIGKILL to PID ${c.pid}\n`);
    expect(io.out).toContain(`port ${c.port}/tcp is free\n`);
    expectPrefixed(io, c.port);
  });

  it("--dry-run says what it would do and stops nothing", async () => {
    const c = await child({ ignoreSigterm: true });
    const io = captureIO();
    expect(await free([String(c.port), "--dry-run"], io)).toBe(0);
    expect(io.out).toContain(`dry run: would send SIGTERM to PID ${c.pid}, wait up to 5s, then SIGKILL whatever remains\n`);
    expect(io.out).toContain("dry run: nothing was stopped\n");
    expectPrefixed(io, c.port);
    expect(alive(c.pid)).toBe(true);
    expect(c.child.exitCode).toBeNull();
    expect(await tryBind(c.port, "tcp", "127.0.0.1")).toBe("EADDRINUSE");
  });

  it("frees a service's resolved port (env override) and a udp port", async () => {
    const c = await child();
    const dir = mkdtempSync(path.join(os.tmpdir(), "portcullis-free-"));
    writeFileSync(path.join(dir, "ports.yaml"), `version: 1\nservices:\n  api: { port: 1, env: API_PORT }\n`);
    const io = captureIO({ cwd: dir, env: { API_PORT: String(c.port) } });
    expect(await free(["api"], io)).toBe(0);
    expect(io.out).toContain(`[portcullis:${c.port}] api: API_PORT is set to ${c.port}\n`);
    expect(await c.exited).toBe("SIGTERM");
    expectPrefixed(io, c.port);
    rmSync(dir, { recursive: true, force: true });

    const u = await child({ protocol: "udp" });
    const udp = captureIO();
    expect(await free([`${u.port}/udp`], udp)).toBe(0);
    expect(udp.out).toContain(`port ${u.port}/udp is free`);
    expect(await u.exited).toBe("SIGTERM");
  });

  it("exits 0 when the port is already free", async () => {
    const port = await freePortNumber();
    const io = captureIO();
    expect(await free([String(port)], io)).toBe(0);
    expect(io.out).toBe(`[portcullis:${port}] port ${port}/tcp is already free\n`);
  });

  it("reports usage and service errors", async () => {
    await expect(free(["70000"], captureIO())).rejects.toThrow(/port must be 1–65535/);
    await expect(free(["8000", "--timeout", "soon"], captureIO())).rejects.toHaveProperty("name", "UsageError");
    await expect(free(["8000", "--force"], captureIO())).rejects.toHaveProperty("name", "UsageError");
    await expect(free([], captureIO())).rejects.toHaveProperty("name", "UsageError");
    const command = createFreeCommand({ loadRegistry: async () => makeRegistry({ services: { api: { port: 8000 } } }) });
    const io = captureIO();
    expect(await command(["apj"], io)).toBe(2);
    expect(io.err).toBe('[portcullis:apj] unknown service "apj" (did you mean "api"?)\n');
  });
});

/** A host where every signal is recorded and none is sent. */
function fakeHost(listeners: Listener[][], options: Partial<FreeDeps> = {}): FreeDeps & { signals: string[] } {
  const signals: string[] = [];
  let reads = 0;
  return {
    readListeners: async () => listeners[Math.min(reads++, listeners.length - 1)]!,
    signal: (pid, signal) => {
      signals.push(`${signal} ${pid}`);
    },
    processState: async () => "gone",
    startTime: async () => undefined,
    sleep: async () => {},
    uid: 1000,
    selfPid: 4242,
    signals,
    ...options,
  };
}

const holder = (pid: number, name: string, uid = 1000): ProcessInfo => ({ pid, name, cmdline: [name], uid, user: uid === 0 ? "root" : "dev" });
const on = (port: number, ...processes: ProcessInfo[]): Listener => ({ protocol: "tcp", address: "0.0.0.0", family: 4, port, processes });

describe("refusals", () => {
  it("refuses PID 1 and sends no signal", async () => {
    const host = fakeHost([[on(2024, holder(1, "process_api", 0))]], { uid: 0 });
    const io = captureIO();
    expect(await createFreeCommand({ host })(["2024"], io)).toBe(1);
    expect(host.signals).toEqual([]);
    expect(io.err).toContain("[portcullis:2024] refusing to stop PID 1: PID 1 is init or the kernel's thread parent\n");
    expect(io.err).toContain("[portcullis:2024] nothing was stopped; port 2024/tcp is still in use\n");
    expectPrefixed(io, 2024);
  });

  it("--dry-run on a refused port says so and exits 1", async () => {
    const host = fakeHost([[on(2024, holder(1, "process_api", 0))]], { uid: 0 });
    const io = captureIO();
    expect(await createFreeCommand({ host })(["2024", "--dry-run"], io)).toBe(1);
    expect(io.err).toContain("refusing to stop PID 1");
    expect(io.out).not.toContain("would send");
    expect(host.signals).toEqual([]);
  });

  it("refuses a real process of another user when not run as root", async () => {
    const c = await child();
    const notRoot = (process.getuid?.() ?? 0) === 0 ? 12345 : 0;
    if (notRoot === 0) return; // the test runs as a normal user: the child is its own, nothing to refuse
    const io = captureIO();
    expect(await createFreeCommand({ host: { ...hostFreeDeps(), uid: notRoot } })([String(c.port)], io)).toBe(1);
    expect(io.err).toContain(`refusing to stop PID ${c.pid}: it belongs to user `);
    expect(alive(c.pid)).toBe(true);
    expect(await tryBind(c.port, "tcp", "127.0.0.1")).toBe("EADDRINUSE");
  });

  it("refuses the whole operation when any holder is protected", async () => {
    const host = fakeHost([[on(22, holder(800, "node"), holder(801, "sshd"))]], { uid: 0 });
    const io = captureIO();
    expect(await createFreeCommand({ host })(["22"], io)).toBe(1);
    expect(host.signals).toEqual([]);
  });

  it("refuses when the holder cannot be seen", async () => {
    const host = fakeHost([[on(8000)]]);
    const io = captureIO();
    expect(await createFreeCommand({ host })(["8000"], io)).toBe(1);
    expect(io.err).toContain("by a process this user cannot see; run as root");
    expect(host.signals).toEqual([]);
  });

  it.each([
    ["init", 0, 0, /protected/],
    ["systemd", 0, 0, /protected/],
    ["systemd-resolve", 0, 0, /protected/],
    ["systemd-journald", 0, 0, /protected/],
    ["journald", 0, 0, /protected/],
    ["sshd", 0, 0, /protected/],
    ["sshd-session", 0, 0, /protected/],
    ["dbus-daemon", 0, 0, /protected/],
    ["python", 1000, 1001, /belongs to user dev; run as root/],
    ["python", 1001, 0, undefined],
    ["python", 1000, 1000, undefined],
  ] as const)("%s owned by %i, run by %i", (name, owner, runner, expected) => {
    const reason = protectionReason(holder(500, name, owner), { uid: runner, selfPid: 4242 });
    if (expected) expect(reason).toMatch(expected);
    else expect(reason).toBeUndefined();
  });

  it("refuses PIDs 1 and 2 whatever their name, and itself", () => {
    expect(protectionReason(holder(2, "kthreadd", 0), { uid: 0, selfPid: 4242 })).toMatch(/PID 2/);
    expect(protectionReason(holder(4242, "node", 0), { uid: 0, selfPid: 4242 })).toMatch(/this portcullis process/);
    expect(protectionReason({ pid: 600, name: "python", cmdline: [] }, { uid: 1000, selfPid: 4242 })).toMatch(/owner cannot be read/);
  });
});

describe("freePort outcomes", () => {
  it("fails when a supervisor brings a new process back onto the port", async () => {
    const host = fakeHost([[on(8000, holder(900, "uvicorn"))], [on(8000, holder(901, "uvicorn"))]]);
    const lines: string[] = [];
    const outcome = await freePort({ port: 8000, protocol: "tcp", timeoutMs: 1000, dryRun: false, log: (l) => lines.push(l) }, host);
    expect(outcome).toBe("failed");
    expect(host.signals).toEqual(["SIGTERM 900"]);
    expect(lines).toContain("port 8000/tcp is still held on 0.0.0.0 by PID 901 (uvicorn, user dev): uvicorn");
    expect(lines).toContain("a new process took the port (restarted by a supervisor?)");
  });

  it("does not signal a PID whose process changed since it was inspected", async () => {
    const inspected = { ...holder(900, "uvicorn"), startTime: "111" };
    const host = fakeHost([[on(8000, inspected)], []], { startTime: async () => "222" });
    const outcome = await freePort({ port: 8000, protocol: "tcp", timeoutMs: 0, dryRun: false, log: () => {} }, host);
    expect(outcome).toBe("freed");
    expect(host.signals).toEqual([]);
  });

  it("signals every process sharing the socket", async () => {
    const host = fakeHost([[on(8000, holder(900, "gunicorn"), holder(901, "gunicorn"))], []]);
    const outcome = await freePort({ port: 8000, protocol: "tcp", timeoutMs: 0, dryRun: false, log: () => {} }, host);
    expect(outcome).toBe("freed");
    expect(host.signals).toEqual(["SIGTERM 900", "SIGTERM 901"]);
  });
});
