// Every scanner, in classification order: the first whose `matches` accepts a path reads it.

import type { Scanner } from "../types.js";
import { composeScanner } from "./compose.js";
import { configScanners } from "./config/index.js";
import { dockerScanner } from "./docker.js";
import { envScanner } from "./env.js";
import { markdownScanner } from "./markdown.js";
import { sourceScanner } from "./source.js";

// Structured families first; configuration formats before generic source code, whose patterns
// are the loosest.
export const scanners: readonly Scanner[] = [composeScanner, envScanner, dockerScanner, markdownScanner, ...configScanners, sourceScanner];

/** The scanner that reads `path`, or undefined when Portcullis has nothing to look for there. */
export function classify(path: string): Scanner | undefined {
  for (const scanner of scanners) if (scanner.matches(path)) return scanner;
  return undefined;
}
