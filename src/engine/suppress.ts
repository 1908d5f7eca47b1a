// Inline suppression comments: `portcullis-ignore-next-line [rule…] -- reason`,
// `portcullis-ignore-line [rule…]` and `portcullis-ignore-file [rule…]`, in any comment syntax.

export interface Suppressions {
  /** Rules ignored in the whole file; `"*"` means every rule. */
  file: Set<string>;
  /** Line number → rules ignored on it (`"*"` for all). */
  lines: Map<number, Set<string>>;
}

// A directive counts only after a comment opener, so a string that merely mentions one does not.
const DIRECTIVE =
  /(?:#|\/\/|\/\*|<!--|;|--|\bREM\b)[^\n]*?\bportcullis-ignore-(next-line|line|file)\b([^\n]*)/;

function parseRuleList(rest: string): Set<string> {
  // The list ends at `--` (the reason) or a comment closer.
  const body = rest.split(/\s--\s|\s--$|\*\/|-->/)[0] ?? "";
  const ids = body
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => /^[a-z][a-z0-9-]*$/.test(id));
  return new Set(ids.length > 0 ? ids : ["*"]);
}

export function parseSuppressions(text: string): Suppressions {
  const result: Suppressions = { file: new Set(), lines: new Map() };
  if (!text.includes("portcullis-ignore-")) return result;
  const lines = text.split(/\r?\n/);
  lines.forEach((lineText, index) => {
    const match = DIRECTIVE.exec(lineText);
    if (!match) return;
    const rules = parseRuleList(match[2] ?? "");
    const lineNumber = index + 1;
    if (match[1] === "file") {
      for (const rule of rules) result.file.add(rule);
      return;
    }
    const target = match[1] === "next-line" ? nextCodeLine(lines, index) : lineNumber;
    const set = result.lines.get(target) ?? new Set<string>();
    for (const rule of rules) set.add(rule);
    result.lines.set(target, set);
  });
  return result;
}

/** The next line that is not blank (so a directive may sit above a blank line and still apply). */
function nextCodeLine(lines: string[], index: number): number {
  for (let i = index + 1; i < lines.length; i++) if (lines[i]!.trim() !== "") return i + 1;
  return index + 2;
}

export function isSuppressed(suppressions: Suppressions | undefined, ruleId: string, line: number): boolean {
  if (!suppressions) return false;
  if (suppressions.file.has("*") || suppressions.file.has(ruleId)) return true;
  const rules = suppressions.lines.get(line);
  return rules !== undefined && (rules.has("*") || rules.has(ruleId));
}
