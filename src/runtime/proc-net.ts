// Parsing /proc/net/{tcp,tcp6,udp,udp6}: the kernel's socket tables as text. Pure functions, so the
// tricky part (hex addresses written in host byte order) is tested on captured text.

import type { SocketProtocol } from "./types.js";

export type Endianness = "LE" | "BE";

export interface ProcSocket {
  protocol: SocketProtocol;
  family: 4 | 6;
  address: string;
  port: number;
  /** Kernel socket state as a number (0x0A is TCP LISTEN, 0x07 is an unconnected UDP socket). */
  state: number;
  uid: number;
  inode: number;
}

const TCP_LISTEN = 0x0a;

/**
 * The listening sockets of one /proc/net table: TCP sockets in LISTEN state, UDP sockets bound to a
 * port and not connected to a peer. `endianness` is the byte order of the host that wrote the text
 * (the kernel prints each 32-bit address word as a host-order integer); the port is always plain.
 * Lines that do not parse are skipped: the header, and anything a future kernel adds.
 */
export function parseProcNet(
  text: string,
  protocol: SocketProtocol,
  family: 4 | 6,
  endianness: Endianness = "LE",
): ProcSocket[] {
  const sockets: ProcSocket[] = [];
  for (const line of text.split("\n")) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 10 || !/^\d+:$/.test(fields[0]!)) continue;
    const local = splitHexEndpoint(fields[1]!, family, endianness);
    const remote = splitHexEndpoint(fields[2]!, family, endianness);
    const state = Number.parseInt(fields[3]!, 16);
    const uid = Number(fields[7]);
    const inode = Number(fields[9]);
    if (!local || !remote || !Number.isInteger(uid) || !Number.isInteger(inode) || Number.isNaN(state)) continue;
    const listening = protocol === "tcp" ? state === TCP_LISTEN : remote.port === 0 && isZero(fields[2]!);
    if (!listening || local.port === 0) continue;
    sockets.push({ protocol, family, address: local.address, port: local.port, state, uid, inode });
  }
  return sockets;
}

function isZero(endpoint: string): boolean {
  return /^0+:0+$/.test(endpoint);
}

function splitHexEndpoint(text: string, family: 4 | 6, endianness: Endianness): { address: string; port: number } | undefined {
  const colon = text.indexOf(":");
  if (colon < 0) return undefined;
  const address = decodeProcAddress(text.slice(0, colon), endianness);
  const port = Number.parseInt(text.slice(colon + 1), 16);
  if (address === undefined || Number.isNaN(port)) return undefined;
  if ((family === 4) !== !address.includes(":")) return undefined;
  return { address, port };
}

/**
 * `0100007F` → `127.0.0.1`; `00000000000000000000000001000000` → `::1` (little-endian host).
 * Each 8-digit word is one 32-bit integer in host byte order, so on a little-endian host the bytes
 * of every word are reversed; IPv6 addresses are four such words.
 */
export function decodeProcAddress(hex: string, endianness: Endianness = "LE"): string | undefined {
  if (!/^(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{32})$/.test(hex)) return undefined;
  const bytes: number[] = [];
  for (let word = 0; word < hex.length; word += 8) {
    const wordBytes = [0, 2, 4, 6].map((i) => Number.parseInt(hex.slice(word + i, word + i + 2), 16));
    bytes.push(...(endianness === "LE" ? wordBytes.reverse() : wordBytes));
  }
  return bytes.length === 4 ? bytes.join(".") : formatIPv6(bytes);
}

/** RFC 5952 text form: lowercase, longest run of two or more zero groups as `::`, mapped IPv4 dotted. */
export function formatIPv6(bytes: number[]): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i]! << 8) | bytes[i + 1]!);
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `::ffff:${bytes.slice(12).join(".")}`;
  }
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}
