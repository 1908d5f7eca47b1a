// The Action's job summary embeds the port map's Mermaid diagram, open above the collapsed map,
// with its finding links pointing at the commit.

import { afterEach, describe, expect, it } from "vitest";
import type { ActionHost } from "../../src/action/host.js";
import type { ActionInputs } from "../../src/action/inputs.js";
import { portMapMarkdown } from "../../src/action/port-map.js";
import { runCheck } from "../../src/action/run-check.js";
import { generatePortMap } from "../../src/docs/generate.js";
import { check } from "../../src/engine/check.js";
import { fixtureRepo, makeRepo, type TempRepo } from "../helpers/temp-repo.js";

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

function host(): ActionHost & { summary: string } {
  const h = {
    summary: "",
    info: () => {},
    warning: () => {},
    annotate: () => {},
    setOutput: () => {},
    setFailed: () => {},
    async appendSummary(markdown: string) {
      h.summary += markdown;
    },
  };
  return h;
}

const inputs: ActionInputs = {
  command: "check",
  workingDirectory: ".",
  onlyChanged: "false",
  failOn: "never",
  summary: true,
  comment: false,
  docsPr: false,
  docsBranch: "portcullis/ports-md",
};

function context(workspace: string) {
  return { eventName: "push", repo: { owner: "acme", repo: "host" }, sha: "0123abc", serverUrl: "https://github.com", workspace, runnerTemp: workspace };
}

const blocks = (markdown: string) => [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe("job summary", () => {
  it("shows the map's topology diagram once, open, before the collapsed map", async () => {
    repo = fixtureRepo("seed-000-shared-host");
    const h = host();
    await runCheck(h, inputs, context(repo.dir), { portMap: portMapMarkdown });
    const result = await check({ root: repo.dir });
    const [diagram, ...others] = blocks(h.summary);
    expect(others).toEqual([]);
    // The very diagram PORTS.md holds.
    expect(diagram).toBe(blocks(generatePortMap(result.registry, result.refs))[0]);
    expect(h.summary).toContain("\n### Topology\n\n```mermaid\nflowchart LR\n");
    expect(h.summary.indexOf("### Topology")).toBeLessThan(h.summary.indexOf("<summary>Port map</summary>"));
    expect(h.summary).toContain(
      "- **pgsims-frontend**: on all interfaces :8082 ([apps/pgsims/docker-compose.yml:11](https://github.com/acme/host/blob/0123abc/apps/pgsims/docker-compose.yml#L11))",
    );
    // The chart image is not linked from the summary: the SVG may not exist at this commit.
    expect(h.summary).not.toContain(".svg");
  });

  it("has no topology section when docs.diagram is none", async () => {
    repo = makeRepo({ "ports.yaml": "version: 1\nservices:\n  api: { port: 8000 }\ndocs:\n  diagram: none\n" });
    const h = host();
    await runCheck(h, inputs, context(repo.dir), { portMap: portMapMarkdown });
    expect(h.summary).not.toContain("Topology");
    expect(h.summary).not.toContain("```mermaid");
    expect(h.summary).toContain("<summary>Port map</summary>");
  });
});
