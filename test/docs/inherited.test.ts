// The port map's "Inherited from …" sections: services a registry inherits through extends, one
// section per source, other projects' services among them; goldens hold those sections alone.

import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generatePortMap } from "../../src/docs/generate.js";
import { check } from "../../src/engine/check.js";
import { loadRegistry } from "../../src/registry/load.js";
import { FakeGitHub } from "../fake-github/server.js";
import { FIXTURES } from "../helpers/temp-repo.js";
import { cells, expectGolden, tables } from "./helpers.js";

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function temp(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "portcullis-inherited-"));
  temps.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** The map's "Inherited from" sections, up to the next other section. */
function inheritedPart(map: string): string {
  const start = map.indexOf("\n## Inherited from ");
  expect(start, "the map has no inherited section").toBeGreaterThan(-1);
  const rest = map.slice(start + 1);
  const end = rest.search(/^## (?!Inherited from )/m);
  return end === -1 ? rest : rest.slice(0, end);
}

function section(map: string, heading: string): string {
  const start = map.indexOf(`\n## ${heading}\n`);
  expect(start, `no section ${heading}`).toBeGreaterThan(-1);
  const rest = map.slice(start + 1);
  const end = rest.slice(3).search(/^## /m);
  return end === -1 ? rest : rest.slice(0, end + 3);
}

describe("inherited services in the port map", () => {
  it("the two-apps fixture: Performia's map lists the host registry's services apart from its own (golden)", async () => {
    const top = mkdtempSync(path.join(os.tmpdir(), "portcullis-inherited-fleet-"));
    temps.push(top);
    cpSync(path.join(FIXTURES, "fleet-two-apps"), top, { recursive: true });
    const result = await check({ root: path.join(top, "performia"), allowOutside: true });
    const map = generatePortMap(result.registry, result.refs);
    expectGolden("inherited-fleet.md", inheritedPart(map));
    // The Services table holds this repository's own file only.
    expect(cells(tables(section(map, "Services"))[0]!).map((row) => row[1])).toEqual(["Service", "frontend"]);
    // An inherited service of this project is still configured here; its declaration is named, not linked outside.
    expect(section(map, "Where each port is configured")).toContain("- **performia-api**, 8000/tcp\n  - `../infra/host-ports.yaml:10`: declared\n  - [docker-compose.yml:5](docker-compose.yml#L5): published 8000");
  });

  it("a file of the repository is linked; a package's file and a GitHub file are named as written (golden)", async () => {
    const fake = await FakeGitHub.start({ owner: "acme", repo: "fleet" });
    try {
      fake.seedCommit(
        "4444444444444444444444444444444444444444",
        {
        "ports.yaml": "version: 1\nprojects:\n  lims: { range: [8010, 8013], hosts: [app-01] }\n  shop: { range: [8020, 8029], hosts: [app-01] }\nservices:\n  lims-api: { port: 8010, project: lims, description: 'LIMS API | gunicorn' }\n",
        },
        "v2",
      );
      const root = temp({
        "ports.yaml": "version: 1\nproject: shop\nextends: [docs/shared ports.yaml, '@acme/host', 'github:acme/fleet/ports.yaml@v2']\n",
        "docs/shared ports.yaml": "version: 1\nservices:\n  worker: { port: 8021, env: WORKER_PORT, description: Queue worker }\n",
        "node_modules/@acme/host/ports.yaml": "version: 1\nproject: host\nservices:\n  caddy: { port: 443, access: public }\n  dns: { port: 53, protocol: udp }\n",
      });
      const registry = await loadRegistry("ports.yaml", { root, githubToken: fake.token, githubApiUrl: fake.url });
      const map = generatePortMap(registry, [], { outputFile: "docs/PORTS.md" });
      expectGolden("inherited-sources.md", inheritedPart(map));
      expect(section(map, "Services")).toContain("No services are declared in this file; the inherited ones follow.");
      expect(section(map, "Where each port is configured")).toContain("  - [docs/shared ports.yaml:3](shared%20ports.yaml#L3): declared");
    } finally {
      await fake.close();
    }
  });

  it("no inherited section without extends, and none for an extended file that declares no service", async () => {
    const root = temp({ "ports.yaml": "version: 1\nextends: ranges.yaml\nservices:\n  api: { port: 8000 }\n", "ranges.yaml": "version: 1\nranges:\n  core: { from: 8000, to: 8099 }\n" });
    const map = generatePortMap(await loadRegistry("ports.yaml", { root }), []);
    expect(map).not.toContain("Inherited from");
    expect(cells(tables(section(map, "Services"))[0]!).map((row) => row[1])).toEqual(["Service", "api"]);
  });
});
