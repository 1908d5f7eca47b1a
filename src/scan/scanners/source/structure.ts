// Bounded structural look-arounds on the skeleton text (comments and string contents blanked):
// the call or literal a position sits in, the callee's dotted name, and its arguments.
// Every walk has a hard step limit, so a huge minified line costs a constant per number.

const MAX_WALK = 600;

const isWord = (c: string | undefined): boolean => c !== undefined && /[\w$]/.test(c);

export interface Enclosing {
  /** Index of the unmatched opening bracket. */
  open: number;
  bracket: "(" | "[" | "{";
  /** How many top-level commas separate the opening bracket from the position. */
  argIndex: number;
}

/** The innermost bracket that is open at `pos`, within a bounded walk back; stops at `;` outside brackets. */
export function enclosing(skel: string, pos: number, limit = MAX_WALK): Enclosing | undefined {
  let depth = 0;
  let commas = 0;
  const stop = Math.max(0, pos - limit);
  for (let j = pos - 1; j >= stop; j--) {
    const c = skel[j]!;
    if (c === ")" || c === "]" || c === "}") depth++;
    else if (c === "(" || c === "[" || c === "{") {
      if (depth === 0) return { open: j, bracket: c, argIndex: commas };
      depth--;
    } else if (depth === 0) {
      if (c === ",") commas++;
      else if (c === ";") return undefined;
    }
  }
  return undefined;
}

/** Index of the bracket closing the one opened at `open`, or -1 within the walk limit. */
export function matchingClose(skel: string, open: number, limit = MAX_WALK): number {
  let depth = 0;
  const stop = Math.min(skel.length, open + limit);
  for (let j = open; j < stop; j++) {
    const c = skel[j]!;
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth === 0) return j;
    }
  }
  return -1;
}

export interface Callee {
  /** Dotted name as written, calls kept as `()`: `os.environ.get`, `System.getenv().getOrDefault`. */
  chain: string;
  /** The last name of the chain: `get`, `getOrDefault`. */
  name: string;
  /** A declaration keyword in front (`def`, `function`, `fn`, `func`): the brackets hold parameters. */
  declaration: boolean;
}

const DECLARATION = /(?:^|[^\w$])(?:def|function|fn|func|fun|sub|async\s+def|async\s+function)\s+$/;

/** The name called by the bracket at `open` (`foo.bar(`), or undefined when it is not a call. */
export function calleeAt(skel: string, open: number): Callee | undefined {
  let j = open - 1;
  const stop = Math.max(0, open - 200);
  while (j >= stop && (skel[j] === " " || skel[j] === "\t")) j--;
  // Generic arguments between the name and the bracket: `foo<Bar>(`.
  if (skel[j] === ">" && skel[j - 1] !== "=" && skel[j - 1] !== "-") {
    let depth = 0;
    for (let k = j; k >= stop; k--) {
      if (skel[k] === ">") depth++;
      else if (skel[k] === "<" && --depth === 0) {
        j = k - 1;
        break;
      }
    }
  }
  const end = j + 1;
  let name = "";
  for (;;) {
    if (j < stop) break;
    if (skel[j] === ")") {
      // `getenv().getOrDefault`: step over a balanced call.
      let depth = 0;
      let k = j;
      for (; k >= stop; k--) {
        if (skel[k] === ")") depth++;
        else if (skel[k] === "(" && --depth === 0) break;
      }
      if (k < stop) break;
      j = k - 1;
      continue;
    }
    if (!isWord(skel[j])) break;
    const wordEnd = j + 1;
    while (j >= stop && isWord(skel[j])) j--;
    if (!name) name = skel.slice(j + 1, wordEnd);
    // Member access joins the chain: `.`, `?.`, `::`, `->`.
    if (skel[j] === ".") {
      j -= skel[j - 1] === "?" ? 2 : 1;
      continue;
    }
    if (skel[j] === ":" && skel[j - 1] === ":") {
      j -= 2;
      continue;
    }
    if (skel[j] === ">" && skel[j - 1] === "-") {
      j -= 2;
      continue;
    }
    break;
  }
  if (!name) return undefined;
  const chain = skel.slice(j + 1, end).replace(/\([^)]*\)/g, "()").replace(/\s+/g, "");
  const declaration = DECLARATION.test(skel.slice(Math.max(0, j - 20), j + 1));
  return { chain, name, declaration };
}

/** The `[start, end)` ranges of the top-level arguments between `open` and its closing bracket. */
export function argumentsOf(skel: string, open: number): Array<[number, number]> {
  const close = matchingClose(skel, open);
  if (close < 0) return [];
  const args: Array<[number, number]> = [];
  let depth = 0;
  let start = open + 1;
  for (let j = open + 1; j < close; j++) {
    const c = skel[j]!;
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      args.push([start, j]);
      start = j + 1;
    }
  }
  args.push([start, close]);
  return args;
}
