// Formatters by name, loaded on demand so the CLI only parses the one it prints with.

import type { Formatter } from "./types.js";

const LOADERS: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import("./stylish.js")).formatStylish,
  json: async () => (await import("./json.js")).formatJson,
  sarif: async () => (await import("./sarif.js")).formatSarif,
  github: async () => (await import("./github.js")).formatGithub,
  markdown: async () => (await import("./markdown.js")).formatMarkdown,
};

export const FORMAT_NAMES: readonly string[] = Object.keys(LOADERS);

export function loadFormatter(name: string): Promise<Formatter> {
  const loader = LOADERS[name];
  if (!loader) throw new Error(`unknown format ${name}`);
  return loader();
}
