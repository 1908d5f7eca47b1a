// Every kind of configuration error: exact file, line, column and message.

import { describe, expect, it } from "vitest";
import { ConfigErrors, parseRegistry } from "../../src/registry/load.js";
import { ConfigError } from "../../src/registry/model.js";

/** The formatted problems of parsing `text` as ports.yaml (fails the test when it parses). */
function problems(text: string): string[] {
  try {
    parseRegistry("ports.yaml", text);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).format().split("\n");
  }
  throw new Error("expected a ConfigError");
}

const lines = (...rows: string[]): string => `${rows.join("\n")}\n`;

describe("schema errors", () => {
  it.each([
    {
      name: "port above 65535",
      text: lines("version: 1", "services:", "  api:", "    port: 80800"),
      expected: ["ports.yaml:4:11: services.api.port must be an integer between 1 and 65535 (got 80800)"],
    },
    {
      name: "port 0",
      text: lines("version: 1", "services:", "  api: { port: 0 }"),
      expected: ["ports.yaml:3:16: services.api.port must be an integer between 1 and 65535 (got 0)"],
    },
    {
      name: "port that is a string",
      text: lines("version: 1", "services:", "  api:", '    port: "8000"'),
      expected: ['ports.yaml:4:11: services.api.port must be an integer between 1 and 65535 (got "8000")'],
    },
    {
      name: "port that is a fraction",
      text: lines("version: 1", "services:", "  api:", "    port: 80.5"),
      expected: ["ports.yaml:4:11: services.api.port must be an integer between 1 and 65535 (got 80.5)"],
    },
    {
      name: "empty port points at its key",
      text: lines("version: 1", "services:", "  api:", "    port:"),
      expected: ["ports.yaml:4:5: services.api.port must be an integer between 1 and 65535 (got an empty value)"],
    },
    {
      name: "misspelt key with a suggestion",
      text: lines("version: 1", "services:", "  api:", "    port: 8000", "    acess: public"),
      expected: ['ports.yaml:5:5: unknown key "acess" in services.api (did you mean "access"?)'],
    },
    {
      name: "unknown top-level key lists the keys",
      text: lines("version: 1", "hosts: []"),
      expected: [
        'ports.yaml:2:1: unknown key "hosts" (expected one of: version, project, extends, projects, ranges, services, reserved, ignore, rules, docs)',
      ],
    },
    {
      name: "missing port points at the service",
      text: lines("version: 1", "services:", "  api:", "    env: API_PORT"),
      expected: ['ports.yaml:3:3: services.api is missing required key "port"'],
    },
    {
      name: "missing version",
      text: lines("# ports", "services: {}"),
      expected: ['ports.yaml:2:1: missing required key "version" (add "version: 1")'],
    },
    {
      name: "wrong version",
      text: lines("version: 2"),
      expected: ["ports.yaml:1:10: version must be 1 (got 2)"],
    },
    {
      name: "version as a string",
      text: lines('version: "1"'),
      expected: ['ports.yaml:1:10: version must be 1 (got "1")'],
    },
    {
      name: "empty file",
      text: "",
      expected: ['ports.yaml:1:1: the registry must be a mapping with "version: 1" at the top (got an empty value)'],
    },
    {
      name: "a list instead of a mapping",
      text: lines("- api: 8000"),
      expected: ['ports.yaml:1:1: the registry must be a mapping with "version: 1" at the top (got a list of 1 item)'],
    },
    {
      name: "enum with a suggestion",
      text: lines("version: 1", "services:", "  dns:", "    port: 53", "    protocol: upd"),
      expected: ['ports.yaml:5:15: services.dns.protocol must be one of tcp, udp, sctp (got "upd") (did you mean "udp"?)'],
    },
    {
      name: "access outside the enum",
      text: lines("version: 1", "services:", "  api:", "    port: 8000", "    access: everyone"),
      expected: ['ports.yaml:5:13: services.api.access must be one of public, private, localhost, internal (got "everyone")'],
    },
    {
      name: "services as a list",
      text: lines("version: 1", "services:", "  - api"),
      expected: ["ports.yaml:3:3: services must be a mapping (got a list of 1 item)"],
    },
    {
      name: "boolean written as a word",
      text: lines("version: 1", "services:", "  api:", "    port: 8000", "    immutable: yes"),
      expected: ['ports.yaml:5:16: services.api.immutable must be true or false (got "yes")'],
    },
    {
      name: "range neither a name nor a pair",
      text: lines("version: 1", "services:", "  api:", "    port: 8000", "    range: 8000-8099"),
      expected: ['ports.yaml:5:12: services.api.range must be a range name or a [from, to] pair of ports (got "8000-8099")'],
    },
    {
      name: "range pair with three items",
      text: lines("version: 1", "services:", "  api:", "    port: 8000", "    range: [8000, 8050, 8099]"),
      expected: ["ports.yaml:5:12: services.api.range must be a range name or a [from, to] pair of ports (got a list of 3 items)"],
    },
    {
      name: "port inside an inline range out of bounds",
      text: lines("version: 1", "services:", "  api:", "    port: 8000", "    range: [8000, 70000]"),
      expected: ["ports.yaml:5:19: services.api.range[1] must be an integer between 1 and 65535 (got 70000)"],
    },
    {
      name: "fallback with one port",
      text: lines("version: 1", "services:", "  api:", "    port: 8000", "    fallback: [8001]"),
      expected: ["ports.yaml:5:15: services.api.fallback must be a [from, to] pair of ports (got a list of 1 item)"],
    },
    {
      name: "environment variable name",
      text: lines("version: 1", "services:", "  api:", "    port: 8000", "    env: API-PORT"),
      expected: [
        'ports.yaml:5:10: services.api.env must be an environment variable name (letters, digits and _, not starting with a digit) (got "API-PORT")',
      ],
    },
    {
      name: "service name with a space",
      text: lines("version: 1", "services:", "  my api: { port: 8000 }"),
      expected: [
        'ports.yaml:3:3: invalid service name "my api" in services: expected letters, digits, "_", "." and "-", starting with a letter or digit',
      ],
    },
    {
      name: "range name starting with a digit",
      text: lines("version: 1", "ranges:", "  8k: { from: 8000, to: 8999 }"),
      expected: [
        'ports.yaml:3:3: invalid range name "8k" in ranges: expected letters, digits, "_", "." and "-", starting with a letter or "_"',
      ],
    },
    {
      name: "named range without `to`",
      text: lines("version: 1", "ranges:", "  core:", "    from: 8000"),
      expected: ['ports.yaml:3:3: ranges.core is missing required key "to"'],
    },
    {
      name: "unknown key inside a range",
      text: lines("version: 1", "ranges:", "  core: { from: 8000, to: 8099, descripton: core }"),
      expected: ['ports.yaml:3:33: unknown key "descripton" in ranges.core (did you mean "description"?)'],
    },
    {
      name: "duplicate alias",
      text: lines("version: 1", "services:", "  api:", "    port: 8000", "    aliases: [backend, backend]"),
      expected: ['ports.yaml:5:24: services.api.aliases lists "backend" twice'],
    },
    {
      name: "reservation with port and range",
      text: lines("version: 1", "reserved:", "  - { port: 3000, range: [3000, 3010] }"),
      expected: ['ports.yaml:3:19: reserved[0] has both "port" and "range": a reservation is one port or one range'],
    },
    {
      name: "reservation with neither",
      text: lines("version: 1", "reserved:", "  - reason: Grafana"),
      expected: ['ports.yaml:3:5: reserved[0] needs "port" or "range" (a reserved port or [from, to] range)'],
    },
    {
      name: "reserved port out of bounds",
      text: lines("version: 1", "reserved:", "  - { port: 99999, reason: nope }"),
      expected: ["ports.yaml:3:13: reserved[0].port must be an integer between 1 and 65535 (got 99999)"],
    },
    {
      name: "rule level",
      text: lines("version: 1", "rules:", "  hardcoded-port: warnning"),
      expected: [
        'ports.yaml:3:19: rules.hardcoded-port must be one of off, info, warn, warning, error, 0, 1, 2 (got "warnning") (did you mean "warning"?)',
      ],
    },
    {
      name: "numeric rule level out of bounds",
      text: lines("version: 1", "rules:", "  hardcoded-port: 3"),
      expected: ["ports.yaml:3:19: rules.hardcoded-port must be one of off, info, warn, warning, error, 0, 1, 2 (got 3)"],
    },
    {
      name: "rule id",
      text: lines("version: 1", "rules:", "  Hardcoded_Port: off"),
      expected: [
        'ports.yaml:3:3: invalid rule id "Hardcoded_Port" in rules: expected lower-case letters, digits and "-", starting with a letter',
      ],
    },
    {
      name: "extends of the wrong type",
      text: lines("version: 1", "extends: 3"),
      expected: ["ports.yaml:2:10: extends must be a source or a list of sources (paths, npm packages, github:owner/repo/path@ref) (got 3)"],
    },
    {
      name: "empty extends entry",
      text: lines("version: 1", 'extends: ["ok.yaml", ""]'),
      expected: ["ports.yaml:2:22: extends[1] must not be empty"],
    },
    {
      name: "unknown docs key",
      text: lines("version: 1", "docs:", "  ouput: PORTS.md"),
      expected: ['ports.yaml:3:3: unknown key "ouput" in docs (did you mean "output"?)'],
    },
    {
      name: "ignore as a string",
      text: lines("version: 1", "ignore: vendor/**"),
      expected: ['ports.yaml:2:9: ignore must be a list (got "vendor/**")'],
    },
  ])("$name", ({ text, expected }) => {
    expect(problems(text)).toEqual(expected);
  });

  it("lists every problem of a file, sorted by position, in one ConfigErrors", () => {
    const text = lines(
      "version: 1",
      "services:",
      "  api:",
      "    port: 80800",
      "    acess: public",
      "  web:",
      "    prot: 3000",
    );
    let caught: unknown;
    try {
      parseRegistry("config/ports.yaml", text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigErrors);
    expect(caught).toBeInstanceOf(ConfigError);
    const error = caught as ConfigErrors;
    expect(error.errors.map((e) => e.format())).toEqual([
      "config/ports.yaml:4:11: services.api.port must be an integer between 1 and 65535 (got 80800)",
      'config/ports.yaml:5:5: unknown key "acess" in services.api (did you mean "access"?)',
      'config/ports.yaml:6:3: services.web is missing required key "port"',
      'config/ports.yaml:7:5: unknown key "prot" in services.web (did you mean "port"?)',
    ]);
    // The error itself is the first problem, so code reading .line/.column keeps working.
    expect([error.file, error.line, error.column]).toEqual(["config/ports.yaml", 4, 11]);
    expect(error.message).toBe("services.api.port must be an integer between 1 and 65535 (got 80800) (and 3 more problems)");
    expect(error.format()).toBe(error.errors.map((e) => e.format()).join("\n"));
  });

  it("reports a port once even when several schema keywords reject it", () => {
    expect(problems(lines("version: 1", "services:", "  api: { port: -5 }"))).toEqual([
      "ports.yaml:3:16: services.api.port must be an integer between 1 and 65535 (got -5)",
    ]);
  });

  it("names keys that are not identifiers in brackets", () => {
    expect(problems(lines("version: 1", "services:", "  web.v2:", "    port: 0"))).toEqual([
      'ports.yaml:4:11: services["web.v2"].port must be an integer between 1 and 65535 (got 0)',
    ]);
  });
});

describe("structural errors after the schema", () => {
  it("a named range with from > to points at from", () => {
    expect(problems(lines("version: 1", "ranges:", "  core: { from: 8099, to: 8000 }"))).toEqual([
      "ports.yaml:3:17: ranges.core must have from <= to (got 8099 > 8000)",
    ]);
  });

  it("inline ranges, fallbacks and reserved ranges with from > to, all at once", () => {
    const text = lines(
      "version: 1",
      "services:",
      "  api:",
      "    port: 8000",
      "    range: [8099, 8000]",
      "    fallback: [8020, 8010]",
      "reserved:",
      "  - range: [11999, 11000]",
    );
    expect(problems(text)).toEqual([
      "ports.yaml:5:13: services.api.range must have from <= to (got 8099 > 8000)",
      "ports.yaml:6:16: services.api.fallback must have from <= to (got 8020 > 8010)",
      "ports.yaml:8:13: reserved[0].range must have from <= to (got 11999 > 11000)",
    ]);
  });

  it("an unknown range name points at the value and suggests the closest", () => {
    const text = lines("version: 1", "ranges:", "  core: { from: 8000, to: 8099 }", "  dev: { from: 5000, to: 5199 }", "services:", "  api:", "    port: 8000", "    range: cor");
    expect(problems(text)).toEqual(['ports.yaml:8:12: services.api.range names an unknown range "cor" (did you mean "core"?)']);
  });

  it("an unknown range name with nothing close lists the defined ranges", () => {
    const text = lines("version: 1", "ranges:", "  core: { from: 8000, to: 8099 }", "services:", "  api: { port: 8000, range: dashboards }");
    expect(problems(text)).toEqual(['ports.yaml:5:29: services.api.range names an unknown range "dashboards" (defined ranges: core)']);
  });

  it("an unknown range name when no ranges exist says so", () => {
    expect(problems(lines("version: 1", "services:", "  api: { port: 8000, range: core }"))).toEqual([
      'ports.yaml:3:29: services.api.range names an unknown range "core" (no ranges are defined; declare it under ranges:)',
    ]);
  });
});

describe("YAML errors", () => {
  it("a syntax error has line and column", () => {
    expect(problems(lines("version: 1", "services:", "  api: { port: 8000", "  web: { port: 3000 }"))).toEqual([
      expect.stringMatching(/^ports\.yaml:4:\d+: YAML syntax error: /),
    ]);
    expect(problems(lines("version: 1", "services:", '  api: "8000'))).toEqual([
      'ports.yaml:3:8: unterminated string: the " here is never closed',
    ]);
  });

  it("a bad indentation is a syntax error at the offending line", () => {
    const [first] = problems(lines("version: 1", "services:", "  api:", "    port: 8000", "   env: API_PORT"));
    expect(first).toMatch(/^ports\.yaml:5:\d+: YAML syntax error: /);
  });

  it("a duplicate key names the key", () => {
    expect(problems(lines("version: 1", "services:", "  api: { port: 8000 }", "  api: { port: 8001 }"))).toEqual([
      'ports.yaml:4:3: duplicate key "api": each key may appear only once',
    ]);
  });

  it("a second document is refused", () => {
    expect(problems(lines("version: 1", "---", "version: 1"))).toEqual([
      "ports.yaml:2:1: a registry is a single YAML document (found a second one after ---)",
    ]);
  });

  it("an alias bomb fails fast with a ConfigError instead of expanding", () => {
    // Twenty levels of ten aliases each: 10^20 nodes if expanded.
    const rows = ['l0: &l0 ["boom", "boom", "boom", "boom", "boom", "boom", "boom", "boom", "boom", "boom"]'];
    for (let level = 1; level <= 20; level++) {
      rows.push(`l${level}: &l${level} [${Array(10).fill(`*l${level - 1}`).join(", ")}]`);
    }
    const text = lines("version: 1", "x-bomb:", ...rows.map((row) => `  ${row}`));
    expect(problems(text)).toEqual([
      "ports.yaml:4:12: too many YAML alias expansions (more than 100); refusing what looks like an alias bomb",
    ]);
  });

  it("a byte-order mark does not shift columns", () => {
    expect(problems(`\uFEFF${lines("version: 3")}`)).toEqual(["ports.yaml:1:10: version must be 1 (got 3)"]);
  });
});

describe("merge keys", () => {
  it("are resolved, and an error in merged content points where it is written", () => {
    const text = lines(
      "version: 1",
      "x-defaults: &defaults",
      "  access: privat",
      "services:",
      "  api:",
      "    <<: *defaults",
      "    port: 8000",
    );
    expect(problems(text)).toEqual([
      'ports.yaml:2:1: unknown key "x-defaults" (expected one of: version, project, extends, projects, ranges, services, reserved, ignore, rules, docs)',
      'ports.yaml:3:11: services.api.access must be one of public, private, localhost, internal (got "privat") (did you mean "private"?)',
    ]);
  });
});
