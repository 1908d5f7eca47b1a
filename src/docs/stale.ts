// Is a generated port map current? Shared by `portcullis docs --check` and the `docs-drift` rule,
// so both give the same answer for the same registry and refs.

import type { AttributedRef, Suppressed } from "../engine/types.js";
import type { Registry } from "../registry/model.js";
import type { PortMapRegion } from "../scan/types.js";
import { generatePortMap } from "./generate.js";
import { applyPortMap, embeddedContent, normaliseEol, type ApplyResult } from "./markers.js";

/** The file's text with a current map in it (see applyPortMap); `file` is repository-relative. */
export function renderPortMapInto(
  registry: Registry,
  refs: readonly AttributedRef[],
  file: string,
  existing: string | undefined,
  suppressed?: Suppressed,
): ApplyResult {
  return applyPortMap(existing, (layout) => generatePortMap(registry, refs, { outputFile: file, ...layout, suppressed }));
}

/**
 * True when `text` (the current content of `file`, undefined when missing) does not hold the map
 * the registry and refs produce. Line endings do not count: a CRLF checkout of a current map is current.
 */
export function isPortMapStale(registry: Registry, refs: readonly AttributedRef[], file: string, text: string | undefined, suppressed?: Suppressed): boolean {
  if (text === undefined) return true;
  const rendered = renderPortMapInto(registry, refs, file, text, suppressed);
  return !rendered.ok || normaliseEol(rendered.text) !== normaliseEol(text);
}

/** `[compose.yaml:12](compose.yaml#L12)` → `[compose.yaml:N](compose.yaml#LN)`. */
function withoutLineNumbers(text: string): string {
  return text.replace(/:\d+\]\(([^)#\s]*)#L\d+\)/g, ":N]($1#LN)");
}

/**
 * The same question for a region a scanner found (the rule sees scan results, not files), asked
 * by `check`: there, a map whose only difference is the line numbers of its "where configured"
 * links is current. Otherwise any edit above a port in a listed file would fail every pull
 * request until the map is regenerated; `docs --check` and the scheduled docs job stay exact.
 */
export function isPortMapRegionStale(registry: Registry, refs: readonly AttributedRef[], region: PortMapRegion, suppressed?: Suppressed): boolean {
  const body = generatePortMap(registry, refs, { outputFile: region.file, embedded: region.embedded, headingDepth: region.headingDepth, suppressed });
  const expected = region.embedded ? embeddedContent(body) : body;
  return withoutLineNumbers(normaliseEol(region.text.replace(/^\uFEFF/, ""))) !== withoutLineNumbers(expected);
}
