/**
 * The phrasings of the seeds' annotations and of the earlier import's tests, read with a registry of the seeds'
 * county (not the built-in default, which the product keeps neutral): they must keep working.
 */
import { values, read, SEED_COUNTY } from "./annotations/read";

describe("the seeds' phrasings", () => {
  it.each([
    ["Antrag der SPD-Kreistagsfraktion vom 14.03.2025", { antragsteller: ["SPD-Kreistagsfraktion", "high"], datum: ["2025-03-14", "high"] }],
    ["Änderungsantrag B90/ Die Grünen vom 9.3.2025", { antragsteller: ["Bündnis 90/Die Grünen", "high"], datum: ["2025-03-09", "high"] }],
    ["Änderungsantrag Bündnis 90/Die Grünen vom 09.03.2025", { antragsteller: ["Bündnis 90/Die Grünen", "high"], datum: ["2025-03-09", "high"] }],
    ["Ergänzungsantrag der Grünen vom 09.03.25", { antragsteller: ["Bündnis 90/Die Grünen", "high"], datum: ["2025-03-09", "medium"] }],
    ["Antrag der CDU-Fraktion vom 28. Januar 2021", { antragsteller: ["CDU-Kreistagsfraktion", "high"], datum: ["2021-01-28", "high"] }],
    ["Formulierungsvorschlag der Verwaltung, Abt. 62", { antragsteller: ["Abt. 62", "high"] }],
    ["Formulierungsvorschlag Verwaltung", { antragsteller: ["Verwaltung", "high"] }],
    ["Vorschlag der Stadt Dülmen", { antragsteller: ["Stadt Dülmen", "high"] }],
    ["Vorschlag des Personalrats vom 20.11.2020.", { antragsteller: ["Personalrat", "high"], datum: ["2020-11-20", "high"] }],
    ["Antrag der Wählergruppe Musterheide vom 01.02.2025", { antragsteller: ["Wählergruppe Musterheide", "low"], datum: ["2025-02-01", "high"] }],
    ["Antrag der FDP vom 31.02.2025", { antragsteller: ["FDP", "high"], datum: ["2025-02-31", "high"] }],
    ["Empfehlung vom Beirat für Menschen mit Behinderungen vom 03.02.2025", { antragsteller: ["Teilhabebeirat", "high"], datum: ["2025-02-03", "high"] }],
  ])("%s", (text, expected) => {
    expect(values(text, SEED_COUNTY)).toEqual(expected);
  });

  it("reads the inline annotation with its consent step, which leaves the decision open", () => {
    expect(values("Änderungsantrag B90/ Die Grünen vom 09.03.2025, Zustimmung im AfASSuG vom 05.03.2025", SEED_COUNTY)).toEqual({
      antragsteller: ["Bündnis 90/Die Grünen", "high"], datum: ["2025-03-09", "high"],
      "beratungsfolge:AfASSuG": [{ gremium: "AfASSuG", role: "Vorberatung", date: "2025-03-05", result: "Zustimmung" }, "high"],
      status: ["in Beratung", "high"], statusDatum: ["2025-03-05", "high"], statusGremium: ["AfASSuG", "high"],
    });
  });

  it("prefers the dated motion when a comment names two, and says so", () => {
    const [proposer, date] = read("Formulierungsvorschlag Verwaltung / Antrag der SPD-Kreistagsfraktion vom 14.03.2025 (Legende der Vorlage)", SEED_COUNTY);
    expect(proposer).toMatchObject({ field: "antragsteller", value: "SPD-Kreistagsfraktion", confidence: "medium", source: "Antrag der SPD-Kreistagsfraktion vom 14.03.2025" });
    expect(proposer.note).toBe("mehrere Antragsteller genannt, ebenfalls: Verwaltung");
    expect(date).toMatchObject({ field: "datum", value: "2025-03-14", source: "14.03.2025" });
  });

  it("reads the note paragraph's consultation and completes its year from the context", () => {
    expect(read("Formulierungsvorschlag der Verwaltung zur Aufwertung des Ehrenamts nach Beratung im AfKSuE am 04.03.", SEED_COUNTY, "2025-03-18")).toEqual([
      expect.objectContaining({ field: "antragsteller", value: "Verwaltung", source: "Formulierungsvorschlag der Verwaltung" }),
      expect.objectContaining({
        field: "beratungsfolge", value: { gremium: "AfKSuE", role: "Vorberatung", date: "2025-03-04", result: "beraten" },
        confidence: "low", source: "Beratung im AfKSuE am 04.03.", note: "Jahr nicht angegeben, 2025 aus dem Zusammenhang ergänzt",
      }),
      expect.objectContaining({ field: "status", value: "in Beratung" }),
      expect.objectContaining({ field: "statusDatum", value: "2025-03-04" }),
      expect.objectContaining({ field: "statusGremium", value: "AfKSuE" }),
    ]);
    // Without a context a date without year is not guessed.
    expect(read("nach Beratung im AfKSuE am 04.03.", SEED_COUNTY, null)[0]).toMatchObject({
      value: { gremium: "AfKSuE", date: null }, confidence: "low", note: "Datum „04.03.“ ohne Jahr nicht übernommen",
    });
  });

  it("reads outcomes of the earlier tests by the documented rules", () => {
    expect(values("Antrag der FDP vom 02.05.2025, abgelehnt im Kreisausschuss am 12.05.2025", SEED_COUNTY)).toEqual({
      antragsteller: ["FDP", "high"], datum: ["2025-05-02", "high"],
      "beratungsfolge:Kreisausschuss": [{ gremium: "Kreisausschuss", role: "Vorberatung", date: "2025-05-12", result: "abgelehnt" }, "high"],
      // Rejected while advising: the deciding body may still decide otherwise.
      status: ["abgelehnt", "medium"], statusDatum: ["2025-05-12", "medium"], statusGremium: ["Kreisausschuss", "medium"],
    });
    expect(values("zurückgezogen am 3.4.2025", SEED_COUNTY)).toEqual({ status: ["zurückgezogen", "high"], statusDatum: ["2025-04-03", "high"] });
    expect(values("Zustimmung im Kreistag am 24.06.2025", SEED_COUNTY)).toMatchObject({
      "beratungsfolge:Kreistag": [{ gremium: "Kreistag", role: "Entscheidung", date: "2025-06-24", result: "Zustimmung" }, "high"],
      status: ["angenommen", "high"],
    });
  });

  it("names an unknown committee as written and flags it", () => {
    expect(read("Zustimmung im AfXY am 04.03.", SEED_COUNTY, "2025-03-10")[0]).toMatchObject({
      field: "beratungsfolge", value: { gremium: "AfXY", role: "Vorberatung", date: "2025-03-04", result: "Zustimmung" }, confidence: "low",
      source: "Zustimmung im AfXY am 04.03.", note: "Gremium „AfXY“ steht nicht im Verzeichnis; Jahr nicht angegeben, 2025 aus dem Zusammenhang ergänzt",
    });
  });

  it("finds nothing in ordinary prose", () => {
    expect(read("Der Kreis unterstützt Vereine und Verbände.", SEED_COUNTY)).toEqual([]);
    expect(read("Der Vorschlag ist gut, der Antrag wird im Ausschuss beraten.", SEED_COUNTY)).toEqual([]);
    expect(read("Gilt „barrierefrei“ auch für Menschen mit Sehbehinderung, z. B. Vorlesefunktion und Leichte Sprache?", SEED_COUNTY)).toEqual([]);
    expect(read("Eingruppierung bitte an den Stellenplan 2021 anpassen.", SEED_COUNTY)).toEqual([]);
  });
});
