"use strict";
// Synthetic strategy papers for the benchmark, written with the `docx` package (a Word-compatible writer):
// per page ≈ 20 paragraphs, 2 comments (every 4th with a reply), 5 tracked changes, one heading.
const {
  AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, HeadingLevel,
  InsertedTextRun, Packer, Paragraph, TextRun,
} = require("docx");

const AUTHORS = ["Kreisverwaltung Musterland", "SPD-Kreistagsfraktion", "Teilhabebeirat", "Abt. 62"];
const DATE = "2025-03-14T10:00:00Z";
const SENTENCE =
  "Der Kreis Musterland stärkt die Zusammenarbeit mit den Städten und Gemeinden und nutzt das Potenzial der Digitalisierung für bürgernahe Dienstleistungen.";

function roman(n) {
  const table = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

/** Builds the document's paragraphs and comments for `pages` pages. */
function benchDocument(pages) {
  const children = [new Paragraph({ text: `Strategiepapier mit ${pages} Seiten`, heading: HeadingLevel.TITLE })];
  const comments = [];
  let changeId = 1;
  let commentId = 0;
  children.push(new Paragraph({ children: [new TextRun({ text: "Inhaltsverzeichnis", bold: true })] }));
  for (let page = 1; page <= pages; page++) {
    children.push(new Paragraph({ text: `${roman(page)}.\tZiel ${page}\t${page + 1}`, style: "TOC2" }));
  }
  for (let page = 1; page <= pages; page++) {
    children.push(new Paragraph({ text: `${roman(page)}. Ziel ${page}`, heading: HeadingLevel.HEADING_2 }));
    for (let i = 0; i < 19; i++) {
      const runs = [new TextRun(`${SENTENCE} `)];
      if (i < 5) {
        const author = AUTHORS[(page + i) % AUTHORS.length];
        runs.push(i % 2 === 0
          ? new InsertedTextRun({ text: `Ergänzung ${page}-${i}. `, id: changeId++, author, date: DATE })
          : new DeletedTextRun({ text: `Streichung ${page}-${i}. `, id: changeId++, author, date: DATE }));
      }
      if (i === 7 || i === 13) {
        const id = commentId++;
        comments.push({ id, author: AUTHORS[id % AUTHORS.length], initials: "BR", date: new Date(DATE), children: [new Paragraph(`Anmerkung ${id}: Antrag der SPD-Kreistagsfraktion vom 14.03.2025`)] });
        if (id % 4 === 0) {
          const reply = commentId++;
          comments.push({ id: reply, parentId: id, author: "Kreisverwaltung Musterland", date: new Date(DATE), children: [new Paragraph("Übernommen.")] });
        }
        runs.unshift(new CommentRangeStart(id));
        runs.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
      }
      children.push(new Paragraph({ children: runs, alignment: AlignmentType.LEFT }));
    }
  }
  return new Document({
    creator: "Beschlussreif-Benchmark",
    comments: { children: comments },
    sections: [{ children }],
  });
}

async function benchDocx(pages) {
  return new Uint8Array(await Packer.toBuffer(benchDocument(pages)));
}

module.exports = { benchDocx };
