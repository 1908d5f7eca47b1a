// Every scanner, in classification order: the first whose `matches` accepts a path reads it.

import type { Scanner } from "../types.js";

export const scanners: readonly Scanner[] = [];

/** The scanner that reads `path`, or undefined when Portcullis has nothing to look for there. */
export function classify(path: string): Scanner | undefined {
  for (const scanner of scanners) if (scanner.matches(path)) return scanner;
  return undefined;
}
