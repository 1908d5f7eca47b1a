// Hashes: SHA-256 for every fingerprint and cache key, and the object ids git gives file contents.

import crypto from "node:crypto";

/**
 * SHA-256 of `data` in hex. `crypto.hash` (Node 20.12 and later) is the one-shot form, about twice
 * as fast for short inputs as a Hash object: it counts for the fingerprint of every finding.
 */
export const sha256Hex: (data: string | Buffer) => string =
  typeof crypto.hash === "function"
    ? (data) => crypto.hash("sha256", data, "hex")
    : (data) => crypto.createHash("sha256").update(data).digest("hex");

/** The id git gives `bytes` as a blob: SHA-1, or SHA-256 in a repository of that object format. */
export function gitBlobId(bytes: Buffer, algorithm: "sha1" | "sha256" = "sha1"): string {
  return crypto.createHash(algorithm).update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
