// A CheckResult as two runs that should agree can be compared: the timing, the cache statistics
// and the `suppressed` function (judged by what it hides, the findings) left out.

import type { CheckResult } from "../../src/engine/check.js";

export function comparable(result: CheckResult): unknown {
  const { summary, cacheStats: _stats, suppressed: _suppressed, ...rest } = result;
  return { ...rest, summary: { ...summary, durationMs: 0 } };
}
