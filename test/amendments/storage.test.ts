import fc from "fast-check";
import { collectAmendments, metadataWrite, setField } from "../../src/amendments";
import { groupAmendments, mergeAmendments } from "../../src/amendments/grouping";
import { DEFAULT_REGISTRY } from "../../src/amendments/registry";
import {
  attachRecords, bookmarkName, escapeText, NAMESPACE, parseStoredData, recordFromAmendment, serializeStoredData,
  StorageError, unescapeText, type StoredData, type StoredRecord,
} from "../../src/amendments/storage";
import type { DocumentModel } from "../../src/model/document";
import { renumbered } from "./builder";
import { musterlandDraft } from "./fixtures";

const hostile = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("<w:t>]]></w:t>", "&amp; &#0; \\x0001; \\\\", "\u202Eevil\u202C \u2066x\u2069", "\r\n\r", "\u0085\u2028\u2029", "\uD800 lone", "\uFFFE\uFFFF", "<!DOCTYPE x>", "a\u0000b\u001Fc"),
);
const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const record: fc.Arbitrary<StoredRecord> = fc.record({
  key: fc.string({ minLength: 1, maxLength: 20 }),
  kind: fc.constantFrom("insertion", "deletion", "replacement", "move", "comment" as const),
  category: nullable(fc.constantFrom("antrag", "editorial", "comment" as const)),
  number: nullable(fc.integer({ min: 1, max: 999_999_999 })),
  bookmark: nullable(fc.stringMatching(/^_[A-Za-z0-9_]{1,39}$/)),
  units: fc.array(fc.record({ type: fc.constantFrom("change", "comment", "paragraph" as const), kind: hostile, author: hostile, date: nullable(hostile), text: hostile, para: nullable(hostile) }), { maxLength: 3 }),
  removed: hostile, inserted: hostile,
  metadata: fc.record({
    antragsteller: nullable(hostile), datum: nullable(hostile),
    beratungsfolge: fc.array(fc.record({ gremium: hostile, role: fc.constantFrom("Vorberatung", "Anhörung", "Entscheidung", "Kenntnisnahme" as const), date: nullable(hostile), result: nullable(hostile) }), { maxLength: 2 }),
    status: nullable(hostile), statusDatum: nullable(hostile), statusGremium: nullable(hostile), begruendung: nullable(hostile), stellungnahme: nullable(hostile),
    history: fc.array(fc.record({ at: hostile, by: hostile, field: hostile, from: nullable(hostile), to: nullable(hostile) }), { maxLength: 2 }),
  }),
});

describe("the storage format", () => {
  it("escapes reversibly what XML 1.0 cannot hold", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => {
      expect(unescapeText(escapeText(s))).toBe(s);
      expect(escapeText(s)).not.toMatch(/[\x00-\x08\x0B-\x1F]/);
    }));
  });

  it("parse(serialise(data)) is the identity, hostile text included", () => {
    fc.assert(fc.property(fc.array(record, { maxLength: 4 }), (records) => {
      const lastNumber = Math.max(0, ...records.map((r) => r.number ?? 0));
      const data: StoredData = { version: 2, registry: DEFAULT_REGISTRY, records, lastNumber };
      expect(parseStoredData(serializeStoredData(data))).toEqual(data);
    }), { numRuns: 200 });
  });

  it("keeps a 1 MB Begründung as text", () => {
    const big = "<b>]]>&\u202E".repeat(100_000);
    const data: StoredData = { version: 2, registry: DEFAULT_REGISTRY, lastNumber: 0, records: [{ key: "k1", kind: "comment", category: "comment", number: null, bookmark: null, units: [], removed: "", inserted: "", metadata: { ...collectAmendments(musterlandDraft().model).amendments[0].metadata, begruendung: big } }] };
    const xml = serializeStoredData(data);
    expect(xml).not.toContain("<b>");
    expect(parseStoredData(xml).records[0].metadata.begruendung).toBe(big);
  });

  it("refuses DOCTYPE, foreign roots, other versions and broken records", () => {
    const good = serializeStoredData({ version: 2, registry: DEFAULT_REGISTRY, records: [], lastNumber: 0 });
    expect(() => parseStoredData(`<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>${good.replace(/^<\?xml[^>]*>/, "")}`)).toThrow(StorageError);
    expect(() => parseStoredData(`<antraege xmlns="urn:other"/>`)).toThrow("keine Beschlussreif-Antragsdaten");
    expect(() => parseStoredData(`<antraege xmlns="${NAMESPACE}" version="3"/>`)).toThrow("Version 3");
    expect(() => parseStoredData(`<antraege xmlns="${NAMESPACE}" version="1"><antrag key="a" kind="vielleicht"/></antraege>`)).toThrow(StorageError);
    expect(() => parseStoredData(`<antraege xmlns="${NAMESPACE}" version="1"><antrag`)).toThrow(StorageError);
  });

  it("stays far below 1 MB for 1,000 Anträge", () => {
    const model = musterlandDraft().model;
    const amendments = collectAmendments(model).amendments;
    const records: StoredRecord[] = [];
    for (let i = 0; i < 1000; i++) {
      const a = amendments[i % amendments.length];
      const r = recordFromAmendment(model, { ...a, key: `k${i}`, inserted: a.inserted.padEnd(400, " Text") }, bookmarkName(`k${i}`));
      r.metadata = { ...r.metadata, status: "in Beratung", beratungsfolge: [{ gremium: "AfASSuG", role: "Vorberatung", date: "2025-03-05", result: "Zustimmung" }],
        history: [{ at: "2025-04-01T10:00:00Z", by: "M. Muster", field: "status", from: null, to: "in Beratung" }] };
      records.push(r);
    }
    const bytes = new TextEncoder().encode(serializeStoredData({ version: 2, registry: DEFAULT_REGISTRY, records, lastNumber: 0 })).length;
    expect(bytes).toBeLessThan(700_000);
  });

  it("names bookmarks as Word allows", () => {
    expect(bookmarkName("k0123456789abcdef_2")).toBe("_BR_k0123456789abcdef_2");
    expect(bookmarkName("x".repeat(60))).toHaveLength(40);
  });
});

describe("attachRecords", () => {
  const model = musterlandDraft().model;
  const confirmed = collectAmendments(model).amendments.map((a) => setField(a, "status", "in Beratung", "M. Muster", "2025-04-01T10:00:00Z"));
  const records = confirmed.map((a) => recordFromAmendment(model, a));

  function reload(m: DocumentModel, stored: StoredRecord[]) {
    return attachRecords(m, groupAmendments(m), stored);
  }

  it("re-attaches every record after a save renumbered all ids", () => {
    const again = renumbered(model);
    const attached = reload(again, records);
    expect(attached.map((a) => [a.key, a.source, a.found, a.changeIds])).toEqual(
      confirmed.map((a) => [a.key, "metadata", true, a.changeIds.map((id) => String(Number(id) + 500))]));
  });

  it("still finds a change whose paragraph was edited elsewhere", () => {
    const edited = structuredClone(model);
    edited.paragraphs[5].text = "Neu: " + edited.paragraphs[5].text;
    const gruene = reload(edited, records).find((a) => a.key === confirmed[2].key)!;
    expect(gruene).toMatchObject({ found: true, changeIds: ["106", "107"] });
  });

  it("keeps a user's merge across reloads", () => {
    const groups = groupAmendments(model);
    const merged = mergeAmendments(model, [groups[1], groups[2]]);
    const attached = reload(renumbered(model), [recordFromAmendment(model, { ...merged, metadata: confirmed[1].metadata })]);
    expect(attached.map((a) => a.changeIds.length)).toEqual([1, 7, 0, 2]);
    expect(attached[1]).toMatchObject({ key: merged.key, source: "metadata" });
  });

  it("keeps records whose anchor is gone, as history", () => {
    const accepted = structuredClone(model);
    accepted.trackedChanges = accepted.trackedChanges.filter((c) => c.id !== "106" && c.id !== "107");
    const attached = reload(accepted, records);
    const gone = attached.find((a) => a.key === confirmed[2].key)!;
    expect(gone).toMatchObject({ found: false, location: null, inserted: "im In- und Ausland … (Änderungsantrag B90/ Die Grünen vom 09.03.2025, Zustimmung im AfASSuG vom 05.03.2025)", source: "metadata" });
    expect(gone.metadata.status).toBe("in Beratung");
    expect(attached[attached.length - 1]).toBe(gone);
  });

  it("falls back to the bookmark when no fingerprint matches", () => {
    const retyped = structuredClone(model);
    for (const c of retyped.trackedChanges) if (c.id === "108" || c.id === "109") c.author = "Anderer Name";
    retyped.comments = retyped.comments.filter((c) => c.id !== "3");
    retyped.bookmarks = [{ name: "_BR_PERSONAL", hidden: true, range: { start: { paragraph: 8, offset: 0 }, end: { paragraph: 8, offset: 40 } } }];
    const attached = reload(retyped, [{ ...records[5], bookmark: "_BR_personal" }]);
    expect(attached.find((a) => a.key === records[5].key)).toMatchObject({ found: true, changeIds: ["108", "109"] });
  });

  it("writes back records not found again instead of dropping them", () => {
    const stored: StoredData = { version: 2, registry: DEFAULT_REGISTRY, records, lastNumber: 0 };
    const accepted = structuredClone(model);
    accepted.trackedChanges = accepted.trackedChanges.filter((c) => c.id !== "106" && c.id !== "107");
    accepted.customXmlParts = [{ id: "customXml/item1.xml", namespaceUri: NAMESPACE, xml: serializeStoredData(stored) }];
    const collection = collectAmendments(accepted);
    const write = metadataWrite(accepted, collection, collection.amendments);
    expect(write.stored.records.map((r) => r.key).sort()).toEqual(records.map((r) => r.key).sort());
    // Five Anträge still in the document; the Beirat's question is a comment and gets no "Antrag: …" line.
    expect(write.commentLines).toHaveLength(4);
    expect(write.commentLines.map((l) => l.line)).not.toContainEqual(expect.stringContaining("Teilhabebeirat"));
  });
});
