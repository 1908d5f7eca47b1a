// A child `node -e` process listening on a port, for tests that need a holder other than the test.

import { spawn, type ChildProcess } from "node:child_process";

export interface ChildListener {
  child: ChildProcess;
  pid: number;
  port: number;
  /** Resolves with the exit signal (or code) once the child has exited. */
  exited: Promise<NodeJS.Signals | number | null>;
  /** SIGKILL if still running; for cleanup. */
  stop(): void;
}

/**
 * Spawns `node -e` listening on `host:port` (0: any free port) over tcp or udp; it prints the bound
 * port once listening. `ignoreSigterm` installs a SIGTERM handler that does nothing, so only
 * SIGKILL ends it.
 */
export async function spawnListener(
  options: { host?: string; port?: number; protocol?: "tcp" | "udp"; ignoreSigterm?: boolean } = {},
): Promise<ChildListener> {
  const host = JSON.stringify(options.host ?? "127.0.0.1");
  const port = options.port ?? 0;
  const trap = options.ignoreSigterm ? "process.on('SIGTERM', () => {});" : "";
  const script =
    options.protocol === "udp"
      ? `${trap} const s = require('node:dgram').createSocket(${host}.includes(':') ? 'udp6' : 'udp4'); s.bind(${port}, ${host}, () => console.log(s.address().port));`
      : `${trap} const s = require('node:net').createServer(); s.listen(${port}, ${host}, () => console.log(s.address().port));`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once("exit", (code, signal) => resolve(signal ?? code)));
  const bound = await new Promise<number>((resolve, reject) => {
    let text = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      const line = /^(\d+)\n/.exec(text);
      if (line) resolve(Number(line[1]));
    });
    child.once("exit", (code) => reject(new Error(`listener child exited early (${code})`)));
  });
  return {
    child,
    pid: child.pid!,
    port: bound,
    exited,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}
