// Ordering that is the same on every machine: plain UTF-16 code unit order. `localeCompare`
// depends on the locale (and its first call initialises ICU, ~5 ms of a hook's start-up), so
// anything written to a file or compared across runs sorts with this instead.

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
