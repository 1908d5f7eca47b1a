// Building a PortRef. Every scanner makes its refs here, so that all refs share a few shapes.

import type { Located } from "../registry/model.js";
import type { PortRef } from "./types.js";

/** What a ref holds besides where it is; optional fields left undefined are left out. */
export type RefFields = Omit<PortRef, keyof Located>;

type Copied = keyof Located | keyof RefFields;
/** Fails to compile when PortRef gains a field `portRef` does not copy. */
const copiesEveryField: [keyof PortRef] extends [Copied] ? ([Copied] extends [keyof PortRef] ? true : never) : never = true;
void copiesEveryField;

/**
 * A ref built field by field, always in one order. Written as `{ ...span, family, … }`, a ref got
 * a hidden class of its own in V8 (a spread followed by further properties): ~400 bytes each,
 * 14 MB on a port-heavy repository, and every rule reading refs through megamorphic lookups.
 * Also copies a ref (`portRef(ref, ref)`) into the same shapes.
 */
export function portRef(at: Located, fields: RefFields): PortRef {
  const ref: PortRef = {
    file: at.file,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    family: fields.family,
    kind: fields.kind,
    side: fields.side,
    port: fields.port,
    protocol: fields.protocol,
  };
  if (fields.portEnd !== undefined) ref.portEnd = fields.portEnd;
  if (fields.host !== undefined) ref.host = fields.host;
  if (fields.envVar !== undefined) ref.envVar = fields.envVar;
  if (fields.name !== undefined) ref.name = fields.name;
  if (fields.meta !== undefined) ref.meta = fields.meta;
  return ref;
}
