// Preloaded into benchmarked processes: reports peak RSS (KiB) on exit to the file in PORTCULLIS_RSS_FILE.
const { appendFileSync } = require("node:fs");
process.on("exit", () => {
  if (process.env.PORTCULLIS_RSS_FILE) appendFileSync(process.env.PORTCULLIS_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
});
