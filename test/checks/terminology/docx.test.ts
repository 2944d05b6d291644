import { readFileSync } from "fs";
import path from "path";
import { DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, TextRun, type ParagraphChild } from "docx";
import { checkTerminology, replacementsFor } from "../../../src/checks/terminology";
import { readDocx } from "../../../src/docx";

const SAMPLES = path.resolve(__dirname, "../../../../shared/samples");
const REVISION = { author: "Kreis Musterland", date: "2025-03-14T10:00:00Z" };

/** "[-x-]" is a tracked deletion, "[+x+]" a tracked insertion, the rest plain text. */
async function buildDocx(paragraphs: readonly string[]): Promise<Uint8Array> {
  let id = 1;
  const children = paragraphs.map((spec) => new Paragraph({
    children: spec.split(/(\[-.*?-\]|\[\+.*?\+\])/u).filter((s) => s.length > 0).map((part): ParagraphChild => {
      if (part.startsWith("[-")) return new DeletedTextRun({ text: part.slice(2, -2), id: id++, ...REVISION });
      if (part.startsWith("[+")) return new InsertedTextRun({ text: part.slice(2, -2), id: id++, ...REVISION });
      return new TextRun(part);
    }),
  }));
  const doc = new Document({ creator: "Kreis Musterland", sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe("terminology on .docx files", () => {
  it("judges tracked changes in the final view: deleted variants never trigger", async () => {
    const model = readDocx(await buildDocx([
      "Der Kreis Musterland nutzt das Potenzial der Digitalisierung.",
      "Das [-Potential-][+Potenzial+] wächst mit jeder Smart Region.",
      "Die [-SmartRegion-][+Smart Region+] verbindet; die WFC berät.",
      "Die [-wfc-]WFC lädt ein, [-Mitarbeiter*innen und -]Mitarbeiterinnen und Mitarbeiter kommen.",
    ]));
    expect(checkTerminology(model).groups).toEqual([]);
  });

  it("finds variants added by a tracked insertion, at final-view offsets", async () => {
    const model = readDocx(await buildDocx([
      "Die Smart Region wächst, die Smart Region verbindet.",
      "Der Ausbau der [+Smart-Region+] beginnt.",
    ]));
    const { groups } = checkTerminology(model, { defaultGlossary: false });
    expect(groups).toHaveLength(1);
    expect(groups[0].variants.map((v) => [v.form, v.count])).toEqual([["Smart Region", 2], ["Smart-Region", 1]]);
    expect(replacementsFor(groups[0], "Smart Region")).toEqual([{ paragraph: 1, start: 15, end: 27, replacement: "Smart Region" }]);
  });

  describe("sample strategie-entwurf1.docx", () => {
    const model = readDocx(new Uint8Array(readFileSync(path.join(SAMPLES, "strategie-entwurf1.docx"))));

    it("flags Start-ups beside Startups through the default glossary", () => {
      const { groups } = checkTerminology(model);
      const g = groups.find((x) => x.id === "glossary:start-up")!;
      expect(g.variants.map((v) => [v.form, v.count, v.places.map((p) => p.text)])).toEqual([
        ["Start-up", 1, ["Start-ups"]],
        ["Startup", 1, ["Startups"]],
      ]);
      expect(replacementsFor(g, "Start-up").map((r) => r.replacement)).toEqual(["Start-ups"]);
    });

    it("flags Start-ups beside Startups as a compound variant without a glossary", () => {
      const { groups } = checkTerminology(model, { defaultGlossary: false });
      expect(groups.find((x) => x.kind === "compound")?.variants.map((v) => v.form)).toEqual(["Start-ups", "Startups"]);
    });

    it("reports the mixed gendered forms and the party name, nothing from the Inhaltsverzeichnis", () => {
      const { groups, findings } = checkTerminology(model);
      expect(groups.map((g) => g.id).sort()).toEqual(["glossary:bündnis 90/die grünen", "glossary:start-up", "variant:gender:mitarbeiter"]);
      const toc = new Set(model.paragraphs.filter((p) => p.builtInStyle.startsWith("Toc")).map((p) => p.index));
      for (const g of groups) for (const v of g.variants) for (const p of v.places) expect(toc.has(p.paragraph)).toBe(false);
      expect(findings.every((f) => f.location.section !== null)).toBe(true);
    });
  });
});
