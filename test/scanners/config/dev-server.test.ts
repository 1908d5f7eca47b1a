// Dev-server configs: server/preview/devServer ports and hosts, proxy targets, and the
// comments, strings, regexes and timeouts that must not count.

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { devServerScanner, jsTokens } from "../../../src/scan/scanners/config/dev-server.js";
import type { PortRef, ScanResult } from "../../../src/scan/types.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/config-scanners/dev-server");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");

function scan(file: string, text: string): ScanResult {
  const result = devServerScanner.scan(file, text);
  const lines = text.split("\n");
  for (const ref of result.refs) expect(lines[ref.line - 1]!.slice(ref.column - 1, ref.endColumn - 1)).toBe(String(ref.port));
  return result;
}

function brief(ref: PortRef): string {
  const parts = [`${ref.line}:${ref.column} ${ref.kind}/${ref.side} ${ref.port}`];
  if (ref.host !== undefined) parts.push(`host=${ref.host}`);
  if (ref.envVar !== undefined) parts.push(`env=${ref.envVar}`);
  if (ref.meta?.dialHost !== undefined) parts.push(`via=${String(ref.meta.dialHost)}`);
  return parts.join(" ");
}

describe("dev-server scanner", () => {
  it("reads the seed's SvelteKit vite config", () => {
    const text = `import { sveltekit } from "@sveltejs/kit/vite";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [sveltekit()],
  server: {
    port: 3004,
    strictPort: true,
    proxy: {
      "/api": "http://localhost:8000",
    },
  },
});
`;
    expect(scan("frontend/vite.config.ts", text).refs.map(brief)).toEqual(["7:11 listen/host 3004", "10:33 dial/host 8000 via=localhost"]);
  });

  it("reads ports with env fallbacks, host: true, hmr, proxy objects; ignores comments, regexes and templates", () => {
    const result = scan("web/vite.config.ts", fixture("vite.config.ts"));
    expect(result.problems).toEqual([]);
    expect(result.refs.map(brief)).toEqual([
      "14:37 listen/host 3004 host= env=VITE_PORT",
      "17:20 listen/host 24680 host=",
      "19:35 dial/host 8000 via=localhost",
      "20:40 dial/container 8010 via=backend",
      "22:37 dial/host 8020 via=127.0.0.1",
      "27:22 listen/host 4173 host=127.0.0.1",
    ]);
    expect(result.refs[0]!.meta).toMatchObject({ fromDefault: true, setting: "server.port" });
  });

  it("reads webpack devServer with a parseInt radix and a proxy array", () => {
    expect(scan("webpack.config.js", fixture("webpack.config.js")).refs.map(brief)).toEqual([
      "8:49 listen/host 8081 host=0.0.0.0 env=DEV_PORT",
      "12:35 dial/host 3000 via=localhost",
    ]);
  });

  it("reads astro, nuxt and vue configs, and next.config rewrites", () => {
    expect(scan("astro.config.mjs", "export default { server: { port: 4321, host: '0.0.0.0' } };").refs.map(brief)).toEqual([
      "1:34 listen/host 4321 host=0.0.0.0",
    ]);
    expect(scan("vue.config.js", "module.exports = { devServer: { proxy: 'http://localhost:4000' } }").refs.map(brief)).toEqual([
      "1:58 dial/host 4000 via=localhost",
    ]);
    const next = "module.exports = { async rewrites() { return [{ source: '/api/:p*', destination: 'http://127.0.0.1:8000/:p*' }]; } };";
    expect(scan("next.config.js", next).refs.map(brief)).toEqual(["1:100 dial/host 8000 via=127.0.0.1"]);
  });

  it("ignores ports outside server/preview/devServer and ports decided at run time", () => {
    const cases = [
      "export default { port: 3000 }",
      "export default { db: { port: 5432 } }",
      "export default { server: { port } }",
      "export default { server: { port: PORT } }",
      "export default { server: { port: await getPort({ port: 3000 }) } }",
      "export default { server: { port: a ? 3000 : 3001 } }",
      "export default { server: { timeout: 3000, watch: { interval: 1000 } } }",
      "// server: { port: 3000 }\nexport default {}",
      "/* server: { port: 3000 } */ export default {}",
      "const s = 'server: { port: 3000 }'; export default {}",
      "const t = `server: { port: ${3000} }`; export default {}",
      "export default { server: { proxy: { '/a': { target: 'http://x', rewrite: (p) => p.replace(/^\\/a:8000/, '') } } } }",
    ];
    for (const text of cases) expect(scan("vite.config.js", text).refs, text).toEqual([]);
  });

  it("tokenizes regexes, divisions, nested templates and unterminated input without throwing", () => {
    expect(jsTokens("a = b / c / d").filter((t) => t.type === "regex")).toEqual([]);
    expect(jsTokens("x = /a{2}/g.test(y)").filter((t) => t.type === "regex").map((t) => t.value)).toEqual(["/a{2}/g"]);
    expect(jsTokens("`a${`b${c}`}d`").filter((t) => t.type === "ident").map((t) => t.value)).toEqual(["c"]);
    for (const text of ["`${", "'abc", "/* x", "{{{{", "}}}", "server: { port: 3000", "/[/", "\u0000"]) {
      expect(() => devServerScanner.scan("vite.config.ts", text)).not.toThrow();
    }
  });

  it.each(["vite.config.ts", "frontend/vite.config.mts", "vite.config.js", "webpack.config.js", "webpack.dev.config.js", "webpack.config.prod.cjs", "next.config.mjs", "astro.config.mjs", "svelte.config.js", "nuxt.config.ts", "vue.config.js"])(
    "reads %s",
    (f) => expect(devServerScanner.matches(f)).toBe(true),
  );
  it.each(["vitest.config.ts", "vite.config.json", "src/vite.ts", "jest.config.js", "config/vite.md"])("leaves %s alone", (f) =>
    expect(devServerScanner.matches(f)).toBe(false),
  );
});
