// Caddyfile scanner: site address ports, global ports, reverse_proxy upstreams.

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { caddyfileScanner } from "../../../src/scan/scanners/config/caddyfile.js";
import type { PortRef, ScanResult } from "../../../src/scan/types.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/config-scanners/caddy");

function scan(file: string, text: string): ScanResult {
  const result = caddyfileScanner.scan(file, text);
  const lines = text.split("\n");
  for (const ref of result.refs) expect(lines[ref.line - 1]!.slice(ref.column - 1, ref.endColumn - 1)).toBe(String(ref.port));
  return result;
}

function brief(ref: PortRef): string {
  const parts = [`${ref.line}:${ref.column} ${ref.kind}/${ref.side} ${ref.port}`];
  if (ref.host !== undefined) parts.push(`host=${ref.host}`);
  if (ref.meta?.dialHost !== undefined) parts.push(`via=${String(ref.meta.dialHost)}`);
  return parts.join(" ");
}

describe("Caddyfile scanner", () => {
  it("reads the seed's shared-host Caddyfile: matchers skipped, loopback upstreams", () => {
    const text = "pgsims.example.org {\n\treverse_proxy /api/* 127.0.0.1:8014\n\treverse_proxy 127.0.0.1:8082\n}\n\nlims.example.org, api.lims.example.org {\n\treverse_proxy 127.0.0.1:8012\n}\n";
    expect(scan("proxy/Caddyfile", text).refs.map(brief)).toEqual([
      "2:33 dial/host 8014 via=127.0.0.1",
      "3:26 dial/host 8082 via=127.0.0.1",
      "7:26 dial/host 8012 via=127.0.0.1",
    ]);
  });

  it("reads global options, site addresses, bind, proxy blocks and php_fastcgi", () => {
    const result = scan("Caddyfile", readFileSync(path.join(FIXTURES, "Caddyfile"), "utf8"));
    expect(result.problems).toEqual([]);
    expect(result.refs.map(brief)).toEqual([
      "2:18 listen/host 2020 host=127.0.0.1",
      "3:12 listen/host 8081 host=",
      "10:33 dial/host 8000 via=localhost",
      "10:48 dial/host 8001 via=127.0.0.1",
      "11:27 dial/container 3000 via=storefront",
      "18:2 listen/host 9180 host=127.0.0.1",
      "22:17 dial/container 4000 via=api",
      "22:36 dial/host 4443 via=::1",
      "28:29 listen/host 8088 host=",
      "30:24 dial/host 9000 via=127.0.0.1",
    ]);
    // The site's host name only matches requests; it is kept aside, not used as the bind address.
    expect(result.refs.find((r) => r.port === 8088)!.meta).toMatchObject({ siteHost: "intranet.example.org" });
    expect(result.refs.find((r) => r.port === 3000)!.name).toBe("storefront");
  });

  it("reads a single site without braces", () => {
    expect(scan("Caddyfile.dev", readFileSync(path.join(FIXTURES, "Caddyfile.dev"), "utf8")).refs.map(brief)).toEqual([
      "1:11 listen/host 8443 host=",
      "3:25 dial/host 5173 via=localhost",
    ]);
  });

  it("reads addresses continued over lines and port ranges of upstreams", () => {
    const text = "a.example.org:8443,\n  b.example.org:8444 {\n  reverse_proxy localhost:9001-9003\n}\n";
    const refs = scan("Caddyfile", text).refs;
    expect(refs.map(brief)).toEqual(["1:15 listen/host 8443 host=", "2:17 listen/host 8444 host=", "3:27 dial/host 9001 via=localhost"]);
    expect(refs[2]!.portEnd).toBe(9003);
  });

  it("ignores comments, strings of other directives, placeholders and durations", () => {
    const text = [
      "# :9999 {",
      "example.org {",
      "\t# reverse_proxy localhost:9998",
      '\trespond "localhost:9997" 200',
      "\treverse_proxy {$BACKEND} {http.request.host}:8080",
      "\treverse_proxy unix//run/app.sock",
      "\ttimeouts 3000ms",
      "}",
      "{$SITE_ADDRESS} {",
      "\tfile_server",
      "}",
    ].join("\n");
    const result = scan("Caddyfile", text);
    expect(result.refs).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it("skips every kind of whitespace (a word loop that stops where the skipper does not would never end)", () => {
    const text = "example.org\u2028{\n\treverse_proxy\u00a0localhost:8123\f\n}\n8080 {\n}\n";
    expect(scan("Caddyfile", text).refs.map(brief)).toEqual(["2:26 dial/host 8123 via=localhost"]);
  });

  it("never throws", () => {
    for (const text of ["{", "}", "}\n}\n{", "a {\n reverse_proxy", '"unterminated', "<<EOF\nx", ":80 {\n\treverse_proxy [::1\n}"]) {
      expect(() => caddyfileScanner.scan("Caddyfile", text)).not.toThrow();
    }
  });

  it.each(["Caddyfile", "proxy/Caddyfile", "Caddyfile.prod", "sites/app.caddyfile"])("reads %s", (file) =>
    expect(caddyfileScanner.matches(file)).toBe(true),
  );
  it.each(["caddy.json", "Caddyfile.json", "docs/caddyfile.md", "docs/Caddyfile.md", "caddy.yaml"])("leaves %s alone", (file) =>
    expect(caddyfileScanner.matches(file)).toBe(false),
  );
});
