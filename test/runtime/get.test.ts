import dgram from "node:dgram";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createGetCommand, run as get } from "../../src/cli/get.js";
import { tryBind } from "../../src/runtime/probe.js";
import { makeRegistry } from "../helpers/registry.js";
import { captureIO } from "./capture-io.js";
import { freePortNumber, listenHere } from "./ports.js";

let dir: string;
let config: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "portcullis-get-"));
  config = path.join(dir, "ports.yaml");
  writeFileSync(
    config,
    [
      "version: 1",
      "ranges:",
      "  core: { from: 8000, to: 8099 }",
      "services:",
      "  api: { port: 8000, env: CONTIMG_API_PORT, range: core, access: private, aliases: [backend] }",
      "  docs: { port: 8001, env: CONTIMG_DOCS_PORT }",
      "  apigw: { port: 8002, range: core }",
      "",
    ].join("\n"),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("portcullis get", () => {
  it("prints the declared port alone, for $(…)", async () => {
    const io = captureIO({ cwd: dir });
    expect(await get(["api"], io)).toBe(0);
    expect(io.out).toBe("8000\n");
    expect(io.err).toBe("");
  });

  it("finds the service by alias and by --config from elsewhere", async () => {
    const io = captureIO({ cwd: os.tmpdir() });
    expect(await get(["backend", "--config", config], io)).toBe(0);
    expect(io.out).toBe("8000\n");
  });

  it("uses a valid env override, and says so in JSON", async () => {
    const io = captureIO({ cwd: dir, env: { CONTIMG_API_PORT: "8042" } });
    expect(await get(["api"], io)).toBe(0);
    expect(io.out).toBe("8042\n");
    const json = captureIO({ cwd: dir, env: { CONTIMG_API_PORT: "8042" } });
    expect(await get(["api", "--json"], json)).toBe(0);
    expect(JSON.parse(json.out)).toEqual({ service: "api", port: 8042, source: "env", envVar: "CONTIMG_API_PORT", reason: "CONTIMG_API_PORT is set to 8042" });
  });

  it("falls back to the declared port when the variable is unset or empty", async () => {
    const io = captureIO({ cwd: dir, env: { CONTIMG_API_PORT: "" } });
    expect(await get(["api", "--json"], io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ port: 8000, source: "declared", envVar: "CONTIMG_API_PORT" });
  });

  it.each(["abc", "0", "70000", "80.5", "-1", "8000x"])("rejects %j in the env variable with exit 2, naming it", async (value) => {
    const io = captureIO({ cwd: dir, env: { CONTIMG_API_PORT: value } });
    expect(await get(["api"], io)).toBe(2);
    expect(io.out).toBe("");
    expect(io.err).toBe(`portcullis: CONTIMG_API_PORT=${JSON.stringify(value)} is not a port number (expected an integer 1–65535) for service "api"\n`);
  });

  it("rejects an env value outside the service's range", async () => {
    const io = captureIO({ cwd: dir, env: { CONTIMG_API_PORT: "9000" } });
    expect(await get(["api"], io)).toBe(2);
    expect(io.err).toBe('portcullis: CONTIMG_API_PORT=9000 is outside the range core (8000–8099) of service "api"\n');
  });

  it("accepts any valid port for a service without a range", async () => {
    const io = captureIO({ cwd: dir, env: { CONTIMG_DOCS_PORT: "9999" } });
    expect(await get(["docs"], io)).toBe(0);
    expect(io.out).toBe("9999\n");
  });

  it("lists close names for an unknown service", async () => {
    const io = captureIO({ cwd: dir });
    expect(await get(["apii"], io)).toBe(2);
    expect(io.err).toBe('portcullis: unknown service "apii" (did you mean "api"?)\n');
    const prefix = captureIO({ cwd: dir });
    expect(await get(["ap"], prefix)).toBe(2);
    expect(prefix.err).toBe('portcullis: unknown service "ap" (did you mean "api", "apigw"?)\n');
    const far = captureIO({ cwd: dir });
    expect(await get(["zzzzzz"], far)).toBe(2);
    expect(far.err).toBe('portcullis: unknown service "zzzzzz" (declared: api, docs, apigw)\n');
  });

  it("exits 2 on usage and configuration errors, without stack traces", async () => {
    await expect(get([], captureIO({ cwd: dir }))).rejects.toHaveProperty("name", "UsageError");
    await expect(get(["api", "--fre"], captureIO({ cwd: dir }))).rejects.toHaveProperty("name", "UsageError");
    const bad = mkdtempSync(path.join(os.tmpdir(), "portcullis-get-"));
    writeFileSync(path.join(bad, "ports.yaml"), "version: 1\nservices:\n  api: { port: 8000, acess: localhost }\n");
    const io = captureIO({ cwd: bad });
    expect(await get(["api"], io)).toBe(2);
    expect(io.err).toMatch(/^portcullis: ports\.yaml:3:\d+: .*acess/);
    expect(io.err).not.toMatch(/\n\s+at /);
    rmSync(bad, { recursive: true, force: true });
  });
});

/** A port P with P+1 and P+2 free too, so a fallback range starting at P is predictable. */
async function freeRun(length: number, host: string): Promise<number> {
  for (;;) {
    const start = await freePortNumber(host);
    if (start + length > 65535) continue;
    const checks = await Promise.all(Array.from({ length }, (_, i) => tryBind(start + i, "tcp", host)));
    if (checks.every((c) => c === undefined)) return start;
  }
}

describe("portcullis get --free on real sockets", () => {
  const held: Array<net.Server | dgram.Socket> = [];
  afterEach(() => {
    for (const s of held.splice(0)) s.close();
  });

  const registryFor = (service: Parameters<typeof makeRegistry>[0]) => {
    const registry = makeRegistry(service);
    return createGetCommand({ loadRegistry: async () => registry });
  };

  it("keeps the resolved port when nothing listens on it", async () => {
    const port = await freePortNumber();
    const get = registryFor({ services: { web: { port, fallback: [port + 1, port + 5] } } });
    const io = captureIO();
    expect(await get(["web", "--free", "--json"], io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ service: "web", port, source: "declared" });
    expect(JSON.parse(io.out).reason).toContain("free on 127.0.0.1");
  });

  it("with the declared port taken, picks the first free port of the fallback range", async () => {
    const declared = await listenHere("127.0.0.1");
    const start = await freeRun(3, "127.0.0.1");
    const first = await listenHere("127.0.0.1", start);
    held.push(declared.server, first.server);
    const get = registryFor({ services: { web: { port: declared.port, fallback: [start, start + 2] } } });
    const io = captureIO();
    expect(await get(["web", "--free"], io)).toBe(0);
    expect(io.out).toBe(`${start + 1}\n`);
    expect(io.err).toContain(`portcullis: web: port ${declared.port}/tcp is in use (PID ${process.pid}`);
    expect(io.err).toContain(`using ${start + 1}, the first free port of fallback ${start}–${start + 2}`);

    const json = captureIO();
    expect(await get(["web", "--free", "--json"], json)).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ service: "web", port: start + 1, source: "fallback" });
    expect(json.err).toBe("");
  });

  it("counts a listener on another loopback address (::1) as taken: clients dialling localhost would reach it", async () => {
    const start = await freeRun(3, "127.0.0.1");
    const v6 = await listenHere("::1", start).catch(() => undefined);
    if (!v6) return; // no IPv6 loopback on this host
    held.push(v6.server);
    expect(await tryBind(start, "tcp", "127.0.0.1")).toBeUndefined();
    const get = registryFor({ services: { web: { port: start, fallback: [start + 1, start + 2] } } });
    const io = captureIO();
    expect(await get(["web", "--free"], io)).toBe(0);
    expect(io.out).toBe(`${start + 1}\n`);
  });

  it("tests a private service on all interfaces, skips ports other services declare", async () => {
    const start = await freeRun(3, "0.0.0.0");
    const taken = await listenHere("127.0.0.1", start);
    held.push(taken.server);
    const get = registryFor({
      services: { api: { port: start, access: "private", range: [start, start + 2] }, other: { port: start + 1 } },
    });
    const io = captureIO();
    expect(await get(["api", "--free", "--json"], io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ port: start + 2, source: "fallback" });
    expect(JSON.parse(io.out).reason).toContain(`first free port of range ${start}–${start + 2}`);
  });

  it("binds udp for a udp service", async () => {
    const start = await freeRun(2, "127.0.0.1");
    const socket = dgram.createSocket("udp4");
    await new Promise<void>((resolve) => socket.bind(start, "127.0.0.1", () => resolve()));
    held.push(socket);
    const get = registryFor({ services: { dns: { port: start, protocol: "udp", fallback: [start, start + 1] } } });
    const io = captureIO();
    expect(await get(["dns", "--free"], io)).toBe(0);
    expect(io.out).toBe(`${start + 1}\n`);
  });

  it("exits 1 when no fallback port is free, or there is nothing to pick from", async () => {
    const a = await listenHere("127.0.0.1");
    held.push(a.server);
    const full = registryFor({ services: { web: { port: a.port, fallback: [a.port, a.port] } } });
    const io = captureIO();
    expect(await full(["web", "--free"], io)).toBe(1);
    expect(io.out).toBe("");
    expect(io.err).toMatch(new RegExp(`^portcullis: web: port ${a.port}/tcp is in use .*, and no port of fallback ${a.port}–${a.port} is free on 127\\.0\\.0\\.1\\n$`));

    const none = registryFor({ services: { web: { port: a.port } } });
    const io2 = captureIO();
    expect(await none(["web", "--free"], io2)).toBe(1);
    expect(io2.err).toContain("declares no fallback or range to pick from");
  });

  it("never moves an immutable service", async () => {
    const a = await listenHere("127.0.0.1");
    held.push(a.server);
    const registry = makeRegistry({ services: { web: { port: a.port, fallback: [a.port + 1, a.port + 9] } } });
    registry.services[0]!.immutable = true;
    const io = captureIO();
    expect(await createGetCommand({ loadRegistry: async () => registry })(["web", "--free"], io)).toBe(1);
    expect(io.err).toContain("the service is immutable");
  });
});
