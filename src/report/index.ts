// Formatters by name, loaded on demand so the CLI only parses the one it prints with.

import type { FormatContext, FormatInput, Formatter } from "./types.js";

/** A formatter's output as pieces to write one after another (a large report need not be one string). */
export type PiecewiseFormatter = (input: FormatInput, context: FormatContext) => Iterable<string>;

const whole =
  (formatter: Formatter): PiecewiseFormatter =>
  (input, context) => [formatter(input, context)];

const LOADERS: Record<string, () => Promise<PiecewiseFormatter>> = {
  stylish: async () => whole((await import("./stylish.js")).formatStylish),
  json: async () => (await import("./json.js")).formatJsonPieces,
  sarif: async () => whole((await import("./sarif.js")).formatSarif),
  github: async () => whole((await import("./github.js")).formatGithub),
  markdown: async () => whole((await import("./markdown.js")).formatMarkdown),
};

export const FORMAT_NAMES: readonly string[] = Object.keys(LOADERS);

export function loadFormatter(name: string): Promise<PiecewiseFormatter> {
  const loader = LOADERS[name];
  if (!loader) throw new Error(`unknown format ${name}`);
  return loader();
}
