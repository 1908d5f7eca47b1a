// Which source language a repository path is written in, by extension or well-known name.
// Config files other scanners own (bundler configs, package.json) are deliberately not claimed.

export type Language = "js" | "python" | "go" | "java" | "ruby" | "php" | "rust" | "csharp" | "shell" | "make";

// Maps, not object literals: a file named `constructor` or `x.toString` must not find a prototype key.
const BY_EXTENSION = new Map<string, Language>(Object.entries({
  js: "js",
  mjs: "js",
  cjs: "js",
  jsx: "js",
  ts: "js",
  mts: "js",
  cts: "js",
  tsx: "js",
  py: "python",
  pyw: "python",
  go: "go",
  java: "java",
  kt: "java",
  kts: "java",
  rb: "ruby",
  rake: "ruby",
  php: "php",
  rs: "rust",
  cs: "csharp",
  sh: "shell",
  bash: "shell",
  zsh: "shell",
  mk: "make",
} satisfies Record<string, Language>));

const BY_NAME = new Map<string, Language>(Object.entries({
  Makefile: "make",
  makefile: "make",
  GNUmakefile: "make",
  Rakefile: "ruby",
  Gemfile: "ruby",
} satisfies Record<string, Language>));

/** Bundler and framework configs read by the config scanner: `vite.config.ts`, `next.config.mjs`. */
const FOREIGN_CONFIG = /^(?:vite|vitest|webpack|next)\.config\.[cm]?[jt]s$/;

export function languageOf(path: string): Language | undefined {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const byName = BY_NAME.get(name);
  if (byName) return byName;
  if (FOREIGN_CONFIG.test(name)) return undefined;
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return undefined;
  return BY_EXTENSION.get(name.slice(dot + 1));
}
