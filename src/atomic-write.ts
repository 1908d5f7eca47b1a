// Atomic writes: a temp file in the same folder, then a rename, so a reader (or a crash) never
// sees half a file. Every file Portcullis writes goes through here.

import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/** Writes `text` (or its pieces, one after another) to `file` atomically. */
export async function writeFileAtomic(file: string, text: string | Iterable<string>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, text);
  await rename(temp, file);
}
