// Does an identifier, key, flag or variable name say "port"? Names are split into words
// (`apiPort`, `API_PORT`, `http-port`, `server.port`), so `report`, `export`, `support`,
// `transport` and `viewport` never qualify, and hardware ports (`serialPort`) are left out.

/** Words of a name: camelCase, snake_case, kebab-case and dotted parts, lowercased. */
export function nameWords(name: string): string[] {
  return name
    .replace(/^[-$@:]+/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[\s_.\-]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** Ports that are not network ports, or bounds rather than ports. */
const NOT_NETWORK = new Set([
  "serial", "com", "usb", "view", "gpio", "midi", "audio", "pin", "i2c", "spi", "uart", "hdmi", "display",
  "lpt", "parallel", "phy", "physical", "in", "out", "input", "output", "io", "max", "min", "lower", "upper",
  "limit", "range",
  // Error-code tables: `ER_SLAVE_MULTIPLE_CHANNELS_HOST_PORT = 3075`.
  "er", "err", "error", "errno",
  // Negations: `IP_BIND_ADDRESS_NO_PORT = 24` is a socket option, `…_UNSUPPORTED_PORT = 73` an enum.
  "no", "non", "unsupported",
]);

const NUMBER_SUFFIX = new Set(["number", "num", "no", "nr"]);

export function isPortName(name: string): boolean {
  const words = nameWords(name);
  if (words.length === 0) return false;
  let last = words.length - 1;
  if (NUMBER_SUFFIX.has(words[last]!) && last > 0) last--;
  if (words[last] !== "port") return false;
  for (let i = 0; i < last; i++) if (NOT_NETWORK.has(words[i]!)) return false;
  return true;
}

/** `API_PORT`: the way environment variables are named. */
export const isEnvName = (name: string): boolean => /^[A-Z][A-Z0-9_]*$/.test(name);
