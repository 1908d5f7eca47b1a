import { execFileSync } from "node:child_process";
import dgram from "node:dgram";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { splitEndpoint } from "../../src/runtime/endpoint.js";
import { parseLsofFields } from "../../src/runtime/lsof.js";
import { readSocketTable, type SocketBackend } from "../../src/runtime/socket-table.js";
import { parseSs } from "../../src/runtime/ss.js";
import { SocketTableUnavailable } from "../../src/runtime/types.js";

// Captured `lsof -nP -iTCP -sTCP:LISTEN -FpcuLftPn` and `-iUDP`, with a second process added.
const LSOF_TCP = "p14567\ncnode\nu0\nLroot\nf19\ntIPv4\nPTCP\nn127.0.0.1:38419\nf20\ntIPv6\nPTCP\nn*:36435\nf21\ntIPv6\nPTCP\nn[::1]:44231\nf22\ntIPv4\nPTCP\nn*:41769\np900\ncgunicorn\nu1000\nLmunaim\nf5\ntIPv4\nPTCP\nn127.0.0.1:38419\n";
const LSOF_UDP = "p14567\ncnode\nu0\nLroot\nf23\ntIPv6\nPUDP\nn[::1]:35045\nf24\ntIPv4\nPUDP\nn10.0.2.15:54321->8.8.8.8:53\n";
// Captured `ss -ltnup` (with header), plus a shared socket and an interface-scoped one.
const SS = `Netid State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
udp   UNCONN 0      0              [::1]:35045         [::]:*    users:(("node",pid=14567,fd=23))
udp   UNCONN 0      0      127.0.0.53%lo:53         0.0.0.0:*    users:(("systemd-resolve",pid=512,fd=13))
tcp   LISTEN 0      511          0.0.0.0:41769      0.0.0.0:*    users:(("gunicorn",pid=902,fd=5),("gunicorn",pid=901,fd=5))
tcp   LISTEN 0      128          0.0.0.0:2024       0.0.0.0:*
tcp   LISTEN 0      511                *:36435            *:*    users:(("node",pid=14567,fd=20))
`;

describe("lsof and ss output", () => {
  it("reads lsof field output: wildcards by family, IPv6 brackets, shared sockets, connected UDP skipped", () => {
    const tcp = parseLsofFields(LSOF_TCP);
    expect(tcp.map((l) => [l.protocol, l.address, l.family, l.port, l.processes.map((p) => p.pid)])).toEqual([
      ["tcp", "127.0.0.1", 4, 38419, [900, 14567]],
      ["tcp", "::", 6, 36435, [14567]],
      ["tcp", "::1", 6, 44231, [14567]],
      ["tcp", "0.0.0.0", 4, 41769, [14567]],
    ]);
    expect(tcp[0]!.processes[0]).toEqual({ pid: 900, name: "gunicorn", cmdline: [], uid: 1000, user: "munaim" });
    expect(parseLsofFields(LSOF_UDP).map((l) => [l.protocol, l.address, l.port])).toEqual([["udp", "::1", 35045]]);
    expect(parseLsofFields("")).toEqual([]);
  });

  it("reads ss: header skipped, `*` as the dual-stack wildcard, interface suffix dropped, no process when hidden", () => {
    const listeners = parseSs(SS);
    expect(listeners.map((l) => [l.protocol, l.address, l.family, l.port, l.processes.map((p) => `${p.name}:${p.pid}`)])).toEqual([
      ["udp", "::1", 6, 35045, ["node:14567"]],
      ["udp", "127.0.0.53", 4, 53, ["systemd-resolve:512"]],
      ["tcp", "0.0.0.0", 4, 41769, ["gunicorn:901", "gunicorn:902"]],
      ["tcp", "0.0.0.0", 4, 2024, []],
      ["tcp", "::", 6, 36435, ["node:14567"]],
    ]);
  });

  it("splits endpoints and rejects what is not one", () => {
    expect(splitEndpoint("[::ffff:127.0.0.1]:80")).toEqual({ address: "::ffff:127.0.0.1", family: 6, port: 80 });
    expect(splitEndpoint("*:80", 6)).toEqual({ address: "::", family: 6, port: 80 });
    expect(splitEndpoint("*:80")).toEqual({ address: "0.0.0.0", family: 4, port: 80 });
    expect(splitEndpoint("127.0.0.1:*")).toBeUndefined();
    expect(splitEndpoint("127.0.0.1:0")).toBeUndefined();
    expect(splitEndpoint("nonsense")).toBeUndefined();
  });
});

function installed(tool: string): boolean {
  try {
    execFileSync("which", [tool], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("the socket table of this host", () => {
  const servers: Array<net.Server | dgram.Socket> = [];
  let loopbackPort = 0;
  let wildcardPort = 0;
  let v6Port = 0;
  let udpPort = 0;

  beforeAll(async () => {
    const listen = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const server = net.createServer();
        server.once("error", reject);
        server.listen(0, host, () => resolve((server.address() as net.AddressInfo).port));
        servers.push(server);
      });
    loopbackPort = await listen("127.0.0.1");
    wildcardPort = await listen("0.0.0.0");
    v6Port = await listen("::1").catch(() => 0);
    const udp = dgram.createSocket("udp4");
    servers.push(udp);
    udpPort = await new Promise<number>((resolve) => udp.bind(0, "127.0.0.1", () => resolve(udp.address().port)));
  });

  afterAll(() => {
    for (const s of servers) s.close();
  });

  const backends: Array<[SocketBackend, boolean]> = [
    ["proc", process.platform === "linux"],
    ["lsof", installed("lsof")],
    ["ss", installed("ss")],
  ];
  for (const [backend, available] of backends) {
    it.runIf(available)(`${backend}: sees this process's sockets with its PID`, async () => {
      const table = await readSocketTable({ backend });
      expect(table.backend).toBe(backend);
      const find = (port: number, protocol: string) => table.listeners.find((l) => l.port === port && l.protocol === protocol);
      expect(find(loopbackPort, "tcp")).toMatchObject({ address: "127.0.0.1", family: 4 });
      expect(find(wildcardPort, "tcp")).toMatchObject({ address: "0.0.0.0", family: 4 });
      expect(find(udpPort, "udp")).toMatchObject({ address: "127.0.0.1" });
      if (v6Port) expect(find(v6Port, "tcp")).toMatchObject({ address: "::1", family: 6 });
      for (const port of [loopbackPort, wildcardPort]) {
        const holder = find(port, "tcp")!.processes[0]!;
        expect(holder.pid).toBe(process.pid);
        expect(holder.uid).toBe(process.getuid!());
      }
    });
  }

  it.runIf(process.platform === "linux")("reads the command line of the holder from /proc", async () => {
    const table = await readSocketTable({ backend: "proc" });
    const holder = table.listeners.find((l) => l.port === loopbackPort)!.processes[0]!;
    expect(holder.cmdline.length).toBeGreaterThan(0);
    expect(holder.name).not.toBe("");
  });

  it("fails with a clear message when no backend works", async () => {
    await expect(readSocketTable({ backend: "proc", procRoot: "/nonexistent-proc" })).rejects.toThrow(SocketTableUnavailable);
    await expect(readSocketTable({ backend: "proc", procRoot: "/nonexistent-proc" })).rejects.toThrow(/cannot read the socket table: \/nonexistent-proc\/net\/tcp/);
  });
});
