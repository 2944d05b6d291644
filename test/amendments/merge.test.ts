/** The three-way merge of the records part (co-authoring), on hand-written records of the Kreis Musterland. */
import { DEFAULT_REGISTRY } from "../../src/amendments";
import { emptyMetadata } from "../../src/amendments/grouping";
import { mergeStoredData, parseStoredParts, unionStoredData } from "../../src/amendments/merge";
import { serializeStoredData, type StoredData, type StoredRecord } from "../../src/amendments/storage";
import type { AntragMetadata } from "../../src/amendments/types";

const CTX = { by: "Kämmerei", at: "2025-04-02T08:00:00Z" };
const unit = { type: "change" as const, kind: "insertion", author: "Kreisverwaltung Musterland", date: "2025-03-14T15:20", text: "00112233445566aa", para: "0a1b2c3d" };
const record = (key: string, metadata: Partial<AntragMetadata> = {}, extra: Partial<StoredRecord> = {}): StoredRecord => ({
  key, kind: "insertion", category: "antrag", number: null, bookmark: null, units: [unit], removed: "", inserted: "im Kreishaus", metadata: { ...emptyMetadata(), ...metadata }, ...extra,
});
const data = (...records: StoredRecord[]): StoredData => ({ version: 2, registry: DEFAULT_REGISTRY, records, lastNumber: 0 });
const confirmed = { antragsteller: "SPD-Kreistagsfraktion", datum: "2025-03-14", history: [{ at: "2025-04-01T09:00:00Z", by: "Stabsstelle", field: "import", from: null, to: "bestätigt" }] };

describe("mergeStoredData", () => {
  const base = data(record("k1", confirmed), record("k2", { antragsteller: "CDU-Kreistagsfraktion" }));

  it("keeps a field the other side changed when we changed another one", () => {
    const ours = data(record("k1", { ...confirmed, status: "angenommen" }), base.records[1]);
    const theirs = data(record("k1", { ...confirmed, begruendung: "Spart Wege." }), base.records[1]);
    expect(mergeStoredData(base, ours, theirs, CTX).records[0].metadata).toMatchObject({ status: "angenommen", begruendung: "Spart Wege." });
  });

  it("gives a field both changed to us and records their value and ours in the history", () => {
    const ours = data(record("k1", { ...confirmed, status: "vertagt" }), base.records[1]);
    const theirs = data(record("k1", { ...confirmed, status: "angenommen" }), base.records[1]);
    const merged = mergeStoredData(base, ours, theirs, CTX).records[0].metadata;
    expect(merged.status).toBe("vertagt");
    expect(merged.history.at(-1)).toEqual({ at: CTX.at, by: "Kämmerei", field: "status", from: "angenommen", to: "vertagt" });
  });

  it("writes a Beratungsfolge both changed into the history as the readable line has it", () => {
    const step = (result: string) => [{ gremium: "AfASSuG", role: "Vorberatung" as const, date: "2025-03-05", result }];
    const ours = data(record("k1", { ...confirmed, beratungsfolge: step("Zustimmung") }));
    const theirs = data(record("k1", { ...confirmed, beratungsfolge: step("Ablehnung") }), base.records[1]);
    expect(mergeStoredData(base, ours, theirs, CTX).records[0].metadata.history.at(-1)).toMatchObject({ from: "AfASSuG 05.03.2025: Ablehnung", to: "AfASSuG 05.03.2025: Zustimmung" });
  });

  it("keeps records the other side added and drops one we merged away only when they left it as it was", () => {
    const ours = data(record("k1", confirmed)); // k2 merged into k1 here
    expect(mergeStoredData(base, ours, data(...base.records, record("k3", { antragsteller: "FDP-Kreistagsfraktion" })), CTX).records.map((r) => r.key)).toEqual(["k1", "k3"]);
    const changedThere = data(base.records[0], record("k2", { antragsteller: "CDU-Kreistagsfraktion", status: "abgelehnt" }));
    expect(mergeStoredData(base, ours, changedThere, CTX).records.map((r) => [r.key, r.metadata.status])).toEqual([["k1", null], ["k2", "abgelehnt"]]);
  });

  it("takes the other side's anchor unless we regrouped", () => {
    const moved = { units: [{ ...unit, para: "ffeeddcc" }] };
    const theirs = data(record("k1", confirmed, moved), base.records[1]);
    expect(mergeStoredData(base, base, theirs, CTX).records[0].units).toEqual(moved.units);
    const regrouped = { units: [unit, { ...unit, text: "99887766554433ff" }] };
    expect(mergeStoredData(base, data(record("k1", confirmed, regrouped), base.records[1]), theirs, CTX).records[0].units).toEqual(regrouped.units);
  });

  it("merges a record both sides created (the same import confirmed twice) field by field", () => {
    const ours = data(record("k9", { antragsteller: "Abt. 62", datum: "2025-02-01" }));
    const theirs = data(record("k9", { antragsteller: "Abt. 62", status: "eingereicht" }));
    expect(mergeStoredData(data(), ours, theirs, CTX).records[0].metadata).toMatchObject({ antragsteller: "Abt. 62", datum: "2025-02-01", status: "eingereicht" });
  });

  it("merges registries entry by entry", () => {
    const withCommittee = (short: string): StoredData => ({ ...base, registry: { ...DEFAULT_REGISTRY, committees: [...DEFAULT_REGISTRY.committees, { short, name: short, aliases: [] }] } });
    const merged = mergeStoredData(base, withCommittee("AfSuO"), withCommittee("JHA"), CTX).registry?.committees.map((c) => c.short);
    expect(merged?.slice(-2)).toEqual(["AfSuO", "JHA"]);
  });

  it("keeps the document's own registry when the other side never had one to change (null: the configuration applies)", () => {
    const own = data();
    const none = { ...data(), registry: null };
    // We saved Anträge only and read no registry of the document's own; they stored one meanwhile: it stays.
    expect(mergeStoredData(none, none, own, CTX).registry).toEqual(DEFAULT_REGISTRY);
    // We went back to the central registries ("Zentrale Verzeichnisse verwenden"); they left the registry alone.
    expect(mergeStoredData(own, none, own, CTX).registry).toBeNull();
    // They went back to the central registries; we left it alone.
    expect(mergeStoredData(own, own, none, CTX).registry).toBeNull();
    // They went back; we edited it meanwhile: our edit is kept.
    const edited = { ...own, registry: { ...DEFAULT_REGISTRY, statuses: DEFAULT_REGISTRY.statuses.slice(1) } };
    expect(mergeStoredData(own, edited, none, CTX).registry).toEqual(edited.registry);
  });
});

describe("several parts of our namespace", () => {
  it("read as one, the first holding a key winning, and written back as one", () => {
    const first = data(record("k1", confirmed));
    const second = data(record("k1", { antragsteller: "falsch" }), record("k2", { antragsteller: "CDU-Kreistagsfraktion" }));
    expect(unionStoredData([first, second])!.records.map((r) => [r.key, r.metadata.antragsteller])).toEqual([["k1", "SPD-Kreistagsfraktion"], ["k2", "CDU-Kreistagsfraktion"]]);
    expect(parseStoredParts([serializeStoredData(first), serializeStoredData(second)])).toEqual(unionStoredData([first, second]));
    expect(parseStoredParts([])).toBeNull();
  });
});
