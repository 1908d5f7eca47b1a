// Markdown scanner: port tables mapped by header, `localhost:NNNN` mentions, generated regions skipped.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { markdownScanner, normaliseAccess, parsePortCell, portBlocks, scanMarkdown } from "../../src/scan/scanners/markdown.js";
import { simpleBlockTree } from "../../src/scan/scanners/markdown-simple.js";
import { REPO_ROOT } from "../helpers/temp-repo.js";
import type { PortRef } from "../../src/scan/types.js";

/** The source text a span covers (single-line spans). */
function covered(text: string, ref: { line: number; column: number; endLine: number; endColumn: number }): string {
  const line = text.split(/\r\n|\n|\r/)[ref.line - 1]!;
  expect(ref.endLine).toBe(ref.line);
  return line.slice(ref.column - 1, ref.endColumn - 1);
}

function scan(text: string, file = "docs/ports.md") {
  const result = scanMarkdown(file, text);
  // Every span must cover exactly the port digits (or the range) it reports.
  for (const ref of result.refs) {
    const token = covered(text, ref);
    expect(token.replace(/\s/g, "")).toMatch(ref.portEnd !== undefined ? /^\d+[-–]\d+$/ : new RegExp(`^${ref.port}$`));
  }
  return result;
}

const pick = (ref: PortRef) => ({
  line: ref.line,
  column: ref.column,
  endColumn: ref.endColumn,
  kind: ref.kind,
  port: ref.port,
  ...(ref.portEnd !== undefined ? { portEnd: ref.portEnd } : {}),
  ...(ref.name !== undefined ? { name: ref.name } : {}),
  ...(ref.envVar !== undefined ? { envVar: ref.envVar } : {}),
});

describe("markdownScanner.matches", () => {
  it("reads Markdown files, not changelogs", () => {
    expect(markdownScanner.family).toBe("markdown");
    expect(markdownScanner.matches("README.md")).toBe(true);
    expect(markdownScanner.matches("docs/ops/ports.markdown")).toBe(true);
    expect(markdownScanner.matches("docs/NOTES.MD")).toBe(true);
    expect(markdownScanner.matches("CHANGELOG.md")).toBe(false);
    expect(markdownScanner.matches("docs/HISTORY.md")).toBe(false);
    expect(markdownScanner.matches("notes.txt")).toBe(false);
    expect(markdownScanner.matches("md/readme.mdx")).toBe(false);
  });
});

describe("port tables", () => {
  it("maps columns by header and reports exact positions", () => {
    const text = [
      "# Ports",
      "",
      "| Port | Service | Protocol | Access | Configurable |",
      "| ---- | ------- | -------- | ------ | ------------ |",
      "| 80   | Nginx   | HTTP     | Public | No           |",
      "| 8000 | FastAPI | HTTP     | Private networks | CONTIMG_API_PORT |",
      "| 3030 | Grafana | TCP | Localhost | grafana.ini |",
      "| 8001 | MkDocs  | HTTP | Dev only | No (hardcoded) |",
      "| 53   | DNS     | UDP  | Internal only | `DNS_PORT` |",
      "",
    ].join("\n");
    const { refs, problems } = scan(text);
    expect(problems).toEqual([]);
    expect(refs.map(pick)).toEqual([
      { line: 5, column: 3, endColumn: 5, kind: "docs", port: 80, name: "Nginx" },
      { line: 6, column: 3, endColumn: 7, kind: "docs", port: 8000, name: "FastAPI", envVar: "CONTIMG_API_PORT" },
      { line: 7, column: 3, endColumn: 7, kind: "docs", port: 3030, name: "Grafana" },
      { line: 8, column: 3, endColumn: 7, kind: "docs", port: 8001, name: "MkDocs" },
      { line: 9, column: 3, endColumn: 5, kind: "docs", port: 53, name: "DNS", envVar: "DNS_PORT" },
    ]);
    expect(refs.map((r) => r.meta?.access)).toEqual(["public", "private", "localhost", undefined, "internal"]);
    expect(refs.map((r) => r.protocol)).toEqual(["tcp", "tcp", "tcp", "tcp", "udp"]);
    expect(refs.every((r) => r.family === "markdown" && r.side === "host" && r.file === "docs/ports.md")).toBe(true);
    expect(refs[0]!.meta?.label).toBe("Nginx");
    // The access cell's own span, for findings about it.
    expect(refs[1]!.meta?.accessAt).toEqual({ line: 6, column: 31, endLine: 6, endColumn: 47 });
  });

  it("reads bold and code-formatted ports, with the span on the digits only", () => {
    const text = [
      "| Service | Port | Status |",
      "|---------|------|--------|",
      "| **Frontend Dev (SvelteKit)** | **3004** | **FIXED** |",
      "| `api` | `8000` | FIXED |",
      "| _Cache_ | *6379* | |",
    ].join("\n");
    const { refs } = scan(text);
    expect(refs.map(pick)).toEqual([
      { line: 3, column: 36, endColumn: 40, kind: "docs", port: 3004, name: "Frontend Dev (SvelteKit)" },
      { line: 4, column: 12, endColumn: 16, kind: "docs", port: 8000, name: "api" },
      { line: 5, column: 14, endColumn: 18, kind: "docs", port: 6379, name: "Cache" },
    ]);
    expect(refs[0]!.meta?.label).toBe("**Frontend Dev (SvelteKit)**");
  });

  it("keeps escaped pipes inside a cell and code spans with pipes", () => {
    const text = [
      "| Service | Port | Variable |",
      "| :--- | :---: | ---: |",
      "| api \\| web | 8000 | `API_PORT` |",
      "| `a\\|b` | 8001 | `B_PORT` |",
    ].join("\n");
    const { refs } = scan(text);
    expect(refs.map(pick)).toEqual([
      { line: 3, column: 16, endColumn: 20, kind: "docs", port: 8000, name: "api | web", envVar: "API_PORT" },
      { line: 4, column: 12, endColumn: 16, kind: "docs", port: 8001, name: "a|b", envVar: "B_PORT" },
    ]);
  });

  it("reads tables inside list items and block quotes", () => {
    const text = [
      "- Services on this host:",
      "",
      "  | Port | Name |",
      "  | ---- | ---- |",
      "  | 8014 | pgsims-web |",
      "",
      "> | Host port | Component |",
      "> | --- | --- |",
      "> | 8082 | frontend |",
    ].join("\n");
    const { refs } = scan(text);
    expect(refs.map(pick)).toEqual([
      { line: 5, column: 5, endColumn: 9, kind: "docs", port: 8014, name: "pgsims-web" },
      { line: 9, column: 5, endColumn: 9, kind: "docs", port: 8082, name: "frontend" },
    ]);
  });

  it("reads several ports, ranges and protocols in one cell", () => {
    const text = [
      "| Port(s) | Service |",
      "| --- | --- |",
      "| 8000, 8001 | api |",
      "| **3211-3220** | dashboard fallback |",
      "| 9200 / 9300 | elasticsearch |",
      "| 80/tcp, 443 | proxy |",
      "| 5000–5010 | dev |",
      "| 8000 (was 8001) | moved |",
      "| 53/udp | dns |",
    ].join("\n");
    const { refs } = scan(text);
    expect(refs.map(pick)).toEqual([
      { line: 3, column: 3, endColumn: 7, kind: "docs", port: 8000, name: "api" },
      { line: 3, column: 9, endColumn: 13, kind: "docs", port: 8001, name: "api" },
      { line: 4, column: 5, endColumn: 14, kind: "docs", port: 3211, portEnd: 3220, name: "dashboard fallback" },
      { line: 5, column: 3, endColumn: 7, kind: "docs", port: 9200, name: "elasticsearch" },
      { line: 5, column: 10, endColumn: 14, kind: "docs", port: 9300, name: "elasticsearch" },
      { line: 6, column: 3, endColumn: 5, kind: "docs", port: 80, name: "proxy" },
      { line: 6, column: 11, endColumn: 14, kind: "docs", port: 443, name: "proxy" },
      { line: 7, column: 3, endColumn: 12, kind: "docs", port: 5000, portEnd: 5010, name: "dev" },
      { line: 8, column: 3, endColumn: 7, kind: "docs", port: 8000, name: "moved" },
      { line: 9, column: 3, endColumn: 5, kind: "docs", port: 53, name: "dns" },
    ]);
    expect(refs[9]!.protocol).toBe("udp");
    expect(refs[9]!.meta?.protocolExplicit).toBe(true);
    expect(refs[0]!.meta?.protocolExplicit).toBeUndefined();
  });

  it("ignores cells that are not ports and tables without a port column", () => {
    const text = [
      "| Port | Service | Configurable |",
      "| --- | --- | --- |",
      "| Auto | fallback | Auto |",
      "| — | none | |",
      "| N/A | x | |",
      "| v2 | y | |",
      "| 8000abc | z | |",
      "| | empty | |",
      "",
      "| Container port | Service |",
      "| --- | --- |",
      "| 8000 | api |",
      "",
      "| Range | Purpose |",
      "| --- | --- |",
      "| 3000-3999 | Frontend |",
      "",
      "| Metric | Result |",
      "| --- | --- |",
      "| **Port 8000 free?** | yes |",
    ].join("\n");
    const { refs, problems } = scan(text);
    expect(refs).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("accepts every spelling of the port header", () => {
    for (const header of ["Port", "PORTS", "ports", "Host port", "Host Ports", "Port(s)", "port (s)", "Port number", "**Port**"]) {
      const { refs } = scan(`| Service | ${header} |\n| --- | --- |\n| api | 8000 |\n`);
      expect(refs.map((r) => r.port), header).toEqual([8000]);
    }
  });

  it("prefers the host port column when a table has both", () => {
    const text = "| Service | Container port | Host port |\n| --- | --- | --- |\n| web | 3000 | 8080 |\n";
    expect(scan(text).refs.map(pick)).toEqual([{ line: 3, column: 16, endColumn: 20, kind: "docs", port: 8080, name: "web" }]);
  });

  it("takes a variable only when the cell names one", () => {
    const rows: Array<[string, string | undefined]> = [
      ["CONTIMG_API_PORT", "CONTIMG_API_PORT"],
      ["`REDIS_PORT` (standard)", "REDIS_PORT"],
      ["`${BACKEND_PORT}`", "BACKEND_PORT"],
      ["${BACKEND_PORT}", "BACKEND_PORT"],
      ["No (hardcoded)", undefined],
      ["grafana.ini", undefined],
      ["Auto (host mapping)", undefined],
      ["No", undefined],
      ["PORT", "PORT"],
      ["HTTP", undefined],
    ];
    for (const [cell, expected] of rows) {
      const { refs } = scan(`| Port | Variable |\n| --- | --- |\n| 8000 | ${cell} |\n`);
      expect(refs[0]!.envVar, cell).toBe(expected);
    }
  });

  it("reports impossible ports in a port column as problems", () => {
    const { refs, problems } = scan("| Port | Service |\n| --- | --- |\n| 70000 | api |\n| 9000-8000 | bad |\n| 0 | zero |\n");
    expect(refs).toEqual([]);
    expect(problems.map((p) => [p.kind, p.line, p.column, p.endColumn])).toEqual([
      ["invalid-port", 3, 3, 8],
      ["invalid-port", 4, 3, 12],
      ["invalid-port", 5, 3, 4],
    ]);
  });

  it("counts columns in UTF-16 units after non-ASCII text, and handles CRLF files", () => {
    const text = "# Häfen ✓\r\n\r\n| Service ✓ | Port |\r\n| --- | --- |\r\n| Grafana 📈 | **3030** |\r\n";
    const { refs } = scan(text);
    expect(refs.map(pick)).toEqual([{ line: 5, column: 18, endColumn: 22, kind: "docs", port: 3030, name: "Grafana 📈" }]);
  });
});

describe("normaliseAccess", () => {
  it("maps what docs write to the registry's words", () => {
    expect(normaliseAccess("Public")).toBe("public");
    expect(normaliseAccess("Publicly accessible (firewall permitting)")).toBe("public");
    expect(normaliseAccess("Private networks")).toBe("private");
    expect(normaliseAccess("Localhost and private networks (10.x, 172.16.x)")).toBe("private");
    expect(normaliseAccess("Localhost only")).toBe("localhost");
    expect(normaliseAccess("127.0.0.1")).toBe("localhost");
    expect(normaliseAccess("Internal only")).toBe("internal");
    expect(normaliseAccess("docker network")).toBe("internal");
    expect(normaliseAccess("Dev only")).toBeUndefined();
    expect(normaliseAccess("")).toBeUndefined();
  });
});

describe("parsePortCell", () => {
  it("returns offsets into the source", () => {
    const source = "xx `8000`, **8001** yy";
    expect(parsePortCell(source, 3, 19)).toEqual([
      { start: 4, end: 8, port: 8000 },
      { start: 13, end: 17, port: 8001 },
    ]);
    expect(parsePortCell("3000 or 5173", 0, 12)?.map((p) => p.port)).toEqual([3000, 5173]);
    expect(parsePortCell("127.0.0.1:8014", 0, 14)).toEqual([{ start: 10, end: 14, port: 8014 }]);
    expect(parsePortCell("FIXED", 0, 5)).toBeUndefined();
  });
});

describe("mentions", () => {
  it("finds localhost, loopback and all-interface addresses in prose, code spans, code blocks and links", () => {
    const text = [
      "Open http://localhost:3004 while developing, or `curl 127.0.0.1:8000/health`.",
      "",
      "```bash",
      "python manage.py runserver 0.0.0.0:8000",
      "```",
      "",
      "See [the API docs](http://localhost:8000/docs) and <http://[::1]:9090/graph>.",
      "",
      "[grafana]: http://127.0.0.1:3030/login",
    ].join("\n");
    const { refs } = scan(text);
    expect(refs.map((r) => [r.line, r.column, r.endColumn, r.port, r.meta?.dialHost, r.kind, r.side])).toEqual([
      [1, 23, 27, 3004, "localhost", "dial", "host"],
      [1, 65, 69, 8000, "127.0.0.1", "dial", "host"],
      [4, 36, 40, 8000, "0.0.0.0", "dial", "host"],
      [7, 37, 41, 8000, "localhost", "dial", "host"],
      [7, 66, 70, 9090, "[::1]", "dial", "host"],
      [9, 29, 33, 3030, "127.0.0.1", "dial", "host"],
    ]);
  });

  it("leaves other hosts, variables and long numbers alone", () => {
    const text = [
      "Dashboard: http://traefik.localhost:8080 and http://api.localhost:8000.",
      "Frontend: `http://localhost:${FRONTEND_PORT}` (default 3000), redis at localhost:PORT.",
      "Not a port: localhost:123456, 10.0.0.1:8000, 2127.0.0.1:80.",
    ].join("\n");
    expect(scan(text).refs).toEqual([]);
  });

  it("counts a mention inside a non-port cell of a port table once, and never the port cell", () => {
    const text = "| Port | Notes |\n| --- | --- |\n| `127.0.0.1:8014` | bound to `127.0.0.1:8014:8014` |\n";
    const { refs } = scan(text);
    expect(refs.map((r) => [r.kind, r.column, r.port])).toEqual([
      ["docs", 14, 8014],
      ["dial", 42, 8014],
    ]);
  });
});

describe("generated port maps", () => {
  const hand = [
    "# Shop",
    "",
    "Start with `docker compose up`, then open http://localhost:8080.",
    "",
    "## Ports",
    "",
    "<!-- portcullis:begin -->",
    "",
    "### Services",
    "",
    "| Port | Service |",
    "| ---: | --- |",
    "| 9999 | old |",
    "",
    "Visit localhost:9998.",
    "",
    "<!-- portcullis:end -->",
    "",
    "| Port | Service |",
    "| --- | --- |",
    "| 8000 | api |",
  ].join("\n");

  it("skips the region between markers and records it", () => {
    const result = scan(hand, "README.md");
    expect(result.refs.map((r) => [r.line, r.port, r.kind])).toEqual([
      [3, 8080, "dial"],
      [21, 8000, "docs"],
    ]);
    expect(result.portMap).toMatchObject({ file: "README.md", line: 7, column: 1, endLine: 7, endColumn: 26, embedded: true, headingDepth: 3 });
    expect(result.portMap!.text.startsWith("\n\n### Services")).toBe(true);
    expect(result.portMap!.text.endsWith("localhost:9998.\n\n")).toBe(true);
  });

  it("skips a whole generated file", () => {
    const text = "<!-- Generated by portcullis from ports.yaml. Do not edit. -->\n\n| Port | Service |\n| --- | --- |\n| 9999 | old |\n";
    const result = scan(text, "PORTS.md");
    expect(result.refs).toEqual([]);
    expect(result.portMap).toMatchObject({ file: "PORTS.md", line: 1, embedded: false, text });
  });

  it("does not take markers shown in a code block for real ones", () => {
    const text = "```markdown\n<!-- portcullis:begin -->\n| Port | Service |\n```\n\n| Port | Service |\n| --- | --- |\n| 8000 | api |\n";
    const result = scan(text);
    expect(result.portMap).toBeUndefined();
    expect(result.refs.map((r) => r.port)).toEqual([8000]);
  });

  it("reports a begin marker without an end as a parse error and scans the rest", () => {
    const text = "<!-- portcullis:begin -->\n\n| Port | Service |\n| --- | --- |\n| 8000 | api |\n";
    const result = scan(text);
    expect(result.problems.map((p) => [p.kind, p.line, p.column])).toEqual([["parse-error", 1, 1]]);
    expect(result.problems[0]!.message).toContain("without a matching <!-- portcullis:end -->");
    expect(result.refs.map((r) => r.port)).toEqual([8000]);
  });
});

describe("seed documents", () => {
  it("reads a pipeline's quick-reference table as its authors meant it", () => {
    // Written in the shape of a real port map (seed 002), in our own words.
    const text = [
      "## Quick reference",
      "",
      "| Port | Service            | Protocol | Access           | Configurable      | Claims port? |",
      "| ---- | ------------------ | -------- | ---------------- | ----------------- | ------------ |",
      "| 80   | Nginx              | HTTP     | Public           | No                | No†          |",
      "| 3000 | Vite Dev Server    | HTTP     | Dev only         | No (hardcoded)    | No           |",
      "| 6379 | Redis              | TCP      | Localhost        | REDIS_PORT        | **Yes**      |",
    ].join("\n");
    const { refs } = scan(text);
    expect(refs.map((r) => [r.port, r.name, r.envVar, r.meta?.access])).toEqual([
      [80, "Nginx", undefined, "public"],
      [3000, "Vite Dev Server", undefined, undefined],
      [6379, "Redis", "REDIS_PORT", "localhost"],
    ]);
  });
});

describe("block-wise parsing (only the blocks that could hold a port)", () => {
  const same = (text: string) => expect(scanMarkdown("doc.md", text)).toStrictEqual(scanMarkdown("doc.md", text, { whole: true }));
  const table = "| Service | Port |\n| --- | --- |\n| api | 8000 |\n";

  it("finds what parsing the whole document finds, across constructs that span blank lines", () => {
    const cases = [
      `# Title\n\nprose\n\n${table}\nOpen http://localhost:3000.\n`,
      // A fence holding a table and a mention, with blank lines inside: code, not a table.
      `Intro\n\n\`\`\`md\n${table}\nhttp://localhost:4000\n\n${table}\`\`\`\n\nafter localhost:5000\n`,
      `~~~~\n\n${table}\n~~~\n\n${table}\n~~~~\n\n${table}`,
      // A fence in a list item, closed at the item's indentation.
      `1. Install:\n   \`\`\`sh\n   curl localhost:8080\n\n   curl localhost:9090\n   \`\`\`\n2. Done\n\n${table}`,
      `- \`\`\`\n  ${table}\n\n  localhost:7000\n  \`\`\`\n`,
      // Not a fence: a backtick info string holding a backtick.
      `\`\`\`a\` localhost:1111\n\n${table}`,
      // HTML comments and raw HTML running over blank lines.
      `<!-- hidden\n\n${table}\nlocalhost:6000\n-->\n\n${table}`,
      `text <!-- inline\n\n${table}`,
      `<pre>\n\n${table}\n</pre>\n\n${table}`,
      `<script>\n\nlocalhost:3001\n\n</script>\nlocalhost:3002\n`,
      `<?php\n\nlocalhost:3003\n?>\n\nlocalhost:3004\n`,
      `<![CDATA[\n\nlocalhost:3005\n]]>\n`,
      // Indentation a list item gives meaning to: parsed whole.
      `- item\n\n    ${table.replace(/\n/g, "\n    ")}\n`,
      `- item\n\n  ${table.replace(/\n/g, "\n  ")}\n`,
      `> quote ${table}\n>\n> localhost:8081\n\nlocalhost:8082\n`,
      // Line endings.
      `# A\r\n\r\n${table.replace(/\n/g, "\r\n")}\r\nlocalhost:8083\r\n`,
      `# A\r\r${table.replace(/\n/g, "\r")}`,
      // Headers naming the port before the first pipe; links and definitions.
      "Port | Service\n--- | ---\n8000 | api\n",
      "[api](http://localhost:8000/docs) and <http://127.0.0.1:9000>\n\n[ref]: http://localhost:9001\n",
      "Setext\n---\nlocalhost:8000\n===\n",
      // Simple blocks (built without the parser): tables of every shape, plain paragraphs.
      "| Service | Port | Env |\n|:--|--:|:-:|\n| api | 8000 |\n| web | 3000 | WEB_PORT | extra |\n|  | 9000 |  |\n",
      "|Port|Service|\n|---|---|\n|8000|api|\n|8001 , 8002|web|\n|3000-3010|range|\n|53/udp|dns|\n",
      "| Port | Service |\n| --- |\n| 8000 | api |\n",
      "| Port | Service |\n| --- | --- |\n| 8000 | api |\nnot a row\n",
      "| Port | Service |\n| --- | --- |\n| 8000 \\| 9 | api |\n",
      "| Port |\n| --- |\n| 99999 |\n| 0 |\n| 8000 (was 8001) |\n| auto |\n",
      "Open localhost:8000 and 127.0.0.1:9000,\n  then 0.0.0.0:7000 or [::1]:6000.  \nnext line localhost:5000\n",
      "# localhost:8000\n",
      "1. localhost:8000\n2. localhost:8001\n",
      "traefik.localhost:8080 and x-localhost:1 and localhost:80a\n",
    ];
    for (const text of cases) same(text);
  });

  it("parses only the blocks worth it, and sends ambiguous documents whole", () => {
    const doc = `# Title\n\n${"Prose without ports.\n\n".repeat(20)}${table}\n${"More prose.\n\n".repeat(20)}`;
    const blocks = portBlocks(doc)!;
    expect(blocks).toHaveLength(1);
    expect(doc.slice(...blocks[0]!)).toBe(table);
    expect(portBlocks(`- item\n\n    ${table}`)).toBeUndefined();
    expect(portBlocks("a\rb")).toBeUndefined();
  });

  it("agrees with whole parsing on every Markdown file of the fixtures, seeds, corpus and node_modules", () => {
    const roots = ["test/fixtures", "../shared/seeds", "../shared/corpus", "node_modules"].map((r) => path.resolve(REPO_ROOT, r));
    let files = 0;
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) {
          const text = readFileSync(full, "utf8");
          files++;
          expect(scanMarkdown(full, text), full).toStrictEqual(scanMarkdown(full, text, { whole: true }));
        }
      }
    };
    for (const root of roots) if (existsSync(root)) walk(root);
    expect(files).toBeGreaterThan(300);
  });
});

describe("simpleBlockTree", () => {
  it("builds plain tables and paragraphs, and leaves anything with markup to the parser", () => {
    expect(simpleBlockTree("| Service | Port |\n| --- | --- |\n| api | 8000 |\n")?.children[0]?.type).toBe("table");
    expect(simpleBlockTree("Open http://localhost:8000 now.\n")?.children[0]?.type).toBe("paragraph");
    for (const block of ["| `api` | 8000 |\n| --- | --- |\n", "Open [it](http://localhost:8000).\n", "- localhost:8000\n", "> localhost:1\n", "a\n===\n", "x &amp; localhost:1\n"]) {
      expect(simpleBlockTree(block), block).toBeUndefined();
    }
  });
});
