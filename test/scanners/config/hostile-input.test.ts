// Every config scanner survives hostile input: it returns (refs and problems), never throws,
// and its reading stays linear on long lines and deep nesting (a quadratic reader would not
// finish these inputs within the test run).

import { describe, expect, it } from "vitest";
import { configScanners } from "../../../src/scan/scanners/config/index.js";

const PATHS: Record<string, string> = {
  "config/systemd": "api.service",
  "config/haproxy": "haproxy.cfg",
  "config/redis": "redis.conf",
  "config/caddyfile": "Caddyfile",
  "config/traefik": "traefik.toml",
  "config/prometheus": "prometheus.yml",
  "config/procfile": "Procfile",
  "config/package-json": "package.json",
  "config/dev-server": "vite.config.ts",
  "config/ini": "app.ini",
  "config/nginx": "nginx.conf",
  "config/kubernetes": "deploy.yaml",
  "config/conf": "site.conf",
};

/** A deterministic byte soup biased towards the characters parsers care about. */
function soup(seed: number, length: number): string {
  const alphabet = "{}[]()\"'`$:;,=#/\\\n\t -*@<>|&%.0123456789abcxyz";
  let state = seed;
  let out = "";
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    out += alphabet[state % alphabet.length];
  }
  return out;
}

const N = 200_000;
const HOSTILE: Array<[string, string]> = [
  ["one long word", "a".repeat(N)],
  ["a long word ending in a scheme separator", "x".repeat(N) + "://h:80"],
  ["many scheme separators", "a://".repeat(N / 4)],
  ["unclosed placeholders", "${".repeat(N / 2)],
  ["unclosed template tags", "{{ {% ".repeat(N / 6)],
  ["deep braces", "{".repeat(N / 4) + "}".repeat(N / 4)],
  ["deep brackets", "[".repeat(N / 4)],
  ["quotes", '"'.repeat(N / 2) + "'".repeat(N / 2)],
  ["key = value runs", "k=".repeat(N / 2)],
  ["inline table runs", "a = {" + "b=,".repeat(N / 3)],
  ["port flags", "--port ".repeat(N / 7)],
  ["heredocs", "<<EOF\nx\nEOF\n".repeat(N / 12)],
  ["nested properties", "export default {" + "server:{proxy:{target:'x',".repeat(N / 30)],
  ["alias bomb", "apiVersion: v1\nkind: Pod\na: &a [x, x, x, x, x, x, x, x]\n" + Array.from({ length: 12 }, (_, i) => `b${i}: &b${i} [${Array(8).fill(i ? `*b${i - 1}` : "*a").join(", ")}]`).join("\n")],
  ["soup 1", soup(1, 50_000)],
  ["soup 2", soup(2, 50_000)],
  ["soup 3", soup(3, 50_000)],
  ["NUL and lone surrogates", "\u0000\ud800listen 80;\udc00 --port 1 \u2028"],
];

describe("config scanners on hostile input", () => {
  it("has a path for every scanner", () => {
    for (const scanner of configScanners) {
      expect(PATHS[scanner.id], scanner.id).toBeDefined();
      expect(scanner.matches(PATHS[scanner.id]!), scanner.id).toBe(true);
    }
  });

  for (const [label, text] of HOSTILE) {
    it(`survives ${label}`, () => {
      for (const scanner of configScanners) {
        const result = scanner.scan(PATHS[scanner.id]!, text);
        expect(Array.isArray(result.refs), scanner.id).toBe(true);
        expect(Array.isArray(result.problems), scanner.id).toBe(true);
        for (const ref of result.refs) {
          expect(ref.port, scanner.id).toBeGreaterThanOrEqual(1);
          expect(ref.port, scanner.id).toBeLessThanOrEqual(65535);
          expect(ref.line, scanner.id).toBeGreaterThanOrEqual(1);
          expect(ref.endColumn, scanner.id).toBeGreaterThan(ref.column);
        }
      }
    });
  }
});
