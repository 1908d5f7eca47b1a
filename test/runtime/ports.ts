// Free high ports for runtime tests: the kernel picks one (listen on 0), the test lets it go.

import net from "node:net";

/** A port that was free a moment ago on `host`. */
export function freePortNumber(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, host, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Listens on `host:port` (0: any) in this process; returns the server and its port. */
export function listenHere(host: string, port = 0): Promise<{ server: net.Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(port, host, () => resolve({ server, port: (server.address() as net.AddressInfo).port }));
  });
}
