#!/usr/bin/env node
/**
 * Writes assets/demo/demo-strategie.docx: the project's own demo draft for the fictional Kreis Musterland.
 * It shows what Beschlussreif works on: a typed Inhaltsverzeichnis that has drifted (goal "IV. Mobilität"
 * is missing in it, so later numbers are off), amendments as tracked changes with legacy proposer notes,
 * a comment thread, the Teilhabebeirat's pink question and pink addition, and terminology variants.
 * Output is reproducible: fixed dates, fixed core-property times and fixed zip entry times.
 *
 * Usage: node scripts/make-demo-doc.js [out.docx]
 */
"use strict";
// Zip entry times are stored in local time; pin the zone so every machine writes the same bytes.
process.env.TZ = "UTC";

const fs = require("fs");
const path = require("path");
const { unzipSync, zipSync, strFromU8, strToU8 } = require("fflate");
const {
  AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, HeadingLevel,
  InsertedTextRun, LevelFormat, Packer, Paragraph, Tab, TabStopType, TextRun,
} = require("docx");

const OUT = path.resolve(__dirname, "../assets/demo/demo-strategie.docx");
const CREATED = "2025-02-13T08:00:00Z";
const MODIFIED = "2025-03-20T16:45:00Z";
const KV = { author: "Kreisverwaltung Musterland", initials: "KV" };
const THB = { author: "Teilhabebeirat", initials: "THB" };
const PINK = "FF00FF";

/** Comments take a Date; tracked changes take the ISO text as written into w:date (docx writes it as given). */
const at = (iso) => new Date(iso);
const text = (t, options = {}) => new TextRun({ text: t, ...options });
const body = (...children) => new Paragraph({ children: children.map((c) => (typeof c === "string" ? text(c) : c)) });
const bullet = (...children) => new Paragraph({ numbering: { reference: "aufzaehlung", level: 0 }, children: children.map((c) => (typeof c === "string" ? text(c) : c)) });
const h1 = (t) => new Paragraph({ heading: HeadingLevel.HEADING_1, text: t });
const h2 = (t) => new Paragraph({ heading: HeadingLevel.HEADING_2, text: t });
const toc = (level, label, title, page) => new Paragraph({
  style: `Verzeichnis${level}`,
  children: [new TextRun({ children: [label, new Tab(), title, new Tab(), String(page)] })],
});

let revision = 100;
const ins = (t, who, date, options = {}) => new InsertedTextRun({ text: t, id: revision++, author: who.author, date, ...options });
const del = (t, who, date) => new DeletedTextRun({ text: t, id: revision++, author: who.author, date });
/** Runs inside a comment's range, then its reference mark. */
const commented = (id, ...runs) => [new CommentRangeStart(id), ...runs, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];
const comment = (id, who, date, t, extra = {}) => ({ id, ...who, date: at(date), children: [new Paragraph(t)], ...extra });

const comments = [
  comment(1, KV, "2025-03-14T15:20:00Z", "Antrag der SPD-Kreistagsfraktion vom 14.03.2025"),
  comment(2, KV, "2025-03-12T10:05:00Z", "Antrag der CDU-Kreistagsfraktion vom 05.03.2025, im Kreisausschuss vom 11.03.2025 abgelehnt"),
  comment(3, { author: "Kämmerei", initials: "KÄ" }, "2025-03-10T09:15:00Z", "Sind die Mittel für das Förderprogramm im Haushaltsentwurf 2026 enthalten?"),
  comment(4, { author: "Stabsstelle Kreisentwicklung", initials: "SK" }, "2025-03-10T14:40:00Z", "Ja, sie sind im Teilplan Wirtschaftsförderung veranschlagt.", { parentId: 3 }),
  comment(5, THB, "2025-03-11T18:03:00Z", "Sind hier auch Spielgeräte gemeint, die Kinder im Rollstuhl oder mit Sehbehinderung nutzen können?"),
  comment(6, KV, "2025-03-17T11:30:00Z", "Vorschlag der Abteilung 62 (Vermessung und Geodaten) vom 17.03.2025"),
];

const children = [
  new Paragraph({ heading: HeadingLevel.TITLE, text: "Strategische Ziele des Kreises Musterland – 2. Entwurf" }),
  body("Stand: 20.03.2025. Bearbeitung: Stabsstelle Kreisentwicklung."),
  body("Hinweise zur Fassung: Änderungen gegenüber dem 1. Entwurf sind als nachverfolgte Änderungen eingetragen. "
    + "Vorschläge des Teilhabebeirats stehen in pinker Schrift, seine Fragen sind pink markiert."),

  new Paragraph({ style: "Inhaltsverzeichnisberschrift", text: "Inhaltsverzeichnis" }),
  toc(1, "A.", "Einleitung", 2),
  toc(1, "B.", "Strategische Ziele", 3),
  toc(2, "I.", "Wirtschaft und Arbeit", 3),
  toc(2, "II.", "Bildung und Qualifizierung", 4),
  toc(2, "III.", "Gesundheit und Pflege", 5),
  // "IV. Mobilität" was added to the body after the list was typed; the later entries keep their old numbers.
  toc(2, "IV.", "Teilhabe und Inklusion", 6),
  toc(2, "V.", "Digitalisierung und Smart Region", 7),
  toc(1, "C.", "Umsetzung und Controlling", 8),

  h1("A. Einleitung"),
  body("Der Kreis Musterland gibt sich mit diesem Papier Ziele für die kommenden zehn Jahre. "
    + "Sie sind Leitlinie für Verwaltung, Ausschüsse und Kreistag und werden jährlich überprüft."),
  body("Jedes Ziel beginnt mit einem kurzen Einleitungstext und nennt danach die Vorhaben als Aufzählung. "
    + "Die Abschnitte sollen ungefähr gleich lang sein."),

  h1("B. Strategische Ziele"),
  h2("I. Wirtschaft und Arbeit"),
  body("Der Kreis Musterland ist ein starker Standort für Handwerk, Mittelstand und Landwirtschaft. "
    + "Das Potential der Region soll ",
  ...commented(1, ins("gemeinsam mit den Städten und Gemeinden ", KV, "2025-03-14T15:18:00Z")),
  "besser genutzt werden."),
  bullet("Gründerinnen und Gründer erhalten eine Erstberatung aus einer Hand."),
  bullet(...commented(3, text("Ein Förderprogramm unterstützt Betriebe bei der Fachkräftegewinnung."))),
  bullet("Gewerbeflächen werden ", del("vorrangig ", KV, "2025-03-12T10:01:00Z"), ins("flächensparend ", KV, "2025-03-12T10:01:00Z"),
    "entwickelt (Änderungsantrag Bündnis 90/Die Grünen vom 09.03.2025, Zustimmung im AfSG vom 12.03.2025)."),

  h2("II. Bildung und Qualifizierung"),
  body("Gute Bildung ist die Grundlage für Teilhabe und Wohlstand. Der Kreis nutzt das Potenzial seiner Schulen "
    + "und Bildungsträger und baut die Zusammenarbeit mit der Wirtschaft aus."),
  bullet("Die Berufsorientierung an allen weiterführenden Schulen wird gestärkt."),
  bullet("Die Volkshochschule bietet mehr Kurse zu digitalen Grundkenntnissen an."),
  bullet(...commented(2, del("Ein zusätzliches Schulzentrum wird geplant.", KV, "2025-03-12T10:04:00Z"))),

  h2("III. Gesundheit und Pflege"),
  body("Alle Menschen im Kreis sollen eine hausärztliche Versorgung in erreichbarer Nähe finden. "
    + "Pflegebedürftige und ihre Angehörigen werden wohnortnah beraten."),
  bullet("Die Pflegeberatung ist telefonisch und per E-Mail erreichbar."),
  bullet("Der Kreis wirbt gezielt um Ärztinnen und Ärzte für ländliche Orte."),

  h2("IV. Mobilität"),
  body("Bus, Bahn, Rad und Auto sollen sich im Kreis Musterland gut ergänzen. Wege müssen sicher und bezahlbar sein."),
  bullet("Der Takt der Schnellbuslinien wird in den Hauptzeiten verdichtet."),
  bullet("Neue Radwege verbinden die Ortsteile mit den Bahnhöfen",
    ...commented(6, ins(" und werden digital erfasst", KV, "2025-03-17T11:28:00Z")), "."),

  h2("V. Teilhabe und Inklusion"),
  body("Der Kreis Musterland setzt sich für eine Gesellschaft ein, in der alle Menschen gleichberechtigt teilhaben können. "
    + "Die Belange von Menschen mit Behinderungen werden bei allen Planungen früh berücksichtigt."),
  bullet("Beim Neubau von Spielplätzen werden ", ...commented(5, text("inklusive Spielgeräte", { highlight: "magenta" })), " eingeplant."),
  bullet("Informationen der Kreisverwaltung erscheinen verständlich",
    ins(" und in Leichter Sprache", THB, "2025-03-11T18:10:00Z", { color: PINK }), "."),
  bullet("Der Teilhabebeirat wird bei Vorhaben des Kreises frühzeitig beteiligt."),

  h2("VI. Digitalisierung und Smart Region"),
  body("Als Smart-Region nutzt der Kreis digitale Werkzeuge, um Wege zur Verwaltung zu verkürzen. "
    + "Die Smart Region lebt von der Beteiligung der Bürgerinnen und Bürger."),
  bullet("Anträge können vollständig online gestellt werden; Rückfragen kommen per Email."),
  bullet("Offene Daten des Kreises werden in einem Portal bereitgestellt."),

  h1("C. Umsetzung und Controlling"),
  body("Die Verwaltung berichtet dem Kreistag einmal im Jahr über den Stand der Ziele. "
    + "Kennzahlen zeigen, wo nachgesteuert werden muss."),
];

const doc = new Document({
  title: "Strategische Ziele des Kreises Musterland – 2. Entwurf",
  creator: "Stabsstelle Kreisentwicklung",
  lastModifiedBy: KV.author,
  revision: 2,
  features: { trackRevisions: true },
  comments: { children: comments },
  numbering: {
    config: [{
      reference: "aufzaehlung",
      levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
    }],
  },
  styles: {
    paragraphStyles: [
      { id: "Verzeichnis1", name: "toc 1", basedOn: "Normal", next: "Normal", paragraph: { tabStops: [{ type: TabStopType.LEFT, position: 567 }, { type: TabStopType.RIGHT, position: 9062 }] } },
      { id: "Verzeichnis2", name: "toc 2", basedOn: "Normal", next: "Normal", paragraph: { indent: { left: 284 }, tabStops: [{ type: TabStopType.LEFT, position: 851 }, { type: TabStopType.RIGHT, position: 9062 }] } },
      { id: "Inhaltsverzeichnisberschrift", name: "TOC Heading", basedOn: "Normal", next: "Normal", run: { bold: true, size: 28 } },
    ],
  },
  sections: [{ children }],
});

/** Replaces the writer's "now" in the core properties by fixed times. */
function fixCoreTimes(xml) {
  const set = (s, element, value) => s.replace(new RegExp(`(<${element}[^>]*>)[^<]*(</${element}>)`), `$1${value}$2`);
  return set(set(xml, "dcterms:created", CREATED), "dcterms:modified", MODIFIED);
}

async function main() {
  const out = process.argv[2] ? path.resolve(process.argv[2]) : OUT;
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  files["docProps/core.xml"] = strToU8(fixCoreTimes(strFromU8(files["docProps/core.xml"])));
  const mtime = new Date("2025-03-20T16:45:00Z");
  // [Content_Types].xml first, as Word writes it; some readers expect it there.
  const names = Object.keys(files).sort((a, b) => Number(b === "[Content_Types].xml") - Number(a === "[Content_Types].xml"));
  const entries = Object.fromEntries(names.map((name) => [name, [files[name], { mtime }]]));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, zipSync(entries, { level: 9 }));
  process.stdout.write(`${path.relative(process.cwd(), out)}\n`);
}

main().catch((err) => {
  process.stderr.write(`make-demo-doc: ${err.message}\n`);
  process.exit(1);
});
