// nginx scanner: listen addresses, upstream dials, templates, comments, and what is not a port.

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { nginxScanner, sniffedConfScanner } from "../../../src/scan/scanners/config/nginx.js";
import type { PortRef, Scanner, ScanResult } from "../../../src/scan/types.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/config-scanners/nginx");

/** Scans and checks that every ref's span covers exactly its port digits. */
function scan(scanner: Scanner, file: string, text: string): ScanResult {
  const result = scanner.scan(file, text);
  const lines = text.split("\n");
  for (const ref of result.refs) {
    expect(ref.endLine).toBe(ref.line);
    expect(lines[ref.line - 1]!.slice(ref.column - 1, ref.endColumn - 1)).toBe(String(ref.port));
    expect(ref.file).toBe(file);
    expect(ref.family).toBe("config");
  }
  return result;
}

function brief(ref: PortRef): string {
  const host = ref.host !== undefined ? ` host=${ref.host}` : "";
  const dial = ref.meta?.dialHost !== undefined ? ` via=${String(ref.meta.dialHost)}` : "";
  const proto = ref.protocol !== "tcp" ? `/${ref.protocol}` : "";
  return `${ref.line}:${ref.column} ${ref.kind}/${ref.side} ${ref.port}${proto}${host}${dial}`;
}

const briefs = (scanner: Scanner, file: string, text: string) => scan(scanner, file, text).refs.map(brief);

describe("nginx scanner: listen", () => {
  it("reads every listen form with the address as written", () => {
    const text = [
      "server {",
      "    listen 80;",
      "    listen [::]:80;",
      "    listen 127.0.0.1:8080 ssl;",
      "    listen 443 ssl http2 default_server;",
      "    listen *:8000;",
      "    listen localhost:9000;",
      "    listen 53 udp;",
      "}",
    ].join("\n");
    expect(briefs(nginxScanner, "nginx/nginx.conf", text)).toEqual([
      "2:12 listen/host 80 host=",
      "3:17 listen/host 80 host=::",
      "4:22 listen/host 8080 host=127.0.0.1",
      "5:12 listen/host 443 host=",
      "6:14 listen/host 8000 host=*",
      "7:22 listen/host 9000 host=localhost",
      "8:12 listen/host 53/udp host=",
    ]);
  });

  it("skips unix sockets, an address without a port, and variables", () => {
    const text = "server {\n  listen unix:/run/app.sock;\n  listen 127.0.0.1;\n  listen ${PORT};\n  listen $port;\n}\n";
    expect(briefs(nginxScanner, "nginx.conf", text)).toEqual([]);
  });

  it("reports a port above 65535 as invalid-port, not as a ref", () => {
    const result = scan(nginxScanner, "nginx.conf", "server {\n  listen 70000;\n}\n");
    expect(result.refs).toEqual([]);
    expect(result.problems).toMatchObject([{ kind: "invalid-port", line: 2, column: 10, endColumn: 15 }]);
  });
});

describe("nginx scanner: dials", () => {
  it("reads proxy_pass, upstream servers and fastcgi_pass; loopback is host side, service names container side", () => {
    const text = [
      "upstream app {",
      "  server 127.0.0.1:8000 weight=2;",
      "  server backend:8001;",
      "  server unix:/tmp/app.sock;",
      "  server plain-name;",
      "}",
      "server {",
      "  location / { proxy_pass http://127.0.0.1:8013; }",
      "  location /b { proxy_pass http://backend:8000/; }",
      "  location /c { proxy_pass http://app; }",
      "  location /d { fastcgi_pass php:9000; }",
      "  location /e { grpc_pass grpc://[::1]:50051; }",
      "  location /f { proxy_pass https://host.docker.internal:3000/x; }",
      "}",
    ].join("\n");
    const refs = scan(nginxScanner, "sites-enabled/app", text).refs;
    expect(refs.map(brief)).toEqual([
      "2:20 dial/host 8000 via=127.0.0.1",
      "3:18 dial/container 8001 via=backend",
      "8:44 dial/host 8013 via=127.0.0.1",
      "9:43 dial/container 8000 via=backend",
      "11:34 dial/container 9000 via=php",
      "12:40 dial/host 50051 via=::1",
      "13:57 dial/host 3000 via=host.docker.internal",
    ]);
    // A compose service name attributes the dial; a loopback address names nothing.
    expect(refs[1]!.name).toBe("backend");
    expect(refs[0]!.name).toBeUndefined();
  });

  it("does not treat a `server` block or server_name as an upstream", () => {
    const text = "server {\n  server_name example.com:8080;\n}\nhttp { server { listen 81; } }\n";
    expect(briefs(nginxScanner, "nginx.conf", text)).toEqual(["4:24 listen/host 81 host="]);
  });
});

describe("nginx scanner: what is not a port", () => {
  it("ignores comments, strings passed to other directives, timeouts and sizes", () => {
    const text = [
      "# listen 8080;",
      "server {",
      "  listen 80; # was listen 8080;",
      "  keepalive_timeout 3000;",
      "  proxy_read_timeout 600;",
      "  client_max_body_size 1000m;",
      '  add_header X-Note "proxy_pass http://127.0.0.1:9999;";',
      "  return 301 https://$host:8443$request_uri;",
      "  error_page 404 403 @error;",
      "}",
    ].join("\n");
    expect(briefs(nginxScanner, "nginx.conf", text)).toEqual(["3:10 listen/host 80 host="]);
  });

  it("reads Jinja and envsubst templates without mistaking placeholders for blocks", () => {
    const text = readFileSync(path.join(FIXTURES, "shop.conf.j2"), "utf8");
    const result = scan(nginxScanner, "deploy/shop.conf.j2", text);
    expect(result.problems).toEqual([]);
    expect(result.refs.map(brief)).toEqual([
      "3:20 dial/host 7310 via=127.0.0.1",
      "8:10 listen/host 80 host=",
      "9:15 listen/host 80 host=::",
      "16:10 listen/host 443 host=",
      "18:20 listen/host 8088 host=127.0.0.1",
      "27:30 dial/container 7700 via=search",
      "31:26 dial/container 9000 via=php-fpm",
    ]);

    const envsubst = readFileSync(path.join(FIXTURES, "default.conf.template"), "utf8");
    expect(briefs(nginxScanner, "templates/default.conf.template", envsubst)).toEqual([
      "3:12 listen/host 8443/udp host=",
      "5:39 dial/container 8000 via=${API_HOST}",
    ]);
  });

  it("reports an unbalanced brace as a parse error and still returns what it read", () => {
    const text = readFileSync(path.join(FIXTURES, "broken.conf"), "utf8");
    const result = scan(nginxScanner, "conf.d/broken.conf", text);
    expect(result.refs.map(brief)).toEqual(["2:12 listen/host 8081 host=", "4:37 dial/host 5005 via=localhost"]);
    expect(result.problems).toMatchObject([{ kind: "parse-error", line: 7, column: 1 }]);

    const unclosed = scan(nginxScanner, "nginx.conf", "http {\n  server {\n    listen 80;\n");
    expect(unclosed.problems).toMatchObject([{ kind: "parse-error", line: 2, column: 10 }]);
  });

  it("skips Lua blocks and reads ports followed by nginx variables", () => {
    const text = [
      "server {",
      "  listen 8085;",
      "  content_by_lua_block {",
      '    local t = { "}", [[ { ]] } -- listen 9999;',
      '    ngx.say("proxy_pass http://127.0.0.1:9998;")',
      "  }",
      "  location / { proxy_pass http://127.0.0.1:8086$request_uri; }",
      "  location /u { proxy_pass http://unix:/run/app.sock:/; }",
      "}",
    ].join("\n");
    const result = scan(nginxScanner, "nginx.conf", text);
    expect(result.problems).toEqual([]);
    expect(result.refs.map(brief)).toEqual(["2:10 listen/host 8085 host=", "7:44 dial/host 8086 via=127.0.0.1"]);
  });

  it("never throws on arbitrary bytes", () => {
    for (const text of ["{{{{", "}}}};;;", '"unterminated', "listen", "{% if %}{{ x", "\u0000\uffff listen 80"]) {
      expect(() => nginxScanner.scan("nginx.conf", text)).not.toThrow();
    }
  });

  it("hands php-fpm pools that sit in nginx folders to the INI reader", () => {
    const pool = "[global]\ndaemonize = no\n\n[www]\nlisten = 127.0.0.1:9000\nlisten.backlog = 511\npm.max_children = 5\n";
    expect(briefs(nginxScanner, "docker/nginx/www.conf", pool)).toEqual(["5:20 listen/host 9000 host=127.0.0.1"]);
  });
});

describe("nginx scanner: which files", () => {
  it.each([
    "nginx.conf",
    "deploy/nginx/nginx.conf",
    "etc/nginx/sites-available/myapp",
    "etc/nginx/sites-enabled/default",
    "etc/nginx/conf.d/api.conf",
    "docker/nginx/default.conf.template",
    "ansible/templates/site.conf.j2",
    "proxy/app.nginx",
    ".nginx/nginx.conf",
    "nginx-site.conf",
  ])("reads %s", (file) => expect(nginxScanner.matches(file)).toBe(true));

  it.each([
    "fail2ban/filter.d/nginx-http-auth.conf",
    "etc/fail2ban/jail.d/nginx.conf",
    "nginx/mime.types",
    "src/nginx.ts",
    "docs/nginx.md",
    "app.conf",
    "etc/nginx/sites-available/README.md",
    "etc/nginx/sites-enabled/default.bak",
  ])("leaves %s alone", (file) => expect(nginxScanner.matches(file)).toBe(false));

  it("reads a stray *.conf only when its text looks like nginx or INI", () => {
    expect(briefs(sniffedConfScanner, "deploy/site.conf", "server {\n  listen 8090;\n  root /srv;\n}\n")).toEqual([
      "2:10 listen/host 8090 host=",
    ]);
    // A fail2ban-like or free-form file says nothing.
    expect(briefs(sniffedConfScanner, "app/thing.conf", "listen 8090\nport 22\n")).toEqual([]);
  });
});
