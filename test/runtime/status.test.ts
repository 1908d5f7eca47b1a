import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as status, createStatusCommand } from "../../src/cli/status.js";
import { checkAccess } from "../../src/runtime/access.js";
import { assessStatus, processMatches } from "../../src/runtime/status.js";
import type { Listener, ProcessInfo } from "../../src/runtime/types.js";
import { makeRegistry } from "../helpers/registry.js";
import { captureIO } from "./capture-io.js";
import { spawnListener, type ChildListener } from "./child-listener.js";
import { freePortNumber, listenHere } from "./ports.js";

const proc = (pid: number, name: string, cmdline: string[] = [name], uid = 1000): ProcessInfo => ({ pid, name, cmdline, uid, user: "dev" });
const listener = (port: number, address: string, processes: ProcessInfo[] = [], protocol: "tcp" | "udp" = "tcp"): Listener => ({
  protocol,
  address,
  family: address.includes(":") ? 6 : 4,
  port,
  processes,
});

describe("assessStatus", () => {
  const registry = makeRegistry({
    ranges: { core: [8000, 8099] },
    services: {
      api: { port: 8000, range: "core", access: "private" },
      web: { port: 8014, range: "core", access: "localhost", fallback: [8050, 8059] },
      redis: { port: 6379, access: "localhost" },
      proxy: { port: 443, access: "public" },
      worker: { port: 8020, range: "core", access: "internal", optional: true },
    },
    reserved: [{ from: 8090, reason: "Grafana (external)" }],
  });
  registry.services.find((s) => s.name === "api")!.process = "uvicorn";

  it("reports the seed incident: a stray dev server on 0.0.0.0:8000, not the declared process", () => {
    const report = assessStatus(registry, [
      listener(8000, "0.0.0.0", [proc(2723605, "python", ["/srv/.venv/bin/python", "manage.py", "runserver", "0.0.0.0:8000"])]),
      listener(443, "0.0.0.0", [proc(700, "caddy")]),
    ]);
    expect(report.flags.map((f) => [f.id, f.port, f.service, f.pid])).toEqual([
      ["all-interfaces", 8000, "api", 2723605],
      ["wrong-process", 8000, "api", 2723605],
    ]);
    expect(report.flags[1]!.message).toContain('expects process "uvicorn"');
    const api = report.ports.find((r) => r.port === 8000)!;
    expect(api).toMatchObject({ service: "api", address: "0.0.0.0", pids: [2723605], process: "python", user: "dev", state: "listening" });
    expect(api.flags).toEqual(["all-interfaces", "wrong-process"]);
    expect(report.ports.find((r) => r.port === 443)).toMatchObject({ state: "listening", flags: [] });
    expect(report.ports.find((r) => r.port === 6379)).toMatchObject({ state: "not-listening", pids: [] });
    expect(report.ports.find((r) => r.port === 8020)).toMatchObject({ state: "not-listening", note: "optional" });
  });

  it("accepts the declared process and allowed addresses", () => {
    const report = assessStatus(registry, [
      listener(8000, "192.168.1.20", [proc(10, "python3", ["python3", "-m", "uvicorn", "app:app"])]),
      listener(8014, "127.0.0.1", [proc(11, "node")]),
      listener(8014, "::1", [proc(11, "node")]),
      listener(6379, "::ffff:127.0.0.1", [proc(12, "redis-server")]),
    ]);
    expect(report.flags).toEqual([]);
    expect(report.ports.filter((r) => r.port === 8014).map((r) => r.address)).toEqual(["127.0.0.1", "::1"]);
  });

  it("flags undeclared listeners inside ranges; fallback and reserved ports are accounted for; others ignored", () => {
    const report = assessStatus(registry, [
      listener(8033, "127.0.0.1", [proc(20, "node")]),
      listener(8051, "0.0.0.0", [proc(21, "node")]),
      listener(8090, "0.0.0.0", [proc(22, "grafana")]),
      listener(22, "0.0.0.0", [proc(23, "sshd")]),
      listener(8033, "127.0.0.1", [proc(24, "dnsmasq")], "udp"),
    ]);
    expect(report.flags.map((f) => [f.id, f.port, f.protocol, f.service])).toEqual([
      ["undeclared", 8033, "tcp", undefined],
      ["undeclared", 8033, "udp", undefined],
      ["all-interfaces", 8051, "tcp", "web"],
    ]);
    expect(report.flags[0]!.message).toBe("listener inside range core (8000–8099) that no service declares");
    expect(report.ports.find((r) => r.port === 8051)).toMatchObject({ state: "fallback", service: "web" });
    expect(report.ports.find((r) => r.port === 8090)).toMatchObject({ state: "reserved", note: "Grafana (external)", flags: [] });
    expect(report.ports.some((r) => r.port === 22)).toBe(false);
  });

  it("does not guess the process when the owner is hidden, and counts hidden owners", () => {
    const report = assessStatus(registry, [listener(8000, "127.0.0.1")]);
    expect(report.flags).toEqual([]);
    expect(report.hiddenOwners).toBe(1);
  });

  it("an internal service has no host listener; a udp listener is not the tcp service", () => {
    const report = assessStatus(registry, [listener(8020, "127.0.0.1", [proc(30, "x")]), listener(6379, "0.0.0.0", [proc(31, "x")], "udp")]);
    expect(report.flags.map((f) => [f.id, f.port, f.protocol])).toEqual([["outside-access", 8020, "tcp"]]);
    expect(report.ports.find((r) => r.port === 6379 && r.protocol === "tcp")).toMatchObject({ state: "not-listening" });
  });
});

describe("checkAccess and processMatches", () => {
  it.each([
    ["localhost", "127.0.0.1", true],
    ["localhost", "::1", true],
    ["localhost", "0.0.0.0", "all-interfaces"],
    ["localhost", "::", "all-interfaces"],
    ["localhost", "10.0.0.5", "outside-access"],
    ["private", "10.0.0.5", true],
    ["private", "fd12:3456::1", true],
    ["private", "203.0.113.7", "outside-access"],
    ["private", "0.0.0.0", "all-interfaces"],
    ["public", "0.0.0.0", true],
    ["internal", "127.0.0.1", "outside-access"],
  ] as const)("%s on %s", (access, address, expected) => {
    const verdict = checkAccess(access, address);
    expect(verdict.ok ? true : verdict.flag).toBe(expected);
  });

  it.each([
    ["uvicorn", proc(1, "uvicorn"), true],
    ["uvicorn", proc(1, "python3", ["python3", "-m", "uvicorn", "app:app"]), true],
    ["vite", proc(1, "node", ["node", "/app/node_modules/.bin/vite"]), true],
    ["gunicorn", proc(1, "python", ["gunicorn: master [app]"]), true],
    ["prometheus-exporter-x", proc(1, "prometheus-expo"), true],
    ["uvicorn", proc(1, "python", ["/srv/.venv/bin/python", "manage.py", "runserver", "0.0.0.0:8000"]), false],
    ["node", proc(1, "nodejs-helper", ["nodejs-helper"]), false],
  ] as const)("%s ~ %o", (expected, p, result) => {
    expect(processMatches(expected, p)).toBe(result);
  });
});

describe("portcullis status on real sockets", () => {
  let dir: string;
  let config: string;
  const servers: net.Server[] = [];
  let child: ChildListener;
  let webPort: number;
  let wrongPort: number;
  let sparePort: number;
  let downPort: number;

  beforeAll(async () => {
    const web = await listenHere("127.0.0.1");
    const wrong = await listenHere("127.0.0.1");
    const spare = await listenHere("127.0.0.1");
    servers.push(web.server, wrong.server, spare.server);
    webPort = web.port;
    wrongPort = wrong.port;
    sparePort = spare.port;
    downPort = await freePortNumber();
    child = await spawnListener({ host: "0.0.0.0" });
    dir = mkdtempSync(path.join(os.tmpdir(), "portcullis-status-"));
    config = path.join(dir, "ports.yaml");
    writeFileSync(
      config,
      [
        "version: 1",
        "ranges:",
        `  spare: { from: ${sparePort}, to: ${sparePort} }`,
        "services:",
        `  web: { port: ${webPort}, access: localhost }`,
        `  api: { port: ${child.port}, access: localhost, process: node }`,
        `  admin: { port: ${wrongPort}, access: localhost, process: uvicorn }`,
        `  db: { port: ${downPort}, access: localhost }`,
        "",
      ].join("\n"),
    );
  });

  afterAll(() => {
    for (const s of servers) s.close();
    child?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("shows who holds each declared port and flags what is against the policy (JSON)", async () => {
    const io = captureIO({ cwd: dir });
    const code = await status(["--json", "--config", config], io);
    expect(io.err).toBe("");
    const report = JSON.parse(io.out);
    expect(report.version).toBe(1);
    const row = (port: number) => report.ports.find((r: { port: number }) => r.port === port);
    expect(row(webPort)).toMatchObject({ service: "web", address: "127.0.0.1", pid: process.pid, state: "listening", flags: [] });
    expect(row(child.port)).toMatchObject({ service: "api", address: "0.0.0.0", pid: child.pid, process: "node", flags: ["all-interfaces"] });
    expect(row(child.port).command).toContain("-e");
    expect(row(wrongPort)).toMatchObject({ service: "admin", pid: process.pid, flags: ["wrong-process"] });
    expect(row(downPort)).toMatchObject({ service: "db", address: null, pid: null, state: "not-listening" });
    expect(row(sparePort)).toMatchObject({ service: null, pid: process.pid, state: "undeclared", flags: ["undeclared"] });
    expect(report.flags.map((f: { id: string; port: number }) => `${f.id} ${f.port}`).sort()).toEqual(
      [`all-interfaces ${child.port}`, `wrong-process ${wrongPort}`, `undeclared ${sparePort}`].sort(),
    );
    expect(code).toBe(1);
  });

  it("prints a table with the documented columns", async () => {
    const io = captureIO({ cwd: dir });
    const code = await status(["--config", config], io);
    expect(code).toBe(1);
    const lines = io.out.split("\n");
    expect(lines[0]).toMatch(/^PORT\s+PROTO\s+SERVICE\s+ADDRESS\s+PID\s+PROCESS\s+STATE\/FLAG$/);
    const apiLine = lines.find((l) => l.startsWith(`${child.port} `))!;
    expect(apiLine.split(/\s+/)).toEqual([String(child.port), "tcp", "api", "0.0.0.0", String(child.pid), "node", "FLAG", "all-interfaces"]);
    expect(lines.find((l) => l.startsWith(`${downPort} `))).toMatch(/db\s+-\s+-\s+-\s+not listening$/);
    expect(io.out).toContain(`all-interfaces: ${child.port}/tcp api: listening on all interfaces (0.0.0.0) but access is localhost`);
    expect(io.out).toMatch(/4 declared ports, 3 listening; 3 flags\n$/);
  });

  it("exits 0 when nothing is flagged", async () => {
    const cleanDir = mkdtempSync(path.join(os.tmpdir(), "portcullis-status-"));
    writeFileSync(path.join(cleanDir, "ports.yaml"), `version: 1\nservices:\n  web: { port: ${webPort}, access: localhost }\n`);
    const io = captureIO({ cwd: cleanDir });
    expect(await status([], io)).toBe(0);
    expect(io.out).toMatch(/1 declared port, 1 listening; nothing flagged/);
    rmSync(cleanDir, { recursive: true, force: true });
  });

  it("exits 2 on a bad registry, an unknown flag, or no socket table", async () => {
    const badDir = mkdtempSync(path.join(os.tmpdir(), "portcullis-status-"));
    writeFileSync(path.join(badDir, "ports.yaml"), "version: 1\nservices:\n  web: { port: 70000 }\n");
    const io = captureIO({ cwd: badDir });
    expect(await status([], io)).toBe(2);
    expect(io.err).toMatch(/^portcullis: ports\.yaml:3:\d+: /);
    expect(io.err).not.toMatch(/\n\s+at /);
    rmSync(badDir, { recursive: true, force: true });

    await expect(status(["--verbose"], captureIO())).rejects.toThrow(/Unknown option '--verbose'/);
    await expect(status(["--verbose"], captureIO())).rejects.toHaveProperty("name", "UsageError");

    const { SocketTableUnavailable } = await import("../../src/runtime/types.js");
    const noTable = createStatusCommand({
      loadRegistry: async () => makeRegistry({ services: { web: { port: 8000 } } }),
      readListeners: async () => {
        throw new SocketTableUnavailable("cannot read the socket table: lsof, ss are not available on this host");
      },
    });
    const io2 = captureIO();
    expect(await noTable([], io2)).toBe(2);
    expect(io2.err).toBe("portcullis: cannot read the socket table: lsof, ss are not available on this host\n");
  });

  it("says when a holder could not be inspected, and suggests root only to others", async () => {
    const registry = makeRegistry({ services: { web: { port: 8000 } } });
    for (const [uid, hint] of [
      [1000, "; run as root to see it"],
      [0, ""],
    ] as const) {
      const command = createStatusCommand({ loadRegistry: async () => registry, readListeners: async () => [listener(8000, "127.0.0.1")], uid });
      const io = captureIO();
      expect(await command([], io)).toBe(0);
      expect(io.err).toBe(`portcullis: the process holding 1 listener could not be inspected${hint}\n`);
      expect(io.out).toMatch(/^8000\s+tcp\s+web\s+127\.0\.0\.1\s+\?\s+\?\s+listening$/m);
    }
  });
});
