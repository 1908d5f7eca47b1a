// Build: TypeScript → lib/ with tsc, then one ncc bundle per entry point into dist/.
// (ncc cannot drive TypeScript 7 itself, so it bundles the compiled JavaScript.)
import { execFileSync } from "node:child_process";
import { existsSync, rmSync, readFileSync, writeFileSync, chmodSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });

rmSync(path.join(root, "lib"), { recursive: true, force: true });
run(bin("tsc"), ["-p", "tsconfig.json"]);

const entries = [
  { name: "cli", entry: "lib/cli/index.js" },
  { name: "action", entry: "lib/action/index.js" },
];
for (const { name, entry } of entries) {
  if (!existsSync(path.join(root, entry))) continue;
  const out = path.join(root, "dist", name);
  rmSync(out, { recursive: true, force: true });
  run(bin("ncc"), ["build", entry, "-o", out, "--quiet", "--no-source-map-register", "--license", "licenses.txt"]);
  if (name === "cli") {
    const file = path.join(out, "index.js");
    const text = readFileSync(file, "utf8");
    if (!text.startsWith("#!")) writeFileSync(file, `#!/usr/bin/env node\n${text}`);
    chmodSync(file, 0o755);
  }
}
