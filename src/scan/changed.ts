// `--changed-since REF`: the files a branch changed since it left REF (the merge base, as a pull
// request sees it), plus uncommitted and untracked work, so a local run matches what CI will judge.

import { git, gitEnv } from "./staged.js";
import { splitNul } from "./discover.js";

export class UnknownRefError extends Error {
  override name = "UnknownRefError";
}

/**
 * Files (relative to `cwd`, `/` separators) added, copied, modified or renamed since the merge base
 * of `ref` and HEAD, in commits or in the working tree, and untracked files not ignored. Sorted.
 */
export async function changedSince(cwd: string, ref: string, env: NodeJS.ProcessEnv = gitEnv(cwd)): Promise<string[]> {
  if (ref.startsWith("-")) throw new UnknownRefError(`"${ref}" is not a revision`);
  let base: string;
  try {
    base = (await git(cwd, ["merge-base", ref, "HEAD"], env)).toString("utf8").trim();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UnknownRefError(`cannot find where HEAD left "${ref}" (git merge-base: ${detail || "no common ancestor"})`);
  }
  if (!base) throw new UnknownRefError(`"${ref}" and HEAD share no history`);
  const [changed, untracked] = await Promise.all([
    git(cwd, ["diff", "--name-only", "-z", "--relative", "--no-renames", "--diff-filter=ACMR", base, "--"], env),
    git(cwd, ["ls-files", "-z", "--others", "--exclude-standard"], env),
  ]);
  return [...new Set([...splitNul(changed), ...splitNul(untracked)])].sort();
}
