// Build: TypeScript → lib/ with tsc, then one ncc bundle per entry point into dist/.
// (ncc cannot drive TypeScript 7 itself, so it bundles the compiled JavaScript.)
// Builds take a lock and write bundles into .build/ before renaming into place, so two builds started at
// once never see each other's half-written output. Paths are fixed: ncc's chunk ids depend on
// them, and dist/ must come out byte-identical on every machine.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });
const temp = (name) => path.join(root, ".build", name);
const lock = path.join(root, ".build.lock");

function acquireLock() {
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch {
      // A lock older than five minutes belongs to a build that died.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      } catch {}
      if (Date.now() > deadline) throw new Error("another build holds .build.lock");
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}

function replace(target, fresh) {
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(fresh, target);
  rmSync(old, { recursive: true, force: true });
}

acquireLock();
// lib/ sits beside src/ so relative imports of files outside src (policies/*.json) resolve alike.
const lib = path.join(root, "lib");
try {
  rmSync(path.join(root, ".build"), { recursive: true, force: true });
  rmSync(lib, { recursive: true, force: true });
  mkdirSync(path.join(root, "dist"), { recursive: true });
  run(bin("tsc"), ["-p", "tsconfig.json", "--outDir", lib]);
  // The CLI is bundled as CommonJS (ncc picks the format from the entry's extension): its chunks
  // are then loaded with require(), which src/cli/compile-cache.ts serves from V8's code cache,
  // the larger part of a pre-commit hook's start-up. The Action stays an ES module bundle.
  writeFileSync(path.join(lib, "cli", "bin.cjs"), '"use strict";\nrequire("./index.js");\n');
  const entries = [
    { name: "cli", entry: "cli/bin.cjs" },
    { name: "action", entry: "action/index.js" },
  ];
  for (const { name, entry } of entries) {
    if (!existsSync(path.join(lib, entry))) continue;
    const out = temp(name);
    run(bin("ncc"), ["build", path.join(lib, entry), "-o", out, "--quiet", "--no-source-map-register", "--license", "licenses.txt"]);
    if (name === "cli") {
      const file = path.join(out, "index.js");
      renameSync(path.join(out, "index.cjs"), file);
      const text = readFileSync(file, "utf8");
      if (!text.startsWith("#!")) writeFileSync(file, `#!/usr/bin/env node\n${text}`);
      chmodSync(file, 0o755);
      // The package is "type": "module"; the bundle's .js files are CommonJS.
      writeFileSync(path.join(out, "package.json"), '{\n  "type": "commonjs"\n}\n');
    }
    replace(path.join(root, "dist", name), out);
  }
} finally {
  rmSync(path.join(root, ".build"), { recursive: true, force: true });
  rmSync(lock, { recursive: true, force: true });
}
