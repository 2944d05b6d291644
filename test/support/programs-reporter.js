"use strict";
/**
 * Ends a jest run with how many tests that need an outside program ran, per program, so a reader of a CI log sees
 * that the browser and LibreOffice checks did run. It counts by the "[needs …]" tag that test/support/programs.ts
 * puts into their titles, and names what was skipped because a program is missing.
 */
const TAG = /\[needs ([^\]]+)\]/;

class ProgramsReporter {
  onRunComplete(_contexts, results) {
    const counts = new Map();
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        const tag = TAG.exec(test.fullName);
        if (!tag) continue;
        for (const label of tag[1].split(", ")) {
          const count = counts.get(label) ?? { ran: 0, failed: 0, skipped: 0 };
          if (test.status === "passed" || test.status === "failed") count.ran++;
          else count.skipped++;
          if (test.status === "failed") count.failed++;
          counts.set(label, count);
        }
      }
    }
    if (counts.size === 0) return;
    const ran = [...counts].map(([label, c]) => `${label} ${c.ran} gelaufen${c.failed ? ` (${c.failed} fehlgeschlagen)` : ""}`);
    const lines = [`Tests mit Programmen: ${ran.join(" · ")}`];
    const skipped = [...counts].filter(([, c]) => c.skipped > 0).map(([label, c]) => `${label} ${c.skipped}`);
    if (skipped.length > 0) lines.push(`Übersprungen, weil das Programm fehlt (mit CI=true ein Fehler): ${skipped.join(" · ")}`);
    // Jest's own summary reporter always runs last, in the same tick: the next tick puts these lines below it.
    setImmediate(() => process.stderr.write(`${lines.join("\n")}\n`));
  }
}

module.exports = ProgramsReporter;
