"use strict";
/**
 * Runs the compiled command line in a child process so the hostile-input tests can bound its memory
 * (`node --max-old-space-size=256 bounded-runner.js <report.json> <args…>`). The CLI's own stdout and stderr
 * pass through untouched; peak memory goes to the report file so it never mixes with them.
 */
const { readFileSync, writeFileSync } = require("node:fs");
const path = require("node:path");

const [report, ...argv] = process.argv.slice(2);
const { run } = require(path.join(__dirname, "..", "..", "dist", "node", "cli", "main.js"));

/**
 * Peak resident memory of this program, array buffers included. Linux's VmHWM belongs to the program's own memory
 * map; getrusage's maxRSS (resourceUsage) also keeps the high-water mark of the process before exec — the test
 * runner that spawned it — so it serves only where /proc is missing.
 */
function peakRss() {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]) * 1024;
  } catch {
    // no /proc (macOS): maxRSS below
  }
  return process.resourceUsage().maxRSS * 1024;
}

run(argv).then((code) => {
  writeFileSync(report, JSON.stringify({ code, maxRssBytes: peakRss() }));
  process.exitCode = code;
});
