import { describe, expect, it } from "vitest";
import { isSuppressed, parseSuppressions } from "../../src/engine/suppress.js";

describe("suppression comments", () => {
  const cases: Array<[string, string, string, number, boolean]> = [
    ["# before a YAML line", "# portcullis-ignore-next-line exposed-binding -- dev only\n- \"8000:8000\"\n", "exposed-binding", 2, true],
    ["only the named rule", "# portcullis-ignore-next-line exposed-binding\n- \"8000:8000\"\n", "port-mismatch", 2, false],
    ["no rule means every rule", "# portcullis-ignore-next-line\nAPI_PORT=1\n", "port-mismatch", 2, true],
    ["several rules, comma separated", "# portcullis-ignore-next-line a-rule, b-rule -- why\nx\n", "b-rule", 2, true],
    ["same line, shell comment", "- \"8000:8000\" # portcullis-ignore-line\n", "exposed-binding", 1, true],
    ["same line does not leak to the next", "a # portcullis-ignore-line\nb\n", "exposed-binding", 2, false],
    ["// comments", "// portcullis-ignore-next-line hardcoded-port\napp.listen(3000)\n", "hardcoded-port", 2, true],
    ["/* */ comments", "/* portcullis-ignore-next-line hardcoded-port */\napp.listen(3000)\n", "hardcoded-port", 2, true],
    ["; comments", "; portcullis-ignore-next-line\nhttp_port = 3000\n", "port-mismatch", 2, true],
    ["HTML comments", "<!-- portcullis-ignore-next-line docs-drift -->\n| api | 8001 |\n", "docs-drift", 2, true],
    ["skips blank lines", "# portcullis-ignore-next-line\n\nPORT=1\n", "x-rule", 3, true],
    ["whole file", "# portcullis-ignore-file unknown-port\nA=1\nB=2\n", "unknown-port", 3, true],
    ["whole file, other rule", "# portcullis-ignore-file unknown-port\nA=1\n", "port-mismatch", 2, false],
    ["not inside a plain string", 'const s = "portcullis-ignore-line";\n', "hardcoded-port", 1, false],
    ["CRLF", "# portcullis-ignore-next-line\r\nPORT=1\r\n", "port-mismatch", 2, true],
  ];
  for (const [name, text, rule, line, expected] of cases) {
    it(name, () => {
      expect(isSuppressed(parseSuppressions(text), rule, line)).toBe(expected);
    });
  }
});
