// package.json scripts and Procfiles: dev servers and web processes started with a port.

import { describe, expect, it } from "vitest";
import { packageJsonScanner } from "../../../src/scan/scanners/config/package-json.js";
import { procfileScanner } from "../../../src/scan/scanners/config/procfile.js";
import type { PortRef, Scanner, ScanResult } from "../../../src/scan/types.js";

function scan(scanner: Scanner, file: string, text: string): ScanResult {
  const result = scanner.scan(file, text);
  const lines = text.split("\n");
  for (const ref of result.refs) expect(lines[ref.line - 1]!.slice(ref.column - 1, ref.endColumn - 1)).toBe(String(ref.port));
  return result;
}

function brief(ref: PortRef): string {
  const parts = [`${ref.line}:${ref.column} ${ref.kind}/${ref.side} ${ref.port}`];
  if (ref.host !== undefined) parts.push(`host=${ref.host}`);
  if (ref.envVar !== undefined) parts.push(`env=${ref.envVar}`);
  return parts.join(" ");
}

describe("package.json scanner", () => {
  it("reads dev-server scripts with exact columns in the JSON text", () => {
    const text = `{
  "name": "@acme/storefront",
  "scripts": {
    "dev": "next dev -p 3001",
    "start": "next start --port 3000 -H 0.0.0.0",
    "vite": "vite --port 5173 --host",
    "static": "http-server dist -p 8080",
    "serve": "serve -s build -l 5000",
    "wp": "webpack serve --port 8081",
    "api": "uvicorn app:app --reload --port 8000",
    "legacy": "PORT=3002 node server.js",
    "build": "next build",
    "test": "vitest --testTimeout 3000"
  }
}
`;
    const refs = scan(packageJsonScanner, "web/package.json", text).refs;
    expect(refs.map(brief)).toEqual([
      "4:25 listen/host 3001",
      "5:33 listen/host 3000 host=0.0.0.0",
      "6:26 listen/host 5173 host=",
      "7:36 listen/host 8080",
      "8:33 listen/host 5000",
      "9:33 listen/host 8081",
      "10:45 listen/host 8000",
      "11:21 listen/host 3002 env=PORT",
    ]);
    expect(refs[0]).toMatchObject({ name: "storefront", meta: { script: "dev", flag: "-p" } });
  });

  it("keeps positions right after JSON escapes earlier in the string", () => {
    const text = '{"scripts": {"dev": "echo \\"\\u00e9\\t\\" && vite --port 5174"}}';
    expect(scan(packageJsonScanner, "package.json", text).refs.map(brief)).toEqual(["1:55 listen/host 5174"]);
  });

  it("reads only `scripts`, not config sections or dependencies", () => {
    const text = '{"config": {"port": "8080"}, "dependencies": {"serve": "14.2.0"}, "devServer": {"port": 9000}, "scripts": {}}';
    expect(scan(packageJsonScanner, "package.json", text).refs).toEqual([]);
  });

  it("reports invalid JSON where it breaks, and never throws", () => {
    const result = scan(packageJsonScanner, "package.json", '{\n  "scripts": {\n    "dev": "vite --port 5173",\n  }\n}\n');
    expect(result.refs).toEqual([]);
    expect(result.problems).toMatchObject([{ kind: "parse-error", line: 4, column: 3 }]);
    for (const text of ["", "[", '{"scripts": "vite --port 1"}', '{"a": 1e999999}', "[".repeat(10_000), '{"scripts":{"x":"\\u12"}}']) {
      expect(() => packageJsonScanner.scan("package.json", text)).not.toThrow();
    }
  });

  it.each(["package.json", "apps/web/package.json"])("reads %s", (f) => expect(packageJsonScanner.matches(f)).toBe(true));
  it.each(["node_modules/vite/package.json", "package-lock.json", "composer.json"])("leaves %s alone", (f) =>
    expect(packageJsonScanner.matches(f)).toBe(false),
  );
});

describe("Procfile scanner", () => {
  it("reads web processes; `$PORT` is the platform's and is skipped", () => {
    const text = [
      "web: gunicorn --bind 0.0.0.0:5000 --timeout 3000 app:app",
      "api: uvicorn main:app --host 127.0.0.1 --port 8000",
      "heroku: gunicorn -b 0.0.0.0:$PORT app:app",
      "dev: uvicorn app:app -p $PORT",
      "worker: celery -A jobs worker --concurrency 8",
      "# docs: mkdocs serve -a 127.0.0.1:8001",
      "release: python manage.py migrate",
    ].join("\n");
    const refs = scan(procfileScanner, "Procfile", text).refs;
    expect(refs.map(brief)).toEqual(["1:30 listen/host 5000 host=0.0.0.0", "2:47 listen/host 8000 host=127.0.0.1"]);
    expect(refs.map((r) => r.name)).toEqual(["web", "api"]);
  });

  it.each(["Procfile", "Procfile.dev", "services/api/Procfile"])("reads %s", (f) => expect(procfileScanner.matches(f)).toBe(true));
  it.each(["procfile.md", "Procfile.md.bak/x", "src/Procfile.ts/x"])("leaves %s alone", (f) => expect(procfileScanner.matches(f)).toBe(false));
});
