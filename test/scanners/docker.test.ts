// The Dockerfile scanner: EXPOSE, ENV/ARG port variables, and ports in CMD, ENTRYPOINT and
// HEALTHCHECK — each at the exact digits where the port is written.

import { describe, expect, it } from "vitest";
import { dockerScanner } from "../../src/scan/scanners/docker.js";
import type { PortRef } from "../../src/scan/types.js";

/** The fields a case pins down; absent fields are asserted absent too. */
function brief(ref: PortRef) {
  return {
    at: `${ref.line}:${ref.column}-${ref.endLine === ref.line ? "" : `${ref.endLine}:`}${ref.endColumn}`,
    kind: ref.kind,
    port: ref.portEnd !== undefined ? `${ref.port}-${ref.portEnd}` : ref.port,
    ...(ref.protocol !== "tcp" ? { protocol: ref.protocol } : {}),
    ...(ref.host !== undefined ? { host: ref.host } : {}),
    ...(ref.envVar !== undefined ? { envVar: ref.envVar } : {}),
    ...(ref.meta !== undefined ? { meta: ref.meta } : {}),
  };
}

const lines = (...text: string[]) => text.join("\n") + "\n";

describe("dockerScanner.matches", () => {
  const cases: Array<[string, boolean]> = [
    ["Dockerfile", true],
    ["services/api/Dockerfile", true],
    ["Dockerfile.dev", true],
    ["docker/Dockerfile.prod", true],
    ["api.Dockerfile", true],
    ["build/web.dockerfile", true],
    ["Containerfile", true],
    ["dockerfile", true],
    ["Dockerfile.md", false],
    ["Dockerfile.dockerignore", false],
    [".dockerignore", false],
    ["docs/Dockerfiles.md", false],
    ["DockerfileGenerator.ts", false],
  ];
  it.each(cases)("%s → %s", (path, expected) => {
    expect(dockerScanner.matches(path)).toBe(expected);
  });
});

describe("dockerScanner refs", () => {
  const cases: Array<{ name: string; text: string; refs: Array<ReturnType<typeof brief>> }> = [
    {
      name: "EXPOSE: several ports, ranges, protocols, any case",
      text: lines("FROM alpine", "EXPOSE 80 443/tcp 53/udp 8000-8010 9000/TCP", "expose 7000"),
      refs: [
        { at: "2:8-10", kind: "target", port: 80 },
        { at: "2:11-14", kind: "target", port: 443 },
        { at: "2:19-21", kind: "target", port: 53, protocol: "udp" },
        { at: "2:26-35", kind: "target", port: "8000-8010" },
        { at: "2:36-40", kind: "target", port: 9000 },
        { at: "3:8-12", kind: "target", port: 7000 },
      ],
    },
    {
      name: "EXPOSE through ARG and ENV defaults points at the default's digits",
      text: lines(
        "ARG APP_PORT=8000",
        "FROM python:3.12",
        "ARG APP_PORT",
        "ARG DEBUG_PORT=5678",
        "ENV GRPC=50051",
        "EXPOSE $APP_PORT ${DEBUG_PORT}/tcp ${GRPC} ${MISSING:-9000}/udp",
      ),
      refs: [
        { at: "1:14-18", kind: "assign", port: 8000, envVar: "APP_PORT" },
        { at: "4:16-20", kind: "assign", port: 5678, envVar: "DEBUG_PORT" },
        { at: "1:14-18", kind: "target", port: 8000, envVar: "APP_PORT" },
        { at: "4:16-20", kind: "target", port: 5678, envVar: "DEBUG_PORT" },
        { at: "5:10-15", kind: "target", port: 50051, envVar: "GRPC" },
        { at: "6:55-59", kind: "target", port: 9000, protocol: "udp", envVar: "MISSING", meta: { fromDefault: true } },
      ],
    },
    {
      name: "ENV wins over ARG of the same name; a stage does not see another stage's ARG",
      text: lines(
        "FROM node:20 AS build",
        "ARG PORT=3000",
        "ENV PORT=3001",
        "EXPOSE $PORT",
        "FROM nginx",
        "EXPOSE $PORT",
      ),
      refs: [
        { at: "2:10-14", kind: "assign", port: 3000, envVar: "PORT" },
        { at: "3:10-14", kind: "assign", port: 3001, envVar: "PORT" },
        { at: "3:10-14", kind: "target", port: 3001, envVar: "PORT" },
      ],
    },
    {
      name: "a stage built on another inherits its ENV",
      text: lines("FROM node:20 AS base", "ENV WEB_PORT=4000", "FROM base AS dev", "EXPOSE $WEB_PORT"),
      refs: [
        { at: "2:14-18", kind: "assign", port: 4000, envVar: "WEB_PORT" },
        { at: "2:14-18", kind: "target", port: 4000, envVar: "WEB_PORT" },
      ],
    },
    {
      name: "ENV and ARG forms",
      text: lines(
        "FROM alpine",
        "ENV PORT=3000",
        "ENV API_PORT 8000",
        'ENV A=1 WEB_PORT="8080" B=two',
        "ENV ADMIN_PORT=${ADMIN_PORT:-9000}",
        "ARG METRICS_PORT=9100",
        "ENV ASPNETCORE_HTTP_PORTS=7070;7071",
      ),
      refs: [
        { at: "2:10-14", kind: "assign", port: 3000, envVar: "PORT" },
        { at: "3:14-18", kind: "assign", port: 8000, envVar: "API_PORT" },
        { at: "4:19-23", kind: "assign", port: 8080, envVar: "WEB_PORT" },
        { at: "5:30-34", kind: "assign", port: 9000, envVar: "ADMIN_PORT", meta: { fromDefault: true } },
        { at: "6:18-22", kind: "assign", port: 9100, envVar: "METRICS_PORT" },
        { at: "7:27-31", kind: "assign", port: 7070, envVar: "ASPNETCORE_HTTP_PORTS" },
        { at: "7:32-36", kind: "assign", port: 7071, envVar: "ASPNETCORE_HTTP_PORTS" },
      ],
    },
    {
      name: "CMD exec form: --host and --port",
      text: lines("FROM python:3.12", 'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]'),
      refs: [{ at: "2:65-69", kind: "listen", port: 8000, host: "0.0.0.0" }],
    },
    {
      name: "CMD shell form: --port=, -p, --bind, -b :port, runserver",
      text: lines(
        "FROM python:3.12",
        "CMD flask run --host=0.0.0.0 --port=5000",
        "CMD next start -p 3000",
        "CMD gunicorn --bind 127.0.0.1:8001 app:app",
        "ENTRYPOINT gunicorn -w 4 -b :8002 app:app",
        'CMD ["python", "manage.py", "runserver", "0.0.0.0:8003"]',
        'CMD ["php", "-S", "127.0.0.1:8004", "-t", "public"]',
      ),
      refs: [
        { at: "2:37-41", kind: "listen", port: 5000, host: "0.0.0.0" },
        { at: "3:19-23", kind: "listen", port: 3000 },
        { at: "4:31-35", kind: "listen", port: 8001, host: "127.0.0.1" },
        { at: "5:30-34", kind: "listen", port: 8002, host: "" },
        { at: "6:51-55", kind: "listen", port: 8003, host: "0.0.0.0" },
        { at: "7:30-34", kind: "listen", port: 8004, host: "127.0.0.1" },
      ],
    },
    {
      name: "runtime variables in CMD: an inline default is where the port is written",
      text: lines("FROM node:20", "CMD node server.js --port ${PORT:-3000}", 'CMD ["sh", "-c", "serve -l ${UI_PORT:-5000} --port $UNSET"]'),
      refs: [{ at: "2:35-39", kind: "listen", port: 3000, envVar: "PORT", meta: { fromDefault: true } }],
    },
    {
      name: "sh -c inside exec form, Java system properties and debugger agents",
      text: lines(
        "FROM eclipse-temurin:21",
        'CMD ["bash", "-c", "exec app --http-port=0.0.0.0:3000 --redis=${REDIS}"]',
        'CMD ["java", "-Dserver.address=0.0.0.0", "-Dserver.port=8090", "-jar", "app.jar"]',
        'ENV JAVA_OPTS="-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005"',
      ),
      refs: [
        { at: "2:50-54", kind: "listen", port: 3000, host: "0.0.0.0" },
        { at: "3:57-61", kind: "listen", port: 8090, host: "0.0.0.0" },
        { at: "4:80-84", kind: "listen", port: 5005, host: "*", envVar: "JAVA_OPTS", meta: { debugger: "jdwp" } },
      ],
    },
    {
      name: "HEALTHCHECK: URLs and client ports are dialled",
      text: lines(
        "FROM nginx",
        "HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost:8080/health || exit 1",
        'HEALTHCHECK CMD ["redis-cli", "-h", "127.0.0.1", "-p", "6379", "ping"]',
        "HEALTHCHECK CMD nc -z localhost 5432",
        "HEALTHCHECK NONE",
      ),
      refs: [
        { at: "2:72-76", kind: "dial", port: 8080, meta: { dialHost: "localhost" } },
        { at: "3:57-61", kind: "dial", port: 6379, meta: { dialHost: "127.0.0.1" } },
        { at: "4:33-37", kind: "dial", port: 5432, meta: { dialHost: "localhost" } },
      ],
    },
    {
      name: "URLs and addresses in ENV values are dialled",
      text: lines("FROM node:20", "ENV API_URL=http://api:4000/v1 CACHE=localhost:6379"),
      refs: [
        { at: "2:24-28", kind: "dial", port: 4000, envVar: "API_URL", meta: { dialHost: "api" } },
        { at: "2:48-52", kind: "dial", port: 6379, envVar: "CACHE", meta: { dialHost: "localhost" } },
      ],
    },
    {
      name: "line continuations, comment lines inside them, CRLF",
      text: "FROM alpine\r\nEXPOSE 80 \\\r\n# the admin port\r\n       8081 \\\r\n\r\n  9090\r\nCMD server \\\r\n  --port 7000\r\n",
      refs: [
        { at: "2:8-10", kind: "target", port: 80 },
        { at: "4:8-12", kind: "target", port: 8081 },
        { at: "6:3-7", kind: "target", port: 9090 },
        { at: "8:10-14", kind: "listen", port: 7000 },
      ],
    },
    {
      name: "the escape directive switches continuations to backticks",
      text: lines("# escape=`", "FROM mcr.microsoft.com/windows/servercore", "EXPOSE 80 `", "  443", "WORKDIR C:\\app"),
      refs: [
        { at: "3:8-10", kind: "target", port: 80 },
        { at: "4:3-6", kind: "target", port: 443 },
      ],
    },
    {
      name: "heredoc bodies are skipped",
      text: lines(
        "# syntax=docker/dockerfile:1",
        "FROM alpine",
        "RUN <<EOF",
        "EXPOSE 1111",
        "echo --port 2222",
        "EOF",
        "COPY <<-CONF /etc/app.conf",
        "\tEXPOSE 3333",
        "\tCONF",
        "EXPOSE 4444",
      ),
      refs: [{ at: "10:8-12", kind: "target", port: 4444 }],
    },
    {
      name: "not ports",
      text: lines(
        "FROM alpine",
        "RUN mkdir -p /srv && curl -fsSL http://localhost:8000/install.sh | sh",
        "ENV TIMEOUT=3000 GEVENT_SUPPORT=True TRANSPORT=8000 PORT_RANGE=8000",
        "ENV HOME_URL=https://example.com/",
        "EXPOSE $UNDEFINED",
        "ONBUILD EXPOSE 6000",
        'CMD ["sleep", "3000"]',
        "CMD mkdir -p 3000 && tar -xf a.tar",
        "ENV PORT=0",
        "# EXPOSE 9999",
      ),
      refs: [],
    },
  ];

  it.each(cases)("$name", ({ text, refs }) => {
    const result = dockerScanner.scan("Dockerfile", text);
    expect(result.problems).toEqual([]);
    expect(result.refs.map(brief)).toEqual(refs);
    const source = text.split(/\r?\n/);
    for (const ref of result.refs) {
      expect(ref.family).toBe("docker");
      expect(ref.side).toBe("container");
      expect(ref.file).toBe("Dockerfile");
      const written = source[ref.line - 1]!.slice(ref.column - 1, ref.endColumn - 1);
      expect(written).toBe(ref.portEnd !== undefined ? `${ref.port}-${ref.portEnd}` : String(ref.port));
    }
  });
});

describe("dockerScanner problems", () => {
  const cases: Array<{ name: string; text: string; problems: Array<{ at: string; message: RegExp }> }> = [
    {
      name: "EXPOSE outside 1-65535, reversed ranges, junk, unknown protocols",
      text: lines("FROM alpine", "EXPOSE 80800 9000-8000 abc 80/http 8080"),
      problems: [
        { at: "2:8-13", message: /80800 is not a valid port/ },
        { at: "2:14-23", message: /9000-8000 is not a valid port/ },
        { at: "2:24-27", message: /EXPOSE abc is not a port/ },
        { at: "2:28-35", message: /unknown protocol http/ },
      ],
    },
    {
      name: "a port variable set beyond 65535",
      text: lines("FROM alpine", "ENV API_PORT=70000"),
      problems: [{ at: "2:14-19", message: /70000 is not a valid port/ }],
    },
    {
      name: "a flag value beyond 65535",
      text: lines("FROM alpine", 'CMD ["server", "--port", "99999"]'),
      problems: [{ at: "2:27-32", message: /99999 is not a valid port/ }],
    },
  ];
  it.each(cases)("$name", ({ text, problems }) => {
    const result = dockerScanner.scan("Dockerfile", text);
    expect(result.problems.map((p) => `${p.line}:${p.column}-${p.endColumn}`)).toEqual(problems.map((p) => p.at));
    problems.forEach((p, i) => {
      expect(result.problems[i]!.kind).toBe("invalid-port");
      expect(result.problems[i]!.message).toMatch(p.message);
    });
  });

  it("keeps the valid ports of a line with an invalid one", () => {
    const result = dockerScanner.scan("Dockerfile", lines("FROM alpine", "EXPOSE 80800 8080"));
    expect(result.refs.map((r) => r.port)).toEqual([8080]);
  });

  it("never throws on hostile input", () => {
    const inputs = [
      "",
      "\\",
      "EXPOSE",
      "EXPOSE ${",
      "EXPOSE ${A:-${B:-",
      'CMD ["unterminated',
      'CMD ["a", ',
      "RUN <<EOF",
      "ENV",
      "ENV =",
      "ARG =1",
      "HEALTHCHECK CMD",
      "FROM",
      "# escape=`\nEXPOSE 80 `",
      'CMD ["\\u12"]',
      "CMD sh -c",
      "\uFEFFEXPOSE 80",
      "FROM a\nEXPOSE " + "${".repeat(200_000),
      "FROM a\nEXPOSE " + "${A:-".repeat(50_000) + "80" + "}".repeat(50_000),
      "FROM a\n" + "RUN <<EOF\n".repeat(20_000),
    ];
    for (const text of inputs) {
      // The scanner's last-resort guard turns a crash into a "could not read" problem: there must be none.
      const result = dockerScanner.scan("Dockerfile", text);
      expect(result.problems.filter((p) => p.message.startsWith("could not read"))).toEqual([]);
    }
  });

  it("reads an unterminated heredoc as ordinary lines", () => {
    const result = dockerScanner.scan("Dockerfile", lines("FROM alpine", "RUN cat <<EOF", "EXPOSE 8080"));
    expect(result.refs.map(brief)).toEqual([{ at: "3:8-12", kind: "target", port: 8080 }]);
  });
});
