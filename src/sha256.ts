// SHA-256 as hex, the one way every fingerprint and cache key is made.

import crypto from "node:crypto";

/**
 * SHA-256 of `data` in hex. `crypto.hash` (Node 20.12 and later) is the one-shot form, about twice
 * as fast for short inputs as a Hash object: it counts for the fingerprint of every finding.
 */
export const sha256Hex: (data: string | Buffer) => string =
  typeof crypto.hash === "function"
    ? (data) => crypto.hash("sha256", data, "hex")
    : (data) => crypto.createHash("sha256").update(data).digest("hex");
