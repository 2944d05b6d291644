import { checkAmendments, collectAmendments, confirmImport, formatCommentLine, metadataWrite, NAMESPACE, serializeStoredData, setField, setFieldBulk } from "../../src/amendments";
import { renumbered } from "./builder";
import { musterlandDraft } from "./fixtures";
import { COESFELD } from "../config/county";

describe("collectAmendments on a draft with legacy annotations", () => {
  const { amendments, imported, registry } = collectAmendments(musterlandDraft().model, COESFELD.registry);
  const [spd, ehrenamt, gruene, beirat, geodaten, personal] = amendments;

  it("lists every Antrag in document order, including annotated paragraphs without changes", () => {
    expect(amendments.map((a) => [a.kind, a.source])).toEqual([
      ["insertion", "imported"], ["replacement", "imported"], ["insertion", "imported"],
      ["comment", "none"], ["insertion", "imported"], ["replacement", "imported"],
    ]);
    expect(amendments.map((a) => a.category)).toEqual(["antrag", "antrag", "antrag", "comment", "antrag", "antrag"]);
    expect(geodaten).toMatchObject({ changeIds: [], commentIds: [], inserted: "Geodaten werden offen bereitgestellt." });
  });

  it("reads the SPD motion from the comment, the dated motion before the undated one", () => {
    expect(spd.metadata).toMatchObject({ antragsteller: "SPD-Kreistagsfraktion", datum: "2025-03-14", beratungsfolge: [], status: null });
    const field = imported.find((p) => p.amendmentKey === spd.key)!.fields[0];
    expect(field).toMatchObject({ field: "antragsteller", confidence: "medium" });
    expect(field.note).toContain("Verwaltung");
  });

  it("reads the note paragraph after the Verwaltung's changes, completing the year with low confidence", () => {
    expect(ehrenamt.metadata).toMatchObject({
      antragsteller: "Verwaltung", datum: null,
      beratungsfolge: [{ gremium: "AfKSuE", role: "Vorberatung", date: "2025-03-04", result: "beraten" }],
    });
    const step = imported.find((p) => p.amendmentKey === ehrenamt.key)!.fields.find((f) => f.field === "beratungsfolge")!;
    expect(step).toMatchObject({ confidence: "low", source: "Beratung im AfKSuE am 04.03." });
    expect(imported.find((p) => p.amendmentKey === ehrenamt.key)!.notes.map((n) => [n.origin, n.range])).toEqual([
      ["paragraph", { start: { paragraph: 3, offset: 0 }, end: { paragraph: 3, offset: musterlandDraft().model.paragraphs[3].text.length } }],
    ]);
  });

  it("normalises the inline B90 annotation and keeps the consent step", () => {
    expect(gruene.metadata).toMatchObject({
      antragsteller: "Bündnis 90/Die Grünen", datum: "2025-03-09", status: "in Beratung", statusDatum: "2025-03-05", statusGremium: "AfASSuG",
      beratungsfolge: [{ gremium: "AfASSuG", role: "Vorberatung", date: "2025-03-05", result: "Zustimmung" }],
    });
    // The whole parenthesis, brackets included, as it stands in the paragraph: what issue 21 removes from the wording.
    const [note] = imported.find((p) => p.amendmentKey === gruene.key)!.notes;
    const paragraph = musterlandDraft().model.paragraphs[5].text;
    expect(note.origin).toBe("inline");
    expect(paragraph.slice(note.range!.start.offset, note.range!.end.offset)).toBe("(Änderungsantrag B90/ Die Grünen vom 09.03.2025, Zustimmung im AfASSuG vom 05.03.2025)");
    expect(note.range!.start.paragraph).toBe(5);
  });

  it("takes the Beirat's question for a comment, no Antrag: its author is offered as no proposer", () => {
    expect(beirat).toMatchObject({ category: "comment", source: "none", metadata: expect.objectContaining({ antragsteller: null, status: null }) });
    expect(imported.find((p) => p.amendmentKey === beirat.key)).toBeUndefined();
  });

  it("reads the department and the Personalrat's proposal", () => {
    expect(geodaten.metadata.antragsteller).toBe("Abt. 62");
    expect(personal.metadata).toMatchObject({ antragsteller: "Personalrat", datum: "2020-11-20" });
  });

  it("reports the consent dated before the motion, and nothing else", () => {
    const findings = checkAmendments(amendments, registry, musterlandDraft().model);
    expect(findings.map((f) => [f.rule, f.location.paragraph, f.location.section])).toEqual([["meta/date-order", 5, "B"]]);
    expect(findings[0].message).toBe("Die Beratung im AfASSuG am 05.03.2025 (Zustimmung) liegt vor dem Antragsdatum 09.03.2025.");
  });
});

describe("editing", () => {
  const { amendments } = collectAmendments(musterlandDraft().model, COESFELD.registry);

  it("records who changed what when, and confirms the amendment", () => {
    const edited = setField(amendments[2], "status", "angenommen", "M. Muster", "2025-04-01T10:00:00Z");
    expect(edited.source).toBe("metadata");
    expect(edited.metadata.history).toEqual([{ at: "2025-04-01T10:00:00Z", by: "M. Muster", field: "status", from: "in Beratung", to: "angenommen" }]);
    const steps = setField(edited, "beratungsfolge", [{ gremium: "Kreistag", role: "Entscheidung", date: "2025-06-24", result: "angenommen" }], "M. Muster", "2025-04-02T10:00:00Z");
    expect(steps.metadata.history[1]).toMatchObject({ field: "beratungsfolge", from: "AfASSuG 05.03.2025: Zustimmung", to: "Kreistag 24.06.2025: angenommen" });
  });

  it("sets a field on several amendments at once and confirms imports", () => {
    const keys = [amendments[0].key, amendments[1].key];
    const bulk = setFieldBulk(amendments, keys, "status", "eingereicht", "M. Muster", "2025-04-01T10:00:00Z");
    expect(bulk.map((a) => a.metadata.status)).toEqual(["eingereicht", "eingereicht", "in Beratung", null, null, null]);
    const confirmed = confirmImport(amendments[4], "M. Muster", "2025-04-01T10:00:00Z");
    expect(confirmed).toMatchObject({ source: "metadata", metadata: { antragsteller: "Abt. 62", history: [{ field: "import", to: "bestätigt" }] } });
  });
});

describe("stored metadata and the readable line", () => {
  const model = musterlandDraft().model;
  const first = collectAmendments(model);
  const edited = first.amendments.map((a) => setField(confirmImport(a, "M. Muster", "2025-04-01T10:00:00Z"), "begruendung", `Begründung zu ${a.kind}`, "M. Muster", "2025-04-01T10:05:00Z"));

  it("reads back every field from the stored part, also after ids changed", () => {
    const write = metadataWrite(model, first, edited);
    const reopened = renumbered(model);
    reopened.customXmlParts = [{ id: "customXml/item1.xml", namespaceUri: NAMESPACE, xml: serializeStoredData(write.stored) }];
    const again = collectAmendments(reopened);
    expect(again.amendments.map((a) => [a.key, a.source, a.metadata])).toEqual(edited.map((a) => [a.key, "metadata", a.metadata]));
    expect(again.imported).toEqual([]);
    expect(again.storageProblem).toBeNull();
  });

  it("rebuilds the line's fields from the comment alone when the part is lost", () => {
    const withLine = structuredClone(model);
    withLine.comments[0].text += "\n" + formatCommentLine(edited[0].metadata);
    const again = collectAmendments(withLine).amendments[0];
    expect(again.source).toBe("metadata");
    expect({ ...again.metadata, begruendung: null, history: [] }).toEqual({ ...edited[0].metadata, begruendung: null, history: [] });
    expect(again.key).toBe(first.amendments[0].key);
  });

  it("says why a damaged part was not read, and falls back to the text", () => {
    const damaged = structuredClone(model);
    damaged.customXmlParts = [{ id: "customXml/item1.xml", namespaceUri: NAMESPACE, xml: `<antraege xmlns="${NAMESPACE}" version="1"><antrag` }];
    const again = collectAmendments(damaged);
    expect(again.storageProblem).toMatch(/^Der Metadaten-Teil ist kein gültiges XML/);
    expect(again.amendments.map((a) => a.source)).toEqual(first.amendments.map((a) => a.source));
  });
});
