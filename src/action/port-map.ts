// The generated port map for the Action: the docs files a scheduled run proposes (the map and the
// range chart beside it), and the map shown (collapsed) in the job summary under its topology diagram.

import path from "node:path";
import { buildPortMapFile } from "../cli/docs.js";
import { check, type CheckResult } from "../engine/check.js";
import { generatePortMap, generateTopology, portMapOutputFile } from "../docs/generate.js";
import { blobFileUrl, type BlobLinks } from "../report/markdown.js";
import { withPathPrefix } from "../report/sarif.js";
import type { GeneratedFile, RenderOptions } from "./run-docs.js";
import { actionCaches, type Project } from "./run-check.js";

/**
 * The files `portcullis docs` writes for the project, as it writes them (the same function builds
 * them, so the Action and the CLI agree byte for byte): the map first, then the range chart when
 * docs.diagram asks for one and the registry has a range.
 */
export async function renderPortMapFile(project: Project, options: RenderOptions = {}): Promise<GeneratedFile[]> {
  const result = await check({
    root: project.root,
    config: project.config,
    allowOutside: false,
    ...(options.githubToken ? { githubToken: options.githubToken } : {}),
    ...actionCaches(options),
  });
  const map = await buildPortMapFile({ root: project.root, config: project.config, result });
  return [map, ...(map.chart ? [map.chart] : [])].map(({ file, content, stale }) => ({ file, content, stale }));
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
  const markdown = generateTopology(result.registry, result.refs, { outputFile, suppressed: result.suppressed });
  if (markdown === undefined) return undefined;
  return links ? absoluteLinks(markdown, outputFile, project.pathPrefix, links) : markdown;
}
