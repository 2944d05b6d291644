#!/usr/bin/env node
"use strict";
// Entry point of `npx beschlussreif`: runs the compiled command line from dist/ (built by `npm run build`).
const path = require("node:path");

let cli;
try {
  cli = require(path.join(__dirname, "..", "dist", "node", "cli", "main.js"));
} catch {
  process.stderr.write("beschlussreif: Bitte zuerst `npm run build` ausführen.\n");
  process.exit(2);
}
cli.run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
