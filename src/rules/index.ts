// The rule catalog: id → rule, sorted by id. Adding a rule is one file here plus one line below.

import type { Rule, RuleMeta } from "../engine/types.js";
import docsDrift from "./docs-drift.js";
import envTemplateDrift from "./env-template-drift.js";
import envVarMismatch from "./env-var-mismatch.js";
import ephemeralPort from "./ephemeral-port.js";
import hardcodedPort from "./hardcoded-port.js";
import exposedBinding from "./exposed-binding.js";
import invalidPort from "./invalid-port.js";
import outOfRange from "./out-of-range.js";
import parseError from "./parse-error.js";
import portConflict from "./port-conflict.js";
import portMismatch from "./port-mismatch.js";
import privilegedPort from "./privileged-port.js";
import reservedPort from "./reserved-port.js";
import unknownPort from "./unknown-port.js";
import unquotedPort from "./unquoted-port.js";
import { compareText } from "../engine/order.js";

const all: Rule[] = [
  docsDrift,
  envTemplateDrift,
  envVarMismatch,
  ephemeralPort,
  exposedBinding,
  hardcodedPort,
  invalidPort,
  outOfRange,
  parseError,
  portConflict,
  portMismatch,
  privilegedPort,
  reservedPort,
  unknownPort,
  unquotedPort,
];

export const rules: ReadonlyMap<string, Rule> = new Map(
  [...all].sort((a, b) => compareText(a.meta.id, b.meta.id)).map((rule) => [rule.meta.id, rule]),
);

export const ruleMetas: readonly RuleMeta[] = [...rules.values()].map((rule) => rule.meta);
