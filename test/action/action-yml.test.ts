import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { parseInputs } from "../../src/action/inputs.js";
import { REPO_ROOT } from "../helpers/temp-repo.js";

interface ActionYml {
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}
const yml = parse(readFileSync(path.join(REPO_ROOT, "action.yml"), "utf8")) as ActionYml;

describe("action.yml", () => {
  it("runs the committed bundle on node24 and has branding", () => {
    expect(yml.runs).toEqual({ using: "node24", main: "dist/action/index.js" });
    expect(yml.branding.icon).toBeTruthy();
    expect(yml.branding.color).toBeTruthy();
  });

  it("declares exactly the inputs the code reads, with the code's defaults", () => {
    const read: string[] = [];
    const fromCode = parseInputs((name) => (read.push(name), ""));
    expect(Object.keys(yml.inputs).sort()).toEqual([...new Set(read)].sort());
    const fromYml = parseInputs((name) => yml.inputs[name]?.default ?? "");
    expect({ ...fromYml, token: undefined }).toEqual({ ...fromCode, token: undefined });
    expect(yml.inputs.token!.default).toBe("${{ github.token }}");
    for (const input of Object.values(yml.inputs)) expect(input.description.length).toBeGreaterThan(10);
  });

  it("declares every output the code sets", () => {
    const sources = ["run-check.ts", "run-docs.ts"].map((f) => readFileSync(path.join(REPO_ROOT, "src/action", f), "utf8")).join("\n");
    const set = [...sources.matchAll(/setOutput\("([\w-]+)"/g)].map((m) => m[1]!);
    expect([...new Set(set)].sort()).toEqual(Object.keys(yml.outputs).sort());
  });
});
