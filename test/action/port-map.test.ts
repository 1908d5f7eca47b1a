import { describe, expect, it } from "vitest";
import { absoluteLinks, portMapMarkdown, renderPortMapFile } from "../../src/action/port-map.js";
import { check } from "../../src/engine/check.js";
import { makeRepo } from "../helpers/temp-repo.js";

const links = { serverUrl: "https://github.com", repository: "acme/shop", sha: "abc123" };

describe("port map in the job summary", () => {
  it("turns the map's relative links into links at the commit, and leaves the rest alone", () => {
    const markdown = [
      "- [ports.yaml:9](../ports.yaml#L9): declared",
      "- [a b.env:2](../deploy/a%20b.env#L2)",
      "- [docs](https://example.com/x)",
      "- [top](#services)",
      "- text \\](not-a-link)",
      "- [outside](../../../etc/x)",
    ].join("\n");
    expect(absoluteLinks(markdown, "docs/PORTS.md", "svc", links).split("\n")).toEqual([
      "- [ports.yaml:9](https://github.com/acme/shop/blob/abc123/svc/ports.yaml#L9): declared",
      "- [a b.env:2](https://github.com/acme/shop/blob/abc123/svc/deploy/a%20b.env#L2)",
      "- [docs](https://example.com/x)",
      "- [top](#services)",
      "- text \\](not-a-link)",
      "- [outside](../../../etc/x)",
    ]);
  });

  it("renders the generator's map for a real repository, with commit links", async () => {
    const repo = makeRepo({ "ports.yaml": "version: 1\nproject: Shop\nservices:\n  api:\n    port: 8000\n    env: API_PORT\n" });
    try {
      const result = await check({ root: repo.dir });
      const map = portMapMarkdown(result, { root: repo.dir, config: `${repo.dir}/ports.yaml`, pathPrefix: "" }, links);
      expect(map).toContain("8000");
      expect(map).not.toMatch(/^#{1,3} /m);
      expect(map).toContain("](https://github.com/acme/shop/blob/abc123/ports.yaml#L");
      const files = await renderPortMapFile({ root: repo.dir, config: `${repo.dir}/ports.yaml`, pathPrefix: "" });
      // No range, so no chart: the map alone.
      expect(files.map((f) => [f.file, f.stale])).toEqual([[`${repo.dir}/PORTS.md`, true]]);
    } finally {
      repo.cleanup();
    }
  });
});
