// A file the CLI may overwrite (the port map, an env file), read first: undefined when it is not there.

import { readFile } from "node:fs/promises";

export async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
