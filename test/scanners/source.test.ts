// The source scanner case by case: which files it reads, what is a port, what is not, exact
// spans, and that no input can make it throw or go quadratic.

import { describe, expect, it } from "vitest";
import { scanSource, sourceScanner } from "../../src/scan/scanners/source.js";
import type { PortRef } from "../../src/scan/types.js";

function refs(file: string, text: string): PortRef[] {
  const result = scanSource(file, text);
  expect(result.problems).toEqual([]);
  return result.refs;
}

/** `port kind/side [host=…] [env=…] [default] (pattern)` for each ref. */
function brief(file: string, text: string): string[] {
  return refs(file, text).map((ref) => {
    let out = `${ref.port} ${ref.kind}/${ref.side}`;
    if (ref.host !== undefined) out += ` host=${ref.host}`;
    if (ref.envVar !== undefined) out += ` env=${ref.envVar}`;
    if (ref.meta?.fromDefault) out += " default";
    if (ref.meta?.dialHost !== undefined) out += ` dial=${ref.meta.dialHost}`;
    return out;
  });
}

describe("sourceScanner.matches", () => {
  it.each([
    "src/server.js", "a.mjs", "a.cjs", "App.jsx", "api/main.ts", "a.mts", "a.cts", "Page.tsx", "app/main.py", "cmd/main.go",
    "App.java", "Main.kt", "build.gradle.kts", "app.rb", "index.php", "src/main.rs", "Program.cs", "scripts/dev.sh",
    "x.bash", "x.zsh", "Makefile", "GNUmakefile", "makefile", "rules/common.mk",
  ])("reads %s", (file) => {
    expect(sourceScanner.matches(file)).toBe(true);
    expect(sourceScanner.family).toBe("source");
  });

  it.each([
    "vite.config.ts", "web/vite.config.mjs", "webpack.config.js", "next.config.mjs", "next.config.ts", "package.json",
    "nginx.conf", "app.ini", "api.service", "docker-compose.yml", "config.yaml", ".env", "Dockerfile", "README.md",
    "Makefile.am", "script", "notes.txt",
  ])("leaves %s to other scanners", (file) => {
    expect(sourceScanner.matches(file)).toBe(false);
  });
});

describe("host:port literals", () => {
  it.each([
    ["a.py", `URL = "http://localhost:8000/api"`, "8000 dial/host host=localhost dial=localhost"],
    ["a.py", `R = "127.0.0.1:6379"`, "6379 dial/host host=127.0.0.1 dial=127.0.0.1"],
    ["a.ts", `new WebSocket("ws://localhost:9009")`, "9009 dial/host host=localhost dial=localhost"],
    ["a.ts", `fetch("http://[::1]:8080/x")`, "8080 dial/host host=::1 dial=::1"],
    ["a.ts", `const a = "http://app.localhost:3000"`, "3000 dial/host host=app.localhost dial=app.localhost"],
    ["a.py", `H = "http://host.docker.internal:11434"`, "11434 dial/host host=host.docker.internal dial=host.docker.internal"],
    ["a.py", `DSN = "postgresql://app:secret@localhost:5433/app"`, "5433 dial/host host=localhost dial=localhost"],
    ["a.py", `B = "0.0.0.0:8000"`, "8000 listen/host host=0.0.0.0"],
    ["a.py", `B = "[::]:8000"`, "8000 listen/host host=::"],
    ["a.ts", `const api = "http://api:4000/v1"`, "4000 dial/container host=api dial=api"],
    ["a.go", `http.ListenAndServe(":8080", nil)`, "8080 listen/host host="],
    ["a.go", `net.Listen("tcp", ":9000")`, "9000 listen/host host="],
    ["a.go", `http.ListenAndServe("127.0.0.1:8080", nil)`, "8080 listen/host host=127.0.0.1"],
    ["a.py", `bind = "127.0.0.1:8000"`, "8000 listen/host host=127.0.0.1"],
    ["a.sh", `curl http://localhost:8000/health`, "8000 dial/host host=localhost dial=localhost"],
    ["a.sh", `php -S localhost:8000`, "8000 listen/host host=localhost"],
    ["a.sh", `python manage.py runserver 0.0.0.0:8000`, "8000 listen/host host=0.0.0.0"],
    ["a.sh", `mkdocs serve -a 127.0.0.1:8001`, "8001 listen/host host=127.0.0.1"],
    ["a.sh", `gunicorn -b 0.0.0.0:8000 app:app`, "8000 listen/host host=0.0.0.0"],
    ["a.sh", `gunicorn --bind :8000 app:app`, "8000 listen/host host="],
    ["a.py", `U = "udp://localhost:8125"`, "8125 dial/host host=localhost dial=localhost"],
  ])("%s: %s", (file, code, expected) => {
    expect(brief(file, code)).toEqual([expected]);
  });

  it("marks a udp:// URL as udp", () => {
    expect(refs("a.py", `U = "udp://localhost:8125"`)[0]!.protocol).toBe("udp");
  });

  it("points exactly at the digits", () => {
    const line = `  const url = "http://localhost:8000/api";`;
    const [ref] = refs("src/a.ts", `// first\n${line}\n`);
    expect(ref).toMatchObject({ file: "src/a.ts", line: 2, column: line.indexOf("8000") + 1, endLine: 2, endColumn: line.indexOf("8000") + 5 });
  });
});

describe("listen calls, port names and flags", () => {
  it.each([
    ["a.js", `app.listen(3000)`, "3000 listen/host"],
    ["a.js", `app.listen(3000, '0.0.0.0')`, "3000 listen/host host=0.0.0.0"],
    ["a.py", `app.run(port=5000)`, "5000 listen/host"],
    ["a.py", `app.run(host="0.0.0.0", port=8000)`, "8000 listen/host host=0.0.0.0"],
    ["a.py", `uvicorn.run(app, host="0.0.0.0", port=8000)`, "8000 listen/host host=0.0.0.0"],
    ["a.py", `serve(port=8080)`, "8080 listen/host"],
    ["a.py", `PORT = 8000`, "8000 literal/host"],
    ["a.ts", `const API_PORT = 8000;`, "8000 literal/host"],
    ["a.ts", `const apiPort: number = 8000;`, "8000 literal/host"],
    ["a.go", `server_port := 8080`, "8080 literal/host"],
    ["a.go", `var port int = 8080`, "8080 literal/host"],
    ["a.rs", `const PORT: u16 = 8080;`, "8080 literal/host"],
    ["a.py", `cfg = {"port": 8000}`, "8000 literal/host"],
    ["a.php", `<?php $cfg = ['port' => 8000];`, "8000 literal/host"],
    ["a.rb", `opts = { port: 3000 }`, "3000 literal/host"],
    ["a.ts", `const o = { "http-port": 8080 }`, "8080 literal/host"],
    ["a.py", `config["port"] = 8000`, "8000 literal/host"],
    ["a.py", `PORT = "8000"`, "8000 literal/host"],
    ["a.py", `DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021`, "9020 literal/host; 9021 literal/host"],
    ["a.py", `if port == 443: pass`, "443 literal/host"],
    ["a.java", `server.setPort(8080);`, "8080 literal/host"],
    ["a.py", `parser.add_argument("-p", "--port", type=int, default=8000)`, "8000 literal/host"],
    ["a.go", `p := flag.Int("port", 8080, "port to serve on")`, "8080 literal/host"],
    ["a.js", `program.option("-p, --port <number>", "port", 3000)`, "3000 literal/host"],
    ["a.js", `yargs.option("port", { default: 3000 })`, "3000 literal/host"],
    ["a.sh", `uvicorn app:app --port 8000`, "8000 listen/host"],
    ["a.sh", `uvicorn app:app --port=8000`, "8000 listen/host"],
    ["a.sh", `uvicorn app:app --host 0.0.0.0 --port 8000`, "8000 listen/host host=0.0.0.0"],
    ["a.sh", `flask run --host=127.0.0.1 -p 5000`, "5000 listen/host host=127.0.0.1"],
    ["a.sh", `next dev -p 3001`, "3001 listen/host"],
    ["a.sh", `npx http-server -p 8080`, "8080 listen/host"],
    ["a.sh", `bundle exec rails s -p 3000`, "3000 listen/host"],
    ["a.sh", `python -m http.server 8000`, "8000 listen/host"],
    ["a.sh", `jupyter lab --port=8888 --no-browser`, "8888 listen/host"],
    ["a.sh", `streamlit run app.py --server.port 8501`, "8501 listen/host"],
    ["a.sh", `java -Dserver.port=8080 -jar app.jar`, "8080 listen/host"],
    ["a.sh", `psql -h localhost -p 5433 app`, "5433 dial/host"],
    ["a.sh", `ssh -p 2222 deploy@box`, "2222 dial/host"],
    ["a.sh", `nc -z localhost 5432`, "5432 dial/host host=localhost dial=localhost"],
    ["a.sh", `lsof -i :8000`, "8000 literal/host"],
    ["a.sh", `lsof -nP -iTCP:8000 -sTCP:LISTEN`, "8000 literal/host"],
    ["a.sh", `fuser -k 8000/tcp`, "8000 literal/host"],
    ["a.sh", `docker run -p 8080:80 nginx`, "8080 publish/host host=; 80 target/container"],
    ["a.py", `subprocess.run(["uvicorn", "app:app", "--port", "8000"])`, "8000 listen/host"],
    ["a.py", `cmd = "gunicorn app:app --bind 127.0.0.1:8000"`, "8000 listen/host host=127.0.0.1"],
    ["a.py", `s.bind(("", 8000))`, "8000 listen/host host="],
    ["a.py", `server_address = ('', 8000)`, "8000 listen/host host="],
    ["a.py", `socket.create_connection(("localhost", 6379))`, "6379 dial/host host=localhost dial=localhost"],
    ["a.rb", `set :port, 4567`, "4567 listen/host"],
    ["a.rb", `TCPServer.new(2000)`, "2000 listen/host"],
  ])("%s: %s", (file, code, expected) => {
    expect(brief(file, code)).toEqual(expected.split("; "));
  });
});

describe("environment defaults", () => {
  it.each([
    ["a.py", `os.getenv("X_PORT", "8000")`, "X_PORT"],
    ["a.py", `os.environ.get("X_PORT", 5433)`, "X_PORT"],
    ["a.py", `int(os.environ.get("X_PORT") or 8000)`, "X_PORT"],
    ["a.py", `os.environ.setdefault("X_PORT", "8000")`, "X_PORT"],
    ["a.py", `config("X_PORT", default=8000, cast=int)`, "X_PORT"],
    ["a.ts", `process.env.X_PORT ?? 4000`, "X_PORT"],
    ["a.ts", `process.env.X_PORT || 4000`, "X_PORT"],
    ["a.ts", `process.env["X_PORT"] || "4000"`, "X_PORT"],
    ["a.ts", `Number(process.env.PORT) || 3000`, "PORT"],
    ["a.ts", `parseInt(process.env.PORT || "3000", 10)`, "PORT"],
    ["a.ts", `const { X_PORT = 4000 } = process.env;`, "X_PORT"],
    ["a.ts", `Deno.env.get("X_PORT") ?? "8000"`, "X_PORT"],
    ["a.go", `port := os.Getenv("X_PORT")\nif port == "" {\n\tport = "8080"\n}`, "X_PORT"],
    ["a.go", `port := cmp.Or(os.Getenv("X_PORT"), "8080")`, "X_PORT"],
    ["a.go", `port := getEnv("X_PORT", "8080")`, "X_PORT"],
    ["a.java", `System.getenv().getOrDefault("X_PORT", "8080")`, "X_PORT"],
    ["a.kt", `System.getenv("X_PORT")?.toInt() ?: 8080`, "X_PORT"],
    ["a.rb", `ENV.fetch("X_PORT", 3000)`, "X_PORT"],
    ["a.rb", `ENV.fetch("X_PORT") { 3000 }`, "X_PORT"],
    ["a.rb", `ENV["X_PORT"] || 3000`, "X_PORT"],
    ["a.php", `<?php $p = getenv('X_PORT') ?: 8000;`, "X_PORT"],
    ["a.php", `<?php $p = env('X_PORT', 3306);`, "X_PORT"],
    ["a.rs", `env::var("X_PORT").unwrap_or("8000".to_string())`, "X_PORT"],
    ["a.rs", `std::env::var("X_PORT").unwrap_or_else(|_| "8000".into())`, "X_PORT"],
    ["a.cs", `Environment.GetEnvironmentVariable("X_PORT") ?? "5000"`, "X_PORT"],
    ["a.sh", `PORT=\${X_PORT:-8000}`, "X_PORT"],
    ["a.sh", `uvicorn app:app --port "\${X_PORT-8000}"`, "X_PORT"],
    ["a.sh", `uvicorn app:app --port "\${APP_LISTEN:-8000}"`, "APP_LISTEN"],
    ["Makefile", `X_PORT ?= 8000`, "X_PORT"],
  ])("%s: %s", (file, code, envVar) => {
    const found = refs(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: "assign", side: "host", envVar, meta: { fromDefault: true, pattern: "env-default" } });
  });

  it("keeps a URL default as a dial, not as the variable's default", () => {
    expect(brief("a.py", `os.environ.get("REDIS_URL", "redis://localhost:6379/0")`)).toEqual(["6379 dial/host host=localhost dial=localhost"]);
  });

  it("sets shell and Makefile assignments as the variable", () => {
    expect(brief("a.sh", `export API_PORT=8000`)).toEqual(["8000 assign/host env=API_PORT"]);
    expect(brief("a.sh", `API_PORT="8000"`)).toEqual(["8000 assign/host env=API_PORT"]);
    expect(brief("Makefile", `API_PORT := 8000`)).toEqual(["8000 assign/host env=API_PORT"]);
    expect(brief("a.sh", `port=8000`)).toEqual(["8000 literal/host"]);
  });
});

describe("what is not a port", () => {
  it.each([
    ["a.js", `const opts = { timeout: 3000 };`],
    ["a.js", `setTimeout(fn, 3000);`],
    ["a.js", `setInterval(fn, 3000);`],
    ["a.py", `MAX_ITEMS = 4000`],
    ["a.sh", `sleep 8000`],
    ["a.sh", `timeout 3000 ./run.sh`],
    ["a.py", `RETRY_BACKOFF_MS = [100, 200, 400, 800, 1600]`],
    ["a.js", `const backoff = { 1: 1000, 2: 2000, 3: 4000 };`],
    ["a.py", `VERSION = "1.8080.2"`],
    ["a.py", `RELEASED = "2024-08-08"`],
    ["a.py", `AT = "12:30:00"`],
    ["a.ts", `const c = "#8080ff";`],
    ["a.ts", `const w = "8000px";`],
    ["a.py", `LIMIT = 1024 * 1024`],
    ["a.py", `if status == 404: raise NotFound()`],
    ["a.py", `return Response(status=500)`],
    ["a.js", `const x = items[8000];`],
    ["a.py", `ADDR = "10.0.0.8"`],
    ["a.py", `# the api listens on localhost:8000`],
    ["a.js", `// app.listen(3000)`],
    ["a.js", `/* port: 8000 */`],
    ["a.go", `// listen on :8080`],
    ["a.rb", `# port = 8000`],
    ["a.sh", `# uvicorn app:app --port 8000`],
    ["Makefile", `# PORT ?= 8000`],
    ["a.py", `def f():\n    """Connect to localhost:8000 and call port=8000."""\n    return 1`],
    ["a.py", `report = 5000`],
    ["a.py", `export_limit = 8000`],
    ["a.js", `const support = 8000, transport = 3000, important = 4000;`],
    ["a.py", `viewport = 1024`],
    ["a.js", `const serialPort = 3;`],
    ["a.js", `const MAX_PORT = 65535;`],
    ["a.js", `exports.ER_SLAVE_HOST_PORT = 3075;`],
    ["a.py", `IP_BIND_ADDRESS_NO_PORT = 24`],
    ["a.py", `class Cause(Enum):
    REDIS_CONNECTOR_DOWN = 72
    REDIS_INSTANCE_MISMATCHED_PORT = 73
    REDIS_AUTH_FAILED = 74`],
    ["a.py", `ports = _messages.MessageField('GoogleCloudRunV2ContainerPort', 10, repeated=True)`],
    ["a.py", `File "app.py", line 8000, in main`],
    ["a.js", `at Object.<anonymous> (/srv/app.js:8000:15)`],
    ["a.js", `const url = "http://localhost:PORT/api";`],
    ["a.js", "const url = `http://localhost:${port}/api`;"],
    ["a.py", `sock.listen(5)`],
    ["a.cs", `listener.Listen(100);`],
    ["a.py", `nvae = NoViableAltException("", 13, 0, self.input)`],
    ["a.py", `pairs = [('', '1'), ('', '2')]`],
    ["a.py", `assertBadNetmask("::1", "129")`],
    ["a.ts", `parseInt(process.env.WORKER_PORT, 10)`],
    ["a.py", `os.getenv("TIMEOUT_MS", "3000")`],
    ["a.sh", `echo \${TIMEOUT:-3000}`],
    ["a.sh", `ps -p 4242`],
    ["a.sh", `head -n 3000 log.txt`],
    ["a.sh", `mysql -p 3306`],
    ["a.py", `DB = "mysql://root:1234@db.example.com/app"`],
    ["a.py", `URL = "https://example.com:8443/path"`],
    ["a.go", `const layout = "15:04:05"`],
    ["a.ts", `const re = /localhost:1234/;`],
    ["a.php", `<p>Runs on localhost:8000, honest.</p>`],
  ])("%s: %s", (file, code) => {
    expect(brief(file, code)).toEqual([]);
  });
});

describe("robustness", () => {
  const MB = 1 << 20;
  const big: Array<[string, string]> = [
    ["one huge line of numbers", "1 ".repeat(MB / 2)],
    ["one huge line of port assignments", "port=1234,".repeat(MB / 10)],
    ["one huge line of host:port strings", "'localhost:8000',".repeat(MB / 17)],
    ["unclosed brackets", "(".repeat(MB / 2) + "port=8000"],
    ["closing brackets", ")".repeat(MB / 2) + "port=8000"],
    ["quotes", "'".repeat(MB)],
    ["regex-like slashes", "=/[".repeat(MB / 3)],
    ["template openers", "`${".repeat(MB / 3)],
    ["flags", "--port 8000 ".repeat(MB / 12)],
    ["calls", "port(1,".repeat(MB / 7)],
  ];

  for (const [name, text] of big) {
    it(`completes on 1 MB of ${name} in every language`, () => {
      for (const file of ["x.js", "x.py", "x.sh", "x.go", "x.rb", "x.php", "x.rs", "x.cs", "Makefile", "x.java"]) {
        const result = scanSource(file, text);
        expect(result.problems).toEqual([]);
        for (const ref of result.refs) expect(ref.line).toBe(1);
      }
    });
  }

  it("reports every port of a huge single line, not just the first ones", () => {
    const text = "'localhost:8000',".repeat(MB / 17);
    expect(scanSource("x.js", text).refs).toHaveLength(Math.floor(MB / 17));
  });

  it("never throws on random bytes", () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const alphabet = `abcport=:;'"\`/\\*#{}()[]<>$-_. \n\t0123456789localhost`;
    for (let round = 0; round < 200; round++) {
      const length = Math.floor(random() * 400);
      let text = "";
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      for (const file of ["x.js", "x.py", "x.sh", "x.go", "x.rb", "x.php", "x.rs", "x.cs", "Makefile", "x.java"]) {
        const result = scanSource(file, text);
        expect(result.problems).toEqual([]);
        for (const ref of result.refs) {
          expect(ref.port).toBeGreaterThanOrEqual(1);
          expect(ref.port).toBeLessThanOrEqual(65535);
          const line = text.split("\n")[ref.line - 1]!;
          expect(line.slice(ref.column - 1, ref.endColumn - 1)).toBe(String(ref.port));
        }
      }
    }
  });

  it("returns nothing for files it does not read", () => {
    expect(scanSource("notes.txt", "localhost:8000")).toEqual({ refs: [], problems: [] });
  });
});

describe("languageOf", () => {
  it("knows extensions and names, and no prototype key", async () => {
    const { languageOf } = await import("../../src/scan/scanners/source/languages.js");
    expect(languageOf("a/b/server.ts")).toBe("js");
    expect(languageOf("Makefile")).toBe("make");
    expect(languageOf("vite.config.ts")).toBeUndefined();
    for (const name of ["constructor", "toString", "x.constructor", "x.__proto__", "hasOwnProperty", "a/valueOf"]) {
      expect(languageOf(name), name).toBeUndefined();
    }
  });
});
