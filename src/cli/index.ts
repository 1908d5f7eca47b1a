#!/usr/bin/env node
// The `portcullis` executable.
import { main } from "./main.js";

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
