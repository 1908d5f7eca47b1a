// The Action's entry point (bundled to dist/action/index.js): it only starts the run.
// (No top-level await: the bundler then emits `node:` built-ins as plain `require`, which ESM lacks.)

import { run } from "./main.js";

void run();
