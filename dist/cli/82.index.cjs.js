"use strict";
exports.id = 82;
exports.ids = [82];
exports.modules = {

/***/ 5082:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/engine/check.js + 1 modules
var check = __webpack_require__(9957);
// EXTERNAL MODULE: ./lib/engine/hosts.js
var hosts = __webpack_require__(5337);
// EXTERNAL MODULE: ./lib/engine/order.js
var order = __webpack_require__(3138);
;// CONCATENATED MODULE: ./lib/init/propose.js
// `portcullis init`: group the port references of a repository without a registry into services,
// and propose the ports.yaml that describes what the repository does today.


const GENERIC_VARS = new Set(["PORT", "HTTP_PORT", "SERVER_PORT", "HOST_PORT"]);
/** `CONTIMG_API_PORT` → `contimg-api`, `PGSIMS web` → `pgsims-web`. */
function slug(text) {
    return text
        .replace(/\*\*|`/g, "")
        .replace(/\(.*?\)/g, "")
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
function envKey(name) {
    if (GENERIC_VARS.has(name))
        return undefined;
    const base = name.replace(/_(PORT|URL|HOST|ADDR|ADDRESS|DSN|URI)$/i, "");
    const key = slug(base);
    return key || undefined;
}
/** A union-find over group keys, so a ref naming both `backend` and `BACKEND_PORT` joins them. */
class Groups {
    parent = new Map();
    find(key) {
        let root = key;
        while (this.parent.has(root) && this.parent.get(root) !== root)
            root = this.parent.get(root);
        this.parent.set(key, root);
        if (!this.parent.has(root))
            this.parent.set(root, root);
        return root;
    }
    union(a, b) {
        const ra = this.find(a);
        const rb = this.find(b);
        if (ra !== rb)
            this.parent.set(rb, ra);
    }
}
const HOST_KINDS = new Set(["publish", "listen", "assign", "docs", "dial"]);
/** The name keys a ref carries, strongest first: compose service, variable, docs row, dialled host. */
function keysOf(ref, qualified) {
    const keys = [];
    const compose = ref.meta?.composeService;
    if (typeof compose === "string") {
        const name = slug(compose);
        const folder = ref.file.includes("/") ? slug(ref.file.slice(0, ref.file.lastIndexOf("/"))) : "";
        keys.push(qualified.has(name) && folder ? `name:${folder}-${name}` : `name:${name}`);
    }
    else if (ref.family === "markdown" && ref.name)
        keys.push(`name:${slug(ref.name)}`);
    else if (ref.family === "config" && ref.name && ref.kind !== "dial")
        keys.push(`name:${slug(ref.name)}`);
    if (ref.envVar) {
        const key = envKey(ref.envVar);
        // A URL variable names what it dials, not a port it owns; it only joins an existing group.
        if (key && ref.kind !== "dial")
            keys.push(`name:${key}`);
    }
    return keys.filter((k) => k !== "name:");
}
function mostCommon(values) {
    const counts = new Map();
    for (const v of values)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    let best;
    let bestCount = 0;
    for (const [v, c] of counts)
        if (c > bestCount)
            [best, bestCount] = [v, c];
    return best;
}
function inferAccess(refs) {
    const binds = refs.filter((r) => r.side === "host" && (r.kind === "publish" || r.kind === "listen") && r.host !== undefined);
    if (binds.length === 0)
        return refs.some((r) => r.side === "host") ? "localhost" : "internal";
    const classes = binds.map((r) => (0,hosts/* classifyHost */.R)(r.host));
    if (classes.includes("all") || classes.includes("other"))
        return "public";
    if (classes.includes("private"))
        return "private";
    return "localhost";
}
/**
 * Compose service names that mean different services in different folders: `web` on 8080 in one
 * example project and on 3000 in another. Those names are qualified by their folder.
 */
function namesToQualify(refs) {
    const portsByName = new Map();
    for (const ref of refs) {
        if (ref.kind !== "publish" || typeof ref.meta?.composeService !== "string")
            continue;
        const name = slug(ref.meta.composeService);
        const folder = ref.file.slice(0, Math.max(0, ref.file.lastIndexOf("/")));
        const folders = portsByName.get(name) ?? new Map();
        folders.set(folder, `${folders.get(folder) ?? ""},${ref.port}`);
        portsByName.set(name, folders);
    }
    const names = new Set();
    for (const [name, folders] of portsByName) {
        const signatures = new Set([...folders.values()].map((ports) => [...new Set(ports.split(",").filter(Boolean))].sort().join(",")));
        if (signatures.size > 1)
            names.add(name);
    }
    return names;
}
function proposeRegistry(refs) {
    const groups = new Groups();
    const byKey = new Map();
    const unnamed = [];
    const qualified = namesToQualify(refs);
    for (const ref of refs) {
        const keys = keysOf(ref, qualified);
        if (keys.length === 0) {
            unnamed.push(ref);
            continue;
        }
        for (const key of keys.slice(1))
            groups.union(keys[0], key);
        const list = byKey.get(keys[0]) ?? [];
        list.push(ref);
        byKey.set(keys[0], list);
    }
    const merged = new Map();
    for (const [key, list] of byKey) {
        const root = groups.find(key);
        merged.set(root, [...(merged.get(root) ?? []), ...list]);
    }
    // Unnamed host-side refs join the group owning their port, else form a group of their own.
    // What a service binds (a published or listening port) outweighs what a variable or a client says.
    const hostPortOf = (list) => mostCommon(list.filter((r) => r.side === "host" && (r.kind === "publish" || r.kind === "listen")).map((r) => r.port)) ??
        mostCommon(list.filter((r) => r.side === "host" && r.kind !== "dial").map((r) => r.port)) ??
        mostCommon(list.filter((r) => r.side === "host").map((r) => r.port));
    const owners = new Map();
    for (const [key, list] of merged) {
        const port = hostPortOf(list);
        if (port !== undefined && !owners.has(port))
            owners.set(port, key);
    }
    const unassigned = [];
    for (const ref of unnamed) {
        if (ref.side !== "host" || !HOST_KINDS.has(ref.kind) && ref.kind !== "literal") {
            unassigned.push(ref);
            continue;
        }
        const owner = owners.get(ref.port) ?? `port:${ref.port}`;
        owners.set(ref.port, owner);
        merged.set(owner, [...(merged.get(owner) ?? []), ref]);
    }
    const borrowed = new Set();
    // A group holding only variables from env files, on a port another group owns, most likely
    // points at that service (RELAY_PORT=25 beside a mail server on 25): join it, do not collide.
    for (const [key, list] of [...merged]) {
        if (!list.every((r) => r.kind === "assign" && r.family === "env"))
            continue;
        const owner = [...merged].find(([other, refs]) => other !== key && refs.some((r) => r.port === list[0].port && r.kind !== "assign"));
        if (!owner)
            continue;
        owner[1].push(...list);
        // Its variable names another setting (RELAY_PORT), not the owner's own port variable.
        for (const ref of list)
            borrowed.add(ref);
        merged.delete(key);
    }
    const services = [];
    const taken = new Set();
    for (const [key, list] of splitMultiPort(merged)) {
        const hostPort = hostPortOf(list);
        const targets = [...new Set(list.filter((r) => r.kind === "target" && r.side === "container").map((r) => r.port))];
        const port = hostPort ?? (targets.length === 1 ? targets[0] : undefined);
        if (port === undefined) {
            unassigned.push(...list);
            continue;
        }
        const names = [
            ...new Set(list
                .map((r) => r.meta?.composeService ?? (r.family === "markdown" ? r.name : undefined))
                .filter((n) => typeof n === "string")
                .map(slug)
                .filter(Boolean)),
        ];
        const envNames = list.filter((r) => !borrowed.has(r)).map((r) => r.envVar).filter((v) => !!v && !GENERIC_VARS.has(v) && !/_(URL|HOST|ADDR|ADDRESS|DSN|URI)$/i.test(v));
        const env = mostCommon(envNames);
        let name = key.startsWith("name:") ? key.slice(5) : (env && envKey(env)) || `port-${port}`;
        if (taken.has(name))
            name = `${name}-${port}`;
        taken.add(name);
        const protocol = (mostCommon(list.map((r) => r.protocol)) ?? "tcp");
        const publishTargets = [...new Set(list.filter((r) => r.family === "compose" && r.kind === "target").map((r) => r.port))];
        const label = list.find((r) => r.family === "markdown" && typeof r.meta?.label === "string")?.meta?.label;
        const service = {
            name,
            port,
            protocol,
            access: hostPort === undefined ? "internal" : inferAccess(list),
            aliases: names.filter((n) => n !== name).sort(),
            refs: list,
        };
        if (env)
            service.env = env;
        if (publishTargets.length === 1 && hostPort !== undefined)
            service.target = publishTargets[0];
        if (label) {
            const text = label.replace(/\*\*|`/g, "").trim();
            if (text && slug(text) !== name)
                service.description = text;
        }
        services.push(service);
    }
    services.sort((a, b) => a.port - b.port || (0,order/* compareText */.n)(a.name, b.name));
    const collisions = [];
    const byPort = new Map();
    for (const s of services) {
        const k = `${s.port}/${s.protocol}`;
        byPort.set(k, [...(byPort.get(k) ?? []), s]);
    }
    for (const list of byPort.values()) {
        if (list.length > 1)
            collisions.push({ port: list[0].port, protocol: list[0].protocol, services: list.map((s) => s.name) });
    }
    const exposed = [];
    for (const s of services) {
        const ref = s.refs.find((r) => r.side === "host" && (r.kind === "publish" || r.kind === "listen") && r.host !== undefined && (0,hosts/* classifyHost */.R)(r.host) === "all");
        if (ref)
            exposed.push({ service: s.name, ref });
    }
    return { services, ranges: clusterRanges(services), collisions, exposed, unassigned };
}
/**
 * One compose service publishing several ports (a mail server on 25, 143, 465…) is several
 * registry services: the first port keeps the name, the others become `name-<port>`, all with the
 * compose name as an alias. Different ports for one service across files stay together: that is
 * drift for `check` to report, not a second service.
 */
function splitMultiPort(merged) {
    const out = [];
    for (const [key, list] of [...merged].sort(([a], [b]) => (0,order/* compareText */.n)(a, b))) {
        const published = new Map();
        for (const r of list) {
            if (r.kind !== "publish" || typeof r.meta?.composeService !== "string")
                continue;
            const where = `${r.file}::${r.meta.composeService}`;
            published.set(where, (published.get(where) ?? new Set()).add(r.port));
        }
        const ports = [...new Set([...published.values()].flatMap((set) => (set.size > 1 ? [...set] : [])))].sort((a, b) => a - b);
        if (ports.length < 2) {
            out.push([key, list]);
            continue;
        }
        const [first, ...rest] = ports;
        const byPort = new Map(ports.map((p) => [p, []]));
        const shared = [];
        for (const r of list) {
            // A mapping's container side travels with its host side (same line).
            const mate = r.kind === "target" ? list.find((h) => h.kind === "publish" && h.file === r.file && h.line === r.line) : undefined;
            const port = mate ? mate.port : r.port;
            (byPort.get(port) ?? shared).push(r);
        }
        out.push([key, [...byPort.get(first), ...shared]]);
        for (const port of rest)
            out.push([`${key}-${port}`, byPort.get(port)]);
    }
    return out;
}
/** Three or more services in one block of a hundred ports become a named range. */
function clusterRanges(services) {
    const blocks = new Map();
    for (const s of services) {
        if (s.port < 1024)
            continue;
        const block = Math.floor(s.port / 100) * 100;
        blocks.set(block, [...(blocks.get(block) ?? []), s]);
    }
    const ranges = [];
    for (const [from, list] of [...blocks].sort(([a], [b]) => a - b)) {
        if (list.length < 3)
            continue;
        const name = `block-${from}`;
        ranges.push({ name, from, to: from + 99 });
        for (const s of list)
            s.range = name;
    }
    return ranges;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./lib/init/render.js
// Text for `portcullis init`: the audit a human reads, and the proposed ports.yaml.

/** One YAML scalar, quoted only when YAML needs it. */
function scalar(value) {
    return (0,dist/* stringify */.As)(value, { lineWidth: 0 }).trimEnd();
}
const where = (ref) => `${ref.file}:${ref.line}`;
function renderProposal(proposal, project) {
    const out = [
        "# yaml-language-server: $schema=./node_modules/portcullis/policies/ports.schema.json",
        "# Proposed by `portcullis init` from what this repository does today: every port, variable and",
        "# access level below describes the current bindings. Review it, then tighten `access` to the policy you want.",
        "version: 1",
        `project: ${scalar(project)}`,
    ];
    if (proposal.ranges.length > 0) {
        out.push("ranges:");
        for (const r of proposal.ranges)
            out.push(`  ${r.name}: { from: ${r.from}, to: ${r.to} }`);
    }
    out.push(proposal.services.length > 0 ? "services:" : "services: {}");
    for (const s of proposal.services)
        out.push(...renderService(s));
    return `${out.join("\n")}\n`;
}
function renderService(s) {
    const lines = [`  ${scalar(s.name)}:`, `    port: ${s.port}`];
    if (s.env)
        lines.push(`    env: ${scalar(s.env)}`);
    if (s.range)
        lines.push(`    range: ${s.range}`);
    if (s.protocol !== "tcp")
        lines.push(`    protocol: ${s.protocol}`);
    lines.push(`    access: ${s.access}`);
    if (s.description)
        lines.push(`    description: ${scalar(s.description)}`);
    if (s.target !== undefined)
        lines.push(`    target: ${s.target}`);
    if (s.aliases.length > 0)
        lines.push(`    aliases: [${s.aliases.map(scalar).join(", ")}]`);
    return lines;
}
function renderAudit(proposal, stats) {
    const out = [];
    out.push(`Found ${stats.refs} port references in ${stats.files} files, grouped into ${proposal.services.length} services.`, "");
    if (proposal.services.length > 0) {
        const rows = proposal.services.map((s) => {
            const files = [...new Set(s.refs.map(where))];
            const shown = files.slice(0, 4).join(", ") + (files.length > 4 ? `, +${files.length - 4} more` : "");
            return [String(s.port) + (s.protocol === "tcp" ? "" : `/${s.protocol}`), s.name, s.access, s.env ?? "-", shown];
        });
        const header = ["PORT", "SERVICE", "ACCESS", "VARIABLE", "CONFIGURED IN"];
        const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
        const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join("  ");
        out.push(line(header), ...rows.map(line), "");
    }
    out.push(proposal.collisions.length > 0 ? "Collisions:" : "Collisions: none");
    for (const c of proposal.collisions)
        out.push(`  ${c.port}/${c.protocol} is claimed by ${c.services.join(", ")}`);
    out.push("");
    out.push(proposal.exposed.length > 0 ? "Published on all interfaces:" : "Published on all interfaces: none");
    for (const e of proposal.exposed)
        out.push(`  ${e.service} on ${e.ref.port} at ${where(e.ref)}`);
    out.push("");
    return `${out.join("\n")}`;
}

// EXTERNAL MODULE: ./lib/registry/load.js
var load = __webpack_require__(9395);
// EXTERNAL MODULE: ./lib/atomic-write.js
var atomic_write = __webpack_require__(9296);
// EXTERNAL MODULE: ./lib/cli/io.js
var cli_io = __webpack_require__(8908);
;// CONCATENATED MODULE: ./lib/cli/init.js
// `portcullis init`: audit a repository that has no ports.yaml yet and propose one.









const HELP = `Usage: portcullis init [--write [--force]] [--root DIR] [--json]

Scans the repository, prints an audit of every port it finds (where it is configured, collisions,
services published on all interfaces) and a proposed ports.yaml.

Options:
  --write     write the proposal to ports.yaml
  --force     overwrite an existing ports.yaml (with --write)
  --root DIR  repository to audit (default: the current folder)
  --json      print the proposal as JSON
`;
const run = async (args, io) => {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            write: { type: "boolean", default: false },
            force: { type: "boolean", default: false },
            root: { type: "string" },
            json: { type: "boolean", default: false },
            help: { type: "boolean", short: "h", default: false },
        },
    });
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    if (values.force && !values.write)
        throw new cli_io/* UsageError */.e("--force only makes sense with --write");
    const root = external_node_path_.resolve(io.cwd, values.root ?? ".");
    if (!(0,external_node_fs_.existsSync)(root))
        throw new cli_io/* UsageError */.e(`no such folder: ${root}`);
    // Scan with an empty registry: nothing is attributed, every reference is reported as found.
    const result = await (0,check/* check */.z6)({ root, registry: (0,load/* parseRegistry */.l5)("ports.yaml", "version: 1\n") });
    const proposal = proposeRegistry(result.refs);
    const yaml = renderProposal(proposal, external_node_path_.basename(root));
    for (const notice of result.notices)
        io.stderr(`portcullis: ${notice}\n`);
    if (values.json) {
        const services = proposal.services.map(({ refs, ...s }) => ({ ...s, configuredIn: refs.map((r) => `${r.file}:${r.line}`) }));
        io.stdout(`${JSON.stringify({ services, ranges: proposal.ranges, collisions: proposal.collisions }, null, 2)}\n`);
    }
    else {
        io.stdout(renderAudit(proposal, { files: new Set(result.refs.map((r) => r.file)).size, refs: result.refs.length }));
    }
    if (!values.write) {
        if (!values.json)
            io.stdout(`\nProposed ports.yaml (write it with --write):\n\n${yaml}`);
        return 0;
    }
    const existing = (0,load/* findConfig */.u0)(root);
    if (existing && !values.force) {
        io.stderr(`portcullis: ${external_node_path_.relative(io.cwd, existing) || existing} already exists; pass --force to overwrite it\n`);
        return 2;
    }
    const target = existing ?? external_node_path_.join(root, "ports.yaml");
    await (0,atomic_write/* writeFileAtomic */.Z)(target, yaml);
    io.stderr(`portcullis: wrote ${external_node_path_.relative(io.cwd, target) || target} with ${proposal.services.length} services\n`);
    return 0;
};


/***/ })

};
;