"use strict";
/**
 * Runs the compiled command line in a child process so the hostile-input tests can bound its memory
 * (`node --max-old-space-size=256 bounded-runner.js <report.json> <args…>`). The CLI's own stdout and stderr
 * pass through untouched; peak memory goes to the report file so it never mixes with them.
 */
const { writeFileSync } = require("node:fs");
const path = require("node:path");

const [report, ...argv] = process.argv.slice(2);
const { run } = require(path.join(__dirname, "..", "..", "dist", "node", "cli", "main.js"));

run(argv).then((code) => {
  // resourceUsage().maxRSS is in KiB: the process's peak resident memory, array buffers included.
  writeFileSync(report, JSON.stringify({ code, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
  process.exitCode = code;
});
