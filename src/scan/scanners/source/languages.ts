// Which source language a repository path is written in, by extension or well-known name.
// Config files other scanners own (bundler configs, package.json) are deliberately not claimed.

export type Language = "js" | "python" | "go" | "java" | "ruby" | "php" | "rust" | "csharp" | "shell" | "make";

const BY_EXTENSION: Record<string, Language> = {
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
};

const BY_NAME: Record<string, Language> = {
  Makefile: "make",
  makefile: "make",
  GNUmakefile: "make",
  Rakefile: "ruby",
  Gemfile: "ruby",
};

/** Bundler and framework configs read by the config scanner: `vite.config.ts`, `next.config.mjs`. */
const FOREIGN_CONFIG = /^(?:vite|vitest|webpack|next)\.config\.[cm]?[jt]s$/;

export function languageOf(path: string): Language | undefined {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const byName = BY_NAME[name];
  if (byName) return byName;
  if (FOREIGN_CONFIG.test(name)) return undefined;
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return undefined;
  return BY_EXTENSION[name.slice(dot + 1)];
}
