"use strict";
// `npm run screenshots:tables`: the first page of each overview of the demo document, as the committee sees it —
// exported as .docx by the compiled renderer (dist/node), turned into a tagged PDF by LibreOffice and into a PNG by
// poppler's pdftoppm — for the README (docs/bilder/uebersicht-*.png). Needs soffice and pdftoppm on the PATH.
const { execFileSync } = require("node:child_process");
const { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const need = (file) => require(path.join(ROOT, "dist", "node", file));
const { readDocx } = need("docx/index.js");
const { analyzeDocument } = need("analysis/index.js");
const { overviewData, renderOverview } = need("overview/index.js");

const SOURCE = path.join(ROOT, "assets", "demo", "demo-strategie.docx");
const OUT = path.join(ROOT, "docs", "bilder");
// A fixed date line, so that the images change only when the tables do.
const DATE = "2025-03-20";
const KINDS = { amendments: "uebersicht-aenderungen", synopse: "uebersicht-synopse", beirat: "uebersicht-beirat" };
const TAGGED_PDF = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}';

async function main() {
  const model = readDocx(new Uint8Array(readFileSync(SOURCE)));
  const analysis = analyzeDocument(model);
  const dir = mkdtempSync(path.join(tmpdir(), "tabellenbilder-"));
  try {
    const files = [];
    for (const [kind, name] of Object.entries(KINDS)) {
      const data = overviewData({ model, amendments: analysis.amendments, beirat: analysis.beirat }, { kind, date: DATE });
      const file = path.join(dir, `${name}.docx`);
      writeFileSync(file, await renderOverview(data, "docx"));
      files.push(file);
    }
    execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/lo`, "--convert-to", TAGGED_PDF, "--outdir", dir, ...files], { stdio: "ignore", timeout: 180_000 });
    for (const name of Object.values(KINDS)) {
      const prefix = path.join(dir, name);
      execFileSync("pdftoppm", ["-png", "-r", "96", "-f", "1", "-l", "1", "-singlefile", `${prefix}.pdf`, prefix]);
      renameSync(`${prefix}.png`, path.join(OUT, `${name}.png`));
      console.log(`docs/bilder/${name}.png`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
