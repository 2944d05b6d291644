/**
 * Antrag numbers as a committee cites them, on the sample draft through the .docx writer and reader: given once in
 * document order when first stored, kept through merges and splits, never given twice, gaps kept; records of the
 * first storage format get theirs on the next save; two colleagues saving at once never give the same number.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { collectAmendments, mergeAmendments, splitAmendment, type Amendment } from "../../src/amendments";
import { assignNumbers, amendmentNumbers, numberLabel } from "../../src/amendments/numbering";
import { NAMESPACE, parseStoredData, serializeStoredData, type StoredData } from "../../src/amendments/storage";
import { planImport, planPackageSave } from "../../src/app";
import { composeRecords } from "../../src/app/records";
import { readDocx } from "../../src/docx";
import { writePackage } from "../../src/docx/metadata-writer";
import { COESFELD } from "../config/county";

const SAMPLE = path.resolve(__dirname, "../../../shared/samples/strategie-entwurf1.docx");
const CTX = { by: "Stabsstelle Kreisentwicklung", at: "2025-04-01T10:00:00Z" };

const collect = (bytes: Uint8Array) => collectAmendments(readDocx(bytes), COESFELD.registry);
const numbersOf = (amendments: Amendment[]) => amendments.filter((a) => a.category === "antrag").map((a) => a.number);
const storedOf = (bytes: Uint8Array): StoredData => parseStoredData(readDocx(bytes).customXmlParts.find((p) => p.namespaceUri === NAMESPACE)!.xml);

function save(bytes: Uint8Array, edit: (amendments: Amendment[], model: ReturnType<typeof readDocx>) => Amendment[]): Uint8Array {
  const model = readDocx(bytes);
  const collection = collectAmendments(model, COESFELD.registry);
  return writePackage(bytes, { ...planPackageSave(model, collection, edit(collection.amendments, model), CTX), author: CTX.by });
}

describe("Antrag numbers on strategie-entwurf1.docx", () => {
  const original = new Uint8Array(readFileSync(SAMPLE));
  const imported = writePackage(original, planImport(readDocx(original), CTX, COESFELD.registry).write);

  it("shows provisional numbers before anything is stored, and the five Anträge 1–5 once stored", () => {
    const before = collect(original).amendments;
    expect([...amendmentNumbers(before).values()].map(numberLabel)).toEqual(["neu 1", "neu 2", "neu 3", "Kommentar 1", "neu 4", "neu 5"]);
    expect(numbersOf(collect(imported).amendments)).toEqual([1, 2, 3, 4, 5]);
    expect(storedOf(imported).lastNumber).toBe(5);
  });

  it("keeps the lowest number on a merge; the other stays unused, and a later split gives a new one", () => {
    const merged = save(imported, (all, model) => {
      const [two, three] = all.filter((a) => a.number === 2 || a.number === 3);
      const one = mergeAmendments(model, [two, three]);
      return all.filter((a) => a !== two && a !== three).concat(one);
    });
    expect(numbersOf(collect(merged).amendments)).toEqual([1, 2, 4, 5]);
    const split = save(merged, (all, model) => all.flatMap((a) => (a.number === 2 ? splitAmendment(model, a) : [a])));
    const after = collect(split).amendments.filter((a) => a.category === "antrag");
    // Nr. 2 held the replacement (5 tracked changes) and Nr. 3's insertion (2): seven parts. The first keeps 2;
    // 3 was given before, so the others get 6 to 11.
    const parts = after.filter((a) => a.number === 2 || a.number! >= 6);
    expect(parts.map((a) => a.changeIds.length)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(after.map((a) => a.number).sort((x, y) => x! - y!)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(storedOf(split).lastNumber).toBe(11);
  });

  it("numbers records of the first storage format on the next save, in document order, without renumbering any", () => {
    // The part as version 1 wrote it: no numbers, no high-water mark.
    const v1 = readDocx(imported).customXmlParts.find((p) => p.namespaceUri === NAMESPACE)!.xml
      .replace(/ version="2"/, ' version="1"').replace(/ lastNumber="\d+"/, "").replace(/ nr="\d+"/g, "").replace(/ category="\w+"/g, "");
    const legacy = writePackage(original, { namespaceUri: NAMESPACE, compose: () => ({ xml: v1, lines: [] }) });
    expect(numbersOf(collect(legacy).amendments)).toEqual([null, null, null, null, null]);
    const resaved = save(legacy, (all) => all);
    expect(numbersOf(collect(resaved).amendments)).toEqual([1, 2, 3, 4, 5]);
    expect(numbersOf(collect(save(resaved, (all) => all)).amendments)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("assignNumbers", () => {
  const record = (key: string, number: number | null, category: "antrag" | "editorial" | "comment" = "antrag") => ({
    key, kind: "insertion" as const, category, number, bookmark: null, units: [], removed: "", inserted: "", metadata: collectAmendments(readDocx(new Uint8Array(readFileSync(SAMPLE)))).amendments[0].metadata,
  });

  it("gives new Anträge numbers after the highest ever given, none to editorial changes and comments", () => {
    const data = assignNumbers({ version: 2, registry: null, lastNumber: 9, records: [record("a", 3), record("b", null), record("c", null, "editorial"), record("d", null, "comment"), record("e", null)] });
    expect(data.records.map((r) => [r.key, r.number])).toEqual([["a", 3], ["b", 10], ["c", null], ["d", null], ["e", 11]]);
    expect(data.lastNumber).toBe(11);
  });

  it("leaves a number held twice (two documents combined) with its first holder", () => {
    const data = assignNumbers({ version: 2, registry: null, lastNumber: 4, records: [record("a", 4), record("b", 4)] });
    expect(data.records.map((r) => r.number)).toEqual([4, 5]);
  });
});

describe("two colleagues storing a new Antrag at the same time", () => {
  const metadata = collectAmendments(readDocx(new Uint8Array(readFileSync(SAMPLE)))).amendments[0].metadata;
  const record = (key: string, number: number | null) => ({ key, kind: "insertion" as const, category: "antrag" as const, number, bookmark: null, units: [], removed: "", inserted: "", metadata });

  it("never give the same number: the second save numbers against what the first stored", () => {
    const base: StoredData = { version: 2, registry: null, lastNumber: 5, records: [record("k1", 5)] };
    const first = composeRecords([serializeStoredData(base)], base, { ...base, records: [...base.records, record("kA", null)] }, CTX).data;
    expect(first.records.map((r) => [r.key, r.number])).toEqual([["k1", 5], ["kA", 6]]);
    const second = composeRecords([serializeStoredData(first)], base, { ...base, records: [...base.records, record("kB", null)] }, CTX).data;
    expect(second.records.map((r) => [r.key, r.number])).toEqual([["k1", 5], ["kB", 7], ["kA", 6]]);
    expect(second.lastNumber).toBe(7);
  });
});
