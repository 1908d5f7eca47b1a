import { describe, expect, it } from "vitest";
import { decodeUtf8, looksBinary } from "../../src/engine/text.js";
import { classifyHost, hostsOverlap } from "../../src/engine/hosts.js";

describe("text decoding", () => {
  it("decodes valid UTF-8, including non-ASCII", () => {
    expect(decodeUtf8(Buffer.from("port: 8000 — ok ✓\n"))).toEqual({ ok: true, text: "port: 8000 — ok ✓\n" });
  });
  it("locates the first invalid byte", () => {
    const bytes = Buffer.concat([Buffer.from("a: 1\nbb: "), Buffer.from([0xff, 0x41]), Buffer.from("\n")]);
    expect(decodeUtf8(bytes)).toEqual({ ok: false, line: 2, column: 5 });
  });
  it("rejects truncated multi-byte sequences", () => {
    expect(decodeUtf8(Buffer.from([0x61, 0xe2, 0x82]))).toMatchObject({ ok: false, line: 1, column: 2 });
  });
  it("sniffs binary files by a NUL byte in the first 8 KiB only", () => {
    expect(looksBinary(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]))).toBe(true);
    expect(looksBinary(Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.from([0])]))).toBe(false);
  });
});

describe("bind addresses", () => {
  it.each([
    ["", "all"],
    ["0.0.0.0", "all"],
    ["::", "all"],
    ["[::]", "all"],
    ["*", "all"],
    ["127.0.0.1", "loopback"],
    ["127.0.1.1", "loopback"],
    ["[::1]", "loopback"],
    ["localhost", "loopback"],
    ["app.localhost", "loopback"],
    ["10.0.0.5", "private"],
    ["172.20.1.1", "private"],
    ["172.32.1.1", "other"],
    ["192.168.1.10", "private"],
    ["fd12:3456::1", "private"],
    ["203.0.113.7", "other"],
  ])("%j is %s", (host, expected) => {
    expect(classifyHost(host)).toBe(expected);
  });
  it("all interfaces overlap every address; distinct addresses do not", () => {
    expect(hostsOverlap("", "127.0.0.1")).toBe(true);
    expect(hostsOverlap("127.0.0.1", "127.0.0.1")).toBe(true);
    expect(hostsOverlap("127.0.0.1", "127.0.0.2")).toBe(false);
    expect(hostsOverlap("[::1]", "::1")).toBe(true);
  });
});
