// Port flags in command lines: which flags listen, which dial, which are not ports at all.

import { describe, expect, it } from "vitest";
import { portsInCommand } from "../../../src/scan/scanners/config/command-line.js";

/** `kind port@index host=… env=…` for each port found; the index is where the digits start. */
function ports(command: string, shellComments = true): string[] {
  return portsInCommand(command, { shellComments }).map((p) => {
    const digits = command.slice(p.start, p.end);
    expect(digits).toMatch(/^\d+$/);
    const parts = [`${p.kind} ${digits}@${p.start}`];
    if (p.host !== undefined) parts.push(`host=${p.host}`);
    if (p.dialHost !== undefined) parts.push(`dial=${p.dialHost}`);
    if (p.envVar !== undefined) parts.push(`env=${p.envVar}`);
    if (p.side !== "host") parts.push(p.side);
    return parts.join(" ");
  });
}

describe("portsInCommand: listening processes", () => {
  it.each([
    ["uvicorn app:app --port 8000", ["listen 8000@23"]],
    ["uvicorn app:app --port=8000", ["listen 8000@23"]],
    ["uvicorn app:app --host 0.0.0.0 --port 8000", ["listen 8000@38 host=0.0.0.0"]],
    ["uvicorn app:app --port 8000 --host 127.0.0.1", ["listen 8000@23 host=127.0.0.1"]],
    ["gunicorn -b 0.0.0.0:5000 app:app", ["listen 5000@20 host=0.0.0.0"]],
    ["gunicorn --bind=127.0.0.1:8014 wsgi", ["listen 8014@26 host=127.0.0.1"]],
    ["gunicorn --bind :8080 wsgi", ["listen 8080@17 host="]],
    ["next dev -p 3001", ["listen 3001@12"]],
    ["next start --port 3000 -H 0.0.0.0", ["listen 3000@18 host=0.0.0.0"]],
    ["vite --port 5173", ["listen 5173@12"]],
    ["vite --host --port 5173", ["listen 5173@19 host="]],
    ["http-server ./dist -p 8080", ["listen 8080@22"]],
    ["serve -s build -l 5000", ["listen 5000@18"]],
    ["serve -l tcp://127.0.0.1:5000", ["listen 5000@25 host=127.0.0.1"]],
    ["webpack serve --port 8081", ["listen 8081@21"]],
    ["prometheus --web.listen-address=0.0.0.0:9090", ["listen 9090@40 host=0.0.0.0"]],
    ["python manage.py runserver 0.0.0.0:8000", ["listen 8000@35 host=0.0.0.0"]],
    ["python manage.py runserver 8001", ["listen 8001@27"]],
    ["python -m http.server 8000 --bind 127.0.0.1", ["listen 8000@22 host=127.0.0.1"]],
    ["php -S 0.0.0.0:8080 -t public", ["listen 8080@15 host=0.0.0.0"]],
    ["java -Dserver.port=8085 -jar app.jar", ["listen 8085@19"]],
    ["node --inspect=0.0.0.0:9229 server.js", ["listen 9229@23 host=0.0.0.0"]],
    ["traefik --entrypoints.web.address=:80", ["listen 80@35 host="]],
    ["streamlit run app.py --server.port 8501 --server.address 0.0.0.0", ["listen 8501@35 host=0.0.0.0"]],
    ["/usr/local/bin/claim-port.sh 8000", ["listen 8000@29"]],
    ["claim-port.sh --force 6379", ["listen 6379@22"]],
    ["mkdocs serve -a 127.0.0.1:8001", ["listen 8001@26 host=127.0.0.1"]],
    ["node_exporter --web.listen-address=:9100", ["listen 9100@36 host="]],
    ["minio server /data --address :9000 --console-address 127.0.0.1:9001", ["listen 9000@30 host=", "listen 9001@63 host=127.0.0.1"]],
    ["mongod --bind_ip 127.0.0.1 --port 27017", ["listen 27017@34 host=127.0.0.1"]],
    ["manager --health-probe-bind-address=:8081 --metrics-bind-address=127.0.0.1:8080", ["listen 8081@37 host=", "listen 8080@75 host=127.0.0.1"]],
    ["memcached -l 127.0.0.1 -p 11211", ["listen 11211@26 host=127.0.0.1"]],
    ["/usr/sbin/sshd -D -p 2222", ["listen 2222@21"]],
    ["dotnet Shop.dll --urls http://+:5000;https://127.0.0.1:5001", ["listen 5000@32 host="]],
    [`dotnet Shop.dll --urls "http://+:5000;https://127.0.0.1:5001"`, ["listen 5000@33 host=", "listen 5001@56 host=127.0.0.1"]],
  ])("%s", (command, expected) => expect(ports(command)).toEqual(expected));

  it("reads PORT= prefixes, also after env and cross-env, with the variable", () => {
    expect(ports("PORT=3001 node server.js")).toEqual(["listen 3001@5 env=PORT"]);
    expect(ports("cross-env PORT=3002 HOST=0.0.0.0 react-scripts start")).toEqual(["listen 3002@15 host=0.0.0.0 env=PORT"]);
    expect(ports("env API_PORT=8000 python app.py")).toEqual(["assign 8000@13 env=API_PORT"]);
  });

  it("takes the default of ${VAR:-N} and names the variable", () => {
    const [port] = portsInCommand("uvicorn main:app --port ${API_PORT:-8000}");
    expect(port).toMatchObject({ kind: "listen", envVar: "API_PORT", fromDefault: true });
    expect(port!.start).toBe(36);
  });

  it("reads each command of a pipeline or list on its own", () => {
    expect(ports("npm run build && serve -l 4000 & next dev -p 3005 -H 127.0.0.1")).toEqual([
      "listen 4000@26",
      "listen 3005@45 host=127.0.0.1",
    ]);
  });

  it("reads quoted values at their position inside the quotes", () => {
    expect(ports(`uvicorn app:app --host "0.0.0.0" --port "8000"`)).toEqual(["listen 8000@41 host=0.0.0.0"]);
  });

  it("reads docker run publish mappings: host side and container side", () => {
    expect(ports("/usr/bin/docker run --rm -p 127.0.0.1:8080:80 -p 5353:53/udp nginx")).toEqual([
      "publish 8080@38 host=127.0.0.1",
      "target 80@43 container",
      "publish 5353@49 host=",
      "target 53@54 container",
    ]);
  });
});

describe("portsInCommand: clients dial", () => {
  it.each([
    ["redis-cli -h 127.0.0.1 -p 6380 ping", ["dial 6380@26 dial=127.0.0.1"]],
    ["pg_isready -h db -p 5432", ["dial 5432@20 dial=db container"]],
    ["psql --port 5433 -U app", ["dial 5433@12"]],
    ["mysql -P 3307 -p secret", ["dial 3307@9"]],
    ["ssh -p 2222 deploy@example.org", ["dial 2222@7"]],
  ])("%s", (command, expected) => expect(ports(command)).toEqual(expected));
});

describe("portsInCommand: not ports", () => {
  it.each([
    "mkdir -p 0755 /srv/app",
    "mysql -u root -p",
    "curl --max-time 3000 http://example.org",
    "sleep 8000",
    "tar -czf backup-8000.tgz data",
    "gunicorn --timeout 3000 --workers 4 app:app",
    "node server.js --db-port 5432",
    "uvicorn app:app --port $PORT",
    "gunicorn --bind 0.0.0.0:$PORT app:app",
    "uvicorn app:app --port ${PORT}",
    "docker run -e PORT=8080 image",
    "echo 'listen on --port 8000' # uvicorn --port 9000",
    "cp -p 8000 9000",
    "php -p 8000 script.php",
    "vite -p 8000",
    "etcd --listen-client-urls http://0.0.0.0:2379",
    "oauth2-proxy --upstream http://127.0.0.1:8080",
    "--port",
  ])("%s", (command) => expect(ports(command)).toEqual([]));

  it("reports numbers too large for a port so the caller can flag them", () => {
    const [port] = portsInCommand("vite --port 99999");
    expect(port && command(port)).toBe("99999");
    function command(p: { start: number; end: number }) {
      return "vite --port 99999".slice(p.start, p.end);
    }
  });
});

describe("portsInCommand: nested and interpolated commands", () => {
  it("reads commands quoted for a shell or a process runner", () => {
    expect(ports(`/bin/bash -c 'exec uvicorn app:app --port 8000'`)).toEqual(["listen 8000@42"]);
    expect(ports(`concurrently "vite --port 5173" "uvicorn api:app --host 127.0.0.1 --port 8000"`)).toEqual([
      "listen 5173@26",
      "listen 8000@73 host=127.0.0.1",
    ]);
    // Quoted text given to anything else is data, not a command.
    expect(ports(`echo "start with --port 8000"`)).toEqual([]);
  });

  it("reads a bind address whose port is a defaulted variable", () => {
    const [port] = portsInCommand(`gunicorn -c gunicorn.conf.py -b "0.0.0.0:\${PORT:=8000}"`);
    expect(port).toMatchObject({ kind: "listen", host: "0.0.0.0", envVar: "PORT", fromDefault: true });
  });
});
