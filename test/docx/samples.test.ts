/** The two sample documents, asserted in detail. */
import { readDocx } from "../../src/docx";
import type { DocumentModel } from "../../src/model/document";
import { readShared } from "./helpers";

const headingTexts = (m: DocumentModel): string[] =>
  m.paragraphs.filter((p) => p.outlineLevel !== null).map((p) => `${p.outlineLevel}|${p.list?.label ?? ""}|${p.text}`);

describe("strategie-entwurf1.docx", () => {
  const m = readDocx(readShared("samples/strategie-entwurf1.docx"));

  it("reads the typed table of contents in TOC1/TOC2 styles (no TOC field)", () => {
    const toc = m.paragraphs.filter((p) => p.builtInStyle === "Toc1" || p.builtInStyle === "Toc2");
    expect(toc.length).toBeGreaterThanOrEqual(14);
    expect(toc[0]).toMatchObject({ styleId: "TOC1", builtInStyle: "Toc1", text: "A.\tHandlungsprinzipien\t3", outlineLevel: null });
    expect(toc.filter((p) => p.builtInStyle === "Toc1").map((p) => p.text.split("\t")[0])).toEqual(["A.", "B."]);
    expect(toc.map((p) => p.text.split("\t")[0])).toContain("XIV.");
    expect(m.tocFields).toEqual([]);
  });

  it("reads headings A./I./…/XII. with typed numbers and outline levels", () => {
    expect(headingTexts(m)).toEqual([
      "1||A. Handlungsprinzipien",
      "2||I. Demokratie und Rechtmäßigkeit",
      "2||II. Bürgerorientierung",
      "2||III. Mitarbeiterorientierung",
      "2||IV. Wirtschaftlichkeit, Innovation und Finanzen",
      "2||V. Nachhaltigkeit",
      "1||B. Strategische Ziele",
      "2||I. Wirtschaft und Arbeit",
      "2||XII. Digitalisierung und Smart Region",
    ]);
    const h1 = m.paragraphs.find((p) => p.text === "A. Handlungsprinzipien")!;
    expect(h1).toMatchObject({ styleId: "Heading1", styleName: "heading 1", builtInStyle: "Heading1" });
    expect(m.paragraphs[0]).toMatchObject({ builtInStyle: "Title", text: "Fortschreibung der Strategischen Ziele" });
  });

  it("reads the Teilhabebeirat comment on the magenta-highlighted 'barrierefrei'", () => {
    const beirat = m.comments.find((c) => c.author === "Teilhabebeirat")!;
    expect(beirat).toMatchObject({ initials: "THB", anchorText: "barrierefrei", replies: [], resolved: false, durableId: "3C001EEF" });
    expect(beirat.text).toMatch(/^Gilt „barrierefrei“ auch für Menschen mit Sehbehinderung/);
    const p = m.paragraphs[beirat.anchor!.start.paragraph];
    const run = p.runs.find((r) => r.text === "barrierefrei")!;
    expect(run.format.highlight).toBe("magenta");
    expect(run.commentIds).toEqual([beirat.id]);
    expect(p.text.slice(beirat.anchor!.start.offset, beirat.anchor!.end.offset)).toBe("barrierefrei");
    expect(p.list).toMatchObject({ label: "•", format: "bullet", level: 0 });
  });

  it("reads the insertions and the deletion by Kreisverwaltung Coesfeld with their locations", () => {
    const byKind = (k: string) => m.trackedChanges.filter((t) => t.kind === k);
    expect(byKind("insertion")).toHaveLength(7);
    expect(byKind("deletion")).toHaveLength(1);
    expect(new Set(m.trackedChanges.map((t) => t.author))).toEqual(new Set(["Kreisverwaltung Coesfeld"]));
    for (const t of m.trackedChanges) {
      expect(t.story).toBe("body");
      expect(t.date).toBe("2025-03-14T15:20:00Z");
      const { start, end } = t.location!;
      const p = m.paragraphs[start.paragraph];
      if (t.kind === "insertion") expect(p.text.slice(start.offset, end.offset)).toBe(t.text);
      else {
        expect(end).toEqual(start);
        const run = p.runs.find((r) => r.revision.kind === "deleted")!;
        expect(run.text).toBe(t.text);
        expect(p.originalText.slice(run.originalOffset, run.originalOffset + run.text.length)).toBe(t.text);
      }
    }
    const ins = byKind("insertion").find((t) => t.text === "gleichzeitig")!;
    const p = m.paragraphs[ins.location!.start.paragraph];
    expect(p.originalText).toContain("treibt der Kreis Coesfeld  die Entwicklung");
    expect(p.text).toContain("treibt der Kreis Coesfeld gleichzeitig die Entwicklung");
  });

  it("labels the bullets and reads the properties", () => {
    const bullets = m.paragraphs.filter((p) => p.list);
    expect(bullets.length).toBeGreaterThan(10);
    expect(bullets.every((p) => p.list!.label === "•" && p.builtInStyle === "ListParagraph")).toBe(true);
    expect(m.properties).toMatchObject({ creator: "Kreis Coesfeld", application: "Microsoft Office Word", created: "2025-03-18T08:00:00Z" });
    expect(m.trackRevisions).toBe(true);
  });
});

describe("beschlussvorlage-digitalagentur.docx", () => {
  const m = readDocx(readShared("samples/beschlussvorlage-digitalagentur.docx"));

  it("recognises German style ids and Word's heading numbering I.–IV.", () => {
    expect(headingTexts(m)).toEqual([
      "2|I.|Sachdarstellung",
      "2|II.|Entscheidungsalternativen",
      "2|III.|Auswirkungen / Zusammenhänge (Finanzen, Personal, IT, Klima)",
      "2|IV.|Zuständigkeit für die Entscheidung",
    ]);
    const h = m.paragraphs.find((p) => p.text === "Sachdarstellung")!;
    expect(h).toMatchObject({ styleId: "berschrift2", builtInStyle: "Heading2", list: { numId: "2", level: 1, format: "upperRoman" } });
    expect(m.paragraphs[0]).toMatchObject({ styleId: "Titel", builtInStyle: "Title" });
    expect(m.paragraphs.find((p) => p.text === "Inhalt")).toMatchObject({ builtInStyle: "TocHeading", outlineLevel: null, list: null });
  });

  it("reads the field TOC with 4 entries in Verzeichnis2", () => {
    expect(m.tocFields).toHaveLength(1);
    const [toc] = m.tocFields;
    expect(toc).toMatchObject({ instruction: 'TOC \\o "1-3" \\h \\z \\u', inContentControl: false, dirty: false, isCaptionList: false });
    expect(toc.entries.map((e) => [e.level, e.text])).toEqual([
      [2, "I.\tSachdarstellung\t1"],
      [2, "II.\tEntscheidungsalternativen\t1"],
      [2, "III.\tAuswirkungen / Zusammenhänge (Finanzen, Personal, IT, Klima)\t2"],
      [2, "IV.\tZuständigkeit für die Entscheidung\t2"],
    ]);
    expect(m.paragraphs[toc.entries[0].paragraph]).toMatchObject({ styleId: "Verzeichnis2", builtInStyle: "Toc2" });
    // Field codes are not text: neither "TOC \o" nor "PAGEREF" shows up.
    expect(m.paragraphs.some((p) => /TOC|PAGEREF/.test(p.text))).toBe(false);
    expect(m.bookmarks.map((b) => [b.name, b.hidden, b.range && m.paragraphs[b.range.start.paragraph].text])).toEqual([
      ["_Toc50000000", true, "Sachdarstellung"],
      ["_Toc50000001", true, "Entscheidungsalternativen"],
      ["_Toc50000002", true, "Auswirkungen / Zusammenhänge (Finanzen, Personal, IT, Klima)"],
      ["_Toc50000003", true, "Zuständigkeit für die Entscheidung"],
    ]);
  });

  it("nests the resolved reply under its parent comment", () => {
    expect(m.comments).toHaveLength(2);
    const [thread, single] = m.comments;
    expect(thread).toMatchObject({
      id: "1", author: "Personalamt", initials: "PA", date: "2020-11-24T08:16:00Z", anchorText: "bis zu EG 13 TVöD",
      resolved: true, durableId: "3C001EEF", paraId: "1A2B0013",
    });
    expect(thread.replies).toEqual([
      { id: "2", author: "Stabsstelle Kreisentwicklung", initials: "SK", date: "2020-11-24T09:00:00Z", text: "Übernommen.", durableId: "3C003DDE", paraId: "1A2B0014" },
    ]);
    expect(single).toMatchObject({ author: "Kämmerei", resolved: false, replies: [], anchorText: "Rückstellung aus dem laufenden Haushalt 2020" });
  });

  it("reads deletion 'EG 12' and insertion 'EG 13' by Personalamt", () => {
    expect(m.trackedChanges.map((t) => [t.kind, t.author, t.text])).toEqual([
      ["deletion", "Personalamt", "EG 12"],
      ["insertion", "Personalamt", "EG 13"],
    ]);
    const [del, ins] = m.trackedChanges;
    const p = m.paragraphs[del.location!.start.paragraph];
    expect(del.location!.start).toEqual(ins.location!.start);
    expect(p.text).toContain("bis zu EG 13 TVöD");
    expect(p.originalText).toContain("bis zu EG 12 TVöD");
    expect(p.text.slice(ins.location!.start.offset, ins.location!.end.offset)).toBe("EG 13");
  });
});
