// The library API: `import { check, loadRegistry } from "portcullis"`.

export { check, resolveRegistry, DEFAULT_MAX_FILE_SIZE } from "./engine/check.js";
export type { CheckOptions, CheckResult, CheckSummary, FileSource } from "./engine/check.js";
export type { AttributedRef, Finding, Rule, RuleMeta, Severity } from "./engine/types.js";
export { findConfig, loadRegistry, parseRegistry } from "./registry/load.js";
export type { LoadOptions } from "./registry/load.js";
export { ConfigError } from "./registry/model.js";
export type {
  Access,
  DocsConfig,
  Located,
  PortRange,
  ProjectAllocation,
  Protocol,
  Registry,
  Reservation,
  RuleLevel,
  Service,
} from "./registry/model.js";
export type { Family, PortRef, RefKind, ScanProblem, ScanResult, Scanner, Side } from "./scan/types.js";
export { scanners, classify } from "./scan/scanners/index.js";
export { rules, ruleMetas } from "./rules/index.js";
export { generatePortMap } from "./docs/generate.js";
export { proposeRegistry } from "./init/propose.js";
export { VERSION } from "./version.js";
