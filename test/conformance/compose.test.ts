// Every case of the reference compose implementation's port and interpolation tests, run against
// our short-syntax parser, long-syntax normaliser, scanner and interpolator.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { extractVariables, interpolate, type Interpolation } from "../../src/scan/interpolate.js";
import {
  composePortConfigs,
  composeScanner,
  isParseError,
  parsePort,
  parsePortNumber,
  parsePortRange,
  parsePortSpec,
  splitProtoPort,
  type PortMapping,
  type ServicePortConfig,
} from "../../src/scan/scanners/compose.js";
import type { PortRef } from "../../src/scan/types.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const conformanceDir = path.resolve(repoRoot, "../shared/conformance");

type Case = Record<string, any>;
interface CaseSet {
  set: string;
  api: string;
  compare?: string;
  cases: Case[];
}

function load(name: string): CaseSet[] {
  return JSON.parse(readFileSync(path.join(conformanceDir, name), "utf8")) as CaseSet[];
}

/** What the reference calls a ServicePortConfig, in its field names. */
function goConfig(c: ServicePortConfig): Record<string, unknown> {
  const out: Record<string, unknown> = { host_ip: c.hostIp, published: c.published, target: c.target, protocol: c.protocol, mode: c.mode };
  if (c.name !== undefined) out.name = c.name;
  if (c.appProtocol !== undefined) out.app_protocol = c.appProtocol;
  return out;
}

/** The canonical long form of a whole `ports` list, or the first error. */
function configsOf(entries: unknown[]): Array<Record<string, unknown>> | { error: string } {
  const out: Array<Record<string, unknown>> = [];
  for (const entry of entries) {
    const configs = composePortConfigs(entry);
    if (isParseError(configs)) return configs;
    out.push(...configs.map(goConfig));
  }
  return out;
}

function goMapping(m: PortMapping): { port: string; host_ip: string; host_port: string } {
  return { port: `${m.containerPort}/${m.protocol}`, host_ip: m.hostIp, host_port: m.hostPort };
}

/** `nat.ParsePortSpecs`: exposed ports and their bindings, or an error. */
function parsePortSpecs(specs: string[]): { ports: Set<string>; bindings: Map<string, Array<{ host_ip: string; host_port: string }>> } | { error: string } {
  const ports = new Set<string>();
  const bindings = new Map<string, Array<{ host_ip: string; host_port: string }>>();
  for (const spec of specs) {
    const mappings = parsePortSpec(spec);
    if (isParseError(mappings)) return mappings;
    for (const m of mappings.map(goMapping)) {
      ports.add(m.port);
      bindings.set(m.port, [...(bindings.get(m.port) ?? []), { host_ip: m.host_ip, host_port: m.host_port }]);
    }
  }
  return { ports, bindings };
}

/** `nat.NewPort`. */
function newPort(proto: string, port: string): string | { error: string } {
  const range = parsePortRange(port);
  if (isParseError(range)) return range;
  return range.start === range.end ? `${range.start}/${proto}` : `${range.start}-${range.end}/${proto}`;
}

/** `net.JoinHostPort(ip, hostPort + ":" + port)`, as `PortMapping.String` writes a mapping. */
function mappingString(m: PortMapping): string {
  const g = goMapping(m);
  const rest = `${g.host_port}:${g.port}`;
  return g.host_ip.includes(":") ? `[${g.host_ip}]:${rest}` : `${g.host_ip}:${rest}`;
}

function expandRefs(refs: PortRef[], kind: PortRef["kind"]): number[] {
  const out: number[] = [];
  for (const r of refs.filter((x) => x.kind === kind)) for (let p = r.port; p <= (r.portEnd ?? r.port); p++) out.push(p);
  return out.sort((a, b) => a - b);
}

function scanYaml(yaml: string) {
  return composeScanner.scan("compose.yaml", yaml);
}

type Handler = (c: Case) => void;
type Handlers = Record<string, Handler | { skip: string }>;

/** Error wording of the pinned v0.4.0 and of compose-go differs from head's: only "is an error" counts there. */
function expectErrorOnly(result: unknown, c: Case): boolean {
  const wantsError = c.expected_error !== undefined && c.expected_error !== null && c.expected_error !== false;
  const wants = wantsError || c.expected_error_exact !== undefined || c.expected_error_contains !== undefined;
  expect(isParseError(result), JSON.stringify(c)).toBe(wants);
  return wants;
}

const portHandlers: Handlers = {
  "compose-go types.ParsePortConfig (short syntax)": (c) => {
    const result = composePortConfigs(c.input);
    if (expectErrorOnly(result, c)) return;
    const got = (result as ServicePortConfig[]).map(goConfig);
    expect(got).toHaveLength(c.expected.length);
    for (const want of c.expected) expect(got).toContainEqual(want);
  },
  "compose-go loader: mixed short/long syntax list": (c) => {
    expect(configsOf(c.input_ports)).toEqual(c.expected);
    // The scanner reads the same document: every published and container port, nothing more.
    const { refs, problems } = scanYaml(c.input_yaml);
    expect(problems).toEqual([]);
    const expected = c.expected as Array<{ published: string; target: number }>;
    expect(expandRefs(refs, "target")).toEqual(expected.map((e) => e.target).sort((a, b) => a - b));
    expect(expandRefs(refs, "publish")).toEqual(expected.filter((e) => e.published !== "").map((e) => Number(e.published)).sort((a, b) => a - b));
  },
  "compose-go loader: ports short/long/range/name/app_protocol": (c) => {
    const doc = parseYaml(c.input_yaml) as { services: { foo: { ports: unknown[] } } };
    const got = configsOf(doc.services.foo.ports);
    expect(isParseError(got)).toBe(false);
    const list = got as Array<Record<string, unknown>>;
    if (c.expected_len !== undefined) expect(list).toHaveLength(c.expected_len);
    for (const { index, ...fields } of c.expected_fields) expect(list[index]).toMatchObject(fields);
    const { refs, problems } = scanYaml(c.input_yaml);
    expect(problems).toEqual([]);
    for (const { index, ...fields } of c.expected_fields) {
      if (fields.name !== undefined) expect(refs.some((r) => r.meta?.portName === fields.name)).toBe(true);
      if (fields.app_protocol !== undefined) expect(refs.some((r) => r.meta?.appProtocol === fields.app_protocol)).toBe(true);
      if (fields.target !== undefined && list.length === c.expected_fields.length) {
        expect(expandRefs(refs, "target")[index]).toBe(fields.target);
      }
    }
  },
  "compose-go transform: short syntax -> canonical long form": (c) => {
    const out: unknown[] = [];
    let error: string | undefined;
    for (const entry of c.input as unknown[]) {
      const configs = composePortConfigs(entry);
      if (isParseError(configs)) {
        // Compose passes an unparsable (not yet interpolated) entry through when told to.
        if (c.ignore_parse_error) out.push(entry);
        else error = configs.error;
        continue;
      }
      out.push(...configs.map(goConfig));
    }
    if (c.expected_error !== undefined) expect(error, JSON.stringify(c)).toBeDefined();
    else expect(out).toEqual(c.expected);
  },
  "compose-go transform: long syntax defaults": (c) => {
    const configs = composePortConfigs(c.input);
    expect(isParseError(configs)).toBe(false);
    // Compose keeps the raw number at this step; the loader (and we) carry `published` as a string.
    const want = { ...c.expected, published: String(c.expected.published), host_ip: "" };
    expect(goConfig((configs as ServicePortConfig[])[0]!)).toEqual(want);
  },
  "compose-go override: duplicate port removal": (c) => {
    const dedupe = (entries: unknown[]): string[] => {
      const seen: string[] = [];
      for (const e of entries) {
        const configs = composePortConfigs(e);
        expect(isParseError(configs)).toBe(false);
        const key = JSON.stringify((configs as ServicePortConfig[]).map(goConfig));
        if (!seen.includes(key)) seen.push(key);
      }
      return seen;
    };
    expect(dedupe(c.input_ports)).toEqual(dedupe(c.expected_ports));
    expect(dedupe(c.input_ports)).toHaveLength(c.expected_ports.length);
  },
  "compose-go validation: long syntax host_ip": (c) => {
    const result = composePortConfigs(parseYaml(c.input_yaml));
    expect(isParseError(result), c.name).toBe(c.expected_error !== null);
    // The scanner reports the same entry as an invalid port, at the host_ip value.
    const yaml = `services:\n  s:\n    ports:\n${(c.input_yaml as string).trim().split("\n").map((l, i) => `${i === 0 ? "      - " : "        "}${l}`).join("\n")}\n`;
    const { problems } = scanYaml(yaml);
    expect(problems.map((p) => p.kind)).toEqual(c.expected_error === null ? [] : ["invalid-port"]);
  },
  "go-connections nat @ v0.4.0 (version pinned by compose-go): ParsePort": (c) => {
    const result = parsePort(c.input);
    if (expectErrorOnly(result, c)) return;
    expect(result).toBe(c.expected);
  },
  "go-connections nat @ v0.4.0 (version pinned by compose-go): ParsePortRangeToInt": (c) => {
    const result = c.input === "" ? { start: 0, end: 0 } : parsePortRange(c.input);
    if (expectErrorOnly(result, c)) return;
    expect(result).toEqual({ start: c.expected[0], end: c.expected[1] });
  },
  "go-connections nat @ v0.4.0 (version pinned by compose-go): ParsePortRange": (c) => {
    const result = parsePortRange(c.input);
    if (expectErrorOnly(result, c)) return;
    expect(result).toEqual({ start: c.expected[0], end: c.expected[1] });
  },
  "go-connections nat @ v0.4.0 (version pinned by compose-go): NewPort": (c) => {
    const result = newPort(c.input[0], c.input[1]);
    if (expectErrorOnly(result, c)) return;
    expect(result).toBe(c.expected);
    if (c.expected_int !== undefined) expect(parsePortNumber(c.input[1])).toBe(c.expected_int);
  },
  "go-connections nat @ v0.4.0 (version pinned by compose-go): SplitProtoPort": (c) => {
    expect(splitProtoPort(c.input)).toEqual(c.expected);
  },
  "go-connections nat @ v0.4.0 (version pinned by compose-go): ParsePortSpec": (c) => {
    const result = parsePortSpec(c.input);
    if (expectErrorOnly(result, c)) return;
    expect((result as PortMapping[]).map(goMapping)).toEqual(c.expected);
  },
  "go-connections nat @ v0.4.0 (version pinned by compose-go): ParsePortSpecs": (c) => checkPortSpecs(c),
  "go-connections nat @ HEAD (newer than compose-go's pin: lower-case errors, raw IPv6 accepted): ParsePort": (c) => {
    const result = parsePort(c.input);
    if (c.expected_error !== undefined) expect(result).toEqual({ error: c.expected_error });
    else expect(result).toBe(c.expected);
  },
  "go-connections nat @ HEAD (newer than compose-go's pin: lower-case errors, raw IPv6 accepted): ParsePortRangeToInt": (c) => {
    const result = c.input === "" ? { start: 0, end: 0 } : parsePortRange(c.input);
    expect(isParseError(result)).toBe(false);
    if (c.expected) expect(result).toEqual({ start: c.expected[0], end: c.expected[1] });
  },
  "go-connections nat @ HEAD (newer than compose-go's pin: lower-case errors, raw IPv6 accepted): ParsePortRange": (c) => {
    const result = parsePortRange(c.input);
    if (c.expected_error !== null) expect(result).toEqual({ error: c.expected_error });
    else expect(result).toEqual({ start: c.expected[0], end: c.expected[1] });
  },
  "go-connections nat @ HEAD (newer than compose-go's pin: lower-case errors, raw IPv6 accepted): parsePortNumber (unexported helper)": (c) => {
    const result = parsePortNumber(c.input);
    if (c.expected_error !== undefined) expect(result).toEqual({ error: c.expected_error });
    else expect(result).toBe(c.expected);
  },
  "go-connections nat @ HEAD (newer than compose-go's pin: lower-case errors, raw IPv6 accepted): NewPort": (c) => {
    const result = newPort(c.input[0], c.input[1]);
    if (expectErrorOnly(result, c)) return;
    expect(result).toBe(c.expected);
  },
  "go-connections nat @ HEAD (newer than compose-go's pin: lower-case errors, raw IPv6 accepted): SplitProtoPort": (c) => {
    expect(splitProtoPort(c.input)).toEqual(c.expected);
  },
  "go-connections nat @ HEAD (newer than compose-go's pin: lower-case errors, raw IPv6 accepted): ParsePortSpec": (c) => {
    const result = parsePortSpec(c.input);
    if (c.expected_error !== undefined) expect(result).toEqual({ error: c.expected_error });
    else expect((result as PortMapping[]).map(goMapping)).toEqual(c.expected);
  },
  "go-connections nat @ HEAD (newer than compose-go's pin: lower-case errors, raw IPv6 accepted): PortMapping.String (round-trip of ParsePortSpec)": (c) => {
    const result = parsePortSpec(c.input);
    expect(isParseError(result)).toBe(false);
    const mappings = result as PortMapping[];
    expect(mappings).toHaveLength(1);
    expect(mappingString(mappings[0]!)).toBe(c.expected);
  },
  "go-connections nat @ HEAD (newer than compose-go's pin: lower-case errors, raw IPv6 accepted): ParsePortSpecs": (c) => checkPortSpecs(c),
};

function checkPortSpecs(c: Case): void {
  const result = parsePortSpecs(c.input);
  if (c.expected_error) {
    expect(isParseError(result), JSON.stringify(c.input)).toBe(true);
    return;
  }
  expect(isParseError(result), JSON.stringify(c.input)).toBe(false);
  const { ports, bindings } = result as Exclude<ReturnType<typeof parsePortSpecs>, { error: string }>;
  for (const p of c.ports_must_include ?? []) expect(ports.has(p), p).toBe(true);
  if (c.every_binding) {
    for (const [port, list] of bindings) {
      expect(list).toHaveLength(c.every_binding.count);
      for (const b of list) {
        expect(b.host_ip).toBe(c.every_binding.host_ip);
        expect(b.host_port).toBe(c.every_binding.host_port === "=container_port" ? port.split("/")[0] : c.every_binding.host_port);
      }
    }
  }
  if (c.exact_ports) expect([...ports].sort()).toEqual([...c.exact_ports].sort());
  if (c.bindings) expect(Object.fromEntries(bindings)).toEqual(c.bindings);
}

const SUBSTITUTE_MAPPING = "mapping";

function substituteLookup(set: Case, c: Case): Record<string, string> {
  return (c.mapping_override ?? set[SUBSTITUTE_MAPPING]) as Record<string, string>;
}

/** The reference's whole-document interpolation, built on `interpolate`: the first error wins. */
function interpolateDocument(value: unknown, lookup: Record<string, string>): { value: unknown } | { error: Interpolation["error"] } {
  let error: Interpolation["error"];
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") {
      const r = interpolate(v, lookup);
      if (r.error && !error) error = r.error;
      return r.value;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const out = walk(value);
  return error ? { error } : { value: out };
}

/** The lookups the whole-document cases describe in words. */
function documentLookup(set: CaseSet & Record<string, any>, c: Case): Record<string, string> {
  if (c.lookup === "mapping") return set.mapping as Record<string, string>;
  if (/^process environment with FOO=BARZ/.test(c.lookup)) return { FOO: "BARZ" };
  if (/^process environment \(Options\{\}\); FOO, BAR, ZOT assumed unset/.test(c.lookup)) return {};
  throw new Error(`unknown lookup in case: ${c.lookup}`);
}

let currentSet: CaseSet & Record<string, any>;

const interpolationHandlers: Handlers = {
  "compose-go template.Substitute (default pattern)": (c) => {
    const r = interpolate(c.input, substituteLookup(currentSet, c));
    if (c.expected_error_contains !== undefined) {
      expect(r.error?.message).toContain(c.expected_error_contains);
      if (c.expected_error_type === "MissingRequiredError") expect(r.error?.kind).toBe("missing-required");
      return;
    }
    if (c.expected_error_exact) {
      expect(r.error).toMatchObject({ kind: "missing-required", variable: c.expected_error_exact.Variable, reason: c.expected_error_exact.Reason });
    } else {
      expect(r.error, c.input).toBeUndefined();
    }
    expect(r.value).toBe(c.expected);
    if (c.expected_warnings !== undefined) expect(r.missing).toHaveLength(c.expected_warnings);
  },
  "compose-go template: which operator applies inside ${...} (first-match precedence)": (c) => {
    const r = interpolate(`\${${c.input}}`, { VARNAME: "set" });
    expect(r.references[0]?.operator).toBe(c.expected_operator);
  },
  "compose-go template.ExtractVariables": (c) => {
    const got = Object.fromEntries(
      [...extractVariables(c.input)].map(([name, v]) => [
        name,
        { Name: v.name, DefaultValue: v.defaultValue, PresenceValue: v.presenceValue, Required: v.required },
      ]),
    );
    expect(got).toEqual(c.expected);
  },
  "compose-go interpolation.Interpolate (whole-document, path-aware errors)": (c) => {
    if (c.type_cast) {
      throw new Error("type-cast cases are listed in SKIPPED");
    }
    const result = interpolateDocument(c.input, documentLookup(currentSet, c));
    if (c.expected_error_exact !== undefined) {
      expect("error" in result).toBe(true);
      const error = (result as { error: NonNullable<Interpolation["error"]> }).error;
      // The reference prefixes the path of the value; the error itself must be the same.
      if (String(c.expected_error_exact).includes("required variable")) {
        expect(error.kind).toBe("missing-required");
        expect(c.expected_error_exact.endsWith(error.message)).toBe(true);
      } else {
        expect(error.kind).toBe("invalid-template");
      }
      return;
    }
    expect(result).toEqual({ value: c.expected });
  },
};

/** Cases we deliberately do not run, each with the reason. */
const SKIPPED: Array<{ set: string; match: (c: Case) => boolean; reason: string }> = [
  {
    set: "compose-go interpolation.Interpolate (whole-document, path-aware errors)",
    match: (c) => c.type_cast !== undefined,
    reason:
      "casting interpolated values to int/bool at given paths is a loader step (replicas, required); the scanner reads ports from the YAML nodes and never casts",
  },
];

function register(file: string, handlers: Handlers): void {
  describe(file, () => {
    for (const set of load(file)) {
      describe(set.set, () => {
        const handler = handlers[set.set];
        if (!handler) {
          it("has a handler", () => {
            throw new Error(`no handler for conformance set "${set.set}" (${set.api}): every case must be run or skipped with a reason`);
          });
          return;
        }
        set.cases.forEach((c, i) => {
          const label = `#${i} ${JSON.stringify(c.input ?? c.test ?? c.name ?? c.doc ?? "").slice(0, 80)}`;
          const skip = SKIPPED.find((s) => s.set === set.set && s.match(c));
          if ("skip" in handler || skip) {
            it.skip(`${label} (skipped: ${"skip" in handler ? handler.skip : skip!.reason})`, () => {});
            return;
          }
          it(label, () => {
            currentSet = set as CaseSet & Record<string, any>;
            handler(c);
          });
        });
      });
    }
  });
}

if (!existsSync(conformanceDir)) {
  describe("compose conformance", () => {
    it("finds the conformance cases", () => {
      throw new Error(`missing conformance folder ${conformanceDir} (expected ../shared/conformance next to the repository)`);
    });
  });
} else {
  register("ports.json", portHandlers);
  register("interpolation.json", interpolationHandlers);
}
