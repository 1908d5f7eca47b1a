// What a service's `access` allows at runtime: which bound addresses are within policy, and which
// address `get --free` must bind to test a port the way the service will use it.

import { classifyHost, type HostClass } from "../engine/hosts.js";
import type { Access } from "../registry/model.js";

/** Classifies a bound address; an IPv4-mapped IPv6 address counts as its IPv4 address. */
export function classifyBoundAddress(address: string): HostClass {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return classifyHost(mapped ? mapped[1]! : address);
}

export type AccessVerdict =
  | { ok: true }
  | { ok: false; flag: "all-interfaces" | "outside-access"; message: string };

/**
 * `public`: any address. `private`: loopback or a private network. `localhost`: loopback only.
 * `internal`: no host listener at all (container network only). All interfaces is its own flag:
 * it is the incident this check exists for.
 */
export function checkAccess(access: Access, address: string): AccessVerdict {
  const kind = classifyBoundAddress(address);
  if (access === "public") return { ok: true };
  if (kind === "all") {
    return { ok: false, flag: "all-interfaces", message: `listening on all interfaces (${address}) but access is ${access}` };
  }
  if (access === "internal") {
    return { ok: false, flag: "outside-access", message: `listening on the host (${address}) but access is internal (container network only)` };
  }
  if (kind === "loopback") return { ok: true };
  if (access === "private" && kind === "private") return { ok: true };
  const what = kind === "private" ? "a private-network address" : "a non-private address";
  return { ok: false, flag: "outside-access", message: `listening on ${what} (${address}) but access is ${access}` };
}

/** The address `get --free` binds to test a port: loopback for localhost/internal, all interfaces otherwise. */
export function probeAddress(access: Access): string {
  return access === "localhost" || access === "internal" ? "127.0.0.1" : "0.0.0.0";
}
