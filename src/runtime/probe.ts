// Is a port free? Asked the only way that cannot be wrong about this host: by binding it, on the
// address and protocol the service will use, and letting it go at once.

import dgram from "node:dgram";
import net from "node:net";
import type { SocketProtocol } from "./types.js";

/** undefined when `host:port` can be bound now; else the error code (`EADDRINUSE`, `EACCES`, …). */
export function tryBind(port: number, protocol: SocketProtocol, host: string): Promise<string | undefined> {
  return protocol === "tcp" ? tryBindTcp(port, host) : tryBindUdp(port, host);
}

function tryBindTcp(port: number, host: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}

function tryBindUdp(port: number, host: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = dgram.createSocket({ type: host.includes(":") ? "udp6" : "udp4", reuseAddr: false });
    socket.unref();
    socket.once("error", (error: NodeJS.ErrnoException) => {
      socket.close();
      resolve(error.code ?? error.message);
    });
    socket.bind({ port, address: host, exclusive: true }, () => socket.close(() => resolve(undefined)));
  });
}

export interface PortCandidateCheck {
  port: number;
  /** Why the port cannot be used; undefined when it is free. */
  taken?: string;
}

/**
 * The first of `candidates` that binds on `host` and that no listener in `listening` holds (a
 * socket on another address of the same port, `::1` say, would still clash with clients that
 * dial `localhost`). `skip` names ports that must not be picked even when free, with the reason.
 */
export async function firstFreePort(
  candidates: Iterable<number>,
  protocol: SocketProtocol,
  host: string,
  options: { listening?: ReadonlySet<number>; skip?: ReadonlyMap<number, string> } = {},
): Promise<{ port?: number; checked: PortCandidateCheck[] }> {
  const checked: PortCandidateCheck[] = [];
  for (const port of candidates) {
    const skipped = options.skip?.get(port);
    if (skipped) {
      checked.push({ port, taken: skipped });
      continue;
    }
    if (options.listening?.has(port)) {
      checked.push({ port, taken: "in use" });
      continue;
    }
    const error = await tryBind(port, protocol, host);
    checked.push(error ? { port, taken: error === "EADDRINUSE" ? "in use" : error } : { port });
    if (!error) return { port, checked };
  }
  return { checked };
}
