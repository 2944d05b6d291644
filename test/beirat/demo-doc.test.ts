import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { collectBeiratItems } from "../../src/beirat/items";
import { checkBeirat } from "../../src/beirat/check";
import { readDocx } from "../../src/docx";
import { headings } from "../../src/model/outline";
import type { DocumentModel } from "../../src/model/document";

const ROOT = path.resolve(__dirname, "../..");
const SCRIPT = path.join(ROOT, "scripts/make-demo-doc.js");
const COMMITTED = path.join(ROOT, "assets/demo/demo-strategie.docx");

let dir: string;
let bytes: Uint8Array;
let model: DocumentModel;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "demo-doc-"));
  execFileSync(process.execPath, [SCRIPT, path.join(dir, "a.docx")]);
  bytes = new Uint8Array(fs.readFileSync(path.join(dir, "a.docx")));
  model = readDocx(bytes);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("scripts/make-demo-doc.js", () => {
  it("writes the same bytes on every run, equal to the committed demo document", () => {
    execFileSync(process.execPath, [SCRIPT, path.join(dir, "b.docx")], { env: { ...process.env, TZ: "America/New_York" } });
    expect(Buffer.compare(fs.readFileSync(path.join(dir, "b.docx")), Buffer.from(bytes))).toBe(0);
    expect(Buffer.compare(fs.readFileSync(COMMITTED), Buffer.from(bytes))).toBe(0);
    expect(model.properties).toMatchObject({ created: "2025-02-13T08:00:00Z", modified: "2025-03-20T16:45:00Z", title: "Strategische Ziele des Kreises Musterland – 2. Entwurf" });
  });

  it("has typed headings A./I. and a typed TOC in Toc1/Toc2 styles that lacks the goal Mobilität", () => {
    const hs = headings(model);
    expect(hs.map((h) => h.path)).toEqual(["A", "B", "B.I", "B.II", "B.III", "B.IV", "B.V", "B.VI", "C"]);
    const toc = model.paragraphs.filter((p) => p.builtInStyle === "Toc1" || p.builtInStyle === "Toc2");
    expect(toc.map((p) => p.builtInStyle)).toEqual(["Toc1", "Toc1", "Toc2", "Toc2", "Toc2", "Toc2", "Toc2", "Toc1"]);
    expect(toc.map((p) => p.text).join("\n")).not.toContain("Mobilität");
    expect(hs.find((h) => h.title === "Mobilität")?.path).toBe("B.IV");
    expect(model.paragraphs.filter((p) => p.list?.format === "bullet").length).toBeGreaterThanOrEqual(12);
  });

  it("holds tracked amendments, legacy proposer notes, a reply thread and terminology variants", () => {
    expect(model.trackRevisions).toBe(true);
    const kinds = model.trackedChanges.map((c) => [c.kind, c.author]);
    expect(kinds).toContainEqual(["insertion", "Kreisverwaltung Musterland"]);
    expect(kinds).toContainEqual(["deletion", "Kreisverwaltung Musterland"]);
    expect(kinds).toContainEqual(["insertion", "Teilhabebeirat"]);
    const texts = model.comments.map((c) => c.text);
    expect(texts).toContain("Antrag der SPD-Kreistagsfraktion vom 14.03.2025");
    expect(model.paragraphs.some((p) => p.text.includes("(Änderungsantrag Bündnis 90/Die Grünen vom 09.03.2025, Zustimmung im AfSG vom 12.03.2025)"))).toBe(true);
    expect(model.comments.find((c) => c.author === "Kämmerei")?.replies.map((r) => r.author)).toEqual(["Stabsstelle Kreisentwicklung"]);
    const all = model.paragraphs.map((p) => p.text).join("\n");
    for (const variant of ["Potential", "Potenzial", "E-Mail", "Email", "Smart-Region", "Smart Region"]) expect(all).toContain(variant);
  });

  it("holds the Beirat's open pink question and its pink addition", () => {
    const items = collectBeiratItems(model);
    expect(items.map((i) => [i.kind, i.marking, i.section, i.text, i.author, i.state])).toEqual([
      ["question", "highlight", "B.V", "inklusive Spielgeräte", "Teilhabebeirat", "offen"],
      ["addition", "color", "B.V", "und in Leichter Sprache", "Teilhabebeirat", "offen"],
    ]);
    expect(checkBeirat(items).map((f) => f.rule)).toEqual(["beirat/unanswered"]);
  });
});
