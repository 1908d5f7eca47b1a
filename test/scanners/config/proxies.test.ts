// HAProxy and Traefik scanners: what a proxy listens on and which upstreams it dials.

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { haproxyScanner } from "../../../src/scan/scanners/config/haproxy.js";
import { traefikScanner } from "../../../src/scan/scanners/config/traefik.js";
import type { PortRef, Scanner, ScanResult } from "../../../src/scan/types.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/config-scanners");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");

function scan(scanner: Scanner, file: string, text: string): ScanResult {
  const result = scanner.scan(file, text);
  const lines = text.split("\n");
  for (const ref of result.refs) expect(lines[ref.line - 1]!.slice(ref.column - 1, ref.endColumn - 1)).toBe(String(ref.port));
  return result;
}

function brief(ref: PortRef): string {
  const parts = [`${ref.line}:${ref.column} ${ref.kind}/${ref.side} ${ref.port}${ref.protocol !== "tcp" ? `/${ref.protocol}` : ""}`];
  if (ref.host !== undefined) parts.push(`host=${ref.host}`);
  if (ref.meta?.dialHost !== undefined) parts.push(`via=${String(ref.meta.dialHost)}`);
  return parts.join(" ");
}

describe("HAProxy scanner", () => {
  it("reads binds (IPv6 without brackets, QUIC, lists) and backend servers; skips sockets and timeouts", () => {
    const result = scan(haproxyScanner, "haproxy.cfg", fixture("haproxy/haproxy.cfg"));
    expect(result.problems).toEqual([]);
    expect(result.refs.map(brief)).toEqual([
      "12:12 listen/host 80 host=*",
      "13:13 listen/host 443 host=::",
      "14:17 listen/host 443/udp host=",
      "19:20 listen/host 8404 host=127.0.0.1",
      "19:35 listen/host 8405 host=127.0.0.1",
      "24:27 dial/host 8000 via=127.0.0.1",
      "25:21 dial/container 8001 via=api",
      "27:38 dial/container 9100 via=workers",
      "30:23 listen/host 7000 host=0.0.0.0",
      "31:27 dial/host 7001 via=127.0.0.1",
    ]);
  });

  it("reads a runtime API socket on a TCP address, not one on a path", () => {
    const text = "global\n    stats socket /run/haproxy/admin.sock mode 660\n    stats socket ipv4@127.0.0.1:9999 level admin\n    stats timeout 30s\n";
    expect(scan(haproxyScanner, "haproxy.cfg", text).refs.map(brief)).toEqual(["3:33 listen/host 9999 host=127.0.0.1"]);
  });

  it("reads a bind port range", () => {
    const refs = scan(haproxyScanner, "haproxy.cfg", "frontend ft\n    bind 127.0.0.1:9000-9009\n").refs;
    expect(refs.map(brief)).toEqual(["2:20 listen/host 9000 host=127.0.0.1"]);
    expect(refs[0]!.portEnd).toBe(9009);
  });

  it("does not read `server` lines outside backends or comments", () => {
    const text = "resolvers dns\n    nameserver ns1 10.0.0.2:53\n\nbackend b\n    # server s1 127.0.0.1:9999\n    server s2 127.0.0.1:8100 # server s3 127.0.0.1:9998\n";
    expect(scan(haproxyScanner, "haproxy.cfg", text).refs.map(brief)).toEqual(["6:25 dial/host 8100 via=127.0.0.1"]);
  });

  it.each(["haproxy.cfg", "etc/haproxy/haproxy.cfg", "deploy/haproxy-internal.cfg", "haproxy/conf.d/10-app.cfg"])("reads %s", (f) =>
    expect(haproxyScanner.matches(f)).toBe(true),
  );
  it.each(["setup.cfg", "haproxy.md", "haproxy.yml"])("leaves %s alone", (f) => expect(haproxyScanner.matches(f)).toBe(false));
});

describe("Traefik scanner", () => {
  it("reads YAML entry points (udp, host) and load-balancer servers", () => {
    const result = scan(traefikScanner, "traefik.yml", fixture("traefik/traefik.yml"));
    expect(result.problems).toEqual([]);
    expect(result.refs.map(brief)).toEqual([
      "3:16 listen/host 80 host=",
      "5:25 listen/host 443 host=127.0.0.1",
      "7:16 listen/host 53/udp host=",
      "20:36 dial/host 8000 via=127.0.0.1",
      "21:29 dial/container 8001 via=api",
      "27:26 dial/container 5432 via=db",
    ]);
    expect(result.refs[0]!.meta).toMatchObject({ entryPoint: "web" });
  });

  it("reads TOML tables, inline tables and arrays of tables", () => {
    const result = scan(traefikScanner, "traefik.toml", fixture("traefik/traefik.toml"));
    expect(result.refs.map(brief)).toEqual([
      "2:37 listen/host 9000 host=127.0.0.1",
      "4:17 listen/host 8080 host=",
      "6:24 listen/host 8443 host=0.0.0.0",
      "10:29 dial/host 3000 via=localhost",
    ]);
  });

  it("reports invalid YAML as a parse error", () => {
    const result = scan(traefikScanner, "traefik.yml", "entryPoints:\n  web:\n    address: \":80\n  bad: [\n");
    expect(result.refs).toEqual([]);
    expect(result.problems).toMatchObject([{ kind: "parse-error" }]);
  });

  it("hands a Kubernetes object named after Traefik to the manifest reader", () => {
    const text = "apiVersion: v1\nkind: Service\nmetadata:\n  name: traefik\nspec:\n  ports:\n    - port: 80\n      nodePort: 30080\n";
    expect(scan(traefikScanner, "k8s/traefik-service.yml", text).refs.map(brief)).toEqual([
      "7:13 target/container 80",
      "8:17 publish/host 30080 host=",
    ]);
  });

  it.each(["traefik.yml", "traefik.yaml", "traefik.toml", "config/traefik.dev.yml", "traefik_dynamic.yml"])("reads %s", (f) =>
    expect(traefikScanner.matches(f)).toBe(true),
  );
  it.each(["docker-compose.traefik.yml", "traefik.md", "src/traefik.ts"])("leaves %s alone", (f) => expect(traefikScanner.matches(f)).toBe(false));
});
