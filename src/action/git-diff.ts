// Changed lines from git itself, for pull requests with more files than the API lists.

import { execFile } from "node:child_process";
import { parseUnifiedDiff, type ChangeSet } from "./changes.js";

const MAX_BUFFER = 512 * 1024 * 1024;

function git(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("git", args, { cwd, maxBuffer: MAX_BUFFER, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error) reject(new Error(stderr.trim() || error.message));
      else resolve(stdout);
    });
  });
}

async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  try {
    await git(cwd, ["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

const DIFF_ARGS = ["-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "--unified=0", "--src-prefix=a/", "--dst-prefix=b/", "--relative"];

/**
 * Lines changed between a pull request's base and head, with paths relative to `cwd` (the project
 * folder: `--relative` keeps only files under it). Fetches the two commits when the checkout lacks
 * them; compares from the merge base when history allows, else the two commits directly.
 */
export async function gitDiffChanges(cwd: string, baseSha: string, headSha: string): Promise<ChangeSet> {
  for (const sha of [baseSha, headSha]) {
    if (!/^[0-9a-f]{40,64}$/i.test(sha)) throw new Error(`not a commit id: "${sha}"`);
  }
  const missing = [];
  for (const sha of [baseSha, headSha]) if (!(await hasCommit(cwd, sha))) missing.push(sha);
  if (missing.length > 0) await git(cwd, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", ...missing]);
  let diff: string;
  try {
    diff = await git(cwd, [...DIFF_ARGS, `${baseSha}...${headSha}`, "--"]);
  } catch {
    // A shallow checkout has no merge base: the direct comparison is the best available.
    diff = await git(cwd, [...DIFF_ARGS, baseSha, headSha, "--"]);
  }
  return parseUnifiedDiff(diff);
}
