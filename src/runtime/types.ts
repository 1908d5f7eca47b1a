// What the host's socket table says: who listens on which address and port. Shared by the
// socket-table backends (/proc, lsof, ss) and the runtime commands that read them.

export type SocketProtocol = "tcp" | "udp";

export interface ProcessInfo {
  pid: number;
  /** Short process name (`/proc/<pid>/comm`, at most 15 characters on Linux). */
  name: string;
  /** Full argument vector; empty when it cannot be read (kernel threads, other platforms). */
  cmdline: string[];
  uid?: number;
  user?: string;
  /** Opaque start time (Linux clock ticks since boot), to tell a reused PID from the original. */
  startTime?: string;
}

export interface Listener {
  protocol: SocketProtocol;
  /** Bound address as text: `127.0.0.1`, `0.0.0.0`, `::`, `::1`, `::ffff:127.0.0.1`. */
  address: string;
  family: 4 | 6;
  port: number;
  /** Socket inode (Linux /proc only). */
  inode?: number;
  /** Owner uid of the socket as the kernel reports it (Linux /proc only). */
  uid?: number;
  /**
   * Processes holding the socket, lowest PID first (pre-forking servers share one socket).
   * Empty when the owner is not visible to this user.
   */
  processes: ProcessInfo[];
}

/** The socket table cannot be read on this host (no /proc/net, no lsof, no ss). */
export class SocketTableUnavailable extends Error {
  override name = "SocketTableUnavailable";
}
