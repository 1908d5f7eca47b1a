// The generated port map for the Action: the docs file a scheduled run proposes, and the map
// shown (collapsed) in the job summary under its topology diagram.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { check, type CheckResult } from "../engine/check.js";
import { generatePortMap, generateTopology, portMapOutputFile } from "../docs/generate.js";
import { isPortMapStale, renderPortMapInto } from "../docs/stale.js";
import { ConfigError } from "../registry/model.js";
import { blobFileUrl, type BlobLinks } from "../report/markdown.js";
import { withPathPrefix } from "../report/sarif.js";
import type { GeneratedFile } from "./run-docs.js";
import type { Project } from "./run-check.js";

export async function renderPortMapFile(project: Project): Promise<GeneratedFile> {
  const result = await check({ root: project.root, config: project.config });
  const relative = portMapOutputFile(result.registry);
  const file = path.join(project.root, relative);
  const existing = await readFile(file, "utf8").catch(() => undefined);
  const applied = renderPortMapInto(result.registry, result.refs, relative, existing);
  if (!applied.ok) throw new ConfigError(applied.message, relative);
  return { file, content: applied.text, stale: isPortMapStale(result.registry, result.refs, relative, existing) };
}

/**
 * The map's relative links (written for the file's own folder) as links to the commit on GitHub,
 * since a job summary has no folder to resolve them against.
 */
export function absoluteLinks(markdown: string, outputFile: string, pathPrefix: string, links: BlobLinks): string {
  const fromDir = path.posix.dirname(outputFile);
  return markdown.replace(/(?<!\\)\]\(([^()\s]+)\)/g, (whole, destination: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(destination) || destination.startsWith("#")) return whole;
    const [target = "", anchor = ""] = destination.split("#");
    let file: string;
    try {
      file = decodeURIComponent(target);
    } catch {
      return whole;
    }
    const resolved = path.posix.normalize(path.posix.join(fromDir, file));
    if (resolved.startsWith("../")) return whole;
    const url = blobFileUrl(links, withPathPrefix(pathPrefix, resolved));
    return `](${url}${/^L\d+(?:-L\d+)?$/.test(anchor) ? `#${anchor}` : ""})`;
  });
}

/**
 * The map without its title, headings nested under the summary's sections, links to the commit.
 * The topology has its own section (topologyMarkdown) and the range chart image is left out: the
 * SVG may not be committed at this commit, and the ranges table says the same in words.
 */
export function portMapMarkdown(result: CheckResult, project: Project, links?: BlobLinks): string {
  const outputFile = portMapOutputFile(result.registry);
  const markdown = generatePortMap(result.registry, result.refs, { outputFile, embedded: true, headingDepth: 4, topology: false, rangeChart: false });
  return links ? absoluteLinks(markdown, outputFile, project.pathPrefix, links) : markdown;
}

/** The port map's Mermaid topology diagram (GitHub renders it in job summaries), links to the commit. */
export function topologyMarkdown(result: CheckResult, project: Project, links?: BlobLinks): string | undefined {
  const outputFile = portMapOutputFile(result.registry);
  const markdown = generateTopology(result.registry, result.refs, { outputFile });
  if (markdown === undefined) return undefined;
  return links ? absoluteLinks(markdown, outputFile, project.pathPrefix, links) : markdown;
}
