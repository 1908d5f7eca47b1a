// systemd scanner: ExecStart flags, Environment variables, socket units, drop-ins.

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { systemdScanner, unitEntries } from "../../../src/scan/scanners/config/systemd.js";
import type { PortRef, ScanResult } from "../../../src/scan/types.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/config-scanners/systemd");

function scan(file: string, text: string): ScanResult {
  const result = systemdScanner.scan(file, text);
  const lines = text.split("\n");
  for (const ref of result.refs) {
    expect(ref.endLine).toBe(ref.line);
    expect(lines[ref.line - 1]!.slice(ref.column - 1, ref.endColumn - 1)).toBe(String(ref.port));
  }
  return result;
}

function brief(ref: PortRef): string {
  const parts = [`${ref.line}:${ref.column} ${ref.kind}/${ref.side} ${ref.port}${ref.protocol !== "tcp" ? `/${ref.protocol}` : ""}`];
  if (ref.host !== undefined) parts.push(`host=${ref.host}`);
  if (ref.envVar !== undefined) parts.push(`env=${ref.envVar}`);
  if (ref.meta?.dialHost !== undefined) parts.push(`via=${String(ref.meta.dialHost)}`);
  return parts.join(" ");
}

describe("systemd scanner: service units", () => {
  it("reads the pipeline unit of the seed document", () => {
    const text = [
      "[Service]",
      "Environment=CONTIMG_API_PORT=8000",
      "ExecStartPre=+/usr/local/bin/claim-port.sh 8000",
      "ExecStart=/opt/contimg/.venv/bin/uvicorn api.main:app --host 0.0.0.0 --port 8000",
    ].join("\n");
    const refs = scan("etc/systemd/system/dsa110-api.service", text).refs;
    expect(refs.map(brief)).toEqual([
      "2:30 assign/host 8000 env=CONTIMG_API_PORT",
      "3:44 listen/host 8000",
      "4:77 listen/host 8000 host=0.0.0.0",
    ]);
    expect(refs.every((r) => r.name === "dsa110-api")).toBe(true);
  });

  it("follows backslash continuations and keeps columns on the continued line", () => {
    const text = readFileSync(path.join(FIXTURES, "ledger-api.service"), "utf8");
    const result = scan("deploy/ledger-api.service", text);
    expect(result.problems).toEqual([]);
    expect(result.refs.map(brief)).toEqual([
      "8:29 assign/host 8120 env=LEDGER_API_PORT",
      "8:70 dial/host 6390 env=LEDGER_CACHE_URL via=127.0.0.1",
      "11:38 listen/host 8120",
      "15:22 listen/host 8120 host=127.0.0.1",
      "16:51 dial/host 5433 via=localhost",
    ]);
    // A client's port is not attributed to the unit that runs it.
    expect(result.refs.find((r) => r.kind === "dial" && r.port === 5433)!.name).toBeUndefined();
  });

  it("reads listen and dial addresses from environment variables by their names", () => {
    const text = [
      "[Service]",
      "Environment=LISTEN_ADDR=127.0.0.1:8090 REDIS_ADDR=localhost:6379 ASPNETCORE_URLS=http://+:5000",
      'Environment="UPSTREAM_URL=http://api:4000/v1" PATH=/usr/bin:/bin WORKERS=4 BUILD=1.2:3',
    ].join("\n");
    const refs = scan("shop.service", text).refs;
    expect(refs.map(brief)).toEqual([
      "2:35 listen/host 8090 host=127.0.0.1 env=LISTEN_ADDR",
      "2:61 dial/host 6379 env=REDIS_ADDR via=localhost",
      "2:91 listen/host 5000 host= env=ASPNETCORE_URLS",
      "3:38 dial/container 4000 env=UPSTREAM_URL via=api",
    ]);
  });

  it("ignores timeouts, comments, other keys and variables", () => {
    const text = [
      "[Service]",
      "# ExecStart=/usr/bin/app --port 9999",
      "; ExecStart=/usr/bin/app --port 9998",
      "TimeoutStartSec=3000",
      "LimitNOFILE=65535",
      "Environment=WORKERS=8 TIMEOUT=3000 PORT_RANGE=8000",
      "ExecStart=/usr/bin/app --port ${PORT} --timeout 3000 --max-connections 8000",
      "ExecReload=/bin/kill -HUP $MAINPID",
      "ExecStart=/usr/bin/app --port 0",
    ].join("\n");
    const result = scan("app.service", text);
    expect(result.refs).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it("turns an impossible port into an invalid-port problem at the digits", () => {
    const result = scan("app.service", "[Service]\nExecStart=/usr/bin/app --port 123456\n");
    expect(result.refs).toEqual([]);
    expect(result.problems).toMatchObject([{ kind: "invalid-port", line: 2, column: 31, endColumn: 37 }]);
  });

  it("names the unit of a drop-in after the unit it extends", () => {
    const text = "[Service]\nExecStartPre=+/usr/local/bin/claim-port.sh 9090\n";
    const refs = scan("etc/systemd/system/prometheus.service.d/claim-port.conf", text).refs;
    expect(refs.map(brief)).toEqual(["2:44 listen/host 9090"]);
    expect(refs[0]!.name).toBe("prometheus");
  });
});

describe("systemd scanner: socket units", () => {
  it("reads ListenStream and ListenDatagram, skipping unix and abstract sockets", () => {
    const text = readFileSync(path.join(FIXTURES, "ledger-metrics.socket"), "utf8");
    const refs = scan("ledger-metrics.socket", text).refs;
    expect(refs.map(brief)).toEqual([
      "2:24 listen/host 9120 host=127.0.0.1",
      "3:20 listen/host 9121 host=::1",
      "4:14 listen/host 9122 host=",
      "5:16 listen/host 5140/udp host=",
    ]);
    expect(refs[0]!.name).toBe("ledger-metrics");
  });

  it("ignores Listen keys outside [Socket]", () => {
    expect(scan("x.service", "[Service]\nListenStream=8000\n").refs).toEqual([]);
  });
});

describe("systemd scanner: files and parsing", () => {
  it.each(["app.service", "etc/systemd/system/api@.service", "deploy/web.socket", "x.service.d/override.conf", "units/api.service.j2"])(
    "reads %s",
    (file) => expect(systemdScanner.matches(file)).toBe(true),
  );
  it.each(["app.timer", "service.yaml", "services/api.ts", "x.service.d/notes.txt", "my.services"])("leaves %s alone", (file) =>
    expect(systemdScanner.matches(file)).toBe(false),
  );

  it("joins continuations with one space and skips comment lines inside them", () => {
    const entries = unitEntries("[Service]\nExecStart=/bin/app \\\n# a note\n  --port 1\n");
    expect(entries).toHaveLength(1);
    expect(entries[0]!.value).toBe("/bin/app    --port 1");
  });

  it("handles CRLF line endings", () => {
    const text = "[Service]\r\nExecStart=/usr/bin/app --port 8000\r\n";
    expect(scan("app.service", text).refs.map(brief)).toEqual(["2:31 listen/host 8000"]);
  });

  it("never throws", () => {
    for (const text of ["=", "[", "[Service]\nExecStart=\\", "ExecStart=\"--port", "[Socket]\nListenStream=[::1"]) {
      expect(() => systemdScanner.scan("a.service", text)).not.toThrow();
    }
  });
});
