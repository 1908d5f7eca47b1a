// Shared by the precision scripts: builds the source scanner into a temporary directory, walks the
// sample roots (the shared corpus, this repository's node_modules, the Python standard library and
// other code found on the machine) and scans every file the source scanner claims.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, "../..");
const MAX_FILE = 1 << 20;

/** Compiles src/scan/scanners/source.ts (and what it imports) and loads it. */
export async function loadScanner() {
  const out = mkdtempSync(path.join(os.tmpdir(), "portcullis-precision-"));
  const tsc = path.join(repo, "node_modules/.bin/tsc");
  execFileSync(tsc, ["-p", path.join(here, "tsconfig.json"), "--outDir", out], { stdio: "inherit" });
  const mod = await import(pathToFileURL(path.join(out, "scan/scanners/source.js")).href);
  const languages = await import(pathToFileURL(path.join(out, "scan/scanners/source/languages.js")).href);
  return { scanSource: mod.scanSource, sourceScanner: mod.sourceScanner, version: mod.SOURCE_SCANNER_VERSION, languageOf: languages.languageOf, out };
}

function pythonPath(which) {
  try {
    return execFileSync("python3", ["-c", `import sysconfig; print(sysconfig.get_paths()['${which}'])`]).toString().trim();
  } catch {
    return undefined;
  }
}

/**
 * The roots sampled, by name. Roots missing on a machine are skipped, so a key
 * (`root/relative/path:line:column`) always means the same file where the root exists.
 */
export function roots() {
  const list = [
    { name: "corpus", dir: path.resolve(repo, "../shared/corpus") },
    { name: "node_modules", dir: path.join(repo, "node_modules") },
    { name: "stdlib", dir: pythonPath("stdlib"), skip: /(?:^|\/)site-packages(?:\/|$)/ },
    // Installed Python packages: web frameworks, clients, test servers (flask, werkzeug, docker, moto…).
    { name: "site-packages", dir: pythonPath("purelib") },
    // Servers, clients and dev servers from npm, pinned in extra-npm/package-lock.json
    // (`npm ci --ignore-scripts --prefix bench/precision/extra-npm` installs them).
    { name: "extra-npm", dir: path.join(here, "extra-npm/node_modules") },
    // npm itself and corepack.
    { name: "global-npm", dir: "/usr/lib/node_modules" },
    // Application code with real servers and clients: the Cloud SDK ships Python, PHP and shell.
    { name: "gcloud", dir: "/usr/lib/google-cloud-sdk" },
    // Java: the JDK's own sources (networking, HTTP client and server, RMI, JNDI/LDAP, management),
    // unpacked from the src.zip of an installed JDK (see jdkSources).
    { name: "jdk-src", dir: jdkSources(), only: new Set(["java"]) },
    // Shell scripts and Makefiles of the operating system.
    { name: "usr-share", dir: "/usr/share", only: new Set(["shell", "make"]) },
    { name: "usr-lib", dir: "/usr/lib", only: new Set(["shell", "make"]), skip: /^google-cloud-sdk(?:\/|$)/ },
  ];
  return list.filter((r) => r.dir && existsSync(r.dir));
}

/** JDK modules with network code, unpacked once into bench/precision/.jdk-src (git ignores it). */
const JDK_MODULES = [
  "java.base", "java.net.http", "jdk.httpserver", "java.rmi", "java.management", "jdk.jdi",
  "java.naming", "jdk.jdwp.agent", "jdk.management.agent",
];

function jdkSources() {
  const target = path.join(here, ".jdk-src");
  if (existsSync(path.join(target, "java.base"))) return target;
  let zip;
  try {
    const jvm = "/usr/lib/jvm";
    zip = readdirSync(jvm)
      .sort()
      .reverse()
      .map((name) => path.join(jvm, name, "lib/src.zip"))
      .find((candidate) => existsSync(candidate));
  } catch {
    return undefined;
  }
  if (!zip) return undefined;
  try {
    execFileSync("unzip", ["-q", "-o", zip, ...JDK_MODULES.map((m) => `${m}/*`), "-d", target], { stdio: "ignore" });
  } catch {
    return existsSync(path.join(target, "java.base")) ? target : undefined;
  }
  return target;
}

function* walk(dir, rel = "") {
  let entries;
  try {
    entries = readdirSync(path.join(dir, rel), { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) {
      if (entry.name === ".git" || entry.name === "__pycache__") continue;
      yield* walk(dir, child);
    } else if (entry.isFile()) yield child;
  }
}

/** Every file of every root that the source scanner reads: `{ root, dir, rel, key, language }`. */
export function* sourceFiles(scanner) {
  for (const root of roots()) {
    for (const rel of walk(root.dir)) {
      if (root.skip && root.skip.test(rel)) continue;
      const language = scanner.languageOf(rel);
      if (!language || !scanner.sourceScanner.matches(rel)) continue;
      if (root.only && !root.only.has(language)) continue;
      yield { root: root.name, dir: root.dir, rel, key: `${root.name}/${rel}`, language };
    }
  }
}

/** The text of a file as the engine would scan it, or undefined (too big, binary, not UTF-8). */
export function readText(file) {
  const abs = path.join(file.dir, file.rel);
  try {
    if (lstatSync(abs).size > MAX_FILE) return undefined;
    const bytes = readFileSync(abs);
    if (bytes.subarray(0, 8192).includes(0)) return undefined;
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A stable pseudo-random rank of a key: sampling by smallest rank survives scanner changes. */
export function rank(key, seed) {
  return createHash("sha256").update(`${seed}\0${key}`).digest().readUInt32BE(0);
}

/** The line of a ref, trimmed to a readable window around the port, tabs made visible as spaces. */
export function lineExcerpt(text, ref) {
  let start = 0;
  for (let l = 1; l < ref.line; l++) start = text.indexOf("\n", start) + 1;
  let end = text.indexOf("\n", start);
  if (end < 0) end = text.length;
  const line = text.slice(start, end).replace(/\r$/, "");
  const col = ref.column - 1;
  const from = Math.max(0, col - 110);
  const to = Math.min(line.length, ref.endColumn - 1 + 60);
  const excerpt = `${from > 0 ? "…" : ""}${line.slice(from, col)}⟦${line.slice(col, ref.endColumn - 1)}⟧${line.slice(ref.endColumn - 1, to)}${to < line.length ? "…" : ""}`;
  return excerpt.replace(/\t/g, " ").trim();
}
