import { describe, expect, it } from "vitest";
import { decodeProcAddress, formatIPv6, parseProcNet } from "../../src/runtime/proc-net.js";

// Captured from a little-endian Linux host with node listening on 127.0.0.1, 0.0.0.0, ::1, ::,
// ::ffff:127.0.0.1 (TCP) and on 127.0.0.1 and ::1 (UDP).
const TCP4 = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:B4DB 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 39253 1 000000005ec1b9c9 100 0 0 10 0
   1: 00000000:A78F 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 39256 1 00000000aa23c410 100 0 0 10 0
   2: 0100007F:1F40 0100007F:C350 01 00000000:00000000 00:00000000 00000000     0        0 0 1 0000000000000000 20 4 30 10 -1
   3: 0A00A8C0:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 41000 1 00000000aa23c411 100 0 0 10 0
`;
const TCP6 = `  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0000000000000000FFFF00000100007F:AEA1 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 39257 1 000000009e8304c3 100 0 0 10 0
   1: 00000000000000000000000001000000:B589 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 39254 1 00000000bd8b2327 100 0 0 10 0
   2: 00000000000000000000000000000000:894D 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 39255 1 0000000047796509 100 0 0 10 0
   3: 000080FE000000000200010004000300:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 39260 1 0000000047796500 100 0 0 10 0
`;
const UDP4 = `   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops
 1785: 0100007F:8D5D 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 39259 2 0000000039e5a0b9 0
 1786: 0F02000A:D431 08080808:0035 01 00000000:00000000 00:00000000 00000000     0        0 39300 2 0000000039e5a0ba 0
`;
const UDP6 = `  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops
15199: 00000000000000000000000001000000:81C3 00000000000000000000000000000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 39258 2 00000000c565d396 0
`;

describe("parseProcNet", () => {
  it("reads IPv4 TCP listeners: address bytes reversed (little-endian), port as plain hex", () => {
    expect(parseProcNet(TCP4, "tcp", 4)).toEqual([
      { protocol: "tcp", family: 4, address: "127.0.0.1", port: 46299, state: 10, uid: 0, inode: 39253 },
      { protocol: "tcp", family: 4, address: "0.0.0.0", port: 42895, state: 10, uid: 1000, inode: 39256 },
      { protocol: "tcp", family: 4, address: "192.168.0.10", port: 22, state: 10, uid: 0, inode: 41000 },
    ]);
  });

  it("skips established connections and the header", () => {
    expect(parseProcNet(TCP4, "tcp", 4).map((s) => s.port)).not.toContain(8000);
  });

  it("reads IPv6 listeners word by word: loopback, wildcard, v4-mapped, link-local", () => {
    const sockets = parseProcNet(TCP6, "tcp", 6);
    expect(sockets.map((s) => [s.address, s.port, s.inode])).toEqual([
      ["::ffff:127.0.0.1", 44705, 39257],
      ["::1", 46473, 39254],
      ["::", 35149, 39255],
      ["fe80::1:2:3:4", 8080, 39260],
    ]);
  });

  it("takes UDP sockets bound and unconnected, not ones connected to a peer", () => {
    expect(parseProcNet(UDP4, "udp", 4)).toEqual([{ protocol: "udp", family: 4, address: "127.0.0.1", port: 36189, state: 7, uid: 0, inode: 39259 }]);
    expect(parseProcNet(UDP6, "udp", 6).map((s) => [s.address, s.port])).toEqual([["::1", 33219]]);
  });

  it("decodes text written by a big-endian host", () => {
    const bigEndian = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 7F000001:1F40 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 500 1 0 100 0 0 10 0
`;
    expect(parseProcNet(bigEndian, "tcp", 4, "BE").map((s) => [s.address, s.port])).toEqual([["127.0.0.1", 8000]]);
    expect(parseProcNet(bigEndian, "tcp", 4, "LE").map((s) => s.address)).toEqual(["1.0.0.127"]);
  });

  it("skips lines that do not parse instead of failing", () => {
    const text = "garbage\n   0: XYZ:1F40 00000000:0000 0A 0 0 0 0 0 1\n   1: 0100007F:ZZZZ 00000000:0000 0A 0 0 0 0 0 2\n\n";
    expect(parseProcNet(text, "tcp", 4)).toEqual([]);
    expect(parseProcNet(TCP6, "tcp", 4)).toEqual([]);
  });
});

describe("decodeProcAddress / formatIPv6", () => {
  it("decodes per 32-bit word in host byte order", () => {
    expect(decodeProcAddress("0100007F")).toBe("127.0.0.1");
    expect(decodeProcAddress("00000000")).toBe("0.0.0.0");
    expect(decodeProcAddress("00000000000000000000000001000000")).toBe("::1");
    expect(decodeProcAddress("00000000000000000000000000000001", "BE")).toBe("::1");
    expect(decodeProcAddress("B80D0120000000000000000001000000")).toBe("2001:db8::1");
    expect(decodeProcAddress("0000000000000000FFFF00000100007F")).toBe("::ffff:127.0.0.1");
    expect(decodeProcAddress("12345")).toBeUndefined();
  });

  it("compresses the longest zero run only, lowercase, RFC 5952", () => {
    const bytes = (groups: number[]) => groups.flatMap((g) => [g >> 8, g & 0xff]);
    expect(formatIPv6(bytes([0x2001, 0xdb8, 0, 0, 1, 0, 0, 0]))).toBe("2001:db8:0:0:1::");
    expect(formatIPv6(bytes([0x2001, 0xdb8, 0, 1, 1, 1, 1, 1]))).toBe("2001:db8:0:1:1:1:1:1");
    expect(formatIPv6(bytes([0, 0, 0, 0, 0, 0, 0, 0]))).toBe("::");
    expect(formatIPv6(bytes([0xfe80, 0, 0, 0, 0xabcd, 0, 0, 1]))).toBe("fe80::abcd:0:0:1");
  });
});
