// Mermaid syntax for untrusted names: node ids that are stable and collision-free, and label text
// that can neither end a string, open a shape or an edge label, nor be read as HTML or Markdown.

/**
 * Characters Mermaid (or the HTML it renders labels into, or the Markdown fence around it) gives a
 * meaning to. They are written as Mermaid's numeric entity codes (`#35;` for `#`), which it decodes
 * back to the character as text.
 */
const ACTIVE = /["#&<>|[\](){}%`\\;]/g;

/** Label text for a quoted Mermaid string: special characters as entity codes, no line breaks. */
export function mermaidText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(ACTIVE, (c) => `#${c.charCodeAt(0)};`);
}

/** A quoted label from lines of plain text (each escaped), joined by Mermaid line breaks. */
export function mermaidLabel(lines: readonly string[]): string {
  return `"${lines.map(mermaidText).join("<br/>")}"`;
}

/** FNV-1a, 32 bits, base 36: a short, stable fingerprint of a name (not a security measure). */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * `pgsims-web` → `pgsims_web`; letters outside ASCII become their code point (`ü` → `u00fc`), so
 * different scripts do not all collapse to underscores.
 */
export function sanitiseId(name: string): string {
  let out = "";
  for (const ch of name.toLowerCase()) {
    if (/[a-z0-9]/.test(ch)) out += ch;
    else if (ch.codePointAt(0)! < 0x80) out += "_";
    else out += `u${ch.codePointAt(0)!.toString(16).padStart(4, "0")}`;
  }
  return out;
}

/**
 * Node ids for a set of keys: `prefix` + the sanitised key, and where two keys sanitise alike, each
 * of them gets its key's hash as a suffix. An id depends only on its own key and on which other keys
 * collide with it, so it stays the same from run to run and when unrelated services come and go.
 * The prefix keeps ids clear of Mermaid keywords (`end`, `graph`) and of edge syntax (`o`, `x`).
 */
export function assignIds(prefix: string, keys: Iterable<string>): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const key of new Set(keys)) {
    const base = `${prefix}${sanitiseId(key)}`;
    byBase.set(base, [...(byBase.get(base) ?? []), key]);
  }
  const ids = new Map<string, string>();
  for (const [base, group] of byBase) {
    if (group.length === 1) ids.set(group[0]!, base);
    else for (const key of group) ids.set(key, `${base}_${shortHash(key)}`);
  }
  // A hashed id could still equal another key's plain one (`a_1x` next to two `a`s): rehash those, in key order.
  const taken = new Set<string>();
  for (const key of [...ids.keys()].sort()) {
    let id = ids.get(key)!;
    while (taken.has(id)) id = `${id}_${shortHash(`${key}\0${id}`)}`;
    taken.add(id);
    ids.set(key, id);
  }
  return ids;
}
