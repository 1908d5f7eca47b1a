// Unified diffs of two texts (what `portcullis docs --check` prints for a stale map): Myers'
// O(ND) line diff, hunks with three lines of context, GNU/git conventions for headers.

type Op = { kind: " " | "-" | "+"; text: string; noNewline: boolean };

interface Lines {
  texts: string[];
  /** The last line has no newline after it. */
  noNewline: boolean;
}

function splitLines(text: string): Lines {
  if (text === "") return { texts: [], noNewline: false };
  const texts = text.split("\n");
  const noNewline = texts[texts.length - 1] !== "";
  if (!noNewline) texts.pop();
  return { texts, noNewline };
}

/** Past this many differences the edit script is simply "replace everything" (still a valid diff). */
const MAX_EDIT_DISTANCE = 2000;

/** Myers' shortest edit script over `a` and `b` (compared by key), or undefined when too far apart. */
function myers(a: readonly string[], b: readonly string[]): Array<"=" | "-" | "+"> | undefined {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const limit = Math.min(max, MAX_EDIT_DISTANCE);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= limit && found < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) found = d;
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  if (found < 0) return undefined;

  const script: Array<"=" | "-" | "+"> = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const previous = trace[d - 1]!;
    const at = (k: number) => previous[k + d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const startX = down ? prevX : prevX + 1;
    while (x > startX) {
      script.push("=");
      x--;
      y--;
    }
    script.push(down ? "+" : "-");
    x = prevX;
    y = prevY;
  }
  while (x > 0) {
    script.push("=");
    x--;
  }
  return script.reverse();
}

function editScript(a: Lines, b: Lines): Op[] {
  // A last line without a newline differs from the same line with one.
  const key = (lines: Lines, i: number) => (lines.noNewline && i === lines.texts.length - 1 ? `${lines.texts[i]}\0` : lines.texts[i]!);
  const ka = a.texts.map((_, i) => key(a, i));
  const kb = b.texts.map((_, i) => key(b, i));
  let head = 0;
  while (head < ka.length && head < kb.length && ka[head] === kb[head]) head++;
  let tailA = ka.length;
  let tailB = kb.length;
  while (tailA > head && tailB > head && ka[tailA - 1] === kb[tailB - 1]) {
    tailA--;
    tailB--;
  }
  const middleA = ka.slice(head, tailA);
  const middleB = kb.slice(head, tailB);
  const script = myers(middleA, middleB) ?? [...middleA.map(() => "-" as const), ...middleB.map(() => "+" as const)];

  const ops: Op[] = [];
  const op = (kind: Op["kind"], lines: Lines, i: number) =>
    ops.push({ kind, text: lines.texts[i]!, noNewline: lines.noNewline && i === lines.texts.length - 1 });
  for (let i = 0; i < head; i++) op(" ", a, i);
  let i = head;
  let j = head;
  for (const step of script) {
    if (step === "=") {
      op(" ", a, i++);
      j++;
    } else if (step === "-") op("-", a, i++);
    else op("+", b, j++);
  }
  for (; i < a.texts.length; i++) op(" ", a, i);
  return ops;
}

function range(start: number, count: number): string {
  // GNU convention: an empty range names the line before it; a count of one is implied.
  const first = count === 0 ? start : start + 1;
  return count === 1 ? String(first) : `${first},${count}`;
}

export interface DiffOptions {
  fromFile: string;
  toFile: string;
  context?: number;
}

/** A unified diff turning `before` into `after`; "" when they are equal. */
export function unifiedDiff(before: string, after: string, options: DiffOptions): string {
  if (before === after) return "";
  const context = options.context ?? 3;
  const ops = editScript(splitLines(before), splitLines(after));
  // Old and new lines consumed before each op.
  const oldBefore: number[] = [];
  const newBefore: number[] = [];
  let o = 0;
  let n = 0;
  for (const op of ops) {
    oldBefore.push(o);
    newBefore.push(n);
    if (op.kind !== "+") o++;
    if (op.kind !== "-") n++;
  }
  oldBefore.push(o);
  newBefore.push(n);

  const hunks: Array<[number, number]> = [];
  ops.forEach((op, index) => {
    if (op.kind === " ") return;
    const start = Math.max(0, index - context);
    const end = Math.min(ops.length, index + context + 1);
    const last = hunks[hunks.length - 1];
    if (last && start <= last[1]) last[1] = end;
    else hunks.push([start, end]);
  });

  const out = [`--- ${options.fromFile}`, `+++ ${options.toFile}`];
  for (const [start, end] of hunks) {
    const slice = ops.slice(start, end);
    const oldCount = slice.filter((op) => op.kind !== "+").length;
    const newCount = slice.filter((op) => op.kind !== "-").length;
    out.push(`@@ -${range(oldBefore[start]!, oldCount)} +${range(newBefore[start]!, newCount)} @@`);
    for (const op of slice) {
      out.push(`${op.kind}${op.text}`);
      if (op.noNewline) out.push("\\ No newline at end of file");
    }
  }
  return `${out.join("\n")}\n`;
}
