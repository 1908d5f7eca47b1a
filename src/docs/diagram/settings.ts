// `docs.diagram` in ports.yaml: where the range chart goes, and whether diagrams are drawn at all.
//   (unset)       topology in the map, chart in ports-map.svg beside the map
//   path/x.svg    topology in the map, chart at that path (relative to ports.yaml, like docs.output)
//   mermaid       topology only, no SVG file
//   none          no diagrams

import { posix } from "node:path";
import type { Registry } from "../../registry/model.js";

export const DEFAULT_CHART_FILE = "ports-map.svg";

export interface DiagramSettings {
  /** Draw the Mermaid topology in the map. */
  topology: boolean;
  /** Repository-relative path of the range chart SVG; undefined: no chart. */
  chartFile?: string;
  /** Set when docs.diagram holds something else; the map is then drawn as with `mermaid`. */
  error?: string;
}

export function diagramSettings(registry: Registry, outputFile: string): DiagramSettings {
  const value = registry.docs.diagram?.trim();
  if (value === undefined) return { topology: true, chartFile: posix.join(posix.dirname(outputFile), DEFAULT_CHART_FILE) };
  const lower = value.toLowerCase();
  if (lower === "none") return { topology: false };
  if (lower === "mermaid") return { topology: true };
  if (lower.endsWith(".svg")) {
    return { topology: true, chartFile: posix.normalize(posix.join(posix.dirname(registry.file), value.replace(/\\/g, "/"))) };
  }
  return { topology: true, error: `docs.diagram must be a path ending in .svg, "mermaid" or "none" (got "${value}")` };
}
