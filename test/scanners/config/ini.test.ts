// INI scanner: port keys, listen keys, the bind address of the same section, and client sections.

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { iniScanner, looksLikeIni } from "../../../src/scan/scanners/config/ini.js";
import type { PortRef, ScanResult } from "../../../src/scan/types.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/config-scanners/ini");

function scan(file: string, text: string): ScanResult {
  const result = iniScanner.scan(file, text);
  const lines = text.split("\n");
  for (const ref of result.refs) {
    expect(lines[ref.line - 1]!.slice(ref.column - 1, ref.endColumn - 1)).toBe(String(ref.port));
  }
  return result;
}

function brief(ref: PortRef): string {
  const parts = [`${ref.line}:${ref.column} ${ref.kind}/${ref.side} ${ref.port}`];
  if (ref.host !== undefined) parts.push(`host=${ref.host}`);
  if (ref.meta?.dialHost !== undefined) parts.push(`via=${String(ref.meta.dialHost)}`);
  if (ref.name !== undefined) parts.push(`name=${ref.name}`);
  return parts.join(" ");
}

const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");

describe("INI scanner", () => {
  it("reads the seed's grafana.ini: http_port with the http_addr of its section", () => {
    const text = "[server]\n; 3000 is taken by the Vite dev server\nhttp_addr = 127.0.0.1\nhttp_port = 3030\ndomain = localhost\n";
    expect(scan("ops/grafana/grafana.ini", text).refs.map(brief)).toEqual(["4:13 listen/host 3030 host=127.0.0.1 name=grafana"]);
  });

  it("reads a dashboard config: listen in [server], dial in [database] and [smtp], nothing from timeouts", () => {
    const refs = scan("config/dashboards.ini", fixture("dashboards.ini")).refs;
    expect(refs.map(brief)).toEqual([
      "8:13 listen/host 3030 host=127.0.0.1 name=dashboards",
      "16:18 dial/host 5433 via=127.0.0.1",
      "21:22 dial/container 2525 via=mail.internal",
    ]);
  });

  it("takes the bind address when it is written after the port", () => {
    const text = "[pgbouncer]\nlisten_port = 6432\nlisten_addr = 0.0.0.0\n";
    expect(scan("pgbouncer.ini", text).refs.map(brief)).toEqual(["2:15 listen/host 6432 host=0.0.0.0 name=pgbouncer"]);
  });

  it("reads my.cnf: [client] dials, [mysqld] listens on its bind-address", () => {
    expect(scan("etc/mysql/my.cnf", fixture("my.cnf")).refs.map(brief)).toEqual([
      "2:8 dial/host 3307",
      "7:8 listen/host 3307 host=127.0.0.1",
    ]);
  });

  it("reads supervisord: inet_http_server port and program commands", () => {
    const refs = scan("deploy/supervisord.conf", fixture("supervisord.conf")).refs;
    expect(refs.map(brief)).toEqual(["5:18 listen/host 9011 host=127.0.0.1 name=supervisord", "12:43 listen/host 8200 host=0.0.0.0 name=api"]);
  });

  it("reads php-fpm pools and uwsgi sockets; a bare port listens on every interface", () => {
    expect(scan("php/fpm/pool.d/www.conf", "[www]\nlisten = 9000\nlisten.backlog = 511\nlisten.allowed_clients = 127.0.0.1\n").refs.map(brief)).toEqual([
      "2:10 listen/host 9000 host=",
    ]);
    expect(scan("uwsgi.ini", "[uwsgi]\nhttp = :8080\nsocket = 127.0.0.1:3031\nprocesses = 4\n").refs.map(brief)).toEqual([
      "2:9 listen/host 8080 host= name=uwsgi",
      "3:20 listen/host 3031 host=127.0.0.1 name=uwsgi",
    ]);
  });

  it("reads postgresql.conf: quoted listen_addresses and an inline comment", () => {
    const text = "listen_addresses = 'localhost'\t\t# what IP address(es) to listen on;\nport = 5433\t\t\t\t# (change requires restart)\nmax_connections = 100\n";
    expect(scan("db/postgresql.conf", text).refs.map(brief)).toEqual(["2:8 listen/host 5433 host=localhost name=postgresql"]);
  });

  it("ignores keys that do not say port, listen or bind, and values that are not ports", () => {
    const text = [
      "[server]",
      "timeout = 3000",
      "report = 8000",
      "support = 8000",
      "export_port_range = 8000",
      "http_ports = 80,443",
      "port = ${PORT}",
      "port = auto",
      "port = 0",
      "max_port = 65535x",
      "[all:vars]",
      "ansible_port = 2222",
    ].join("\n");
    expect(scan("app.ini", text).refs).toEqual([]);
  });

  it("reads client defaults in php.ini and app settings for other services as dials", () => {
    const text = [
      "[mail function]",
      "smtp_port = 2525",
      "[MySQLi]",
      "mysqli.default_port = 3307",
      "[app]",
      "listen_port = 8300",
      "redis_port = 6380",
      "db-port = 5433",
    ].join("\n");
    expect(scan("php.ini", text).refs.map(brief)).toEqual(["2:13 dial/host 2525", "4:23 dial/host 3307", "6:15 listen/host 8300", "7:14 dial/host 6380", "8:11 dial/host 5433"]);
  });

  it("reads listen addresses named by their key or their section, and leaves exporters' targets alone", () => {
    const text = [
      "[server]",
      "http_addr =",
      "http_port = 3000",
      "[unified_alerting]",
      'ha_listen_address = "${POD_IP}:9094"',
      "ha_peers = dash-0:9094,dash-1:9094",
      "[grpc_server]",
      "address = 127.0.0.1:10000",
      "[tracing.jaeger]",
      "address = localhost:6831",
      "agent_port = 6832",
      "[remote_cache]",
      "connstr = addr=127.0.0.1:6379,pool_size=100",
    ].join("\n");
    expect(scan("grafana.ini", text).refs.map(brief)).toEqual([
      "3:13 listen/host 3000 name=grafana",
      "5:32 listen/host 9094 name=grafana",
      "8:21 listen/host 10000 host=127.0.0.1 name=grafana",
      "10:21 dial/host 6831 via=localhost",
      "11:14 dial/host 6832",
    ]);
  });

  it("reports a port above 65535", () => {
    const result = scan("app.ini", "[server]\nport = 70000\n");
    expect(result.refs).toEqual([]);
    expect(result.problems).toMatchObject([{ kind: "invalid-port", line: 2, column: 8, endColumn: 13 }]);
  });

  it("skips configparser continuation lines", () => {
    const text = "[testenv]\ncommands =\n    pytest --port 9000\n    http.server 9001\nport = 8100\n";
    expect(scan("tox.ini", text).refs.map(brief)).toEqual(["5:8 listen/host 8100 name=tox"]);
  });
});

describe("INI scanner: files", () => {
  it.each(["grafana.ini", "etc/mysql/my.cnf", "setup.cfg", "supervisord.conf", "etc/supervisor/conf.d/app.conf", "etc/php/8.2/fpm/pool.d/www.conf", "php-fpm.d/www.conf", "docker/php-fpm/www.conf", "postgresql.conf", "grafana.ini.j2"])(
    "reads %s",
    (file) => expect(iniScanner.matches(file)).toBe(true),
  );
  it.each(["haproxy.cfg", "etc/haproxy/haproxy.cfg", "nginx.conf", "config.yaml", "inifile.ts"])("leaves %s alone", (file) =>
    expect(iniScanner.matches(file)).toBe(false),
  );

  it("recognises INI text and rejects nginx text", () => {
    expect(looksLikeIni("[www]\nlisten = 9000\n")).toBe(true);
    expect(looksLikeIni("port = 5432\nlisten_addresses = '*'\n")).toBe(true);
    expect(looksLikeIni("server {\n  listen 80;\n}\n")).toBe(false);
    expect(looksLikeIni("")).toBe(false);
  });
});
