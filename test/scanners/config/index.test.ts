// configScanners: which scanner claims which path (first match wins), and that the family leaves
// other families' files alone.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { configScanners } from "../../../src/scan/scanners/config/index.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/config-scanners");
const fixtureFiles = readdirSync(FIXTURES, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(FIXTURES, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));

const claim = (path: string) => configScanners.find((s) => s.matches(path))?.id;

describe("configScanners", () => {
  it("are config-family scanners with distinct ids", () => {
    expect(configScanners.every((s) => s.family === "config")).toBe(true);
    expect(new Set(configScanners.map((s) => s.id)).size).toBe(configScanners.length);
  });

  it.each([
    ["etc/systemd/system/api.service", "config/systemd"],
    ["etc/systemd/system/prometheus.service.d/claim-port.conf", "config/systemd"],
    ["deploy/api.socket", "config/systemd"],
    ["etc/haproxy/haproxy.cfg", "config/haproxy"],
    ["setup.cfg", "config/ini"],
    ["ops/redis/redis.conf", "config/redis"],
    ["etc/nginx/conf.d/redis.conf", "config/redis"],
    ["proxy/Caddyfile", "config/caddyfile"],
    ["traefik.yml", "config/traefik"],
    ["ops/prometheus/prometheus.yml", "config/prometheus"],
    ["Procfile", "config/procfile"],
    ["frontend/package.json", "config/package-json"],
    ["frontend/vite.config.ts", "config/dev-server"],
    ["ops/grafana/grafana.ini", "config/ini"],
    ["etc/mysql/my.cnf", "config/ini"],
    ["etc/supervisor/conf.d/app.conf", "config/ini"],
    ["docker/nginx/php-fpm/www.conf", "config/ini"],
    ["etc/php/8.3/fpm/pool.d/www.conf", "config/ini"],
    ["ops/nginx/sites-available/dsa110-contimg", "config/nginx"],
    ["etc/nginx/conf.d/default.conf", "config/nginx"],
    ["templates/site.conf.j2", "config/nginx"],
    ["k8s/deployment.yaml", "config/kubernetes"],
    ["deploy/app.conf", "config/conf"],
  ])("%s → %s", (path, id) => expect(claim(path)).toBe(id));

  it.each([
    "docker-compose.yml",
    "compose.yaml",
    "ports.yaml",
    ".env",
    ".env.example",
    "Dockerfile",
    "README.md",
    "docs/ports.md",
    "src/server.ts",
    "app/main.py",
    "scripts/start.sh",
    "Makefile",
    "vitest.config.ts",
    ".github/workflows/ci.yml",
    "fail2ban/filter.d/nginx-noscript.conf",
    "package-lock.json",
    "tsconfig.json",
  ])("leaves %s to other families", (path) => expect(claim(path)).toBeUndefined());
});

describe("config fixtures", () => {
  it("are all claimed by some config scanner", () => {
    expect(fixtureFiles.length).toBeGreaterThan(10);
    for (const file of fixtureFiles) expect(claim(file), file).toBeDefined();
  });

  it.each(fixtureFiles)("%s reads the same with CRLF line endings", (file) => {
    const scanner = configScanners.find((s) => s.matches(file))!;
    const text = readFileSync(path.join(FIXTURES, file), "utf8");
    const crlf = text.replace(/\r?\n/g, "\r\n");
    const spans = (t: string) => scanner.scan(file, t).refs.map((r) => `${r.line}:${r.column}-${r.endColumn} ${r.kind} ${r.port}`);
    const lf = spans(text);
    expect(lf.length, file).toBeGreaterThan(0);
    expect(spans(crlf)).toEqual(lf);
  });
});
