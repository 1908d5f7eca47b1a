// redis.conf / sentinel.conf scanner.

import { describe, expect, it } from "vitest";
import { redisScanner } from "../../../src/scan/scanners/config/redis.js";
import type { PortRef, ScanResult } from "../../../src/scan/types.js";

function scan(file: string, text: string): ScanResult {
  const result = redisScanner.scan(file, text);
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

describe("redis scanner", () => {
  it("reads the seed's redis.conf: port with the bind address written before it", () => {
    const text = "bind 127.0.0.1 ::1\nprotected-mode yes\nport 6379\ntimeout 0\ntcp-keepalive 300\n";
    const refs = scan("ops/redis/redis.conf", text).refs;
    expect(refs.map(brief)).toEqual(["3:6 listen/host 6379 host=127.0.0.1"]);
    expect(refs[0]!.name).toBe("redis");
  });

  it("uses a bind written after the port, and the widest address of several", () => {
    expect(scan("redis.conf", "port 6380\ntls-port 6390\nbind 127.0.0.1 -::1 0.0.0.0\n").refs.map(brief)).toEqual([
      "1:6 listen/host 6380 host=0.0.0.0",
      "2:10 listen/host 6390 host=0.0.0.0",
    ]);
  });

  it("leaves the host unset when nothing is bound explicitly", () => {
    expect(scan("redis-cache.conf", "port 6381\n").refs.map(brief)).toEqual(["1:6 listen/host 6381"]);
  });

  it("reads replicas and sentinel monitors as dials", () => {
    const text = "port 26379\nsentinel monitor cache 10.0.0.12 6379 2\nsentinel down-after-milliseconds cache 30000\n";
    expect(scan("sentinel.conf", text).refs.map(brief)).toEqual(["1:6 listen/host 26379", "2:34 dial/container 6379 via=10.0.0.12"]);
    expect(scan("redis.conf", "replicaof 127.0.0.1 6390\n").refs.map(brief)).toEqual(["1:21 dial/host 6390 via=127.0.0.1"]);
  });

  it("ignores comments, timeouts, `port 0` (TCP off) and numbers in other directives", () => {
    const text = "# port 6000\nport 0\ntimeout 3000\nmaxclients 10000\nrepl-timeout 60\nlatency-monitor-threshold 8000\n";
    expect(scan("redis.conf", text).refs).toEqual([]);
  });

  it("reads an nginx server block that happens to be called redis.conf as nginx", () => {
    const text = "upstream cache {\n  server 127.0.0.1:6379;\n}\nserver {\n  listen 127.0.0.1:16379;\n  proxy_pass cache;\n}\n";
    expect(scan("nginx/conf.d/redis.conf", text).refs.map(brief)).toEqual(["2:20 dial/host 6379 via=127.0.0.1", "5:20 listen/host 16379 host=127.0.0.1"]);
  });

  it.each(["redis.conf", "config/redis-6380.conf", "sentinel.conf", "valkey.conf", "templates/redis.conf.j2"])("reads %s", (file) =>
    expect(redisScanner.matches(file)).toBe(true),
  );
  it.each(["redis.yml", "src/redis.ts", "nginx.conf"])("leaves %s alone", (file) => expect(redisScanner.matches(file)).toBe(false));
});
