// Socket endpoints as lsof and ss print them (`127.0.0.1:80`, `[::1]:80`, `*:80`, `host%iface:53`).

/**
 * `127.0.0.1:80`, `[::1]:80`, `*:80` (wildcard: family from the `t` field, IPv4 when unknown),
 * `127.0.0.53%lo:53` (ss adds the interface) → address, family and port.
 */
export function splitEndpoint(text: string, family?: 4 | 6): { address: string; family: 4 | 6; port: number } | undefined {
  const colon = text.lastIndexOf(":");
  if (colon <= 0) return undefined;
  const portText = text.slice(colon + 1);
  if (!/^\d+$/.test(portText)) return undefined;
  const port = Number(portText);
  if (port < 1 || port > 65535) return undefined;
  let host = text.slice(0, colon);
  if (host.startsWith("[") && host.endsWith("]")) host = host.slice(1, -1);
  const zone = host.indexOf("%");
  if (zone >= 0) host = host.slice(0, zone);
  if (host === "*") {
    const wildFamily = family ?? 4;
    return { address: wildFamily === 6 ? "::" : "0.0.0.0", family: wildFamily, port };
  }
  return { address: host.toLowerCase(), family: host.includes(":") ? 6 : 4, port };
}
