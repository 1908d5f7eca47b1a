// The library entry point works as documented: load a registry, check a repository.
import { describe, expect, it } from "vitest";
import { check, ConfigError, findConfig, loadRegistry, parseRegistry, ruleMetas, VERSION } from "../src/index.js";
import { fixtureRepo, makeRepo } from "./helpers/temp-repo.js";

describe("library API", () => {
  it("checks a repository with a loaded registry", async () => {
    const repo = fixtureRepo("seed-001-env-compose");
    try {
      const registry = await loadRegistry(findConfig(repo.dir)!, { root: repo.dir });
      expect(registry.services.map((s) => s.name)).toContain("backend");
      const result = await check({ root: repo.dir, registry });
      expect(result.findings.some((f) => f.ruleId === "exposed-binding")).toBe(true);
      expect(result.refs.length).toBeGreaterThan(0);
    } finally {
      repo.cleanup();
    }
  });
  it("parses registry text and reports bad input as ConfigError", () => {
    expect(parseRegistry("ports.yaml", "version: 1\nservices:\n  api: { port: 8000 }\n").services[0]!.port).toBe(8000);
    expect(() => parseRegistry("ports.yaml", "version: 1\nservices:\n  api: { port: 0 }\n")).toThrow(ConfigError);
    expect(ruleMetas.length).toBeGreaterThan(10);
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
  it("refuses a repository without ports.yaml", async () => {
    const repo = makeRepo({ "README.md": "# x\n" });
    try {
      await expect(check({ root: repo.dir })).rejects.toThrow(/no ports\.yaml found/);
    } finally {
      repo.cleanup();
    }
  });
});
