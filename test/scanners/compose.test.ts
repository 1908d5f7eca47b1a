// The compose scanner, case by case: what each syntax yields and exactly where it is written.

import { describe, expect, it } from "vitest";
import { extractVariables, interpolate, traceOutput } from "../../src/scan/interpolate.js";
import { composeScanner, parsePortSpec } from "../../src/scan/scanners/compose.js";
import type { PortRef, RefMeta, ScanProblem } from "../../src/scan/types.js";

/** An expected ref: `text` is what the fixture has at [column, endColumn) of `line`. */
interface ExpectedRef {
  text: string;
  line: number;
  column: number;
  endColumn: number;
  kind: PortRef["kind"];
  side: PortRef["side"];
  port: number;
  portEnd?: number;
  protocol?: PortRef["protocol"];
  /** `null`: the ref must carry no host at all. */
  host?: string | null;
  /** `null`: the ref must carry no variable. */
  envVar?: string | null;
  name?: string;
  meta?: Partial<RefMeta>;
}

interface ExpectedProblem {
  /** What the fixture has at the span (single-line spans only). */
  text?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn: number;
  kind: ScanProblem["kind"];
  message?: RegExp;
}

interface Case {
  name: string;
  yaml: string[];
  refs: ExpectedRef[];
  problems?: ExpectedProblem[];
}

function runCase({ yaml, refs, problems = [] }: Case): void {
  const text = yaml.join("\n") + "\n";
  const lines = text.split("\n");
  // The expectations themselves must point at the token they name.
  for (const e of [...refs, ...problems]) {
    if (e.text !== undefined) expect(lines[e.line - 1]!.slice(e.column - 1, e.endColumn - 1), `fixture at ${e.line}:${e.column}`).toBe(e.text);
  }
  const result = composeScanner.scan("docker-compose.yml", text);
  expect(result.problems.map(({ file, line, column, endLine, endColumn, kind }) => ({ file, line, column, endLine, endColumn, kind }))).toEqual(
    problems.map(({ line, column, endLine, endColumn, kind }) => ({ file: "docker-compose.yml", line, column, endLine: endLine ?? line, endColumn, kind })),
  );
  problems.forEach((p, i) => {
    if (p.message) expect(result.problems[i]!.message).toMatch(p.message);
  });
  expect(result.refs).toHaveLength(refs.length);
  refs.forEach((e, i) => {
    const got = result.refs[i]!;
    const { text: _text, host, envVar, meta, protocol, ...fields } = e;
    expect(got, `ref #${i} (${e.text} at ${e.line}:${e.column})`).toMatchObject({
      ...fields,
      file: "docker-compose.yml",
      endLine: e.line,
      family: "compose",
      protocol: protocol ?? "tcp",
    });
    if (e.portEnd === undefined) expect(got.portEnd, `ref #${i} portEnd`).toBeUndefined();
    if (host === null) expect(got.host, `ref #${i} host`).toBeUndefined();
    else if (host !== undefined) expect(got.host, `ref #${i} host`).toBe(host);
    if (envVar === null) expect(got.envVar, `ref #${i} envVar`).toBeUndefined();
    else if (envVar !== undefined) expect(got.envVar, `ref #${i} envVar`).toBe(envVar);
    expect(got.meta?.composeService, `ref #${i} composeService`).toBe(got.name);
    for (const [key, value] of Object.entries(meta ?? {})) {
      if (value === undefined) expect(got.meta?.[key], `ref #${i} meta.${key}`).toBeUndefined();
      else expect(got.meta?.[key], `ref #${i} meta.${key}`).toEqual(value);
    }
  });
}

const cases: Case[] = [
  {
    name: "short syntax: host IP, IPv6 with and without brackets, ranges, empty host port, numbers, protocols",
    yaml: [
      "services:",
      "  api:",
      "    ports:",
      '      - "8000:8000"',
      '      - "127.0.0.1:8001:80"',
      '      - "[::1]:8080:80"',
      '      - "::1:8081:81"',
      '      - "8100-8110:8100-8110"',
      '      - "6005-6015:80"',
      '      - "127.0.0.1::5000"',
      '      - "3000"',
      "      - 3001",
      '      - "53:53/udp"',
      "      - 22:22",
    ],
    refs: [
      { text: "8000", line: 4, column: 10, endColumn: 14, kind: "publish", side: "host", port: 8000, host: "", envVar: null, name: "api" },
      { text: "8000", line: 4, column: 15, endColumn: 19, kind: "target", side: "container", port: 8000, host: null, name: "api" },
      { text: "8001", line: 5, column: 20, endColumn: 24, kind: "publish", side: "host", port: 8001, host: "127.0.0.1" },
      { text: "80", line: 5, column: 25, endColumn: 27, kind: "target", side: "container", port: 80 },
      { text: "8080", line: 6, column: 16, endColumn: 20, kind: "publish", side: "host", port: 8080, host: "::1" },
      { text: "80", line: 6, column: 21, endColumn: 23, kind: "target", side: "container", port: 80 },
      { text: "8081", line: 7, column: 14, endColumn: 18, kind: "publish", side: "host", port: 8081, host: "::1" },
      { text: "81", line: 7, column: 19, endColumn: 21, kind: "target", side: "container", port: 81 },
      { text: "8100-8110", line: 8, column: 10, endColumn: 19, kind: "publish", side: "host", port: 8100, portEnd: 8110, host: "" },
      { text: "8100-8110", line: 8, column: 20, endColumn: 29, kind: "target", side: "container", port: 8100, portEnd: 8110 },
      { text: "6005-6015", line: 9, column: 10, endColumn: 19, kind: "publish", side: "host", port: 6005, portEnd: 6015, host: "" },
      { text: "80", line: 9, column: 20, endColumn: 22, kind: "target", side: "container", port: 80 },
      { text: "5000", line: 10, column: 21, endColumn: 25, kind: "target", side: "container", port: 5000 },
      { text: "3000", line: 11, column: 10, endColumn: 14, kind: "target", side: "container", port: 3000 },
      { text: "3001", line: 12, column: 9, endColumn: 13, kind: "target", side: "container", port: 3001, meta: { unquoted: undefined } },
      { text: "53", line: 13, column: 10, endColumn: 12, kind: "publish", side: "host", port: 53, protocol: "udp", host: "" },
      { text: "53", line: 13, column: 13, endColumn: 15, kind: "target", side: "container", port: 53, protocol: "udp" },
      { text: "22", line: 14, column: 9, endColumn: 11, kind: "publish", side: "host", port: 22, meta: { unquoted: true, scalarText: "22:22" } },
      { text: "22", line: 14, column: 12, endColumn: 14, kind: "target", side: "container", port: 22, meta: { unquoted: true } },
    ],
  },
  {
    name: "interpolation: defaults give the port and its position, variables attribute it, unset ones give nothing",
    yaml: [
      "services:",
      "  api:",
      "    ports:",
      '      - "${API_PORT:-8000}:8000"',
      '      - "$BIND:80/tcp"',
      "      - ${BIND:-}:${PORT:-80}:${PORT:-80}",
      '      - "${HOST_PORT}:81"',
      '      - "${IP:-127.0.0.1}:${WEB_PORT:-8080}:80"',
      '      - "${OUTER:-${INNER:-9000}}:9000"',
      '      - "${BIND_ADDR:-127.0.0.1:8001}:80"',
      '      - "${HOST_IP}:8002:80"',
      '      - "${PORTS}"',
    ],
    refs: [
      { text: "8000", line: 4, column: 22, endColumn: 26, kind: "publish", side: "host", port: 8000, host: "", envVar: "API_PORT", meta: { fromDefault: true } },
      { text: "8000", line: 4, column: 28, endColumn: 32, kind: "target", side: "container", port: 8000, envVar: null, meta: { fromDefault: undefined } },
      { text: "80", line: 5, column: 16, endColumn: 18, kind: "target", side: "container", port: 80, envVar: null, meta: { hostEnvVar: "BIND" } },
      {
        text: "80",
        line: 6,
        column: 27,
        endColumn: 29,
        kind: "publish",
        side: "host",
        port: 80,
        host: "",
        envVar: "PORT",
        meta: { fromDefault: true, unquoted: true, bindEnvVar: "BIND" },
      },
      { text: "80", line: 6, column: 39, endColumn: 41, kind: "target", side: "container", port: 80, envVar: "PORT", meta: { fromDefault: true } },
      { text: "81", line: 7, column: 23, endColumn: 25, kind: "target", side: "container", port: 81, meta: { hostEnvVar: "HOST_PORT" } },
      { text: "8080", line: 8, column: 39, endColumn: 43, kind: "publish", side: "host", port: 8080, host: "127.0.0.1", envVar: "WEB_PORT", meta: { bindEnvVar: "IP" } },
      { text: "80", line: 8, column: 45, endColumn: 47, kind: "target", side: "container", port: 80, envVar: null },
      { text: "9000", line: 9, column: 28, endColumn: 32, kind: "publish", side: "host", port: 9000, envVar: "OUTER", meta: { envVars: ["OUTER", "INNER"], fromDefault: true } },
      { text: "9000", line: 9, column: 35, endColumn: 39, kind: "target", side: "container", port: 9000, envVar: null },
      { text: "8001", line: 10, column: 33, endColumn: 37, kind: "publish", side: "host", port: 8001, host: "127.0.0.1", envVar: "BIND_ADDR", meta: { fromDefault: true } },
      { text: "80", line: 10, column: 39, endColumn: 41, kind: "target", side: "container", port: 80, envVar: null },
      { text: "8002", line: 11, column: 21, endColumn: 25, kind: "publish", side: "host", port: 8002, host: "${HOST_IP}", envVar: null, meta: { hostUnresolved: true, bindEnvVar: "HOST_IP" } },
      { text: "80", line: 11, column: 26, endColumn: 28, kind: "target", side: "container", port: 80 },
    ],
  },
  {
    name: "long syntax: target, published (string, variable, range), host_ip, protocol, mode, name, app_protocol",
    yaml: [
      "services:",
      "  web:",
      "    ports:",
      "      - target: 80",
      '        published: "8080"',
      "        host_ip: 127.0.0.1",
      "        protocol: udp",
      "        mode: host",
      "        name: http",
      "        app_protocol: http",
      "      - target: 443",
      "        published: ${TLS_PORT:-8443}",
      "      - target: 9000",
      "        published: 9000-9002",
      "      - target: 5000",
    ],
    refs: [
      { text: "80", line: 4, column: 17, endColumn: 19, kind: "target", side: "container", port: 80, protocol: "udp", meta: { mode: "host", portName: "http", appProtocol: "http" } },
      { text: "8080", line: 5, column: 21, endColumn: 25, kind: "publish", side: "host", port: 8080, protocol: "udp", host: "127.0.0.1", meta: { mode: "host" } },
      { text: "443", line: 11, column: 17, endColumn: 20, kind: "target", side: "container", port: 443 },
      { text: "8443", line: 12, column: 32, endColumn: 36, kind: "publish", side: "host", port: 8443, host: "", envVar: "TLS_PORT", meta: { fromDefault: true } },
      { text: "9000", line: 13, column: 17, endColumn: 21, kind: "target", side: "container", port: 9000 },
      { text: "9000-9002", line: 14, column: 20, endColumn: 29, kind: "publish", side: "host", port: 9000, portEnd: 9002, host: "" },
      { text: "5000", line: 15, column: 17, endColumn: 21, kind: "target", side: "container", port: 5000 },
    ],
  },
  {
    name: "expose, and network_mode: host turning container ports into host listeners",
    yaml: [
      "services:",
      "  cache:",
      "    expose:",
      '      - "6379"',
      "      - 7000-7002",
      '      - "9000/udp"',
      "  agent:",
      "    network_mode: host",
      "    ports:",
      '      - "8080:80"',
      "    expose:",
      '      - "9100"',
      "    environment:",
      "      PORT: 9200",
      '    command: ["agent", "--port", "9300"]',
    ],
    refs: [
      { text: "6379", line: 4, column: 10, endColumn: 14, kind: "target", side: "container", port: 6379, name: "cache", meta: { expose: true } },
      { text: "7000-7002", line: 5, column: 9, endColumn: 18, kind: "target", side: "container", port: 7000, portEnd: 7002 },
      { text: "9000", line: 6, column: 10, endColumn: 14, kind: "target", side: "container", port: 9000, protocol: "udp" },
      { text: "80", line: 10, column: 15, endColumn: 17, kind: "listen", side: "host", port: 80, host: "", name: "agent", meta: { networkMode: "host" } },
      { text: "9100", line: 12, column: 10, endColumn: 14, kind: "listen", side: "host", port: 9100, host: "", meta: { networkMode: "host" } },
      { text: "9200", line: 14, column: 13, endColumn: 17, kind: "assign", side: "host", port: 9200, envVar: "PORT", meta: { networkMode: "host" } },
      { text: "9300", line: 15, column: 35, endColumn: 39, kind: "listen", side: "host", port: 9300, host: null, meta: { networkMode: "host" } },
    ],
  },
  {
    name: "environment: *_PORT and PORT in map and list form, nothing else",
    yaml: [
      "services:",
      "  api:",
      "    environment:",
      "      API_PORT: 8000",
      '      DB_PORT: "5432"',
      "      PORT: ${PORT:-3000}",
      "      TIMEOUT: 3000",
      "      SUPPORT_PORTS: 80",
      "      ZERO_PORT: 0",
      "  worker:",
      "    environment:",
      "      - REDIS_PORT=6379",
      '      - "METRICS_PORT=${METRICS:-9090}"',
      "      - HTTP_PORT",
      "      - SMTP_PORT=587 # mail",
      "      - REDIS_URL=redis://redis:6379/0",
    ],
    refs: [
      { text: "8000", line: 4, column: 17, endColumn: 21, kind: "assign", side: "container", port: 8000, envVar: "API_PORT", name: "api" },
      { text: "5432", line: 5, column: 17, endColumn: 21, kind: "assign", side: "container", port: 5432, envVar: "DB_PORT" },
      { text: "3000", line: 6, column: 21, endColumn: 25, kind: "assign", side: "container", port: 3000, envVar: "PORT", meta: { fromDefault: true, interpolatedVar: undefined } },
      { text: "6379", line: 12, column: 20, endColumn: 24, kind: "assign", side: "container", port: 6379, envVar: "REDIS_PORT", name: "worker" },
      { text: "9090", line: 13, column: 34, endColumn: 38, kind: "assign", side: "container", port: 9090, envVar: "METRICS_PORT", meta: { fromDefault: true, interpolatedVar: "METRICS" } },
      { text: "587", line: 15, column: 19, endColumn: 22, kind: "assign", side: "container", port: 587, envVar: "SMTP_PORT" },
    ],
  },
  {
    name: "Traefik load balancer port labels in list and map form",
    yaml: [
      "services:",
      "  api:",
      "    labels:",
      '      - "traefik.enable=true"',
      '      - "traefik.http.services.api.loadbalancer.server.port=8000"',
      "  web:",
      "    labels:",
      '      traefik.http.services.web.loadbalancer.server.port: "3000"',
      "      traefik.udp.services.dns.loadbalancer.server.port: 53",
      "      traefik.http.routers.web.rule: Host(`web.localhost`)",
    ],
    refs: [
      { text: "8000", line: 5, column: 61, endColumn: 65, kind: "target", side: "container", port: 8000, name: "api" },
      { text: "3000", line: 8, column: 60, endColumn: 64, kind: "target", side: "container", port: 3000, name: "web" },
      { text: "53", line: 9, column: 58, endColumn: 60, kind: "target", side: "container", port: 53, protocol: "udp" },
    ],
  },
  {
    name: "command, entrypoint and healthcheck: port flags, bind addresses, URLs",
    yaml: [
      "services:",
      "  api:",
      "    command: uvicorn app.main:app --host 0.0.0.0 --port 8000",
      "    healthcheck:",
      '      test: ["CMD", "curl", "-f", "http://localhost:8000/health"]',
      "  web:",
      '    command: ["npm", "run", "dev", "--", "--port=3000"]',
      "    entrypoint: gunicorn -b 0.0.0.0:8001 app:app",
      "    healthcheck:",
      '      test: ["CMD-SHELL", "wget -qO- http://api:4000/ping || exit 1"]',
      "  worker:",
      "    command: uwsgi --socket 0.0.0.0:8002 -p 2 --port $$PORT",
      "  django:",
      "    command: python manage.py runserver 0.0.0.0:8003",
      "  redis:",
      "    healthcheck:",
      "      test: redis-cli -p 6379 ping",
      "  sleeper:",
      "    command: sleep 3000 --timeout 8000",
    ],
    refs: [
      { text: "8000", line: 3, column: 57, endColumn: 61, kind: "listen", side: "container", port: 8000, host: "0.0.0.0", name: "api", meta: { command: true } },
      { text: "8000", line: 5, column: 53, endColumn: 57, kind: "dial", side: "container", port: 8000, host: null, meta: { healthcheck: true, dialHost: "localhost" } },
      { text: "3000", line: 7, column: 50, endColumn: 54, kind: "listen", side: "container", port: 3000, name: "web" },
      { text: "8001", line: 8, column: 37, endColumn: 41, kind: "listen", side: "container", port: 8001, host: "0.0.0.0", meta: { entrypoint: true } },
      { text: "4000", line: 10, column: 49, endColumn: 53, kind: "dial", side: "container", port: 4000, meta: { dialHost: "api" } },
      { text: "8002", line: 12, column: 37, endColumn: 41, kind: "listen", side: "container", port: 8002, host: "0.0.0.0", name: "worker" },
      { text: "8003", line: 14, column: 49, endColumn: 53, kind: "listen", side: "container", port: 8003, host: "0.0.0.0", name: "django" },
      { text: "6379", line: 17, column: 26, endColumn: 30, kind: "listen", side: "container", port: 6379, name: "redis", meta: { healthcheck: true } },
    ],
  },
  {
    name: "anchors and merge keys: ports found through aliases are reported where the anchored node is written",
    yaml: [
      "x-web-ports: &web-ports",
      '  - "8080:80"',
      "x-defaults: &defaults",
      "  environment:",
      "    APP_PORT: 5000",
      '  expose: ["7000"]',
      "services:",
      "  web:",
      "    ports: *web-ports",
      "  api:",
      "    <<: *defaults",
      '    expose: ["7001"]',
    ],
    refs: [
      { text: "8080", line: 2, column: 6, endColumn: 10, kind: "publish", side: "host", port: 8080, name: "web" },
      { text: "80", line: 2, column: 11, endColumn: 13, kind: "target", side: "container", port: 80, name: "web" },
      { text: "5000", line: 5, column: 15, endColumn: 19, kind: "assign", side: "container", port: 5000, envVar: "APP_PORT", name: "api" },
      { text: "7001", line: 12, column: 15, endColumn: 19, kind: "target", side: "container", port: 7001, name: "api" },
    ],
  },
  {
    name: "merge of several maps: the first one listed wins",
    yaml: [
      "x-a: &a",
      '  expose: ["7100"]',
      "x-b: &b",
      '  expose: ["7200"]',
      "  environment: { B_PORT: 7300 }",
      "services:",
      "  worker:",
      "    <<: [*a, *b]",
    ],
    refs: [
      { text: "7100", line: 2, column: 13, endColumn: 17, kind: "target", side: "container", port: 7100, name: "worker" },
      { text: "7300", line: 5, column: 26, endColumn: 30, kind: "assign", side: "container", port: 7300, envVar: "B_PORT" },
    ],
  },
  {
    name: "folded block scalars and escaped quotes keep exact positions",
    yaml: [
      "services:",
      "  api:",
      "    command: >",
      "      uvicorn main:app",
      "      --port 8000",
      "    healthcheck:",
      '      test: "curl -f \\"http://localhost:8001/\\""',
    ],
    refs: [
      { text: "8000", line: 5, column: 14, endColumn: 18, kind: "listen", side: "container", port: 8000 },
      { text: "8001", line: 7, column: 41, endColumn: 45, kind: "dial", side: "container", port: 8001, meta: { dialHost: "localhost" } },
    ],
  },
  {
    name: "override tags: !reset drops a list, !override keeps it",
    yaml: ["services:", "  api:", "    ports: !reset []", '    expose: !override ["3000"]', "    environment: !reset {}"],
    refs: [{ text: "3000", line: 4, column: 25, endColumn: 29, kind: "target", side: "container", port: 3000 }],
  },
  {
    name: "malformed bindings are invalid-port problems at the offending part",
    yaml: [
      "services:",
      "  api:",
      "    ports:",
      '      - "80:80:80:80"',
      '      - "70000:80"',
      '      - "0:80"',
      '      - "8000-8002:80-81"',
      '      - "80/sctpx"',
      '      - "${PORT:-}:80"',
      '      - "${:80"',
      "      - target: 80",
      "        host_ip: notanip",
      "      - published: 8080",
      "    expose:",
      '      - "99999"',
      "    environment:",
      "      API_PORT: 70000",
    ],
    refs: [{ text: "80", line: 9, column: 20, endColumn: 22, kind: "target", side: "container", port: 80, envVar: null }],
    problems: [
      { text: "80:80", line: 4, column: 10, endColumn: 15, kind: "invalid-port", message: /invalid IP address: 80:80/ },
      { text: "70000", line: 5, column: 10, endColumn: 15, kind: "invalid-port", message: /invalid hostPort: 70000/ },
      { text: "0", line: 6, column: 10, endColumn: 11, kind: "invalid-port", message: /port 0/ },
      { text: "8000-8002:80-81", line: 7, column: 10, endColumn: 25, kind: "invalid-port", message: /invalid ranges/ },
      { text: "sctpx", line: 8, column: 13, endColumn: 18, kind: "invalid-port", message: /invalid proto: sctpx/ },
      { text: "${", line: 10, column: 10, endColumn: 12, kind: "parse-error", message: /invalid interpolation/ },
      { text: "notanip", line: 12, column: 18, endColumn: 25, kind: "invalid-port", message: /not an IP address/ },
      { text: "published", line: 13, column: 9, endColumn: 18, kind: "invalid-port", message: /without target/ },
      { text: "99999", line: 15, column: 10, endColumn: 15, kind: "invalid-port" },
      { text: "70000", line: 17, column: 17, endColumn: 22, kind: "invalid-port" },
    ],
  },
  {
    name: "YAML syntax errors are parse-error problems with the parser's position",
    yaml: ["services:", "  api:", "   image: x", "    ports: []"],
    refs: [],
    problems: [
      { text: "x", line: 3, column: 11, endColumn: 12, kind: "parse-error", message: /Nested mappings/ },
      { line: 3, column: 11, endLine: 4, endColumn: 10, kind: "parse-error", message: /single line/ },
    ],
  },
];

describe("composeScanner.scan", () => {
  for (const c of cases) it(c.name, () => runCase(c));

  it("stops an alias bomb with a parse-error instead of expanding it", () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(",")}]`);
    }
    lines.push("services:", "  s:", "    ports: *i");
    const result = composeScanner.scan("compose.yaml", lines.join("\n"));
    expect(result.refs).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ kind: "parse-error", line: 1, column: 1 });
    expect(result.problems[0]!.message).toMatch(/alias/i);
  });

  it("keeps reading a file whose only error is a repeated key", () => {
    const text = ["services:", "  db:", "    ports:", '      - "5433:5432"', "    environment: {}", "    environment: {}", ""].join("\n");
    const result = composeScanner.scan("compose.yaml", text);
    expect(result.problems.map((p) => [p.kind, p.line])).toEqual([["parse-error", 6]]);
    expect(result.refs.map((r) => [r.kind, r.port])).toEqual([
      ["publish", 5433],
      ["target", 5432],
    ]);
  });

  it("reads every document of a multi-document file", () => {
    const text = ["services:", "  a:", '    ports: ["1001:1"]', "---", "services:", "  b:", '    ports: ["1002:2"]', ""].join("\n");
    const result = composeScanner.scan("compose.yaml", text);
    expect(result.refs.filter((r) => r.kind === "publish").map((r) => [r.name, r.port, r.line])).toEqual([
      ["a", 1001, 3],
      ["b", 1002, 7],
    ]);
  });

  it.each([
    ["empty file", ""],
    ["binary noise", "\u0000\u0001\u0002\uFFFD"],
    ["a bare scalar", "just text"],
    ["a top-level list", "- a\n- b\n"],
    ["services as a list", "services: [1, 2]\n"],
    ["a service that is a number", "services:\n  a: 5\n"],
    ["ports as a string", "services:\n  a:\n    ports: 8080\n"],
    ["odd port entries", "services:\n  a:\n    ports:\n      - [1, 2]\n      - null\n      - true\n      - 1.5\n      - {}\n"],
    ["odd environment", "services:\n  a:\n    environment: [[1], {PORT: 1}, 5]\n    labels: 5\n    command: {a: 1}\n"],
    ["an alias to nothing", "services:\n  a:\n    ports: *nope\n"],
    ["a self-referencing merge", "x: &x\n  <<: *x\nservices:\n  a:\n    <<: *x\n"],
    ["a doubly self-referencing merge", "x: &x\n  p: 1\ny: &y\n  <<: [*x, *x]\nservices:\n  a:\n    <<: [*y, *y, *y]\n"],
    ["YAML 1.1 directive", "%YAML 1.1\n---\nservices:\n  a:\n    ports:\n      - 22:22\n"],
  ])("never throws on %s", (_name, text) => {
    const result = composeScanner.scan("compose.yaml", text);
    expect(Array.isArray(result.refs)).toBe(true);
    expect(Array.isArray(result.problems)).toBe(true);
  });

  it("reads a compose file in YAML 1.1 without taking 22:22 for a number", () => {
    const result = composeScanner.scan("compose.yaml", "%YAML 1.1\n---\nservices:\n  a:\n    ports:\n      - 22:22\n");
    expect(result.refs.map((r) => [r.kind, r.port, r.meta?.unquoted])).toEqual([
      ["publish", 22, true],
      ["target", 22, true],
    ]);
  });
});

describe("composeScanner.matches", () => {
  it.each([
    "compose.yaml",
    "compose.yml",
    "docker-compose.yaml",
    "docker-compose.yml",
    "deploy/docker-compose.override.yml",
    "compose.prod.yaml",
    "docker-compose.prod.yml",
    "docker-compose-dev.yml",
    "apps/lims/compose-override.yaml",
    "compose.override.local.yml",
  ])("reads %s", (path) => expect(composeScanner.matches(path)).toBe(true));

  it.each([
    "composer.yml",
    "docker-compose.yml.j2",
    "mycompose.yml",
    "compose.json",
    "docs/docker-compose.md",
    "k8s/deployment.yaml",
    "compose/config.yaml",
  ])("leaves %s alone", (path) => expect(composeScanner.matches(path)).toBe(false));
});

describe("interpolate", () => {
  it("traces a port taken from a default to the default's digits", () => {
    const r = interpolate("${API_PORT:-8000}:8000");
    expect(r.value).toBe("8000:8000");
    expect(traceOutput(r, 0, 4)).toMatchObject({ start: 12, end: 16, variables: ["API_PORT"], fromDefault: true, unresolved: false });
    expect(traceOutput(r, 5, 9)).toMatchObject({ start: 18, end: 22, variables: [], fromDefault: false });
  });

  it("traces a value from the lookup to the whole reference", () => {
    const r = interpolate("127.0.0.1:${API_PORT:-8000}:80", { API_PORT: "9000" });
    expect(r.value).toBe("127.0.0.1:9000:80");
    expect(traceOutput(r, 10, 14)).toMatchObject({ start: 10, end: 27, variables: ["API_PORT"], fromValue: true, fromDefault: false });
  });

  it("marks where an unset variable without default stood", () => {
    const r = interpolate("$BIND:80");
    expect(r.value).toBe(":80");
    expect(r.missing).toEqual(["BIND"]);
    expect(traceOutput(r, 0, 0)).toMatchObject({ unresolved: true, variables: ["BIND"], start: 0, end: 5 });
    expect(traceOutput(r, 1, 3)).toMatchObject({ unresolved: false, start: 6, end: 8 });
  });

  it("writes $$ as $ and leaves what follows alone", () => {
    const r = interpolate("--port $$PORT");
    expect(r.value).toBe("--port $PORT");
    expect(r.references).toEqual([]);
    expect(r.segments.map((s) => s.kind)).toEqual(["literal", "escape", "literal"]);
  });

  it("reports a missing required variable without throwing", () => {
    const r = interpolate("${HOST_PORT:?set HOST_PORT}:80");
    expect(r.value).toBe(":80");
    expect(r.error).toMatchObject({ kind: "missing-required", variable: "HOST_PORT", reason: "set HOST_PORT", start: 0, end: 27 });
  });

  it("lists the references it evaluated with their operator and operand", () => {
    const r = interpolate("${A:-${B:-x}}");
    expect(r.references.map((x) => [x.name, x.operator, x.argument?.text, x.enclosing])).toEqual([
      ["A", ":-", "${B:-x}", []],
      ["B", ":-", "x", ["A"]],
    ]);
  });

  it("extracts variables with defaults, nested ones included", () => {
    expect([...extractVariables({ ports: ["${A:-${B:-80}}:80", "$C"] }).values()]).toEqual([
      { name: "A", defaultValue: "${B:-80}", presenceValue: "", required: false },
      { name: "B", defaultValue: "80", presenceValue: "", required: false },
      { name: "C", defaultValue: "", presenceValue: "", required: false },
    ]);
  });
});

describe("parsePortSpec", () => {
  it("accepts an unbracketed IPv6 host IP as current go-connections does", () => {
    expect(parsePortSpec("::1:80:80")).toEqual([{ containerPort: 80, protocol: "tcp", hostIp: "::1", hostPort: "80" }]);
  });
  it("rejects a hostname where an IP is expected", () => {
    expect(parsePortSpec("localhost:80:80")).toEqual({ error: "invalid IP address: localhost" });
  });
});
