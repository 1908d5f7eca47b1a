// portRef builds every ref; attributeRef copies them with it. Both must keep exactly the fields a
// ref has: nothing dropped, and no optional field present as `undefined`.

import { describe, expect, it } from "vitest";
import { attributeRef, indexServices } from "../../src/engine/attribute.js";
import { parseRegistry } from "../../src/registry/load.js";
import { portRef } from "../../src/scan/port-ref.js";
import type { PortRef } from "../../src/scan/types.js";

const at = { file: "a/docker-compose.yml", line: 3, column: 9, endLine: 3, endColumn: 13 };

describe("portRef", () => {
  it("keeps every field that is set, in a copy", () => {
    const full: Required<PortRef> = {
      ...at,
      family: "compose",
      kind: "publish",
      side: "host",
      port: 8000,
      portEnd: 8010,
      protocol: "udp",
      host: "",
      envVar: "API_PORT",
      name: "api",
      meta: { unquoted: true },
    };
    const ref = portRef(full, full);
    expect(ref).toStrictEqual(full);
    expect(ref).not.toBe(full);
  });

  it("leaves out optional fields that are undefined instead of holding them as undefined", () => {
    const ref = portRef(at, { family: "env", kind: "assign", side: "host", port: 5432, protocol: "tcp", host: undefined, envVar: undefined, meta: undefined });
    expect(Object.keys(ref).sort()).toEqual(["column", "endColumn", "endLine", "family", "file", "kind", "line", "port", "protocol", "side"]);
    // "" is a value (a binding that names no host), not an absence
    expect(portRef(at, { family: "compose", kind: "publish", side: "host", port: 80, protocol: "tcp", host: "" }).host).toBe("");
  });
});

describe("attributeRef", () => {
  const registry = parseRegistry("ports.yaml", "version: 1\nservices:\n  api:\n    port: 8000\n    env: API_PORT\n");
  const index = indexServices(registry);

  it("is the ref plus its service, field for field", () => {
    const ref = portRef(at, { family: "env", kind: "assign", side: "host", port: 8001, protocol: "tcp", envVar: "API_PORT", meta: { template: true } });
    const attributed = attributeRef(ref, index);
    expect(attributed).toStrictEqual({ ...ref, service: registry.services[0], attributedBy: "env" });
  });

  it("adds nothing to a ref no service claims", () => {
    const ref = portRef(at, { family: "source", kind: "literal", side: "host", port: 9999, protocol: "tcp" });
    expect(attributeRef(ref, index)).toStrictEqual(ref);
  });
});
