// SARIF 2.1.0 output, the format GitHub code scanning ingests: rules in a stable order,
// one result per finding, and the engine's fingerprint so alerts are tracked across commits.

import { ruleDocsUrl, type Finding, type RuleMeta, type Severity } from "../engine/types.js";
import type { FormatContext, FormatInput, Formatter } from "./types.js";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
export const TOOL_NAME = "portcullis";
export const TOOL_INFORMATION_URI = "https://github.com/portcullis-dev/portcullis";

type SarifLevel = "error" | "warning" | "note";

const LEVEL: Record<Severity, SarifLevel> = { error: "error", warning: "warning", info: "note" };
const DEFAULT_LEVEL: Record<RuleMeta["defaultLevel"], SarifLevel> = { error: "error", warn: "warning", info: "note" };

export interface SarifOptions {
  /**
   * Prepended to every file path: the project's folder inside the checked-out repository, so
   * code scanning resolves paths from the repository root (e.g. `services/shop/`).
   */
  pathPrefix?: string;
}

export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: SarifRun[];
}

export interface SarifRun {
  tool: { driver: SarifDriver };
  columnKind: "utf16CodeUnits";
  results: SarifResult[];
}

interface SarifDriver {
  name: string;
  version: string;
  semanticVersion: string;
  informationUri: string;
  rules: SarifRule[];
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[] };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: "%SRCROOT%" };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }>;
  partialFingerprints: { primaryLocationLineHash: string };
  properties?: { service?: string; port?: number };
}

/** Rule ids as a rule name: `exposed-binding` → `ExposedBinding` (SARIF's readable identifier). */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
}

/** A repository path as a relative URI reference: each segment percent-encoded, `/` kept. */
export function pathToUri(file: string): string {
  return file
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

/** A project-relative path as seen from the repository root (the project may live in a subfolder). */
export function withPathPrefix(prefix: string | undefined, file: string): string {
  if (!prefix) return file;
  const clean = prefix.replace(/\\/g, "/").replace(/^\.\/+/, "").replace(/\/+$/, "");
  return clean === "" || clean === "." ? file : `${clean}/${file}`;
}

/** A description as a sentence: one final full stop, never two. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function describeRule(meta: RuleMeta): SarifRule {
  const helpUri = ruleDocsUrl(meta.id);
  const level = DEFAULT_LEVEL[meta.defaultLevel];
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.rationale || meta.description },
    help: {
      text: `${sentence(meta.description)}\n\n${meta.rationale}\n\nDocumentation: ${helpUri}`,
      markdown: `**${meta.id}** (default: ${meta.defaultLevel}): ${sentence(meta.description)}\n\n${meta.rationale}\n\n[Documentation](${helpUri})`,
    },
    helpUri,
    defaultConfiguration: { level },
    properties: { tags: ["ports", "configuration"] },
  };
}

function describeResult(finding: Finding, index: ReadonlyMap<string, number>, prefix: string | undefined): SarifResult {
  const startLine = Math.max(1, finding.line);
  const startColumn = Math.max(1, finding.column);
  const endLine = Math.max(startLine, finding.endLine);
  // A region must not end before it starts; an empty span still marks its first character.
  const endColumn = endLine === startLine ? Math.max(startColumn + 1, finding.endColumn) : Math.max(1, finding.endColumn);
  const ruleIndex = index.get(finding.ruleId);
  const properties: NonNullable<SarifResult["properties"]> = {};
  if (finding.service !== undefined) properties.service = finding.service;
  if (finding.port !== undefined) properties.port = finding.port;
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathToUri(withPathPrefix(prefix, finding.file)), uriBaseId: "%SRCROOT%" },
          region: { startLine, startColumn, endLine, endColumn },
        },
      },
    ],
    partialFingerprints: { primaryLocationLineHash: finding.fingerprint },
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}

export function buildSarif(input: FormatInput, context: FormatContext, options: SarifOptions = {}): SarifLog {
  const metas = [...context.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(metas.map((meta, i) => [meta.id, i]));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: context.version,
            semanticVersion: context.version,
            informationUri: TOOL_INFORMATION_URI,
            rules: metas.map(describeRule),
          },
        },
        columnKind: "utf16CodeUnits",
        results: input.findings.map((finding) => describeResult(finding, index, options.pathPrefix)),
      },
    ],
  };
}

export function renderSarif(input: FormatInput, context: FormatContext, options: SarifOptions = {}): string {
  return `${JSON.stringify(buildSarif(input, context, options), null, 2)}\n`;
}

export const formatSarif: Formatter = (input, context) => renderSarif(input, context);
