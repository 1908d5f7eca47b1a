// Turning file bytes into text: binary detection, strict UTF-8, and line access.

const SNIFF_BYTES = 8192;

/** A NUL byte in the first 8 KiB marks a binary file (git's heuristic). */
export function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export type Decoded = { ok: true; text: string } | { ok: false; line: number; column: number };

/** Strict UTF-8; on failure, the 1-based line and column of the first invalid byte. */
export function decodeUtf8(bytes: Buffer): Decoded {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, offset).toString("utf8");
    const lines = before.split("\n");
    return { ok: false, line: lines.length, column: lines[lines.length - 1]!.length + 1 };
  }
}

function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** Lazily split lines of a text (line endings removed). */
export class LineIndex {
  private lines?: string[];
  constructor(private readonly text: string) {}
  line(n: number): string {
    this.lines ??= this.text.split(/\r?\n/);
    return this.lines[n - 1] ?? "";
  }
  get count(): number {
    this.lines ??= this.text.split(/\r?\n/);
    return this.lines.length;
  }
}
