// For every repository of ../shared/corpus: `init --write` in a temporary copy, then `check`.
// What check still reports afterwards is what init could not (or should not) make consistent.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "dist/cli/index.js");
const corpus = path.resolve(root, "../shared/corpus");
if (!existsSync(corpus)) {
  console.error("no ../shared/corpus");
  process.exit(2);
}
for (const name of readdirSync(corpus).filter((n) => statSync(path.join(corpus, n)).isDirectory()).sort()) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portcullis-init-"));
  try {
    cpSync(path.join(corpus, name), dir, { recursive: true });
    execFileSync("git", ["init", "-q"], { cwd: dir });
    execFileSync("git", ["add", "-A"], { cwd: dir });
    const init = spawnSync("node", [cli, "init", "--write"], { cwd: dir, encoding: "utf8" });
    if (init.status !== 0) {
      console.log(`${name}: init failed (${init.status}): ${init.stderr.trim()}`);
      continue;
    }
    const services = /with (\d+) services/.exec(init.stderr)?.[1];
    const check = spawnSync("node", [cli, "check", "--format", "json"], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 28 });
    if (check.status === 2) {
      console.log(`${name}: check failed: ${check.stderr.trim()}`);
      continue;
    }
    const byRule = {};
    for (const f of JSON.parse(check.stdout).findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
    console.log(`${name.padEnd(44)} services ${String(services).padStart(4)}  after init: ${Object.entries(byRule).map(([k, v]) => `${k}:${v}`).join(" ") || "no findings"}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
