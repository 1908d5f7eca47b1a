"use strict";
exports.id = 70;
exports.ids = [70];
exports.modules = {

/***/ 9296:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
// Atomic writes: a temp file in the same folder, then a rename, so a reader (or a crash) never
// sees half a file. Every file Portcullis writes goes through here.


/** Writes `text` (or its pieces, one after another) to `file` atomically. */
async function writeFileAtomic(file, text) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temp, text);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temp, file);
}


/***/ }),

/***/ 657:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MD: () => (/* binding */ renderRangeChartSvg),
/* harmony export */   UP: () => (/* binding */ chartedRanges)
/* harmony export */ });
/* unused harmony exports PORT_STATES, rangeUsage, escapeXml, describeRange */
/* harmony import */ var _engine_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3138);
// The range allocation chart: for every range, which ports are declared, reserved, used in the
// repository without a declaration, or free, and where the next free block starts, as a
// hand-written SVG (no dependency) that reads in light and dark themes and to screen readers.

const PORT_STATES = ["declared", "reserved", "used", "free"];
const STATE_TEXT = {
    declared: "declared",
    reserved: "reserved",
    used: "used, not declared",
    free: "free",
};
/** A ref counts as use of a host port when it is not a container port and not documentation. */
function usesHostPort(ref) {
    return ref.side === "host" && ref.family !== "markdown" && ref.kind !== "target" && ref.kind !== "docs";
}
/** The ranges the chart shows: named ones, and services' inline `[from, to]` ones, in port order. */
function chartedRanges(registry) {
    const ranges = [];
    for (const [name, r] of registry.ranges)
        ranges.push({ name, from: r.from, to: r.to, ...(r.description ? { description: r.description } : {}) });
    for (const s of registry.services) {
        if (s.range && s.rangeName === undefined && !ranges.some((r) => r.from === s.range.from && r.to === s.range.to)) {
            ranges.push({ name: `${s.name} (inline)`, from: s.range.from, to: s.range.to });
        }
    }
    return ranges.sort((a, b) => a.from - b.from || a.to - b.to || (0,_engine_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n)(a.name, b.name));
}
/** Every charted range with the state of each of its ports. */
function rangeUsage(registry, refs) {
    const holders = new Map();
    const hold = (from, to, state, name, only = () => true) => {
        for (let p = Math.max(1, from); p <= Math.min(65535, to); p++) {
            if (!only(p))
                continue;
            const current = holders.get(p);
            if (current && PORT_STATES.indexOf(current.state) < PORT_STATES.indexOf(state))
                continue;
            if (current && current.state === state)
                current.names.add(name);
            else
                holders.set(p, { state, names: new Set([name]) });
        }
    };
    const ranges = chartedRanges(registry);
    if (ranges.length === 0)
        return [];
    const inAnyRange = (p) => ranges.some((r) => p >= r.from && p <= r.to);
    for (const s of registry.services) {
        hold(s.port, s.port, "declared", s.name, inAnyRange);
        if (s.fallback)
            hold(s.fallback[0], s.fallback[1], "declared", `${s.name} fallback`, inAnyRange);
    }
    for (const r of registry.reserved)
        hold(r.from, r.to, "reserved", r.reason ?? "reserved", inAnyRange);
    for (const ref of refs) {
        if (!usesHostPort(ref))
            continue;
        hold(ref.port, ref.portEnd ?? ref.port, "used", ref.file, inAnyRange);
    }
    return ranges.map((range) => {
        const counts = { declared: 0, reserved: 0, used: 0, free: 0 };
        const runs = [];
        for (let p = range.from; p <= range.to; p++) {
            const held = holders.get(p);
            const state = held?.state ?? "free";
            // The files using an undeclared port would make noisy holders; the state says enough.
            const holder = held && state !== "used" ? [...held.names].sort(_engine_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n).join(", ") : undefined;
            counts[state]++;
            const last = runs[runs.length - 1];
            if (last && last.state === state && last.holder === holder && last.to === p - 1)
                last.to = p;
            else
                runs.push({ state, from: p, to: p, ...(holder !== undefined ? { holder } : {}) });
        }
        const firstFree = runs.find((run) => run.state === "free");
        const nextFree = firstFree ? { from: firstFree.from, to: firstFree.to } : undefined;
        return {
            name: range.name,
            from: range.from,
            to: range.to,
            ...(range.description ? { description: range.description } : {}),
            size: range.to - range.from + 1,
            counts,
            runs,
            ...(nextFree ? { nextFree } : {}),
        };
    });
}
/** Text for XML character data and attribute values: markup escaped, characters XML forbids dropped. */
function escapeXml(text) {
    return text
        .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, " ")
        .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
function portsText(from, to) {
    return from === to ? String(from) : `${from}–${to}`;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** One sentence per range, for `<desc>` and the per-range `<title>`. */
function describeRange(r) {
    const free = r.nextFree ? `next free block ${portsText(r.nextFree.from, r.nextFree.to)} (${plural(r.nextFree.to - r.nextFree.from + 1, "port")})` : "no free port";
    return (`${r.name}, ports ${portsText(r.from, r.to)} (${plural(r.size, "port")}): ` +
        `${r.counts.declared} declared, ${r.counts.reserved} reserved, ${r.counts.used} used but not declared, ${r.counts.free} free; ${free}.`);
}
/** East Asian wide characters and emoji take about two columns of a proportional font. */
function columns(ch) {
    const c = ch.codePointAt(0);
    const wide = (c >= 0x1100 && c <= 0x115f) ||
        (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xfe30 && c <= 0xfe4f) ||
        (c >= 0xff00 && c <= 0xff60) ||
        (c >= 0xffe0 && c <= 0xffe6) ||
        c >= 0x1f300;
    return wide ? 2 : 1;
}
function width(text) {
    let n = 0;
    for (const ch of text)
        n += columns(ch);
    return n;
}
/** Long text cut to roughly what fits in `max` columns, on a code point boundary. */
function fit(text, max) {
    if (width(text) <= max)
        return text;
    let out = "";
    let used = 0;
    for (const ch of text) {
        if (used + columns(ch) > max - 1)
            break;
        out += ch;
        used += columns(ch);
    }
    return `${out.trimEnd()}…`;
}
const round = (n) => String(Math.round(n * 100) / 100);
const WIDTH = 760;
const PAD = 24;
const BAR_WIDTH = WIDTH - 2 * PAD;
const TOP = 112;
const ROW = 84;
const STYLE = `
  .bg { fill: #ffffff; }
  .fg { fill: #1f2328; }
  .muted { fill: #59636e; }
  .outline { fill: none; stroke: #59636e; stroke-width: 1; }
  .declared { fill: #0969da; }
  .reserved { fill: #9a6700; }
  .used { fill: #cf222e; }
  .free { fill: #e6eaef; }
  .swatch { stroke: #59636e; stroke-width: 1; }
  text { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; font-size: 13px; }
  .title { font-size: 18px; font-weight: 600; }
  .name { font-weight: 600; }
  @media (prefers-color-scheme: dark) {
    .bg { fill: #0d1117; }
    .fg { fill: #e6edf3; }
    .muted { fill: #9198a1; }
    .outline { stroke: #9198a1; }
    .declared { fill: #4493f8; }
    .reserved { fill: #d29922; }
    .used { fill: #f85149; }
    .free { fill: #262c36; }
    .swatch { stroke: #9198a1; }
  }
`;
/**
 * The chart as an SVG document (LF line endings, one trailing newline), or undefined when the
 * registry declares no range. It draws its own background, so it reads on any page colour, and
 * switches palette with `prefers-color-scheme`.
 */
function renderRangeChartSvg(registry, refs, options = {}) {
    const usage = rangeUsage(registry, refs);
    if (usage.length === 0)
        return undefined;
    const project = options.project ?? registry.project;
    const title = project ? `Port ranges: ${project}` : "Port ranges";
    const height = TOP + usage.length * ROW;
    const out = [];
    out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="ports-map-title ports-map-desc">`);
    out.push(`<title id="ports-map-title">${escapeXml(title)}</title>`);
    out.push(`<desc id="ports-map-desc">${escapeXml(`Generated from ${registry.file} by portcullis docs. ${usage.map(describeRange).join(" ")}`)}</desc>`);
    out.push(`<style>${STYLE}</style>`);
    out.push(`<rect class="bg" x="0" y="0" width="${WIDTH}" height="${height}" rx="6"/>`);
    out.push(`<text class="fg title" x="${PAD}" y="36">${escapeXml(fit(title, 70))}</text>`);
    out.push(`<text class="muted" x="${PAD}" y="58">${escapeXml("Declared: a service's port or fallback · used: found in the repository, not declared")}</text>`);
    // Legend: a swatch and a word per state, in four equal columns.
    out.push(`<g aria-hidden="true">`);
    PORT_STATES.forEach((state, i) => {
        const x = PAD + i * (BAR_WIDTH / PORT_STATES.length);
        out.push(`<rect class="${state} swatch" x="${x}" y="72" width="14" height="14" rx="2"/>`);
        out.push(`<text class="fg" x="${x + 20}" y="84">${escapeXml(STATE_TEXT[state])}</text>`);
    });
    out.push(`</g>`);
    usage.forEach((r, i) => {
        const top = TOP + i * ROW;
        const scale = BAR_WIDTH / r.size;
        const gap = scale >= 6 ? 1 : 0;
        out.push(`<g>`);
        out.push(`<title>${escapeXml(describeRange(r))}</title>`);
        // A long name is cut, never the ports after it.
        const header = `${fit(r.name, 48)} ${portsText(r.from, r.to)}`;
        const description = r.description ? ` — ${r.description}` : "";
        out.push(`<text class="fg" x="${PAD}" y="${top + 14}"><tspan class="name">${escapeXml(header)}</tspan><tspan class="muted">${escapeXml(fit(description, Math.max(10, 95 - width(header))))}</tspan></text>`);
        const barY = top + 24;
        out.push(`<rect class="free" x="${PAD}" y="${barY}" width="${BAR_WIDTH}" height="22"/>`);
        for (const run of r.runs) {
            if (run.state === "free" && gap === 0)
                continue;
            const rx = PAD + (run.from - r.from) * scale;
            // A lone declared port in a thousand still shows: at least 2 px wide.
            const w = Math.max((run.to - run.from + 1) * scale - gap, run.state === "free" ? 0 : 2);
            const what = run.holder ? `${STATE_TEXT[run.state]}: ${run.holder}` : STATE_TEXT[run.state];
            out.push(`<rect class="${run.state}" x="${round(rx + gap / 2)}" y="${barY}" width="${round(w)}" height="22"><title>${escapeXml(`${portsText(run.from, run.to)} ${what}`)}</title></rect>`);
        }
        out.push(`<rect class="outline" x="${PAD - 0.5}" y="${barY - 0.5}" width="${BAR_WIDTH + 1}" height="23"/>`);
        const next = r.nextFree ? `next free ${portsText(r.nextFree.from, r.nextFree.to)}` : "no free port";
        const counts = `${plural(r.size, "port")} · ${r.counts.declared} declared · ${r.counts.reserved} reserved · ${r.counts.used} used · ${r.counts.free} free · ${next}`;
        out.push(`<text class="fg" x="${PAD}" y="${barY + 40}">${escapeXml(counts)}</text>`);
        out.push(`</g>`);
    });
    out.push(`</svg>`);
    return `${out.join("\n")}\n`;
}


/***/ }),

/***/ 9048:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ diagramSettings)
/* harmony export */ });
/* unused harmony export DEFAULT_CHART_FILE */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
// `docs.diagram` in ports.yaml: where the range chart goes, and whether diagrams are drawn at all.
//   (unset)       topology in the map, chart in ports-map.svg beside the map
//   path/x.svg    topology in the map, chart at that path (relative to ports.yaml, like docs.output)
//   mermaid       topology only, no SVG file
//   none          no diagrams

const DEFAULT_CHART_FILE = "ports-map.svg";
function diagramSettings(registry, outputFile) {
    const value = registry.docs.diagram?.trim();
    if (value === undefined)
        return { topology: true, chartFile: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(outputFile), DEFAULT_CHART_FILE) };
    const lower = value.toLowerCase();
    if (lower === "none")
        return { topology: false };
    if (lower === "mermaid")
        return { topology: true };
    if (lower.endsWith(".svg")) {
        return { topology: true, chartFile: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(registry.file), value.replace(/\\/g, "/"))) };
    }
    return { topology: true, error: `docs.diagram must be a path ending in .svg, "mermaid" or "none" (got "${value}")` };
}


/***/ }),

/***/ 758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ps: () => (/* binding */ generatePortMap),
  h3: () => (/* binding */ portMapOutputFile)
});

// UNUSED EXPORTS: escapeMarkdown, generateTopology

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/docs/diagram/mermaid-text.js
// Mermaid syntax for untrusted names: node ids that are stable and collision-free, and label text
// that can neither end a string, open a shape or an edge label, nor be read as HTML or Markdown.
/**
 * Characters Mermaid (or the HTML it renders labels into, or the Markdown fence around it) gives a
 * meaning to. They are written as Mermaid's numeric entity codes (`#35;` for `#`), which it decodes
 * back to the character as text.
 */
const ACTIVE = /["#&<>|[\](){}%`\\;]/g;
/** Label text for a quoted Mermaid string: special characters as entity codes, no line breaks. */
function mermaidText(text) {
    return text
        .replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, " ")
        .replace(/\s+/g, " ")
        .trim()
        .replace(ACTIVE, (c) => `#${c.charCodeAt(0)};`);
}
/** A quoted label from lines of plain text (each escaped), joined by Mermaid line breaks. */
function mermaidLabel(lines) {
    return `"${lines.map(mermaidText).join("<br/>")}"`;
}
/** FNV-1a, 32 bits, base 36: a short, stable fingerprint of a name (not a security measure). */
function shortHash(text) {
    let hash = 0x811c9dc5;
    for (const byte of Buffer.from(text, "utf8")) {
        hash ^= byte;
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(36);
}
/**
 * `pgsims-web` → `pgsims_web`; letters outside ASCII become their code point (`ü` → `u00fc`), so
 * different scripts do not all collapse to underscores.
 */
function sanitiseId(name) {
    let out = "";
    for (const ch of name.toLowerCase()) {
        if (/[a-z0-9]/.test(ch))
            out += ch;
        else if (ch.codePointAt(0) < 0x80)
            out += "_";
        else
            out += `u${ch.codePointAt(0).toString(16).padStart(4, "0")}`;
    }
    return out;
}
/**
 * Node ids for a set of keys: `prefix` + the sanitised key, and where two keys sanitise alike, each
 * of them gets its key's hash as a suffix. An id depends only on its own key and on which other keys
 * collide with it, so it stays the same from run to run and when unrelated services come and go.
 * The prefix keeps ids clear of Mermaid keywords (`end`, `graph`) and of edge syntax (`o`, `x`).
 */
function assignIds(prefix, keys) {
    const byBase = new Map();
    for (const key of new Set(keys)) {
        const base = `${prefix}${sanitiseId(key)}`;
        byBase.set(base, [...(byBase.get(base) ?? []), key]);
    }
    const ids = new Map();
    for (const [base, group] of byBase) {
        if (group.length === 1)
            ids.set(group[0], base);
        else
            for (const key of group)
                ids.set(key, `${base}_${shortHash(key)}`);
    }
    // A hashed id could still equal another key's plain one (`a_1x` next to two `a`s): rehash those, in key order.
    const taken = new Set();
    for (const key of [...ids.keys()].sort()) {
        let id = ids.get(key);
        while (taken.has(id))
            id = `${id}_${shortHash(`${key}\0${id}`)}`;
        taken.add(id);
        ids.set(key, id);
    }
    return ids;
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
// EXTERNAL MODULE: ./lib/engine/attribute.js
var attribute = __webpack_require__(6046);
// EXTERNAL MODULE: ./lib/engine/hosts.js
var hosts = __webpack_require__(5337);
// EXTERNAL MODULE: ./lib/rules/exposed-binding.js
var exposed_binding = __webpack_require__(3239);
// EXTERNAL MODULE: ./lib/rules/port-conflict.js
var port_conflict = __webpack_require__(4087);
// EXTERNAL MODULE: ./lib/scan/scanners/index.js + 27 modules
var scanners = __webpack_require__(3152);
// EXTERNAL MODULE: ./lib/engine/order.js
var order = __webpack_require__(3138);
;// CONCATENATED MODULE: ./lib/docs/diagram/topology.js
// What the topology diagram shows, worked out from the registry and the scanned refs alone (so the
// docs-drift rule and `portcullis docs` draw the same picture): which services face the internet,
// which configuration files make a service a reverse proxy and where it forwards to, and which
// problems (exposed bindings, upstreams on undeclared ports, conflicts) sit on which node.








/** Scanners whose files configure a reverse proxy: their dial refs are upstreams. */
const PROXY_SCANNERS = {
    "config/caddyfile": "caddy",
    "config/nginx": "nginx",
    "config/traefik": "traefik",
    "config/haproxy": "haproxy",
};
const ACCESS_ORDER = ["public", "private", "localhost", "internal"];
function compareServices(a, b) {
    return a.port - b.port || (0,order/* compareText */.n)(a.protocol, b.protocol) || (0,order/* compareText */.n)(a.name, b.name);
}
function portLabel(port, protocol) {
    return protocol === "tcp" ? `:${port}` : `:${port}/${protocol}`;
}
/** Does a service's name or an alias name the proxy software (`caddy`, `caddy-https`, `nginx_edge`)? */
function namesSoftware(service, software) {
    return [service.name, ...service.aliases].some((name) => (0,attribute/* normaliseName */.GX)(name).startsWith(software));
}
/** Of several owners, the most exposed ones: the public listener is the one traffic enters through. */
function mostExposed(services) {
    for (const access of ACCESS_ORDER) {
        const found = services.filter((s) => s.access === access);
        if (found.length > 0)
            return found;
    }
    return [];
}
function uniqueServices(services) {
    const seen = new Map();
    for (const s of services)
        if (s && !seen.has(s.name))
            seen.set(s.name, s);
    return [...seen.values()].sort(compareServices);
}
/** Proxy configuration files and compose Traefik labels, each with who runs it and where it forwards. */
function findProxies(registry, refs) {
    const byFile = new Map();
    for (const ref of refs) {
        if (ref.family !== "config")
            continue;
        byFile.set(ref.file, [...(byFile.get(ref.file) ?? []), ref]);
    }
    const pathMatchers = registry.services.map((service) => ({
        service,
        matchers: service.paths.map((glob) => new esm/* Minimatch */.VR(glob, { dot: true })),
    }));
    const proxies = [];
    for (const [file, fileRefs] of [...byFile].sort(([a], [b]) => (0,order/* compareText */.n)(a, b))) {
        const scanner = (0,scanners/* classify */.L)(file);
        const software = scanner ? PROXY_SCANNERS[scanner.id] : undefined;
        if (!software)
            continue;
        const upstreams = fileRefs.filter((r) => r.kind === "dial");
        if (upstreams.length === 0)
            continue;
        const listens = fileRefs.filter((r) => r.kind === "listen" && r.side === "host");
        // Who runs the proxy: whoever its listen directives belong to, else the service whose code lives
        // there, else a service named after the software (a Caddyfile of domain names listens on 80 and
        // 443 without saying so).
        let owners = mostExposed(uniqueServices(listens.map((r) => r.service)));
        if (owners.length === 0)
            owners = mostExposed(uniqueServices(pathMatchers.filter((p) => p.matchers.some((m) => m.match(file))).map((p) => p.service)));
        if (owners.length === 0)
            owners = mostExposed(uniqueServices(registry.services.filter((s) => namesSoftware(s, software))));
        const ports = new Map();
        for (const r of listens)
            ports.set(`${r.port}/${r.protocol}`, { port: r.port, protocol: r.protocol });
        proxies.push({
            file,
            source: file,
            software,
            owners,
            listens: [...ports.values()].sort((a, b) => a.port - b.port || (0,order/* compareText */.n)(a.protocol, b.protocol)),
            upstreams,
        });
    }
    // Traefik labels sit on the backends; the proxy is the Traefik service of the registry, if any.
    const labelled = refs.filter((r) => r.family === "compose" && r.kind === "target" && /^traefik\./i.test(String(r.meta?.label ?? "")));
    if (labelled.length > 0) {
        const byCompose = refs.filter((r) => r.family === "compose" && (0,attribute/* normaliseName */.GX)(String(r.meta?.composeService ?? "")).startsWith("traefik"));
        let owners = mostExposed(uniqueServices(byCompose.map((r) => r.service)));
        if (owners.length === 0)
            owners = mostExposed(uniqueServices(registry.services.filter((s) => namesSoftware(s, "traefik"))));
        for (const file of [...new Set(labelled.map((r) => r.file))].sort(order/* compareText */.n)) {
            proxies.push({ file, source: `${file} labels`, software: "traefik", owners, listens: [], upstreams: labelled.filter((r) => r.file === file) });
        }
    }
    return proxies;
}
/** Minimal union-find over service names: services that run one proxy together become one node. */
class Groups {
    parent = new Map();
    find(name) {
        let root = name;
        while (this.parent.has(root) && this.parent.get(root) !== root)
            root = this.parent.get(root);
        return root;
    }
    union(a, b) {
        const ra = this.find(a);
        const rb = this.find(b);
        if (ra !== rb)
            this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
    }
}
/** Does any service, fallback, range or reservation cover the ports (the unknown-port rule's test)? */
function isDeclaredPort(registry, from, to) {
    const inside = (a, b) => from <= b && a <= to;
    return (registry.services.some((s) => inside(s.port, s.port) || (s.fallback !== undefined && inside(s.fallback[0], s.fallback[1]))) ||
        [...registry.ranges.values()].some((r) => inside(r.from, r.to)) ||
        registry.reserved.some((r) => inside(r.from, r.to)));
}
function ruleOn(registry, id) {
    return registry.rules[id] !== "off";
}
/** The topology of a registry and the refs found in its repository. Pure and deterministic. */
function buildTopology(registry, refs, suppressed) {
    const services = [...registry.services].sort(compareServices);
    const proxies = findProxies(registry, refs);
    // Owners of one proxy with the same access are one process with several ports (Caddy on 80 and 443).
    const groups = new Groups();
    for (const proxy of proxies) {
        for (const owner of proxy.owners.slice(1))
            if (owner.access === proxy.owners[0].access)
                groups.union(proxy.owners[0].name, owner.name);
    }
    const members = new Map();
    for (const s of services) {
        const root = groups.find(s.name);
        members.set(root, [...(members.get(root) ?? []), s]);
    }
    // A group's id is its first service's (lowest port): the same service keeps the same id.
    const serviceIds = assignIds("svc_", services.map((s) => s.name));
    const undeclaredProxies = proxies.filter((p) => p.owners.length === 0);
    const proxyIds = assignIds("proxy_", undeclaredProxies.map((p) => p.source));
    const nodes = new Map();
    const nodeOfService = new Map();
    for (const group of members.values()) {
        const first = group[0];
        const node = {
            id: serviceIds.get(first.name),
            kind: "service",
            services: group,
            access: first.access,
            lines: group.map((s) => `${s.name} ${portLabel(s.port, s.protocol)}`),
            proxyFiles: [],
            marks: [],
        };
        nodes.set(node.id, node);
        for (const s of group)
            nodeOfService.set(s.name, node);
    }
    const edges = [];
    const proxyEdges = new Map();
    const undeclared = new Map();
    const upstreamIds = assignIds("upstream_", refs.filter((r) => r.kind === "dial" && !r.service && r.side === "container").map((r) => `${r.meta?.dialHost ?? ""}_${r.port}_${r.protocol}`));
    const flagUndeclared = ruleOn(registry, "unknown-port");
    const upstreamNode = (ref) => {
        if (ref.service)
            return nodeOfService.get(ref.service.name);
        // A container-side upstream (`http://api:4000` on a compose network) is a container port: drawn
        // by its address, never a finding, as unknown-port does not judge container ports either.
        const container = ref.side === "container";
        const host = String(ref.meta?.dialHost ?? "");
        const key = container ? `${host}_${ref.port}_${ref.protocol}` : `${ref.port}/${ref.protocol}`;
        let node = undeclared.get(key);
        if (!node) {
            node = {
                id: container ? upstreamIds.get(key) : `undeclared_${ref.port}${ref.protocol === "tcp" ? "" : `_${ref.protocol}`}`,
                kind: "undeclared-upstream",
                services: [],
                lines: [container ? `${host} ${portLabel(ref.port, ref.protocol)}` : `undeclared ${portLabel(ref.port, ref.protocol)}`],
                proxyFiles: [],
                marks: [],
            };
            undeclared.set(key, node);
        }
        // A port inside a range, fallback or reservation is known to the registry, as unknown-port counts it.
        if (!container && flagUndeclared && !isDeclaredPort(registry, ref.port, ref.portEnd ?? ref.port)) {
            node.marks.push({ kind: "undeclared-upstream", text: "proxy upstream not declared", file: ref.file, line: ref.line });
        }
        return node;
    };
    for (const proxy of proxies) {
        let from;
        if (proxy.owners.length > 0) {
            from = nodeOfService.get(proxy.owners[0].name);
        }
        else {
            const id = proxyIds.get(proxy.source);
            from = nodes.get(id) ?? {
                id,
                kind: "undeclared-proxy",
                services: [],
                lines: [[proxy.software, ...proxy.listens.map((l) => portLabel(l.port, l.protocol))].join(" ")],
                proxyFiles: [],
                marks: [],
            };
            nodes.set(id, from);
        }
        if (!from.proxyFiles.includes(proxy.source))
            from.proxyFiles.push(proxy.source);
        const owners = new Set(proxy.owners.map((o) => nodeOfService.get(o.name).id));
        for (const ref of proxy.upstreams) {
            const to = upstreamNode(ref);
            if (owners.has(to.id) || to.id === from.id)
                continue; // a proxy's own admin or status port
            const others = proxy.owners.filter((o) => nodeOfService.get(o.name).id !== from.id);
            // Owners with another access than the first are separate nodes: each of them forwards too.
            for (const source of [from, ...others.map((o) => nodeOfService.get(o.name))]) {
                const key = `${source.id}\0${to.id}`;
                const edge = proxyEdges.get(key) ?? { from: source.id, to: to.id, ports: new Set() };
                edge.ports.add(portLabel(ref.port, ref.protocol));
                proxyEdges.set(key, edge);
            }
        }
    }
    for (const node of undeclared.values())
        nodes.set(node.id, node);
    const context = { registry, refs, problems: [], files: [] };
    const internetExposed = [];
    const conflicts = new Map();
    const mark = (node, m) => {
        if (node && !node.marks.some((x) => x.kind === m.kind && x.text === m.text && x.file === m.file && x.line === m.line))
            node.marks.push(m);
    };
    if (ruleOn(registry, "exposed-binding")) {
        for (const report of drawn(exposed_binding/* default */.A, context, suppressed)) {
            const node = report.service ? nodeOfService.get(report.service) : undefined;
            if (!node)
                continue;
            const port = portLabel(report.port ?? 0, "tcp");
            const host = String(report.data?.host ?? "");
            const at = { file: report.at.file, line: report.at.line };
            if (report.messageId === "internal") {
                mark(node, { kind: "host-port", text: `internal, but has host port ${port}`, ...at });
            }
            else if (report.messageId === "localhostOther") {
                mark(node, { kind: "bound", text: `bound to ${host} ${port}`, ...at });
            }
            else if ((0,hosts/* classifyHost */.R)(host) === "all") {
                mark(node, { kind: "exposed", text: `on all interfaces ${port}`, ...at });
                internetExposed.push({ node, label: `all interfaces ${port}` });
            }
        }
    }
    if (ruleOn(registry, "port-conflict")) {
        for (const report of drawn(port_conflict/* default */.A, context, suppressed))
            conflictMarks(report, refs, nodeOfService, mark, conflicts);
    }
    // Edges in a fixed order: internet, proxies, exposed, conflicts (linkStyle counts on it).
    const ordered = [...nodes.values()].sort(compareNodes);
    const position = new Map(ordered.map((n, i) => [n.id, i]));
    const byPosition = (a, b) => position.get(a.from) - position.get(b.from) || position.get(a.to) - position.get(b.to);
    for (const node of ordered)
        if (node.kind === "service" && node.access === "public")
            edges.push({ from: "internet", to: node.id, kind: "internet" });
    for (const e of [...proxyEdges.values()].sort(byPosition)) {
        edges.push({ from: e.from, to: e.to, kind: "proxy", label: [...e.ports].sort(comparePortLabels).join(", ") });
    }
    const exposedSeen = new Set();
    for (const { node, label } of internetExposed.sort((a, b) => position.get(a.node.id) - position.get(b.node.id) || (0,order/* compareText */.n)(a.label, b.label))) {
        const key = `${node.id}\0${label}`;
        if (exposedSeen.has(key))
            continue;
        exposedSeen.add(key);
        edges.push({ from: "internet", to: node.id, kind: "exposed", label });
    }
    for (const c of [...conflicts.values()].sort((x, y) => byPosition({ from: x.a.id, to: x.b.id }, { from: y.a.id, to: y.b.id }) || (0,order/* compareText */.n)(x.label, y.label))) {
        edges.push({ from: c.a.id, to: c.b.id, kind: "conflict", label: c.label });
    }
    for (const node of ordered) {
        node.proxyFiles.sort(order/* compareText */.n);
        node.marks.sort((a, b) => (0,order/* compareText */.n)(a.kind, b.kind) || (0,order/* compareText */.n)(a.file, b.file) || a.line - b.line || (0,order/* compareText */.n)(a.text, b.text));
    }
    return { nodes: ordered, edges, internet: edges.some((e) => e.from === "internet") };
}
/** A rule's reports the diagram draws: those the check reports, not those a comment suppresses. */
function drawn(rule, context, suppressed) {
    const reports = rule.check(context);
    return suppressed ? reports.filter((r) => !suppressed(rule.meta.id, r.at.file, r.at.line)) : reports;
}
function comparePortLabels(a, b) {
    return Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]) || (0,order/* compareText */.n)(a, b);
}
const KIND_ORDER = { service: 0, "undeclared-proxy": 1, "undeclared-upstream": 2 };
function compareNodes(a, b) {
    const access = (n) => (n.access ? ACCESS_ORDER.indexOf(n.access) : ACCESS_ORDER.length);
    const first = (n) => n.services[0];
    return (KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        access(a) - access(b) ||
        (first(a) && first(b) ? compareServices(first(a), first(b)) : 0) ||
        (0,order/* compareText */.n)(a.id, b.id));
}
/** A port-conflict report as marks on both services and a link between them. */
function conflictMarks(report, refs, nodeOfService, mark, conflicts) {
    const port = `${report.port ?? report.data?.port}/${String(report.data?.protocol ?? "tcp")}`;
    const at = { file: report.at.file, line: report.at.line };
    const here = report.service ? nodeOfService.get(report.service) : undefined;
    let other;
    let otherAt = at;
    if (report.messageId === "registry") {
        other = nodeOfService.get(String(report.data?.other ?? ""));
        const declared = other?.services.find((s) => s.name === report.data?.other);
        if (declared)
            otherAt = { file: declared.portAt.file, line: declared.portAt.line };
    }
    else {
        const file = String(report.data?.otherFile ?? "");
        const line = Number(report.data?.otherLine);
        const ref = refs.find((r) => r.file === file && r.line === line && r.kind === "publish" && r.service);
        other = ref?.service ? nodeOfService.get(ref.service.name) : undefined;
        otherAt = { file, line };
    }
    mark(here, { kind: "conflict", text: `port conflict ${port}`, ...at });
    mark(other, { kind: "conflict", text: `port conflict ${port}`, ...otherAt });
    if (here && other && here !== other) {
        const [a, b] = compareNodes(here, other) <= 0 ? [here, other] : [other, here];
        const key = `${a.id}\0${b.id}\0${port}`;
        conflicts.set(key, { a, b, label: `same port ${port}` });
    }
}

;// CONCATENATED MODULE: ./lib/docs/diagram/mermaid.js
// The topology as a Mermaid flowchart (GitHub renders ```mermaid blocks in Markdown and job
// summaries), plus the prose around it: what the arrows mean and every finding drawn, with its place.


const ACCESS_TITLE = {
    public: "public: any interface",
    private: "private: private networks",
    localhost: "localhost: loopback only",
    internal: "internal: container network only",
};
const WARN = "⚠";
/**
 * Colours carry their own text colour, so nodes read the same on GitHub's light and dark themes.
 * Red is kept for findings alone.
 */
const CLASS_DEFS = {
    internet: "classDef internet fill:#ddf4ff,stroke:#0969da,stroke-width:2px,color:#0a3069",
    proxy: "classDef proxy fill:#fff8c5,stroke:#9a6700,stroke-width:2px,color:#3b2300",
    finding: "classDef finding fill:#ffebe9,stroke:#cf222e,stroke-width:3px,color:#82071e",
    undeclared: "classDef undeclared fill:#f6f8fa,stroke:#6e7781,stroke-width:2px,stroke-dasharray:5 3,color:#24292f",
};
// No label colour: the theme's own keeps edge labels legible on light and dark backgrounds.
const FINDING_LINK = "stroke:#cf222e,stroke-width:2px,stroke-dasharray:6 4";
function nodeClass(node) {
    if (node.marks.length > 0)
        return "finding";
    if (node.kind !== "service")
        return "undeclared";
    if (node.proxyFiles.length > 0)
        return "proxy";
    return undefined;
}
function nodeLines(node) {
    const lines = [...node.lines, ...node.proxyFiles.map((file) => `proxy: ${file}`)];
    for (const text of new Set(node.marks.map((m) => m.text)))
        lines.push(`${WARN} ${text}`);
    return lines;
}
function edgeLine(edge) {
    const arrow = edge.kind === "exposed" ? "-.->" : edge.kind === "conflict" ? "<-.->" : "-->";
    const label = edge.label ? `|"${mermaidText(edge.label)}"|` : "";
    return `  ${edge.from} ${arrow}${label} ${edge.to}`;
}
/** The flowchart source, without the Markdown fence. Undefined when there is nothing to draw. */
function renderTopologyMermaid(topology) {
    if (topology.nodes.length === 0)
        return undefined;
    const out = ["flowchart LR"];
    if (topology.internet)
        out.push(`  internet((${mermaidLabel(["Internet"])}))`);
    const node = (n, indent) => `${indent}${n.id}[${mermaidLabel(nodeLines(n))}]`;
    for (const access of ACCESS_ORDER) {
        const inGroup = topology.nodes.filter((n) => n.kind === "service" && n.access === access);
        if (inGroup.length === 0)
            continue;
        out.push(`  subgraph group_${access}[${mermaidLabel([ACCESS_TITLE[access]])}]`);
        for (const n of inGroup)
            out.push(node(n, "    "));
        out.push("  end");
    }
    const outside = topology.nodes.filter((n) => n.kind !== "service");
    if (outside.length > 0) {
        out.push(`  subgraph group_undeclared[${mermaidLabel(["not in ports.yaml"])}]`);
        for (const n of outside)
            out.push(node(n, "    "));
        out.push("  end");
    }
    for (const edge of topology.edges)
        out.push(edgeLine(edge));
    const classes = new Map();
    if (topology.internet)
        classes.set("internet", ["internet"]);
    for (const n of topology.nodes) {
        const c = nodeClass(n);
        if (c)
            classes.set(c, [...(classes.get(c) ?? []), n.id]);
    }
    // The legend explains the styles the diagram uses (next to a plain service); none used, no legend.
    const legend = [];
    if (classes.has("proxy"))
        legend.push(["legend_proxy", "proxy: its configuration", "proxy"]);
    if (classes.has("finding"))
        legend.push(["legend_finding", `${WARN} finding`, "finding"]);
    if (classes.has("undeclared"))
        legend.push(["legend_undeclared", "not declared in ports.yaml", "undeclared"]);
    if (legend.length > 0) {
        legend.unshift(["legend_service", "declared service :port", undefined]);
        out.push(`  subgraph group_legend[${mermaidLabel(["Legend"])}]`, "    direction TB");
        for (const [id, text, c] of legend) {
            out.push(`    ${id}[${mermaidLabel([text])}]`);
            if (c)
                classes.get(c).push(id);
        }
        // Invisible links keep the legend in this order; they come after every real edge, so the
        // linkStyle indices below are unaffected.
        out.push(`    ${legend.map(([id]) => id).join(" ~~~ ")}`);
        out.push("  end");
    }
    for (const c of Object.keys(CLASS_DEFS)) {
        const ids = classes.get(c);
        if (ids)
            out.push(`  ${CLASS_DEFS[c]}`, `  class ${ids.join(",")} ${c}`);
    }
    const findingLinks = topology.edges.flatMap((e, i) => (e.kind === "exposed" || e.kind === "conflict" ? [i] : []));
    if (findingLinks.length > 0)
        out.push(`  linkStyle ${findingLinks.join(",")} ${FINDING_LINK}`);
    return `${out.join("\n")}\n`;
}
/** The fenced diagram and the prose under it, as Markdown lines; undefined when there is nothing to draw. */
function topologyMarkdown(registry, refs, options) {
    const topology = buildTopology(registry, refs, options.suppressed);
    const source = renderTopologyMermaid(topology);
    if (!source)
        return undefined;
    const lines = ["```mermaid", ...source.trimEnd().split("\n"), "```"];
    const marked = topology.nodes.filter((n) => n.marks.length > 0);
    const sentences = [];
    if (topology.edges.some((e) => e.kind === "internet" || e.kind === "proxy")) {
        sentences.push("Solid arrows are traffic: from the Internet to public services, and from each proxy to the upstreams its configuration dials (labelled with the port).");
    }
    sentences.push(marked.length > 0 ? "Red nodes and red dashed arrows are findings:" : "No findings are drawn on the diagram.");
    lines.push("", sentences.join(" "));
    if (marked.length === 0)
        return lines;
    lines.push("");
    for (const n of marked) {
        const name = n.services.length > 0 ? n.services.map((s) => s.name).join(", ") : n.lines.join(" ");
        for (const m of n.marks)
            lines.push(`- **${options.escape(name)}**: ${options.escape(m.text)} (${options.link(m.file, m.line)})`);
    }
    return lines;
}

// EXTERNAL MODULE: ./lib/docs/diagram/range-chart.js
var range_chart = __webpack_require__(657);
// EXTERNAL MODULE: ./lib/docs/diagram/settings.js
var settings = __webpack_require__(9048);
// EXTERNAL MODULE: ./lib/docs/markers.js
var markers = __webpack_require__(4200);
;// CONCATENATED MODULE: ./lib/docs/generate.js
// The port map (PORTS.md): services, ranges, reservations and where each port is configured,
// rendered from the registry and the scanned refs. Pure and deterministic: same input, same bytes.






/** Where `docs.output` points, repository-relative: next to the registry that names it. */
function portMapOutputFile(registry) {
    return external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(registry.file), registry.docs.output.replace(/\\/g, "/")));
}
const NONE = "—";
/**
 * Markdown-escapes plain text so it reads back as the same text: table pipes, emphasis, code, links,
 * HTML. `<` becomes `&lt;`, so not even a naive search finds a comment (or a marker) in a description.
 * Line breaks become spaces.
 */
function escapeMarkdown(text) {
    return text
        .replace(/[\u0000-\u001f\u007f]+/g, " ")
        .trim()
        .replace(/[\\`*[\]>|~&]/g, "\\$&")
        .replace(/</g, "&lt;")
        .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_");
}
/** A link destination: each path segment percent-encoded, parentheses included (they end a destination). */
function encodeLinkPath(path) {
    return path
        .split("/")
        .map((segment) => (segment === ".." || segment === "." ? segment : encodeURIComponent(segment).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)))
        .join("/");
}
/** Repository-relative `to` as seen from folder `fromDir`; never depends on the process's working directory. */
function relativeTo(fromDir, to) {
    const root = "/";
    return external_node_path_.posix.relative(external_node_path_.posix.join(root, fromDir), external_node_path_.posix.join(root, to)) || external_node_path_.posix.basename(to);
}
function fileLink(file, line, fromDir) {
    const target = relativeTo(fromDir, file);
    return `[${escapeMarkdown(`${file}:${line}`)}](${encodeLinkPath(target)}#L${line})`;
}
function table(header, align, rows) {
    const rule = align.map((a) => (a === "right" ? "---:" : "---"));
    return [header, rule, ...rows].map((cells) => `| ${cells.join(" | ")} |`);
}
function portText(from, to) {
    return from === to ? String(from) : `${from}-${to}`;
}
function generate_compareServices(a, b) {
    return a.port - b.port || (0,order/* compareText */.n)(a.protocol, b.protocol) || (0,order/* compareText */.n)(a.name, b.name);
}
/** The service's range by name (or bounds), and the fallback ports `portcullis get --free` may pick. */
function rangeCell(service) {
    const range = service.rangeName !== undefined ? escapeMarkdown(service.rangeName) : service.range ? portText(service.range.from, service.range.to) : undefined;
    const fallback = service.fallback ? `fallback ${portText(service.fallback[0], service.fallback[1])}` : undefined;
    return [range, fallback].filter(Boolean).join("; ") || NONE;
}
/** Declared in a registry this one extends (the root file is the first source). */
function isInherited(registry, service) {
    return registry.sources.indexOf(service.source) > 0;
}
/**
 * A registry file as the map shows it: a link when it is a file of this repository, else its name
 * as written (a GitHub source, an installed package, a file beside the repository).
 */
function sourceText(file, fromDir, line) {
    const linkable = !file.startsWith("github:") && !file.startsWith("../") && !file.split("/").includes("node_modules");
    if (linkable)
        return line === undefined ? `[${escapeMarkdown(file)}](${encodeLinkPath(relativeTo(fromDir, file))})` : fileLink(file, line, fromDir);
    return `\`${(line === undefined ? file : `${file}:${line}`).replace(/`/g, "'")}\``;
}
/** One section per extended registry that declares services: this repository's inherited ones and other projects'. */
function inheritedSections(registry, fromDir, heading) {
    const inherited = [...registry.services.filter((s) => isInherited(registry, s)), ...(registry.otherProjectServices ?? [])];
    const blocks = [];
    for (const source of registry.sources.slice(1)) {
        const services = inherited.filter((s) => s.source === source).sort(generate_compareServices);
        if (services.length === 0)
            continue;
        const rows = services.map((s) => [
            String(s.port),
            escapeMarkdown(s.name),
            s.project !== undefined ? escapeMarkdown(s.project) : NONE,
            s.protocol,
            s.access,
            s.env ? `\`${s.env}\`` : NONE,
            s.description ? escapeMarkdown(s.description) : "",
        ]);
        const foreign = services.some((s) => s.project !== undefined && s.project !== registry.project);
        const note = foreign ? " Services of other projects are listed so that this one does not take their ports." : "";
        blocks.push([heading(`Inherited from ${escapeMarkdown(source)}`)], [`Declared in ${sourceText(source, fromDir)}, which ${escapeMarkdown(registry.file)} extends; change them there.${note}`], table(["Port", "Service", "Project", "Protocol", "Access", "Variable", "Description"], ["right", "left", "left", "left", "left", "left", "left"], rows));
    }
    return blocks;
}
function servicesSection(registry) {
    const own = registry.services.filter((s) => !isInherited(registry, s));
    if (own.length === 0)
        return [registry.services.length + (registry.otherProjectServices?.length ?? 0) > 0 ? "No services are declared in this file; the inherited ones follow." : "No services are declared."];
    const rows = own.sort(generate_compareServices).map((s) => [
        String(s.port),
        escapeMarkdown(s.name),
        s.protocol,
        s.access,
        s.env ? `\`${s.env}\`` : NONE,
        rangeCell(s),
        s.description ? escapeMarkdown(s.description) : "",
    ]);
    return table(["Port", "Service", "Protocol", "Access", "Variable", "Range", "Description"], ["right", "left", "left", "left", "left", "left", "left"], rows);
}
/** Every port a service, a fallback range or a reservation claims. */
function claimedPorts(registry) {
    const claimed = new Uint8Array(65536);
    const mark = (from, to) => {
        for (let p = Math.max(1, from); p <= Math.min(65535, to); p++)
            claimed[p] = 1;
    };
    for (const s of registry.services) {
        mark(s.port, s.port);
        if (s.fallback)
            mark(s.fallback[0], s.fallback[1]);
    }
    for (const r of registry.reserved)
        mark(r.from, r.to);
    return claimed;
}
const NEXT_FREE = 3;
function rangesSection(registry, chart) {
    const ranges = [...registry.ranges.entries()].sort(([an, a], [bn, b]) => a.from - b.from || a.to - b.to || (0,order/* compareText */.n)(an, bn));
    if (ranges.length === 0)
        return chart.length > 0 ? [...chart, "", "No named ranges are declared."] : ["No named ranges are declared."];
    const claimed = claimedPorts(registry);
    const rows = ranges.map(([name, range]) => {
        let used = 0;
        const free = [];
        for (let p = range.from; p <= range.to; p++) {
            if (claimed[p])
                used++;
            else if (free.length < NEXT_FREE)
                free.push(p);
        }
        return [
            escapeMarkdown(name),
            portText(range.from, range.to),
            `${used} of ${range.to - range.from + 1}`,
            free.length > 0 ? free.join(", ") : "none",
            range.description ? escapeMarkdown(range.description) : "",
        ];
    });
    return [...chart, ...(chart.length > 0 ? [""] : []), ...table(["Range", "Ports", "Used", "Next free", "Description"], ["left", "left", "right", "left", "left"], rows)];
}
function reservedSection(registry) {
    if (registry.reserved.length === 0)
        return ["No ports are reserved."];
    const rows = [...registry.reserved]
        .sort((a, b) => a.from - b.from || a.to - b.to || (0,order/* compareText */.n)(a.reason ?? "", b.reason ?? ""))
        .map((r) => [portText(r.from, r.to), r.reason ? escapeMarkdown(r.reason) : ""]);
    return table(["Ports", "Reason"], ["left", "left"], rows);
}
const KIND_WORDS = {
    publish: "published",
    target: "container port",
    assign: "assigned",
    listen: "listens on",
    dial: "dials",
    docs: "documented",
    literal: "literal",
};
function describeRef(ref) {
    const port = portText(ref.port, ref.portEnd ?? ref.port);
    if (ref.kind === "assign" && ref.envVar)
        return `\`${ref.envVar}=${port}\``;
    return `${KIND_WORDS[ref.kind]} ${port}`;
}
function locationsSection(registry, refs, outputFile) {
    if (registry.services.length === 0)
        return ["No services are declared."];
    const fromDir = external_node_path_.posix.dirname(outputFile);
    const byService = new Map();
    for (const ref of refs) {
        // Docs mention ports; they do not configure them (and the map must not cite itself).
        if (!ref.service || ref.family === "markdown")
            continue;
        const list = byService.get(ref.service.name) ?? [];
        list.push(ref);
        byService.set(ref.service.name, list);
    }
    const lines = [];
    for (const service of [...registry.services].sort(generate_compareServices)) {
        lines.push(`- **${escapeMarkdown(service.name)}**, ${service.port}/${service.protocol}`);
        lines.push(`  - ${sourceText(service.portAt.file, fromDir, service.portAt.line)}: declared`);
        const places = new Map();
        const sorted = [...(byService.get(service.name) ?? [])].sort((a, b) => (0,order/* compareText */.n)(a.file, b.file) || a.line - b.line || a.column - b.column);
        for (const ref of sorted) {
            const key = `${ref.file}\0${ref.line}`;
            const place = places.get(key) ?? { file: ref.file, line: ref.line, what: [] };
            const what = describeRef(ref);
            if (!place.what.includes(what))
                place.what.push(what);
            places.set(key, place);
        }
        for (const place of places.values()) {
            if (place.file === service.portAt.file && place.line === service.portAt.line)
                continue;
            lines.push(`  - ${fileLink(place.file, place.line, fromDir)}: ${place.what.join(", ")}`);
        }
    }
    return lines;
}
/** The topology diagram and the findings drawn on it, links relative to `fromDir`. */
function topologyLines(registry, refs, fromDir, suppressed) {
    return topologyMarkdown(registry, refs, { link: (file, line) => fileLink(file, line, fromDir), escape: escapeMarkdown, suppressed });
}
/**
 * The topology diagram alone (the job summary shows it above the collapsed map), with links relative
 * to the map's folder. Undefined when docs.diagram turns diagrams off or there is nothing to draw.
 */
function generateTopology(registry, refs, options = {}) {
    const outputFile = options.outputFile ?? portMapOutputFile(registry);
    if (!diagramSettings(registry, outputFile).topology)
        return undefined;
    const lines = topologyLines(registry, refs, posix.dirname(outputFile), options.suppressed);
    return lines ? `${lines.join("\n")}\n` : undefined;
}
/** The port map as Markdown (LF line endings, ending in one newline). */
function generatePortMap(registry, refs, options = {}) {
    const outputFile = options.outputFile ?? portMapOutputFile(registry);
    const depth = Math.min(6, Math.max(1, options.headingDepth ?? 2));
    const heading = (text) => `${"#".repeat(depth)} ${text}`;
    const fromDir = external_node_path_.posix.dirname(outputFile);
    const registryLink = `[${escapeMarkdown(registry.file)}](${encodeLinkPath(relativeTo(fromDir, registry.file))})`;
    const blocks = [];
    if (!options.embedded) {
        blocks.push([`${markers/* GENERATED_MARK */.iT} from ${registry.file}. Do not edit: change ${registry.file}, then run \`portcullis docs\`. -->`]);
        const title = registry.project ? `Port map: ${escapeMarkdown(registry.project)}` : "Port map";
        blocks.push([`${"#".repeat(Math.max(1, depth - 1))} ${title}`]);
    }
    blocks.push([`Generated from ${registryLink} by \`portcullis docs\`; edit that file, not this map.`]);
    const diagrams = (0,settings/* diagramSettings */.v)(registry, outputFile);
    const topology = diagrams.topology && options.topology !== false ? topologyLines(registry, refs, fromDir, options.suppressed) : undefined;
    if (topology)
        blocks.push([heading("Topology")], topology);
    blocks.push([heading("Services")], servicesSection(registry));
    blocks.push(...inheritedSections(registry, fromDir, heading));
    const chart = diagrams.chartFile && options.rangeChart !== false && (0,range_chart/* chartedRanges */.UP)(registry).length > 0
        ? [`![Range allocation: declared, reserved, used and free ports in each range](${encodeLinkPath(relativeTo(fromDir, diagrams.chartFile))})`]
        : [];
    blocks.push([heading("Ranges")], rangesSection(registry, chart));
    blocks.push([heading("Reserved ports")], reservedSection(registry));
    blocks.push([heading("Where each port is configured")], locationsSection(registry, refs, outputFile));
    return `${blocks.map((lines) => lines.join("\n")).join("\n\n")}\n`;
}


/***/ }),

/***/ 4782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mi: () => (/* binding */ renderPortMapInto),
/* harmony export */   vf: () => (/* binding */ isPortMapRegionStale),
/* harmony export */   z9: () => (/* binding */ isPortMapStale)
/* harmony export */ });
/* harmony import */ var _generate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(758);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4200);
// Is a generated port map current? Shared by `portcullis docs --check` and the `docs-drift` rule,
// so both give the same answer for the same registry and refs.


/** The file's text with a current map in it (see applyPortMap); `file` is repository-relative. */
function renderPortMapInto(registry, refs, file, existing, suppressed) {
    return (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .applyPortMap */ .II)(existing, (layout) => (0,_generate_js__WEBPACK_IMPORTED_MODULE_0__/* .generatePortMap */ .ps)(registry, refs, { outputFile: file, ...layout, suppressed }));
}
/**
 * True when `text` (the current content of `file`, undefined when missing) does not hold the map
 * the registry and refs produce. Line endings do not count: a CRLF checkout of a current map is current.
 */
function isPortMapStale(registry, refs, file, text, suppressed) {
    if (text === undefined)
        return true;
    const rendered = renderPortMapInto(registry, refs, file, text, suppressed);
    return !rendered.ok || (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseEol */ .xT)(rendered.text) !== (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseEol */ .xT)(text);
}
/** `[compose.yaml:12](compose.yaml#L12)` → `[compose.yaml:N](compose.yaml#LN)`. */
function withoutLineNumbers(text) {
    return text.replace(/:\d+\]\(([^)#\s]*)#L\d+\)/g, ":N]($1#LN)");
}
/**
 * The same question for a region a scanner found (the rule sees scan results, not files), asked
 * by `check`: there, a map whose only difference is the line numbers of its "where configured"
 * links is current. Otherwise any edit above a port in a listed file would fail every pull
 * request until the map is regenerated; `docs --check` and the scheduled docs job stay exact.
 */
function isPortMapRegionStale(registry, refs, region, suppressed) {
    const body = (0,_generate_js__WEBPACK_IMPORTED_MODULE_0__/* .generatePortMap */ .ps)(registry, refs, { outputFile: region.file, embedded: region.embedded, headingDepth: region.headingDepth, suppressed });
    const expected = region.embedded ? (0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .embeddedContent */ .m6)(body) : body;
    return withoutLineNumbers((0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseEol */ .xT)(region.text.replace(/^\uFEFF/, ""))) !== withoutLineNumbers(expected);
}


/***/ }),

/***/ 6046:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ normaliseName),
/* harmony export */   LH: () => (/* binding */ attributeRefs)
/* harmony export */ });
/* unused harmony exports indexServices, attributeRef */
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1138);
/* harmony import */ var _scan_port_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5734);
// Attribution: ties every port reference to the declared service it is about.
// Order (DESIGN.md): environment variable, then compose service name / alias / docs row name,
// then the port number itself; a service's `paths` globs claim what is left inside them.


/** Names compare case- and punctuation-insensitively: "PGSIMS web" is `pgsims-web`. */
function normaliseName(name) {
    return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
const portKey = (port, protocol) => `${port}/${protocol}`;
function indexServices(registry) {
    const index = {
        byEnv: new Map(),
        byName: new Map(),
        byPort: new Map(),
        byTarget: new Map(),
        pathMatchers: [],
    };
    for (const service of registry.services) {
        if (service.env)
            push(index.byEnv, service.env, service);
        const names = new Set([service.name, ...service.aliases].map(normaliseName));
        for (const name of names)
            if (name)
                push(index.byName, name, service);
        push(index.byPort, portKey(service.port, service.protocol), service);
        if (service.target !== undefined)
            push(index.byTarget, portKey(service.target, service.protocol), service);
        if (service.paths.length > 0) {
            const matchers = service.paths.map((glob) => new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(glob, { dot: true }));
            index.pathMatchers.push({ service, match: (file) => matchers.some((m) => m.match(file)) });
        }
    }
    return index;
}
/** Among several candidates, the one whose port (or target) the ref uses, else the first. */
function pickByPort(candidates, ref) {
    const hits = (port) => port !== undefined && port >= ref.port && port <= (ref.portEnd ?? ref.port);
    const wanted = ref.side === "container" ? candidates.find((s) => hits(s.target)) : undefined;
    return wanted ?? candidates.find((s) => hits(s.port)) ?? candidates.find((s) => hits(s.target)) ?? candidates[0];
}
/** The ref with its service, copied through portRef so that it has one of the few shapes every ref has. */
function attributed(ref, service, attributedBy) {
    const out = (0,_scan_port_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .portRef */ .v)(ref, ref);
    if (service !== undefined) {
        out.service = service;
        out.attributedBy = attributedBy;
    }
    return out;
}
function attributeRef(ref, index) {
    if (ref.envVar) {
        const byEnv = index.byEnv.get(ref.envVar);
        if (byEnv)
            return attributed(ref, pickByPort(byEnv, ref), "env");
    }
    for (const name of [ref.name, ref.meta?.label]) {
        if (typeof name !== "string" || !name)
            continue;
        const byName = index.byName.get(normaliseName(name));
        if (byName)
            return attributed(ref, pickByPort(byName, ref), "name");
    }
    const ports = ref.side === "host" ? index.byPort : index.byTarget;
    const byPort = ports.get(portKey(ref.port, ref.protocol));
    if (byPort)
        return attributed(ref, byPort[0], "port");
    // A service's folder claims the ports its own processes listen on or assign, never what they dial.
    if (ref.kind === "listen" || ref.kind === "assign") {
        const owner = index.pathMatchers.find((entry) => entry.match(ref.file));
        if (owner)
            return attributed(ref, owner.service, "path");
    }
    return attributed(ref);
}
function attributeRefs(refs, registry) {
    const index = indexServices(registry);
    return refs.map((ref) => attributeRef(ref, index));
}


/***/ }),

/***/ 263:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ formatBaseline),
/* harmony export */   o: () => (/* binding */ loadBaseline)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _registry_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3062);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3138);
// Baselines: a legacy repository records today's findings and only new ones fail.



async function loadBaseline(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8");
    }
    catch {
        throw new _registry_model_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x("baseline file not found", file);
    }
    try {
        const data = JSON.parse(text);
        if (data.version !== 1 || !Array.isArray(data.findings))
            throw new Error("shape");
        return new Set(data.findings.map((f) => f.fingerprint));
    }
    catch {
        throw new _registry_model_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x('not a Portcullis baseline (expected {"version": 1, "findings": [...]})', file, 1, 1);
    }
}
/** Deterministic baseline text: sorted, one entry per finding, no line numbers (they move). */
function formatBaseline(findings) {
    const entries = findings
        .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file, message: f.message }))
        .sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n)(a.file, b.file) || (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n)(a.ruleId, b.ruleId) || (0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n)(a.fingerprint, b.fingerprint));
    return `${JSON.stringify({ version: 1, findings: entries }, null, 2)}\n`;
}


/***/ }),

/***/ 9957:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z6: () => (/* binding */ check),
  Wc: () => (/* binding */ resolveRegistry),
  Ro: () => (/* binding */ scopeFilter)
});

// UNUSED EXPORTS: DEFAULT_MAX_FILE_SIZE

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/registry/extends.js + 1 modules
var registry_extends = __webpack_require__(5679);
// EXTERNAL MODULE: ./lib/registry/load.js
var load = __webpack_require__(9395);
// EXTERNAL MODULE: ./lib/scan/registry-cache.js
var registry_cache = __webpack_require__(8089);
// EXTERNAL MODULE: ./lib/registry/model.js
var model = __webpack_require__(3062);
// EXTERNAL MODULE: ./lib/registry/suggest.js
var suggest = __webpack_require__(645);
// EXTERNAL MODULE: ./lib/scan/scanners/index.js + 27 modules
var scanners = __webpack_require__(3152);
// EXTERNAL MODULE: ./lib/scan/discover.js
var discover = __webpack_require__(8998);
// EXTERNAL MODULE: ./lib/rules/index.js + 13 modules
var rules = __webpack_require__(1623);
// EXTERNAL MODULE: ./lib/engine/attribute.js
var attribute = __webpack_require__(6046);
// EXTERNAL MODULE: ./lib/engine/baseline.js
var engine_baseline = __webpack_require__(263);
// EXTERNAL MODULE: ./lib/hash.js + 1 modules
var hash = __webpack_require__(6889);
// EXTERNAL MODULE: ./lib/engine/order.js
var order = __webpack_require__(3138);
;// CONCATENATED MODULE: ./lib/engine/run-rules.js
// Runs the rule catalog over attributed refs and turns reports into findings:
// severity from configuration, message from the rule's templates, a fingerprint that survives line moves.


const SEVERITY = { error: "error", warn: "warning", info: "info" };
function formatMessage(template, data) {
    return template.replace(/\{(\w+)\}/g, (whole, key) => {
        const value = data?.[key];
        return value === undefined ? whole : String(value);
    });
}
/** Rule + file + the line's text with whitespace collapsed: stable when lines move. */
function fingerprintBase(ruleId, file, lineText) {
    return `${ruleId}\0${file}\0${lineText.trim().replace(/\s+/g, " ")}`;
}
function runRules(context, options) {
    const findings = [];
    const occurrences = new Map();
    for (const [id, rule] of options.rules) {
        const configured = options.levels[id];
        if (configured === "off")
            continue;
        for (const report of rule.check(context)) {
            const level = configured ?? report.level ?? rule.meta.defaultLevel;
            const template = rule.meta.messages[report.messageId] ?? report.messageId;
            const { file, line, column, endLine, endColumn } = report.at;
            const base = fingerprintBase(id, file, options.lineText(file, line));
            // Identical lines in one file are told apart by their order, not their position.
            const nth = occurrences.get(base) ?? 0;
            occurrences.set(base, nth + 1);
            const finding = {
                ruleId: id,
                severity: SEVERITY[level],
                message: formatMessage(template, report.data),
                file,
                line,
                column,
                endLine,
                endColumn,
                fingerprint: (0,hash/* sha256Hex */.f)(`${base}\0${nth}`).slice(0, 32),
            };
            if (report.service !== undefined)
                finding.service = report.service;
            if (report.port !== undefined)
                finding.port = report.port;
            findings.push(finding);
        }
    }
    return findings;
}
function compareFindings(a, b) {
    return ((a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        (0,order/* compareText */.n)(a.ruleId, b.ruleId) ||
        (0,order/* compareText */.n)(a.message, b.message));
}

// EXTERNAL MODULE: ./lib/engine/scan-file.js
var scan_file = __webpack_require__(4476);
// EXTERNAL MODULE: ./lib/engine/scan-cache.js
var scan_cache = __webpack_require__(8970);
// EXTERNAL MODULE: ./lib/engine/scan-pool.js
var scan_pool = __webpack_require__(9788);
// EXTERNAL MODULE: ./lib/engine/suppress.js
var suppress = __webpack_require__(3423);
// EXTERNAL MODULE: ./lib/engine/text.js
var engine_text = __webpack_require__(5927);
// EXTERNAL MODULE: ./lib/engine/worker-entry.js
var worker_entry = __webpack_require__(8491);
;// CONCATENATED MODULE: ./lib/engine/check.js
// The pipeline: discover → classify → scan → attribute → rules → suppress → findings.



















const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
const READ_CONCURRENCY = 32;
const MIN_FILES_FOR_WORKERS = 2000;
/** Resolves and loads the registry for `root`, or throws a ConfigError saying how to create one. */
async function resolveRegistry(root, config, allowOutside = false, githubToken, 
/** Folder of the loaded-registry cache (scan/registry-cache.ts); none by default. */
cacheDir) {
    const configPath = config ? external_node_path_.resolve(root, config) : (0,load/* findConfig */.u0)(root);
    if (!configPath) {
        throw new model/* ConfigError */.x("no ports.yaml found; create one (portcullis init --write) or pass --config", root);
    }
    const options = { root, allowOutside, ...(githubToken !== undefined ? { githubToken } : {}) };
    return cacheDir ? (0,registry_cache/* loadRegistryCached */.K)(configPath, { ...options, readText: registry_extends/* readTextFromDisk */.Xc, cacheDir }) : (0,load/* loadRegistry */.Ag)(configPath, options);
}
function wholeText(text) {
    const lines = new engine_text/* LineIndex */.rr(text);
    return { line: (n) => lines.line(n), suppressions: (0,suppress/* parseSuppressions */.Q)(text) };
}
/** Only the kept lines of a scanned file (scan-file.ts says which). */
function keptText(lines, suppressions) {
    if (lines.length === 1) {
        const [only, text] = lines[0];
        return { line: (n) => (n === only ? text : ""), suppressions };
    }
    const kept = new Map(lines);
    return { line: (n) => kept.get(n) ?? "", suppressions };
}
function summarise(kind, files) {
    const shown = files.slice(0, 5).join(", ");
    const more = files.length > 5 ? ` and ${files.length - 5} more` : "";
    return `skipped ${files.length} ${kind}: ${shown}${more}`;
}
async function check(options) {
    const started = performance.now();
    const root = external_node_path_.resolve(options.root);
    const source = options.source ?? (0,discover/* workingTreeSource */.py)(root);
    const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    // Listing runs while the registry loads; worker threads, when the tree is large enough for
    // them to pay, start loading as soon as the listing is known.
    const treeRoot = (0,discover/* workingTreeRoot */.Af)(source);
    const workers = options.workers === undefined ? (0,worker_entry/* defaultScanWorkers */.EM)() : options.workers || undefined;
    let pool;
    const useCache = options.cache && treeRoot !== undefined;
    const listing = useCache ? (0,discover/* listWorkingTree */.sJ)(treeRoot) : source.list().then((files) => ({ files }));
    // Read while git lists the files.
    const cache = useCache ? scan_cache/* ScanCache */.Eu.open(options.cache, treeRoot, maxFileSize) : undefined;
    const scanning = listing.then(({ files, ids }) => {
        // Files git vouches for whose outcome is stored need nothing read: only the rest is scanned.
        const reused = [];
        let toScan = files;
        if (cache) {
            toScan = [];
            for (let i = 0; i < files.length; i++) {
                const outcome = cache.reuseBlob(files[i], ids?.[i] ?? "");
                if (outcome)
                    reused.push(outcome);
                else
                    toScan.push(files[i]);
            }
        }
        if (workers && treeRoot !== undefined && toScan.length >= (workers.minFiles ?? MIN_FILES_FOR_WORKERS) && (0,scan_pool.scanThreads)(workers) > 0) {
            // The workers start on the files now; what the registry's `ignore` drops is dropped later.
            pool = new scan_pool.ScanPool(treeRoot, maxFileSize, workers, cache);
            const ignoredAlways = (0,discover/* ignoreMatcher */.NJ)([]);
            pool.start(toScan.filter((file) => !ignoredAlways(file)));
        }
        return { files: toScan, reused };
    });
    scanning.catch(() => { }); // a registry error is reported first; the listing's own error below
    try {
        const result = await checkListed(options, root, source, maxFileSize, started, scanning, () => pool, cache);
        if (cache) {
            cache.save();
            result.cacheStats = { ...cache.stats };
        }
        return result;
    }
    finally {
        pool?.close();
    }
}
async function checkListed(options, root, source, maxFileSize, started, listing, scanPool, cache) {
    const registry = options.registry ?? (await resolveRegistry(root, options.config, options.allowOutside, options.githubToken, options.registryCache));
    const ignored = (0,discover/* ignoreMatcher */.NJ)(registry.ignore);
    const { files: listed, reused } = await listing;
    const pool = scanPool();
    // With a pool, each thread classifies the files it takes.
    const candidates = [];
    if (!pool) {
        for (const file of listed) {
            if (ignored(file))
                continue;
            const scanner = (0,scanners/* classify */.L)(file);
            if (scanner)
                candidates.push({ file, scanner });
        }
    }
    const texts = new Map();
    // The registry's own text, for fingerprints and suppression comments in ports.yaml.
    let registryText;
    for (const file of registry.sources) {
        const text = await readText(source, root, file);
        if (file === registry.file)
            registryText = text;
        if (text !== undefined)
            texts.set(file, wholeText(text));
    }
    assertKnownRules(registry, registryText);
    const files = [];
    const refs = [];
    const problems = [];
    const binary = [];
    const oversized = [];
    const accept = (outcome) => {
        if (outcome.kind !== "unreadable")
            cache?.record(outcome);
        switch (outcome.kind) {
            case "scanned": {
                const { file, result } = outcome;
                if (!texts.has(file) && !(0,scan_cache/* linesLeftInCache */.Mr)(outcome))
                    texts.set(file, keptText(outcome.lines, outcome.suppressions));
                files.push({ path: file, scanner: outcome.scanner, result });
                for (const ref of result.refs)
                    refs.push(ref);
                for (const problem of result.problems)
                    problems.push(problem);
                break;
            }
            case "binary":
                binary.push(outcome.file);
                break;
            case "oversized":
                oversized.push(outcome.file);
                break;
            case "undecodable":
                problems.push(outcome.problem);
                break;
            case "unreadable":
                break;
        }
    };
    for (const outcome of reused)
        if (!ignored(outcome.file))
            accept(outcome);
    const treeRoot = (0,discover/* workingTreeRoot */.Af)(source);
    if (pool) {
        await pool.run((file) => !ignored(file), accept);
    }
    else if (treeRoot !== undefined) {
        // The working tree read synchronously into one reused buffer: nothing to wait for, little to collect.
        const scratch = (0,scan_pool.scratchBuffer)(maxFileSize);
        for (const { file, scanner } of candidates)
            accept((0,scan_pool.scanOrReuse)(treeRoot, file, scanner, maxFileSize, scratch, cache));
    }
    else {
        await scanSource(source, candidates, maxFileSize, accept);
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    refs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column);
    // Files finish in any order (on worker threads); the sort is stable, so each file's problems
    // keep their own order.
    problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const attributed = (0,attribute/* attributeRefs */.LH)(refs, registry);
    const suppressed = (ruleId, file, line) => (0,suppress/* isSuppressed */.B)(texts.get(file)?.suppressions, ruleId, line);
    const raw = runRules({ registry, refs: attributed, problems, files, suppressed }, {
        rules: rules/* rules */.a,
        levels: registry.rules,
        // A file reused from the scan cache that gave nothing keeps its line 1 there.
        lineText: (file, line) => texts.get(file)?.line(line) ?? (line === 1 && cache ? cache.firstLine(file) : ""),
    });
    const inScope = scopeFilter(options.only);
    const baseline = options.baseline ? await (0,engine_baseline/* loadBaseline */.o)(external_node_path_.resolve(root, options.baseline)) : undefined;
    let baselined = 0;
    const findings = raw
        .filter((f) => !suppressed(f.ruleId, f.file, f.line))
        .filter((f) => inScope(f.file))
        .filter((f) => {
        if (!baseline?.has(f.fingerprint))
            return true;
        baselined++;
        return false;
    })
        .sort(compareFindings);
    const notices = [];
    if (binary.length > 0)
        notices.push(summarise("binary files", binary.sort()));
    if (oversized.length > 0) {
        notices.push(summarise(`files over ${Math.round(maxFileSize / 1024)} KiB (raise with --max-file-size)`, oversized.sort()));
    }
    return {
        registry,
        findings,
        refs: attributed,
        suppressed,
        files,
        notices,
        baselined,
        summary: {
            errors: findings.filter((f) => f.severity === "error").length,
            warnings: findings.filter((f) => f.severity === "warning").length,
            infos: findings.filter((f) => f.severity === "info").length,
            filesScanned: files.length,
            durationMs: Math.round(performance.now() - started),
        },
    };
}
/** Any other source: reads with a bounded concurrency (a source may be asynchronous for real). */
async function scanSource(source, candidates, maxFileSize, accept) {
    let next = 0;
    const worker = async () => {
        while (next < candidates.length) {
            const { file, scanner } = candidates[next++];
            let bytes;
            if (source.readBounded) {
                const read = await source.readBounded(file, maxFileSize);
                if (read !== undefined && !Buffer.isBuffer(read)) {
                    accept({ kind: "oversized", file });
                    continue;
                }
                bytes = read;
            }
            else {
                const size = source.size ? await source.size(file) : undefined;
                if (size !== undefined && size > maxFileSize) {
                    accept({ kind: "oversized", file });
                    continue;
                }
                bytes = await source.read(file);
            }
            if (!bytes)
                continue;
            if (bytes.length > maxFileSize) {
                accept({ kind: "oversized", file });
                continue;
            }
            accept((0,scan_file/* scanBytes */.vw)(file, scanner, bytes));
        }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, candidates.length) }, worker));
}
async function readText(source, root, file) {
    const bytes = (await source.read(file)) ?? (await (0,promises_.readFile)(external_node_path_.join(root, file)).catch(() => undefined));
    return bytes?.toString("utf8");
}
/** A file is in scope when it is, or lies under, one of the given paths (all, when none given). */
function scopeFilter(only) {
    if (!only)
        return () => true;
    const entries = only.map((entry) => entry.replace(/\/+$/, ""));
    return (file) => entries.some((entry) => entry === "" || entry === "." || file === entry || file.startsWith(`${entry}/`));
}
/** A misspelt rule id under `rules:` would silently configure nothing: refuse it, as ESLint does. */
function assertKnownRules(registry, text) {
    for (const id of Object.keys(registry.rules)) {
        if (rules/* rules */.a.has(id))
            continue;
        const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        const lines = text?.split(/\r?\n/) ?? [];
        const index = lines.findIndex((line) => new RegExp(`^\\s+["']?${escaped}["']?\\s*:`).test(line));
        const column = index >= 0 ? lines[index].search(/\S/) + 1 : undefined;
        throw new model/* ConfigError */.x(`unknown rule "${id}" in rules${(0,suggest/* didYouMean */.a)(id, rules/* rules */.a.keys())}`, registry.file, index >= 0 ? index + 1 : undefined, column);
    }
}


/***/ }),

/***/ 1765:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kg: () => (/* binding */ shareHost),
/* harmony export */   ss: () => (/* binding */ allocationOf),
/* harmony export */   vE: () => (/* binding */ allocationSpan)
/* harmony export */ });
// Project allocations of host and fleet registries: which block a project owns, and whether two
// projects can collide at all (they can only when they may run on the same host).
/** The allocation of `project`, when the registry (or one it extends) declares one. */
function allocationOf(registry, project) {
    return project === undefined ? undefined : registry.projects?.get(project);
}
/**
 * Whether two projects may run on one host: yes unless both list their hosts and no host is in
 * both lists. A project without an allocation or without hosts may be anywhere, so it may share.
 */
function shareHost(registry, a, b) {
    const hostsA = allocationOf(registry, a)?.hosts ?? [];
    const hostsB = allocationOf(registry, b)?.hosts ?? [];
    if (hostsA.length === 0 || hostsB.length === 0)
        return true;
    return hostsA.some((host) => hostsB.includes(host));
}
/** `8000-8009`, or `8000` for a block of one port. */
function allocationSpan(allocation) {
    const [from, to] = allocation.range;
    return from === to ? String(from) : `${from}-${to}`;
}


/***/ }),

/***/ 3239:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _engine_hosts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5337);
// A service that must not listen on every interface does, or an internal service has a host port.

const rule = {
    meta: {
        id: "exposed-binding",
        description: "A non-public service is published on all interfaces, or an internal service has a host port",
        defaultLevel: "error",
        rationale: "A backend on 0.0.0.0 is reachable from the network, bypassing the reverse proxy, and takes the port from every other app on the host.",
        examples: {
            file: `docker-compose.yml  # ports.yaml: api { access: localhost }`,
            bad: `api:
  ports: ["8000:8000"]`,
            good: `api:
  ports: ["127.0.0.1:8000:8000"]`,
        },
        messages: {
            localhost: "{service} (access: localhost) is published on all interfaces; bind {suggestion}",
            localhostOther: "{service} (access: localhost) is bound to {host}; bind 127.0.0.1 or ::1",
            private: "{service} (access: private) is published on all interfaces and relies on a firewall; bind a private or loopback address",
            internal: "{service} (access: internal) must not have a host port, but this publishes {port}",
        },
    },
    check({ refs }) {
        const reports = [];
        for (const ref of refs) {
            const service = ref.service;
            if (!service || ref.side !== "host" || service.access === "public")
                continue;
            // Only a binding says where a service listens; a client dialling it or a docs row does not.
            if (ref.kind !== "publish" && ref.kind !== "listen")
                continue;
            if (ref.host === undefined && ref.kind === "listen")
                continue;
            const host = ref.host ?? "";
            const hostClass = (0,_engine_hosts_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyHost */ .R)(host);
            const base = { service: service.name, port: ref.port, host };
            if (service.access === "internal") {
                reports.push({ messageId: "internal", data: base, at: ref, service: service.name, port: ref.port });
            }
            else if (hostClass === "all") {
                if (service.access === "localhost") {
                    const suggestion = ref.kind === "publish" ? `127.0.0.1:${ref.port}` : `127.0.0.1`;
                    reports.push({ messageId: "localhost", data: { ...base, suggestion }, at: ref, service: service.name, port: ref.port });
                }
                else {
                    reports.push({ messageId: "private", data: base, at: ref, service: service.name, port: ref.port, level: "warn" });
                }
            }
            else if (service.access === "localhost" && hostClass !== "loopback") {
                reports.push({ messageId: "localhostOther", data: base, at: ref, service: service.name, port: ref.port });
            }
        }
        return reports;
    },
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (rule);


/***/ }),

/***/ 1623:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ ruleMetas),
  a: () => (/* binding */ rules)
});

// EXTERNAL MODULE: ./lib/engine/attribute.js
var attribute = __webpack_require__(6046);
// EXTERNAL MODULE: ./lib/docs/stale.js
var stale = __webpack_require__(4782);
;// CONCATENATED MODULE: ./lib/rules/docs-drift.js
// Markdown docs that disagree with ports.yaml: a port table row showing another port, access or
// variable than its service, a row or `localhost:NNNN` mention of an undeclared port, a stale generated map.


function covers(ref, port) {
    return port >= ref.port && port <= (ref.portEnd ?? ref.port);
}
function within(ref, from, to) {
    return ref.port >= from && (ref.portEnd ?? ref.port) <= to;
}
function portsText(refs) {
    return refs.map((r) => (r.portEnd !== undefined ? `${r.port}-${r.portEnd}` : String(r.port))).join(", ");
}
class ServiceLookup {
    registry;
    byName = new Map();
    byEnv = new Map();
    /** Normalised names and aliases, longest first, for prefix matches ("PostgreSQL 16" → postgres). */
    prefixes = [];
    constructor(registry) {
        this.registry = registry;
        for (const service of registry.services) {
            for (const name of new Set([service.name, ...service.aliases].map(attribute/* normaliseName */.GX))) {
                if (!name)
                    continue;
                this.byName.set(name, [...(this.byName.get(name) ?? []), service]);
                if (name.length >= 3)
                    this.prefixes.push([name, service]);
            }
            if (service.env)
                this.byEnv.set(service.env, [...(this.byEnv.get(service.env) ?? []), service]);
        }
        this.prefixes.sort((a, b) => b[0].length - a[0].length);
    }
    /** Among several candidates, the one whose port the row shows, else the first. */
    pick(candidates, refs) {
        if (!candidates)
            return undefined;
        return candidates.find((s) => refs.some((r) => covers(r, s.port))) ?? candidates[0];
    }
    match(row) {
        const names = [row.name, row.name?.replace(/\([^)]*\)/g, " "), row.label].filter((n) => Boolean(n));
        for (const name of names) {
            const service = this.pick(this.byName.get((0,attribute/* normaliseName */.GX)(name)), row.refs);
            if (service)
                return { service, how: "name" };
        }
        if (row.envVar) {
            const service = this.pick(this.byEnv.get(row.envVar), row.refs);
            if (service)
                return { service, how: "env" };
        }
        const attributed = row.refs.find((r) => r.service)?.service;
        if (attributed)
            return { service: attributed, how: "engine" };
        for (const ref of row.refs) {
            const service = this.registry.services.find((s) => s.protocol === ref.protocol && covers(ref, s.port)) ??
                this.registry.services.find((s) => covers(ref, s.port));
            if (service)
                return { service, how: "port" };
        }
        const wanted = row.name ? (0,attribute/* normaliseName */.GX)(row.name) : "";
        const prefix = wanted ? this.prefixes.find(([name]) => wanted.startsWith(name)) : undefined;
        return prefix ? { service: prefix[1], how: "prefix" } : undefined;
    }
    /** Is a port (or range) one the registry knows: a service's, a fallback, a reservation (ranges count as declared for ranges)? */
    declares(ref, rangesCount) {
        const { registry } = this;
        const inRange = (from, to) => within(ref, from, to);
        return (registry.services.some((s) => within(ref, s.port, s.port) || (s.fallback !== undefined && inRange(s.fallback[0], s.fallback[1]))) ||
            registry.reserved.some((r) => inRange(r.from, r.to)) ||
            (rangesCount && [...registry.ranges.values()].some((r) => inRange(r.from, r.to))));
    }
}
function spanOf(ref, key) {
    const span = ref.meta?.[key];
    return span ? { file: ref.file, ...span } : ref;
}
function checkRow(row, lookup, reports) {
    const first = row.refs[0];
    const label = row.name ?? `port ${portsText(row.refs)}`;
    const match = lookup.match(row);
    if (!match) {
        for (const ref of row.refs) {
            if (lookup.declares(ref, ref.portEnd !== undefined))
                continue;
            reports.push({
                messageId: row.name ? "unknown" : "unknownUnnamed",
                data: { label: row.name, used: portsText([ref]) },
                at: ref,
                port: ref.port,
            });
        }
        return;
    }
    const { service } = match;
    const base = { label, service: service.name };
    const agrees = row.refs.some((r) => covers(r, service.port)) ||
        (service.fallback !== undefined && row.refs.every((r) => within(r, service.fallback[0], service.fallback[1])));
    if (!agrees) {
        reports.push({
            messageId: "port",
            data: { ...base, used: portsText(row.refs), declared: service.port },
            at: first,
            service: service.name,
            port: first.port,
        });
        // A name that only resembles a service's says nothing more once the port disagrees too.
        if (match.how === "prefix")
            return;
    }
    else {
        const explicit = row.refs.find((r) => r.meta?.protocolExplicit && r.protocol !== service.protocol);
        if (explicit) {
            reports.push({
                messageId: "protocol",
                data: { ...base, documented: explicit.protocol, declared: service.protocol },
                at: explicit,
                service: service.name,
                port: explicit.port,
            });
        }
    }
    const access = first.meta?.access;
    if (typeof access === "string" && access !== service.access) {
        reports.push({
            messageId: "access",
            data: { ...base, written: String(first.meta?.accessText ?? access), documented: access, declared: service.access },
            at: spanOf(first, "accessAt"),
            service: service.name,
            port: first.port,
        });
    }
    if (row.envVar && row.envVar !== service.env) {
        reports.push({
            messageId: service.env ? "variable" : "noVariable",
            data: { ...base, documented: row.envVar, declared: service.env },
            at: spanOf(first, "variableAt"),
            service: service.name,
            port: first.port,
        });
    }
}
const rule = {
    meta: {
        id: "docs-drift",
        description: "A Markdown port table disagrees with ports.yaml, or the generated port map is stale",
        defaultLevel: "error",
        rationale: "Hand-kept port tables rot with every port change (\"frontend moved 3002 → 3003 → 3004\"); a reader trusts the doc and dials the wrong port.",
        examples: {
            file: `docs/ports.md  # ports.yaml: grafana { port: 3030 }`,
            bad: `| Port | Service |
| ---- | ------- |
| 3000 | Grafana |`,
            good: `| Port | Service |
| ---- | ------- |
| 3030 | Grafana |`,
        },
        messages: {
            port: "docs say {label} is on port {used}, but ports.yaml declares {service} on {declared}",
            access: 'docs say {label} is reachable "{written}" ({documented}), but ports.yaml declares {service} with access: {declared}',
            variable: "docs say {label} is configured by {documented}, but ports.yaml says {service} reads {declared}",
            noVariable: "docs say {label} is configured by {documented}, but ports.yaml declares no env for {service}",
            protocol: "docs say {label} uses {documented}, but ports.yaml declares {service} as {declared}",
            unknown: "docs list {label} on port {used}, which ports.yaml does not declare",
            unknownUnnamed: "docs list port {used}, which ports.yaml does not declare",
            mention: "docs mention {address}:{port}, a port ports.yaml does not declare",
            stale: "{file} is stale: it no longer matches ports.yaml and the ports found in the repository; run `portcullis docs`",
        },
    },
    check({ registry, refs, files, suppressed }) {
        const reports = [];
        const lookup = new ServiceLookup(registry);
        const rows = new Map();
        for (const ref of refs) {
            if (ref.family !== "markdown")
                continue;
            if (ref.kind === "docs") {
                const key = `${ref.file}\0${ref.line}`;
                const row = rows.get(key) ?? { refs: [] };
                row.refs.push(ref);
                if (ref.name)
                    row.name = ref.name;
                if (typeof ref.meta?.label === "string")
                    row.label = ref.meta.label;
                if (ref.envVar)
                    row.envVar = ref.envVar;
                rows.set(key, row);
            }
            else if (ref.kind === "dial" && !ref.service && !lookup.declares(ref, true)) {
                // Prose is looser than a table: a mention of an undeclared port is worth a look, not a failed build.
                reports.push({
                    messageId: "mention",
                    data: { address: String(ref.meta?.dialHost ?? "localhost"), port: ref.port },
                    at: ref,
                    port: ref.port,
                    level: "warn",
                });
            }
        }
        for (const row of rows.values())
            checkRow(row, lookup, reports);
        for (const file of files) {
            const region = file.result.portMap;
            if (region && (0,stale/* isPortMapRegionStale */.vf)(registry, refs, region, suppressed)) {
                const { file: path, line, column, endLine, endColumn } = region;
                reports.push({ messageId: "stale", data: { file: path }, at: { file: path, line, column, endLine, endColumn } });
            }
        }
        return reports;
    },
};
/* harmony default export */ const docs_drift = (rule);

// EXTERNAL MODULE: ./lib/scan/scanners/env.js + 1 modules
var env = __webpack_require__(5008);
;// CONCATENATED MODULE: ./lib/rules/env-template-drift.js
// An env template that configures ports lacks the variable of a service that declares `env`.

const env_template_drift_rule = {
    meta: {
        id: "env-template-drift",
        description: "An .env template lacks the variable of a service that declares `env`",
        defaultLevel: "warn",
        rationale: "Templates are what a newcomer copies to .env; a missing variable means a default nobody chose.",
        examples: {
            file: `.env.example  # ports.yaml: api { env: API_PORT }, web { env: WEB_PORT }`,
            bad: `API_PORT=8000`,
            good: `API_PORT=8000
WEB_PORT=8080`,
        },
        messages: {
            missing: "{file} sets port variables but not {variable} ({service}, port {port})",
        },
    },
    check({ registry, files, refs }) {
        const reports = [];
        const wanted = registry.services.filter((s) => s.env && !s.optional);
        if (wanted.length === 0)
            return reports;
        const registryVars = new Set(wanted.map((s) => s.env));
        const order = new Map(wanted.map((service, i) => [service, i]));
        const byVariable = new Map();
        for (const service of wanted)
            byVariable.set(service.env, [...(byVariable.get(service.env) ?? []), service]);
        // Which registry variables are read under each folder (`a/`, `a/b/`): a template in a
        // subfolder answers for the variables read in its subtree.
        const readUnder = new Map();
        for (const ref of refs) {
            if (!ref.envVar || !registryVars.has(ref.envVar) || ref.family === "env")
                continue;
            for (let slash = ref.file.indexOf("/"); slash !== -1; slash = ref.file.indexOf("/", slash + 1)) {
                const folder = ref.file.slice(0, slash + 1);
                let vars = readUnder.get(folder);
                if (!vars)
                    readUnder.set(folder, (vars = new Set()));
                vars.add(ref.envVar);
            }
        }
        for (const file of files) {
            const defined = file.result.definedVars;
            if (file.scanner !== "env" || !defined || !(0,env/* isEnvTemplate */.q$)(file.path))
                continue;
            const names = new Set(defined.map((v) => v.name));
            // Only a template that configures this registry's ports is expected to list them.
            if (![...names].some((name) => registryVars.has(name)))
                continue;
            const slash = file.path.lastIndexOf("/");
            // The repository's own template lists every variable; a service folder's template lists
            // the variables read inside that folder.
            const readHere = slash === -1 ? undefined : readUnder.get(file.path.slice(0, slash + 1));
            if (slash !== -1 && !readHere)
                continue;
            // The services to ask for, in registry order: all, or those whose variable is read here.
            const asked = readHere ? [...readHere].flatMap((name) => byVariable.get(name) ?? []).sort((a, b) => order.get(a) - order.get(b)) : wanted;
            const last = defined[defined.length - 1];
            for (const service of asked) {
                if (names.has(service.env))
                    continue;
                reports.push({
                    messageId: "missing",
                    data: { file: file.path, variable: service.env, service: service.name, port: service.port },
                    at: { file: file.path, line: last.line, column: 1, endLine: last.line, endColumn: 1 },
                    service: service.name,
                    port: service.port,
                });
            }
        }
        return reports;
    },
};
/* harmony default export */ const env_template_drift = (env_template_drift_rule);

;// CONCATENATED MODULE: ./lib/rules/env-var-mismatch.js
// A service's port is configured through another variable than the one the registry names.
/** Generic names every platform injects (Heroku, Cloud Run…): reading them is not a mismatch. */
const GENERIC = new Set(["PORT", "HTTP_PORT", "SERVER_PORT"]);
const env_var_mismatch_rule = {
    meta: {
        id: "env-var-mismatch",
        description: "Compose files or env templates use another variable name for a service's port than its `env`",
        defaultLevel: "error",
        rationale: "When compose reads BACKEND_PORT and the app reads API_PORT, changing one silently breaks the other.",
        examples: {
            file: `docker-compose.yml  # ports.yaml: api { env: API_PORT }`,
            bad: `api:
  ports: ["127.0.0.1:\${BACKEND_PORT:-8000}:8000"]`,
            good: `api:
  ports: ["127.0.0.1:\${API_PORT:-8000}:8000"]`,
        },
        messages: {
            mismatch: "{variable} configures {service}'s port here, but ports.yaml says {service} reads {expected}",
        },
    },
    check({ refs }) {
        const reports = [];
        for (const ref of refs) {
            const service = ref.service;
            if (!service?.env || !ref.envVar || ref.envVar === service.env)
                continue;
            // Markdown rows are docs-drift's to report, with the whole row in view.
            if (ref.family !== "compose" && ref.family !== "env")
                continue;
            // Inside a container the app may read any name; the policy is about host configuration.
            if (ref.side === "container" || GENERIC.has(ref.envVar))
                continue;
            // A URL variable (DATABASE_URL) is not a port variable.
            if (ref.kind === "dial")
                continue;
            reports.push({
                messageId: "mismatch",
                data: { variable: ref.envVar, service: service.name, expected: service.env },
                at: ref,
                service: service.name,
                port: ref.port,
            });
        }
        return reports;
    },
};
/* harmony default export */ const env_var_mismatch = (env_var_mismatch_rule);

;// CONCATENATED MODULE: ./lib/rules/ephemeral-port.js
// A fixed port inside the operating system's ephemeral range, where outgoing connections get theirs.
const EPHEMERAL_FROM = 32768;
const EPHEMERAL_TO = 60999;
const inEphemeral = (port) => port >= EPHEMERAL_FROM && port <= EPHEMERAL_TO;
const ephemeral_port_rule = {
    meta: {
        id: "ephemeral-port",
        description: "A fixed port inside the OS ephemeral range (32768-60999)",
        defaultLevel: "warn",
        rationale: "The kernel hands these ports to outgoing connections; a server on one fails at random when a client got there first.",
        examples: {
            file: `ports.yaml`,
            bad: `worker: { port: 45000 }`,
            good: `worker: { port: 8045 }`,
        },
        messages: {
            declared: "{service} declares port {port}, inside the ephemeral range 32768-60999 the OS gives to outgoing connections",
            used: "port {port} is inside the ephemeral range 32768-60999 the OS gives to outgoing connections",
        },
    },
    check({ registry, refs }) {
        const reports = [];
        for (const service of registry.services) {
            if (!inEphemeral(service.port))
                continue;
            reports.push({ messageId: "declared", data: { service: service.name, port: service.port }, at: service.portAt, service: service.name, port: service.port });
        }
        for (const ref of refs) {
            if (ref.side !== "host" || (ref.kind !== "publish" && ref.kind !== "listen"))
                continue;
            if (!inEphemeral(ref.port))
                continue;
            // A declared service's port is reported once, at its declaration.
            if (ref.service && ref.service.port === ref.port)
                continue;
            reports.push({ messageId: "used", data: { port: ref.port }, at: ref, service: ref.service?.name, port: ref.port });
        }
        return reports;
    },
};
/* harmony default export */ const ephemeral_port = (ephemeral_port_rule);

;// CONCATENATED MODULE: ./lib/rules/hardcoded-port.js
// Source code writes a service's port as a literal although the service declares the variable
// that configures it: the code ignores the registry, and moving the port breaks it silently.
const LITERAL_KINDS = new Set(["literal", "listen", "dial"]);
function isHardcoded(ref) {
    if (ref.family !== "source" || ref.side !== "host" || !LITERAL_KINDS.has(ref.kind))
        return false;
    // Reading the variable with a default is the right pattern, whatever the default says.
    if (ref.meta?.fromDefault === true)
        return false;
    return ref.envVar === undefined;
}
const hardcoded_port_rule = {
    meta: {
        id: "hardcoded-port",
        description: "Source code writes the literal port of a service that declares `env` instead of reading the variable",
        defaultLevel: "warn",
        rationale: "When code spells out 8000 instead of reading CONTIMG_API_PORT, changing the port in ports.yaml and the environment leaves this place behind.",
        examples: {
            file: `app/main.py  # ports.yaml: api { port: 8000, env: CONTIMG_API_PORT }`,
            bad: `uvicorn.run(app, host="127.0.0.1", port=8000)`,
            good: `uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("CONTIMG_API_PORT", "8000")))`,
        },
        messages: {
            hardcoded: "hardcoded port {port} of {service}; read {variable} instead",
        },
    },
    check({ refs }) {
        const reports = [];
        for (const ref of refs) {
            const service = ref.service;
            if (!service?.env || ref.port !== service.port || !isHardcoded(ref))
                continue;
            reports.push({
                messageId: "hardcoded",
                data: { port: ref.port, service: service.name, variable: service.env },
                at: ref,
                service: service.name,
                port: ref.port,
            });
        }
        return reports;
    },
};
/* harmony default export */ const hardcoded_port = (hardcoded_port_rule);

// EXTERNAL MODULE: ./lib/rules/exposed-binding.js
var exposed_binding = __webpack_require__(3239);
;// CONCATENATED MODULE: ./lib/rules/invalid-port.js
// A port outside 1-65535, or a binding no runtime would accept.
const invalid_port_rule = {
    meta: {
        id: "invalid-port",
        description: "A port outside 1-65535, or a malformed binding",
        defaultLevel: "error",
        rationale: "Compose, Docker and servers reject these at start-up; better to hear it at review time.",
        examples: {
            file: `docker-compose.yml`,
            bad: `ports: ["80800:80"]`,
            good: `ports: ["8080:80"]`,
        },
        messages: { invalid: "{message}" },
    },
    check({ problems, refs }) {
        const reports = problems
            .filter((p) => p.kind === "invalid-port")
            .map((p) => ({ messageId: "invalid", data: { message: p.message }, at: p }));
        for (const ref of refs) {
            const last = ref.portEnd ?? ref.port;
            if (ref.port >= 1 && last <= 65535 && ref.port <= last)
                continue;
            reports.push({ messageId: "invalid", data: { message: `port ${ref.port}${ref.portEnd !== undefined ? `-${ref.portEnd}` : ""} is outside 1-65535` }, at: ref, port: ref.port });
        }
        return reports;
    },
};
/* harmony default export */ const invalid_port = (invalid_port_rule);

// EXTERNAL MODULE: ./lib/registry/projects.js
var projects = __webpack_require__(1765);
;// CONCATENATED MODULE: ./lib/rules/out-of-range.js
// A service's declared port lies outside the range it says it belongs to, or outside the block a
// host or fleet registry allocates to its project.

/** Allocation checks: a service of an allocated project stays in its block; others stay out of other projects' blocks. */
function allocationReport(registry, service) {
    const inside = ([from, to]) => service.port >= from && service.port <= to;
    const allocation = (0,projects/* allocationOf */.ss)(registry, service.project);
    if (allocation) {
        if (inside(allocation.range))
            return undefined;
        return {
            messageId: "allocation",
            data: { service: service.name, port: service.port, project: allocation.name, range: (0,projects/* allocationSpan */.vE)(allocation), file: allocation.at.file, line: allocation.at.line },
            at: service.portAt,
            service: service.name,
            port: service.port,
        };
    }
    // A service of no allocated project, declared here, sitting in another project's block of a shared host.
    if (service.source !== registry.file)
        return undefined;
    for (const other of registry.projects?.values() ?? []) {
        if (other.name === service.project || !inside(other.range) || !(0,projects/* shareHost */.kg)(registry, service.project, other.name))
            continue;
        return {
            messageId: "otherAllocation",
            data: { service: service.name, port: service.port, project: other.name, range: (0,projects/* allocationSpan */.vE)(other), file: other.at.file, line: other.at.line },
            at: service.portAt,
            service: service.name,
            port: service.port,
        };
    }
    return undefined;
}
const out_of_range_rule = {
    meta: {
        id: "out-of-range",
        description: "A service's port is outside its range",
        defaultLevel: "error",
        rationale: "Ranges are how a team keeps categories and projects apart (core 8000-8099, dashboards 3200-3299); a port outside its block defeats them.",
        examples: {
            file: `ports.yaml`,
            bad: `ranges: { core: { from: 8000, to: 8099 } }
services:
  api: { port: 9000, range: core }`,
            good: `ranges: { core: { from: 8000, to: 8099 } }
services:
  api: { port: 8000, range: core }`,
        },
        messages: {
            declared: "{service} declares port {port}, outside its range {range} ({from}-{to})",
            allocation: "{service} declares port {port}, outside the allocation of project {project} ({range}, {file}:{line})",
            otherAllocation: "{service} declares port {port}, inside the allocation of project {project} ({range}, {file}:{line})",
        },
    },
    check({ registry }) {
        const reports = [];
        for (const service of registry.services) {
            const allocation = allocationReport(registry, service);
            if (allocation)
                reports.push(allocation);
            const range = service.range;
            if (!range || (service.port >= range.from && service.port <= range.to))
                continue;
            reports.push({
                messageId: "declared",
                data: { service: service.name, port: service.port, range: range.name ?? "[inline]", from: range.from, to: range.to },
                at: service.portAt,
                service: service.name,
                port: service.port,
            });
        }
        return reports;
    },
};
/* harmony default export */ const out_of_range = (out_of_range_rule);

;// CONCATENATED MODULE: ./lib/rules/parse-error.js
// A file Portcullis should read could not be parsed; its ports are unchecked until it can be.
const parse_error_rule = {
    meta: {
        id: "parse-error",
        description: "A file could not be parsed (syntax error, invalid UTF-8, YAML alias bomb)",
        defaultLevel: "error",
        rationale: "A file that cannot be read cannot be checked; saying so beats silently passing.",
        examples: {
            file: `docker-compose.yml`,
            bad: `ports:
  - "8000:8000
`,
            good: `ports:
  - "8000:8000"`,
        },
        messages: { parse: "{message}" },
    },
    check({ problems }) {
        return problems
            .filter((p) => p.kind === "parse-error")
            .map((p) => ({ messageId: "parse", data: { message: p.message }, at: p }));
    },
};
/* harmony default export */ const parse_error = (parse_error_rule);

// EXTERNAL MODULE: ./lib/rules/port-conflict.js
var port_conflict = __webpack_require__(4087);
;// CONCATENATED MODULE: ./lib/rules/port-mismatch.js
// A reference tied to a service uses another port than the registry declares.
function describeRef(ref) {
    return ref.portEnd !== undefined ? `${ref.port}-${ref.portEnd}` : String(ref.port);
}
function port_mismatch_covers(ref, port) {
    return port >= ref.port && port <= (ref.portEnd ?? ref.port);
}
const port_mismatch_rule = {
    meta: {
        id: "port-mismatch",
        description: "A reference attributed to a service uses another port than ports.yaml declares",
        defaultLevel: "error",
        rationale: "Every place a port is written down must agree with ports.yaml, or the next `docker compose up` or deploy uses the wrong one.",
        examples: {
            file: `docker-compose.yml  # ports.yaml: api { port: 8000 }`,
            bad: `api:
  ports: ["127.0.0.1:8001:8000"]`,
            good: `api:
  ports: ["127.0.0.1:8000:8000"]`,
        },
        messages: {
            host: "{service} is declared on port {declared} in ports.yaml, but this uses {used}",
            variable: "{variable} is {service}'s port, declared as {declared} in ports.yaml, but this sets {used}",
            target: "{service}'s container port is declared as {declared} (target), but this uses {used}",
        },
    },
    check({ refs }) {
        const reports = [];
        for (const ref of refs) {
            const service = ref.service;
            // Markdown tables have their own rule (docs-drift) with row-level messages.
            if (!service || ref.family === "markdown")
                continue;
            // Only a reference that names the service (variable, name, folder) can disagree with it;
            // one attributed by its port number agrees by construction.
            if (ref.attributedBy === "port")
                continue;
            const data = { service: service.name, used: describeRef(ref), variable: ref.envVar };
            if (ref.attributedBy === "env" && ref.envVar === service.env) {
                if (!port_mismatch_covers(ref, service.port)) {
                    reports.push({ messageId: "variable", data: { ...data, declared: service.port }, at: ref, service: service.name, port: ref.port });
                }
            }
            else if (ref.side === "host") {
                if (!port_mismatch_covers(ref, service.port)) {
                    reports.push({ messageId: "host", data: { ...data, declared: service.port }, at: ref, service: service.name, port: ref.port });
                }
            }
            else if (service.target !== undefined && !port_mismatch_covers(ref, service.target)) {
                reports.push({ messageId: "target", data: { ...data, declared: service.target }, at: ref, service: service.name, port: ref.port });
            }
        }
        return reports;
    },
};
/* harmony default export */ const port_mismatch = (port_mismatch_rule);

;// CONCATENATED MODULE: ./lib/rules/privileged-port.js
// A service that is not public sits on a port below 1024, which needs root or a capability to bind.
const privileged_port_rule = {
    meta: {
        id: "privileged-port",
        description: "A non-public service on a port below 1024",
        defaultLevel: "info",
        rationale: "Ports below 1024 need root or CAP_NET_BIND_SERVICE; an internal service rarely needs that privilege.",
        examples: {
            file: `ports.yaml`,
            bad: `admin: { port: 81, access: localhost }`,
            good: `admin: { port: 8081, access: localhost }`,
        },
        messages: { privileged: "{service} (access: {access}) uses privileged port {port}; binding it needs root or CAP_NET_BIND_SERVICE" },
    },
    check({ registry }) {
        return registry.services
            .filter((s) => s.access !== "public" && s.port < 1024)
            .map((s) => ({ messageId: "privileged", data: { service: s.name, access: s.access, port: s.port }, at: s.portAt, service: s.name, port: s.port }));
    },
};
/* harmony default export */ const privileged_port = (privileged_port_rule);

;// CONCATENATED MODULE: ./lib/rules/reserved-port.js
// A reserved port or range is declared by a service or used somewhere.
function findReservation(reserved, from, to) {
    return reserved.find((r) => from <= r.to && r.from <= to);
}
function describe(r) {
    const span = r.from === r.to ? String(r.from) : `${r.from}-${r.to}`;
    return r.reason ? `${span} (${r.reason})` : span;
}
const reserved_port_rule = {
    meta: {
        id: "reserved-port",
        description: "A reserved port or range is used",
        defaultLevel: "error",
        rationale: "Reserved ports belong to something outside this repository (another app, a future block); using them invites a collision.",
        examples: {
            file: `ports.yaml`,
            bad: `reserved: [{ port: 3000, reason: Grafana }]
services:
  web: { port: 3000 }`,
            good: `reserved: [{ port: 3000, reason: Grafana }]
services:
  web: { port: 3004 }`,
        },
        messages: {
            service: "{service} declares port {port}, which is reserved: {reservation}",
            ref: "port {port} is reserved: {reservation}",
        },
    },
    check({ registry, refs }) {
        const reports = [];
        if (registry.reserved.length === 0)
            return reports;
        const declared = new Set();
        for (const service of registry.services) {
            const hit = findReservation(registry.reserved, service.port, service.port);
            if (!hit)
                continue;
            declared.add(service.name);
            reports.push({
                messageId: "service",
                data: { service: service.name, port: service.port, reservation: describe(hit) },
                at: service.portAt,
                service: service.name,
                port: service.port,
            });
        }
        for (const ref of refs) {
            if (ref.side !== "host" || ref.family === "markdown")
                continue;
            // The registry finding already covers a service that declares the reserved port.
            if (ref.service && declared.has(ref.service.name) && ref.port === ref.service.port)
                continue;
            const hit = findReservation(registry.reserved, ref.port, ref.portEnd ?? ref.port);
            if (!hit)
                continue;
            reports.push({ messageId: "ref", data: { port: ref.port, reservation: describe(hit) }, at: ref, service: ref.service?.name, port: ref.port });
        }
        return reports;
    },
};
/* harmony default export */ const reserved_port = (reserved_port_rule);

;// CONCATENATED MODULE: ./lib/rules/unknown-port.js
// A host port is used that no service, range or reservation of the registry declares.
function isDeclared(registry, from, to) {
    const inside = (a, b) => from <= b && a <= to;
    return (registry.services.some((s) => inside(s.port, s.port) || (s.fallback !== undefined && inside(s.fallback[0], s.fallback[1]))) ||
        // Another project's port (from a host or fleet registry) is declared, just not ours: a clash
        // with it is port-conflict's to report, not a second warning here.
        (registry.otherProjectServices ?? []).some((s) => inside(s.port, s.port)) ||
        [...registry.ranges.values()].some((r) => inside(r.from, r.to)) ||
        registry.reserved.some((r) => inside(r.from, r.to)));
}
const unknown_port_rule = {
    meta: {
        id: "unknown-port",
        description: "A port is used that no service, range or reservation declares",
        defaultLevel: "warn",
        rationale: "A port nobody declared is a collision waiting to happen: the registry cannot protect what it does not know.",
        examples: {
            file: `docker-compose.yml  # no service declares 9999`,
            bad: `debug:
  ports: ["127.0.0.1:9999:9999"]`,
            good: `# ports.yaml
services:
  debug: { port: 9999 }`,
        },
        messages: {
            unknown: "port {port} is not declared in ports.yaml (no service, range or reservation covers it)",
            unknownNamed: "port {port} of {name} is not declared in ports.yaml (no service, range or reservation covers it)",
        },
    },
    check({ registry, refs }) {
        const reports = [];
        for (const ref of refs) {
            // Container-side ports are private to the container network; docs rows have docs-drift.
            if (ref.service || ref.side !== "host" || ref.family === "markdown")
                continue;
            // In code, only a process listening claims a port; a client address in a test or a
            // default argument is not an allocation the registry should have to know about.
            if (ref.family === "source" && ref.kind !== "listen")
                continue;
            if (isDeclared(registry, ref.port, ref.portEnd ?? ref.port))
                continue;
            const name = ref.meta?.composeService ?? ref.name;
            reports.push({
                messageId: name ? "unknownNamed" : "unknown",
                data: { port: ref.portEnd !== undefined ? `${ref.port}-${ref.portEnd}` : ref.port, name },
                at: ref,
                port: ref.port,
            });
        }
        return reports;
    },
};
/* harmony default export */ const unknown_port = (unknown_port_rule);

;// CONCATENATED MODULE: ./lib/rules/unquoted-port.js
// A compose short-syntax mapping written as a bare YAML scalar.
const unquoted_port_rule = {
    meta: {
        id: "unquoted-port",
        description: "A compose port mapping written as a bare YAML scalar",
        defaultLevel: "warn",
        rationale: "YAML 1.1 reads `- 22:22` as the base-60 number 1342; quote every mapping so every parser agrees.",
        examples: {
            file: `docker-compose.yml`,
            bad: `ports:
  - 22:22`,
            good: `ports:
  - "22:22"`,
        },
        messages: { unquoted: "quote this port mapping (\"{text}\"): YAML 1.1 parsers may read an unquoted a:b as a base-60 number" },
    },
    check({ refs }) {
        const reports = [];
        const seen = new Set();
        for (const ref of refs) {
            if (ref.family !== "compose" || !ref.meta?.unquoted)
                continue;
            const scalar = typeof ref.meta.scalarText === "string" ? ref.meta.scalarText : undefined;
            // One mapping yields a host and a container ref; report the mapping once.
            const key = `${ref.file}:${ref.line}:${scalar ?? ""}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            reports.push({ messageId: "unquoted", data: { text: scalar ?? "host:container" }, at: ref, service: ref.service?.name, port: ref.port });
        }
        return reports;
    },
};
/* harmony default export */ const unquoted_port = (unquoted_port_rule);

// EXTERNAL MODULE: ./lib/engine/order.js
var order = __webpack_require__(3138);
;// CONCATENATED MODULE: ./lib/rules/index.js
// The rule catalog: id → rule, sorted by id. Adding a rule is one file here plus one line below.
















const rules_all = [
    docs_drift,
    env_template_drift,
    env_var_mismatch,
    ephemeral_port,
    exposed_binding/* default */.A,
    hardcoded_port,
    invalid_port,
    out_of_range,
    parse_error,
    port_conflict/* default */.A,
    port_mismatch,
    privileged_port,
    reserved_port,
    unknown_port,
    unquoted_port,
];
const rules = new Map([...rules_all].sort((a, b) => (0,order/* compareText */.n)(a.meta.id, b.meta.id)).map((rule) => [rule.meta.id, rule]));
const ruleMetas = [...rules.values()].map((rule) => rule.meta);


/***/ }),

/***/ 4087:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _engine_hosts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5337);
/* harmony import */ var _registry_projects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1765);
// Two services claim the same port: in the registry, as compose host bindings across files, or
// against another project of the same host (services and allocations from host or fleet registries).



/** Ranges larger than this are not expanded port by port (they are compared as intervals). */
function overlaps(a, b) {
    return a.port <= (b.portEnd ?? b.port) && b.port <= (a.portEnd ?? a.port);
}
/** `8000` for TCP (the usual case), `53/udp` otherwise. */
function portWithProtocol(port, protocol) {
    return protocol === "tcp" ? String(port) : `${port}/${protocol}`;
}
/** A service of another project, for the messages naming it. */
function projectClash(service, other, project) {
    return {
        messageId: "project",
        data: {
            service: service.name,
            port: portWithProtocol(service.port, service.protocol),
            project,
            otherFile: other.portAt.file,
            otherLine: other.portAt.line,
        },
        at: service.portAt,
        service: service.name,
        port: service.port,
    };
}
/** Two services of this registry on one port+protocol (projects apart only if they share a host). */
function registryConflicts(registry, reports) {
    const services = registry.services;
    for (let i = 0; i < services.length; i++) {
        for (let j = 0; j < i; j++) {
            const a = services[i];
            const b = services[j];
            if (a.port !== b.port || a.protocol !== b.protocol)
                continue;
            if (a.project !== undefined && b.project !== undefined && a.project !== b.project) {
                // Projects on different hosts may use the same port; the repository's own file takes the finding.
                if (!(0,_registry_projects_js__WEBPACK_IMPORTED_MODULE_1__/* .shareHost */ .kg)(registry, a.project, b.project))
                    continue;
                const [here, there] = a.source === registry.file || b.source !== registry.file ? [a, b] : [b, a];
                reports.push(projectClash(here, there, there.project));
                break;
            }
            const sameFile = a.portAt.file === b.portAt.file;
            reports.push({
                messageId: sameFile ? "registry" : "registryInherited",
                data: { service: a.name, port: a.port, protocol: a.protocol, other: b.name, otherLine: b.portAt.line, otherFile: b.portAt.file },
                at: a.portAt,
                service: a.name,
                port: a.port,
            });
            break;
        }
    }
}
/**
 * This repository's services on a port another project of a shared host declares. Only services
 * the repository owns (its own file's, or its project's) are judged: a clash between two inherited
 * registries is theirs to fix.
 */
function otherProjectConflicts(registry, reports) {
    const others = registry.otherProjectServices ?? [];
    if (others.length === 0)
        return;
    for (const service of registry.services) {
        if (service.source !== registry.file && service.project !== registry.project)
            continue;
        const mine = service.project ?? registry.project;
        const other = others.find((o) => o.port === service.port && o.protocol === service.protocol && (0,_registry_projects_js__WEBPACK_IMPORTED_MODULE_1__/* .shareHost */ .kg)(registry, mine, o.project));
        if (other)
            reports.push(projectClash(service, other, other.project));
    }
}
/** A port bound in this repository (not attributed to one of its services) that another project of a shared host declares. */
function boundOtherProjectPorts(registry, refs, reports) {
    const others = registry.otherProjectServices ?? [];
    if (others.length === 0)
        return;
    for (const ref of refs) {
        if (ref.service || ref.side !== "host" || (ref.kind !== "publish" && ref.kind !== "listen"))
            continue;
        const other = others.find((o) => o.protocol === ref.protocol && o.port >= ref.port && o.port <= (ref.portEnd ?? ref.port) && (0,_registry_projects_js__WEBPACK_IMPORTED_MODULE_1__/* .shareHost */ .kg)(registry, registry.project, o.project));
        if (!other)
            continue;
        reports.push({
            messageId: "projectRef",
            data: { port: portWithProtocol(other.port, other.protocol), project: other.project, otherFile: other.portAt.file, otherLine: other.portAt.line },
            at: ref,
            port: other.port,
        });
    }
}
/** Two allocations of one host that overlap, reported where this registry's own file declares one. */
function allocationOverlaps(registry, reports) {
    const allocations = [...(registry.projects?.values() ?? [])];
    for (let i = 0; i < allocations.length; i++) {
        for (let j = 0; j < allocations.length; j++) {
            if (i === j)
                continue;
            const a = allocations[i];
            const b = allocations[j];
            // Each overlapping pair once: at the later one, or at the one this file declares.
            const reportHere = a.at.file === registry.file && (b.at.file !== registry.file || j < i);
            if (!reportHere)
                continue;
            if (a.range[0] > b.range[1] || b.range[0] > a.range[1] || !(0,_registry_projects_js__WEBPACK_IMPORTED_MODULE_1__/* .shareHost */ .kg)(registry, a.name, b.name))
                continue;
            reports.push({
                messageId: "allocation",
                data: { project: a.name, range: (0,_registry_projects_js__WEBPACK_IMPORTED_MODULE_1__/* .allocationSpan */ .vE)(a), other: b.name, otherRange: (0,_registry_projects_js__WEBPACK_IMPORTED_MODULE_1__/* .allocationSpan */ .vE)(b), otherFile: b.at.file, otherLine: b.at.line },
                at: a.at,
                port: Math.max(a.range[0], b.range[0]),
            });
            break;
        }
    }
}
/** Compose files in one folder form one project; a service in an override file is the same service. */
function composeOwner(ref) {
    return `${node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(ref.file)}::${ref.meta?.composeService ?? ref.name ?? ref.file}`;
}
const rule = {
    meta: {
        id: "port-conflict",
        description: "Two services claim the same port and protocol",
        defaultLevel: "error",
        rationale: "Only one process can bind a port: the second fails with \"port is already allocated\", usually at the worst moment.",
        examples: {
            file: `ports.yaml`,
            bad: `api:    { port: 8000 }
admin:  { port: 8000 }`,
            good: `api:    { port: 8000 }
admin:  { port: 8001 }`,
        },
        messages: {
            registry: "{service} declares port {port}/{protocol}, already declared by {other} (line {otherLine})",
            registryInherited: "{service} declares port {port}/{protocol}, already declared by {other} ({otherFile}:{otherLine})",
            project: "{service} declares port {port}, already declared by project {project} ({otherFile}:{otherLine})",
            projectRef: "port {port} is already declared by project {project} ({otherFile}:{otherLine}), which shares a host with this one",
            allocation: "project {project} is allocated {range}, overlapping project {other} ({otherRange}, {otherFile}:{otherLine}) on a shared host",
            compose: "{owner} publishes {port}/{protocol}, which {other} also publishes in {otherFile}:{otherLine}",
            composeProjects: "{owner} publishes {port}/{protocol}, which {other} of another compose project also publishes in {otherFile}:{otherLine}; they collide when both run on one host",
        },
    },
    check({ registry, refs }) {
        const reports = [];
        registryConflicts(registry, reports);
        otherProjectConflicts(registry, reports);
        boundOtherProjectPorts(registry, refs, reports);
        allocationOverlaps(registry, reports);
        const published = refs.filter((ref) => ref.family === "compose" && ref.kind === "publish");
        const owners = published.map(composeOwner);
        for (let i = 0; i < published.length; i++) {
            const ref = published[i];
            // Both ends of a clash are reported, each naming the other: a check limited to the changed
            // files (a pre-commit hook, a pull request) must see the clash whichever side changed.
            // (The cheap comparisons first: every pair is looked at.)
            const clash = published.find((other, j) => other.protocol === ref.protocol &&
                overlaps(other, ref) &&
                other !== ref &&
                owners[j] !== owners[i] &&
                (0,_engine_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .hostsOverlap */ .vq)(other.host ?? "", ref.host ?? ""));
            if (!clash)
                continue;
            // Two compose projects (folders) collide only when both run on one host: likely, not certain.
            const sameProject = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(clash.file) === node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(ref.file);
            reports.push({
                messageId: sameProject ? "compose" : "composeProjects",
                ...(sameProject ? {} : { level: "warn" }),
                data: {
                    owner: ref.meta?.composeService ?? ref.name ?? "a service",
                    other: clash.meta?.composeService ?? clash.name ?? "another service",
                    port: ref.port,
                    protocol: ref.protocol,
                    otherFile: clash.file,
                    otherLine: clash.line,
                },
                at: ref,
                service: ref.service?.name,
                port: ref.port,
            });
        }
        return reports;
    },
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (rule);


/***/ }),

/***/ 8089:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ registryCacheDir),
/* harmony export */   K: () => (/* binding */ loadRegistryCached)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8877);
/* harmony import */ var _cache_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8435);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6889);
/* harmony import */ var _registry_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9395);
/* harmony import */ var _engine_scan_cache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8970);
// A content-addressed cache of loaded registries for the pre-commit path: the hook runs on every
// commit against the same ports.yaml, so YAML parsing and schema compilation are paid once per content.







/** Entries kept; the oldest go when a write finds more. */
const MAX_ENTRIES = 64;
/** Where the cache lives (see cache-dir.ts); undefined when caching is off. */
const registryCacheDir = _cache_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .cacheDir */ .e8;
/** This build of the code: a rebuilt loader must not read entries an older one wrote. */
const buildId = () => (0,_engine_scan_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSignature */ .yJ)();
/**
 * loadRegistry, answered from the cache when the root file and everything it extends read the
 * same as when the entry was written. Only successful loads are stored; errors always come from
 * a real load. Unreadable or unwritable caches are ignored.
 */
async function loadRegistryCached(configPath, options) {
    const { cacheDir, ...loadOptions } = options;
    const readText = loadOptions.readText;
    // A cached registry decides what is reported: only trusted from a folder nobody else can write.
    if (!cacheDir || !readText || !(0,_cache_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .privateOrAbsent */ .ob)(cacheDir))
        return (0,_registry_load_js__WEBPACK_IMPORTED_MODULE_5__/* .loadRegistry */ .Ag)(configPath, loadOptions);
    const root = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(loadOptions.root);
    const configAbs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, configPath);
    const rootText = await readText(configAbs);
    if (rootText === undefined)
        return (0,_registry_load_js__WEBPACK_IMPORTED_MODULE_5__/* .loadRegistry */ .Ag)(configPath, loadOptions);
    const key = (0,_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .f)(JSON.stringify([buildId(), root, configAbs, loadOptions.allowOutside ?? false, (0,_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .f)(rootText)]));
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(cacheDir, `registry-${key}.v8`);
    const cached = readEntry(file);
    if (cached && (await sourcesUnchanged(cached, readText)))
        return cached.registry;
    const read = new Map();
    const registry = await (0,_registry_load_js__WEBPACK_IMPORTED_MODULE_5__/* .loadRegistry */ .Ag)(configPath, {
        ...loadOptions,
        readText: async (absolute) => {
            const text = absolute === configAbs ? rootText : await readText(absolute);
            read.set(absolute, text);
            return text;
        },
    });
    // Only what was read through readText is checked on use: a registry that extends one on GitHub
    // (fetched, not read) would never notice that file change, so it is not stored.
    if ([...read.values()].every((text) => text !== undefined && !text.includes("github:"))) {
        const sources = [...read].map(([source, text]) => ({ file: source, hash: (0,_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .f)(text) }));
        writeEntry(cacheDir, file, { sources, registry });
    }
    return registry;
}
function readEntry(file) {
    try {
        const entry = node_v8__WEBPACK_IMPORTED_MODULE_2__.deserialize((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file));
        return Array.isArray(entry?.sources) && entry.registry ? entry : undefined;
    }
    catch {
        return undefined;
    }
}
async function sourcesUnchanged(entry, readText) {
    const texts = await Promise.all(entry.sources.map((source) => readText(source.file).catch(() => undefined)));
    return texts.every((text, i) => text !== undefined && (0,_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .f)(text) === entry.sources[i].hash);
}
/** A cache that cannot be written only costs time. */
function writeEntry(dir, file, entry) {
    if ((0,_cache_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .writeCacheFile */ .kX)(file, () => node_v8__WEBPACK_IMPORTED_MODULE_2__.serialize(entry)))
        (0,_cache_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .pruneOldest */ .KE)(dir, MAX_ENTRIES, (name) => name.startsWith("registry-") && name.endsWith(".v8"));
}


/***/ })

};
;