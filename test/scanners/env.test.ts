// The env scanner and the positions the dotenv parser gives it: every port at its exact digits.

import { describe, expect, it } from "vitest";
import { parseDotenv } from "../../src/scan/dotenv.js";
import { envScanner, findValuePorts, isEnvTemplate, isPortVariableName } from "../../src/scan/scanners/env.js";
import type { PortRef } from "../../src/scan/types.js";

/** The fields a case pins down; absent fields are asserted absent too (no stray envVar or meta). */
function brief(ref: PortRef) {
  return {
    at: `${ref.line}:${ref.column}-${ref.endLine === ref.line ? "" : `${ref.endLine}:`}${ref.endColumn}`,
    kind: ref.kind,
    side: ref.side,
    port: ref.portEnd !== undefined ? `${ref.port}-${ref.portEnd}` : ref.port,
    ...(ref.envVar !== undefined ? { envVar: ref.envVar } : {}),
    ...(ref.protocol !== "tcp" ? { protocol: ref.protocol } : {}),
    ...(ref.meta !== undefined ? { meta: ref.meta } : {}),
  };
}

function scan(text: string, path = ".env") {
  return envScanner.scan(path, text);
}

describe("envScanner.matches", () => {
  const cases: Array<[string, boolean]> = [
    [".env", true],
    ["services/api/.env", true],
    [".env.example", true],
    [".env.template", true],
    [".env.local", true],
    [".env.production.local", true],
    ["config/app.env", true],
    ["example.env", true],
    ["env.example", true],
    ["deploy/env.sample", true],
    ["env.template", true],
    ["services/backend.env.example", true],
    ["deploy/api.env.template", true],
    ["api.env.example.md", false],
    [".envrc", false],
    ["src/.env.ts", false],
    ["config/.env.json", false],
    [".env.gpg", false],
    ["environment.yml", false],
    ["env", false],
    [".env/config", false],
    ["README.env.md", false],
    [".env.d.ts", false],
  ];
  it.each(cases)("%s → %s", (path, expected) => {
    expect(envScanner.matches(path)).toBe(expected);
  });
});

describe("isEnvTemplate", () => {
  const cases: Array<[string, boolean]> = [
    [".env.example", true],
    [".env.template", true],
    [".env.sample", true],
    ["env.example", true],
    ["example.env", true],
    [".env.dist", true],
    [".env.defaults", true],
    [".env", false],
    [".env.local", false],
    ["prod.env", false],
  ];
  it.each(cases)("%s → %s", (path, expected) => {
    expect(isEnvTemplate(path)).toBe(expected);
  });
});

describe("isPortVariableName", () => {
  const ports = ["PORT", "POSTGRES_PORT", "VITE_PORT", "HTTP_PORT", "API_PORT", "PORT_HTTP", "SMTP_PORT_TLS", "RTP_PORT_MIN", "apiPort", "db.port", "db-port", "PGPORT", "ASPNETCORE_HTTP_PORTS", "port"];
  const notPorts = ["PORTAL_URL", "SUPPORT_EMAIL", "TRANSPORT", "EXPORT_DIR", "IMPORT_PATH", "REPORT_SENDER", "PASSPORT_SECRET", "PORTAINER_DOMAIN", "PORT_RANGE", "PORT_OFFSET", "PORT_MAPPING", "PORT_ENABLED", "HTTP_PORT_TIMEOUT", "DBPORT", "REDISPORT", "SUPPORTED"];
  it.each(ports)("%s is a port variable", (name) => expect(isPortVariableName(name)).toBe(true));
  it.each(notPorts)("%s is not a port variable", (name) => expect(isPortVariableName(name)).toBe(false));
});

describe("envScanner refs", () => {
  const cases: Array<{ name: string; text: string; path?: string; refs: Array<ReturnType<typeof brief>> }> = [
    {
      name: "port variables with integer values",
      text: "POSTGRES_PORT=5433\nVITE_PORT=5173\n",
      refs: [
        { at: "1:15-19", kind: "assign", side: "host", port: 5433, envVar: "POSTGRES_PORT" },
        { at: "2:11-15", kind: "assign", side: "host", port: 5173, envVar: "VITE_PORT" },
      ],
    },
    {
      name: "quotes, export, blanks around = and inline comments",
      text: 'export API_PORT="8000"\nWEB_PORT = \'3000\' # web\nADMIN_PORT=9000 # admin\nMETRICS_PORT: 9100\n',
      refs: [
        { at: "1:18-22", kind: "assign", side: "host", port: 8000, envVar: "API_PORT" },
        { at: "2:13-17", kind: "assign", side: "host", port: 3000, envVar: "WEB_PORT" },
        { at: "3:12-16", kind: "assign", side: "host", port: 9000, envVar: "ADMIN_PORT" },
        { at: "4:15-19", kind: "assign", side: "host", port: 9100, envVar: "METRICS_PORT" },
      ],
    },
    {
      name: "CRLF line endings keep columns",
      text: "# ports\r\nAPI_PORT=8000\r\nDATABASE_URL=postgres://app:secret@localhost:5433/app\r\n",
      refs: [
        { at: "2:10-14", kind: "assign", side: "host", port: 8000, envVar: "API_PORT" },
        { at: "3:46-50", kind: "dial", side: "host", port: 5433, envVar: "DATABASE_URL", meta: { dialHost: "localhost" } },
      ],
    },
    {
      name: "a default inside ${…} is where the port is written",
      text: "API_PORT=${API_PORT:-8000}\n",
      refs: [{ at: "1:22-26", kind: "assign", side: "host", port: 8000, envVar: "API_PORT", meta: { fromDefault: true } }],
    },
    {
      name: "URLs: loopback is a host port, a service name a container port",
      text: [
        "DATABASE_URL=postgres://u:p@localhost:5433/db",
        "API_URL=http://127.0.0.1:8000/api",
        "REDIS_URL=redis://redis:6379/0",
        "CACHE_URL=redis://:pw@cache:6380",
        "HOST_API=http://host.docker.internal:8001",
        "V6=http://[::1]:8002/",
      ].join("\n"),
      refs: [
        { at: "1:39-43", kind: "dial", side: "host", port: 5433, envVar: "DATABASE_URL", meta: { dialHost: "localhost" } },
        { at: "2:26-30", kind: "dial", side: "host", port: 8000, envVar: "API_URL", meta: { dialHost: "127.0.0.1" } },
        { at: "3:25-29", kind: "dial", side: "container", port: 6379, envVar: "REDIS_URL", meta: { dialHost: "redis" } },
        { at: "4:29-33", kind: "dial", side: "container", port: 6380, envVar: "CACHE_URL", meta: { dialHost: "cache" } },
        { at: "5:38-42", kind: "dial", side: "host", port: 8001, envVar: "HOST_API", meta: { dialHost: "host.docker.internal" } },
        { at: "6:17-21", kind: "dial", side: "host", port: 8002, envVar: "V6", meta: { dialHost: "::1" } },
      ],
    },
    {
      name: "a list of origins gives one ref per URL",
      text: "CORS_ORIGINS=http://localhost:3002,http://localhost:3003\n",
      refs: [
        { at: "1:31-35", kind: "dial", side: "host", port: 3002, envVar: "CORS_ORIGINS", meta: { dialHost: "localhost" } },
        { at: "1:53-57", kind: "dial", side: "host", port: 3003, envVar: "CORS_ORIGINS", meta: { dialHost: "localhost" } },
      ],
    },
    {
      name: "several hosts in one URL",
      text: "MONGO_URL=mongodb://u:p@mongo1:27017,mongo2:27018/app?replicaSet=rs0\n",
      refs: [
        { at: "1:32-37", kind: "dial", side: "container", port: 27017, envVar: "MONGO_URL", meta: { dialHost: "mongo1" } },
        { at: "1:45-50", kind: "dial", side: "container", port: 27018, envVar: "MONGO_URL", meta: { dialHost: "mongo2" } },
      ],
    },
    {
      name: "a port variable inside a URL is the variable's",
      text: "API=http://${API_HOST:-localhost}:${API_PORT:-8000}/v1\n",
      refs: [{ at: "1:47-51", kind: "dial", side: "host", port: 8000, envVar: "API_PORT", meta: { dialHost: "localhost", fromDefault: true } }],
    },
    {
      name: "bare addresses: loopback anywhere, service names only in address variables",
      text: "ENDPOINT=localhost:4000\nKAFKA_BROKERS=kafka1:9092,kafka2:9093\nIMAGE=postgres:15\nNOTE=see redis:6379\n",
      refs: [
        { at: "1:20-24", kind: "dial", side: "host", port: 4000, envVar: "ENDPOINT", meta: { dialHost: "localhost" } },
        { at: "2:22-26", kind: "dial", side: "container", port: 9092, envVar: "KAFKA_BROKERS", meta: { dialHost: "kafka1" } },
        { at: "2:34-38", kind: "dial", side: "container", port: 9093, envVar: "KAFKA_BROKERS", meta: { dialHost: "kafka2" } },
      ],
    },
    {
      name: "a multi-line quoted value locates ports on later lines",
      text: 'UPSTREAMS="\nhttp://localhost:7001\n  http://localhost:7002"\nAFTER_PORT=7003\n',
      refs: [
        { at: "2:18-22", kind: "dial", side: "host", port: 7001, envVar: "UPSTREAMS", meta: { dialHost: "localhost" } },
        { at: "3:20-24", kind: "dial", side: "host", port: 7002, envVar: "UPSTREAMS", meta: { dialHost: "localhost" } },
        { at: "4:12-16", kind: "assign", side: "host", port: 7003, envVar: "AFTER_PORT" },
      ],
    },
    {
      name: "port lists and ranges",
      text: "ASPNETCORE_HTTP_PORTS=8080;8081\nRTP_PORTS=30000-30010\n",
      refs: [
        { at: "1:23-27", kind: "assign", side: "host", port: 8080, envVar: "ASPNETCORE_HTTP_PORTS" },
        { at: "1:28-32", kind: "assign", side: "host", port: 8081, envVar: "ASPNETCORE_HTTP_PORTS" },
        { at: "2:11-22", kind: "assign", side: "host", port: "30000-30010", envVar: "RTP_PORTS" },
      ],
    },
    {
      name: "a template marks its refs",
      path: "deploy/.env.example",
      text: "API_PORT=8000\nAPI_URL=http://localhost:8000\n",
      refs: [
        { at: "1:10-14", kind: "assign", side: "host", port: 8000, envVar: "API_PORT", meta: { template: true } },
        { at: "2:26-30", kind: "dial", side: "host", port: 8000, envVar: "API_URL", meta: { template: true, dialHost: "localhost" } },
      ],
    },
    {
      name: "not ports",
      text: [
        "PORTAL_URL=https://portal.example.com",
        "SUPPORT_EMAIL=help@example.com",
        "TRANSPORT=8000",
        "EXPORT_DIR=/data/8000",
        "TIMEOUT=3000",
        "PORT_RANGE=8000",
        "SITE_URL=https://example.com/",
        "TIME=12:30",
        "VERSION=1.2.3.4:5x",
        "API_PORT=",
        "API_PORT=${API_PORT}",
        "WEB_PORT=$API_PORT",
        "DISABLED_PORT=0",
        "# DB_PORT=5432",
        "MSG=see http://localhost:9999 # http://localhost:9998",
      ].join("\n"),
      refs: [{ at: "15:26-30", kind: "dial", side: "host", port: 9999, envVar: "MSG", meta: { dialHost: "localhost" } }],
    },
    {
      name: "a link-style port variable holding a URL",
      text: "DB_PORT=tcp://172.17.0.5:5432\n",
      refs: [{ at: "1:26-30", kind: "dial", side: "container", port: 5432, envVar: "DB_PORT", meta: { dialHost: "172.17.0.5" } }],
    },
  ];

  it.each(cases)("$name", ({ text, path, refs }) => {
    const result = scan(text, path);
    expect(result.problems).toEqual([]);
    expect(result.refs.map(brief)).toEqual(refs);
    const lines = text.split(/\r?\n/);
    for (const ref of result.refs) {
      expect(ref.family).toBe("env");
      expect(ref.file).toBe(path ?? ".env");
      // The span covers exactly the port as written.
      const written = lines[ref.line - 1]!.slice(ref.column - 1, ref.endColumn - 1);
      expect(written).toBe(ref.portEnd !== undefined ? `${ref.port}-${ref.portEnd}` : String(ref.port));
    }
  });
});

describe("envScanner problems", () => {
  const cases: Array<{ name: string; text: string; problems: Array<{ at: string; kind: string; message?: RegExp }> }> = [
    {
      name: "digits outside 1-65535 for a port variable",
      text: "API_PORT=80800\nWEB_PORT=\"99999\"\n",
      problems: [
        { at: "1:10-15", kind: "invalid-port", message: /API_PORT sets 80800/ },
        { at: "2:11-16", kind: "invalid-port", message: /WEB_PORT sets 99999/ },
      ],
    },
    {
      name: "a port in a URL above 65535",
      text: "API_URL=http://localhost:70000\n",
      problems: [{ at: "1:26-31", kind: "invalid-port" }],
    },
    {
      name: "a reversed range",
      text: "RTP_PORTS=9000-8000\n",
      problems: [{ at: "1:11-20", kind: "invalid-port" }],
    },
    {
      name: "placeholders, empty values and references are not problems",
      text: "API_PORT=abc\nWEB_PORT=\nDB_PORT=${DB_PORT}\nX_PORT=<your port>\n",
      problems: [],
    },
    {
      name: "syntax errors are reported where they are, and the next lines still count",
      text: "GOOD_PORT=1000\nBAD LINE\nlol$wut=1\nKEY=\"unterminated\nLATE_PORT=2000\n",
      problems: [
        { at: "2:1-9", kind: "parse-error", message: /key cannot contain a space/ },
        { at: "3:4-5", kind: "parse-error", message: /unexpected character "\$"/ },
        { at: "4:5-18", kind: "parse-error", message: /unterminated quoted value/ },
      ],
    },
  ];

  it.each(cases)("$name", ({ text, problems }) => {
    const result = scan(text);
    expect(
      result.problems.map((p) => ({ at: `${p.line}:${p.column}-${p.endColumn}`, kind: p.kind })),
    ).toEqual(problems.map(({ at, kind }) => ({ at, kind })));
    problems.forEach((p, i) => {
      if (p.message) expect(result.problems[i]!.message).toMatch(p.message);
      expect(result.problems[i]!.file).toBe(".env");
    });
  });

  it("keeps the refs of the lines around a syntax error", () => {
    const result = scan("GOOD_PORT=1000\nBAD LINE\nLATE_PORT=2000\n");
    expect(result.refs.map((r) => r.port)).toEqual([1000, 2000]);
  });
});

describe("envScanner definedVars", () => {
  it("lists every variable with its value and the position of its name", () => {
    const result = scan("# api\nexport API_PORT=8000\n  DEBUG=true # on\nINHERITED\nEMPTY=\n", ".env.example");
    expect(result.definedVars).toEqual([
      { name: "API_PORT", value: "8000", file: ".env.example", line: 2, column: 8, endLine: 2, endColumn: 16 },
      { name: "DEBUG", value: "true", file: ".env.example", line: 3, column: 3, endLine: 3, endColumn: 8 },
      { name: "INHERITED", value: "", file: ".env.example", line: 4, column: 1, endLine: 4, endColumn: 10 },
      { name: "EMPTY", value: "", file: ".env.example", line: 5, column: 1, endLine: 5, endColumn: 6 },
    ]);
  });

  it("gives expanded values", () => {
    const result = scan("HOST=localhost\nURL=http://${HOST}:8000\n");
    expect(result.definedVars!.map((v) => [v.name, v.value])).toEqual([
      ["HOST", "localhost"],
      ["URL", "http://localhost:8000"],
    ]);
  });
});

describe("parseDotenv positions", () => {
  const cases: Array<{ name: string; text: string; entries: Array<[string, string, string, string]> }> = [
    // [name, value, name span, value span]
    { name: "plain", text: "A=1\n", entries: [["A", "1", "1:1-1:2", "1:3-1:4"]] },
    { name: "export and blanks", text: "  export  B = two  # c\n", entries: [["B", "two", "1:11-1:12", "1:15-1:18"]] },
    { name: "double quotes exclude the quotes", text: 'C="x y"\n', entries: [["C", "x y", "1:1-1:2", "1:4-1:7"]] },
    { name: "escapes map raw text, not the value", text: 'D="a\\nb"\n', entries: [["D", "a\nb", "1:1-1:2", "1:4-1:8"]] },
    { name: "backquotes are quotes", text: "E=`$HOME`\n", entries: [["E", "$HOME", "1:1-1:2", "1:4-1:9"]] },
    { name: "multi-line value", text: "F='one\ntwo'\nG=3\n", entries: [["F", "one\ntwo", "1:1-1:2", "1:4-2:4"], ["G", "3", "3:1-3:2", "3:3-3:4"]] },
    { name: "CRLF", text: "H=1\r\nI=2\r\n", entries: [["H", "1", "1:1-1:2", "1:3-1:4"], ["I", "2", "2:1-2:2", "2:3-2:4"]] },
    { name: "byte order mark", text: "\uFEFFJ=1\n", entries: [["J", "1", "1:2-1:3", "1:4-1:5"]] },
    { name: "hash without a blank before it is part of the value", text: "K=a#b\n", entries: [["K", "a#b", "1:1-1:2", "1:3-1:6"]] },
    { name: "export alone names nothing", text: "export\nL=1\nexport \nexportM=2\n", entries: [["L", "1", "2:1-2:2", "2:3-2:4"], ["exportM", "2", "4:1-4:8", "4:9-4:10"]] },
  ];
  it.each(cases)("$name", ({ text, entries }) => {
    const doc = parseDotenv(text);
    expect(doc.problems).toEqual([]);
    const fmt = (s: { line: number; column: number; endLine: number; endColumn: number }) => `${s.line}:${s.column}-${s.endLine}:${s.endColumn}`;
    expect(doc.entries.map((e) => [e.name, e.value, fmt(e.nameSpan), fmt(e.valueSpan)])).toEqual(entries);
    for (const e of doc.entries) expect(text.slice(e.valueStart, e.valueStart + e.raw.length)).toBe(e.raw);
  });
});

describe("findValuePorts", () => {
  it("does not guess default ports of URLs without one", () => {
    expect(findValuePorts("https://example.com/x http://localhost/")).toEqual([]);
  });
  it("reads udp URLs as udp", () => {
    expect(findValuePorts("udp://127.0.0.1:8125")).toEqual([{ digits: "8125", start: 16, host: "127.0.0.1", protocol: "udp" }]);
  });
});

describe("envScanner robustness", () => {
  it("never throws on hostile input", () => {
    const inputs = ['"', "A='", "A=${", "A=${B:-${C", "\\", "=", ":", "export", "A=\"\\", "A=http://[", "A=http://x:${", "\u0000", "A=`x"];
    inputs.push("A=" + "${".repeat(200_000), "A=" + "${A:-".repeat(50_000) + "80" + "}".repeat(50_000), 'A="' + "\\\"".repeat(100_000));
    for (const text of inputs) {
      // The scanner's last-resort guard turns a crash into a "could not read" problem: there must be none.
      const result = scan(text);
      expect(result.problems.filter((p) => p.message.startsWith("could not read"))).toEqual([]);
    }
  });
});
