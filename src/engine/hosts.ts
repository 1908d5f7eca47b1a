// What a bind address means: all interfaces, loopback, a private network, or something else.

export type HostClass = "all" | "loopback" | "private" | "other";

export function stripBrackets(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}

export function classifyHost(rawHost: string): HostClass {
  const host = stripBrackets(rawHost.trim()).toLowerCase();
  if (host === "" || host === "0.0.0.0" || host === "::" || host === "*" || host === "0:0:0:0:0:0:0:0") return "all";
  if (host === "localhost" || host.endsWith(".localhost") || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host)) {
    return "loopback";
  }
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(host);
  if (v4) {
    const a = Number(v4[1]);
    const b = Number(v4[2]);
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)) {
      return "private";
    }
    return "other";
  }
  if (/^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host)) return "private";
  return "other";
}

/** Two bind addresses can collide: equal, or either is all interfaces. */
export function hostsOverlap(a: string, b: string): boolean {
  const ca = classifyHost(a);
  const cb = classifyHost(b);
  if (ca === "all" || cb === "all") return true;
  return stripBrackets(a).toLowerCase() === stripBrackets(b).toLowerCase();
}
