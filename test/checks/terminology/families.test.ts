/**
 * Spelling families without a glossary (Duden: ß/ss, ph/f, c/z/k, ä/e, Fugen-s, case, hyphens), the official
 * spelling as suggestion, glossary context for homographs, and the hand-written corpus's recall and false alarms.
 */
import { checkTerminology, parseGlossary, replacementsFor, GlossaryError, type TermGroup } from "../../../src/checks/terminology";
import { createDocumentModel } from "../../../src/model/document";
import { applyReplacements, docModel } from "./model";

const noDefault = { defaultGlossary: false } as const;

function placesOf(groups: readonly TermGroup[]): string[][][] {
  return groups.map((g) => g.variants.map((v) => v.places.map((p) => p.text)));
}

describe("ß/ss after the old and the new rules", () => {
  it("finds an old ß in a compound beside the new ss in its plural, and suggests the new spelling", () => {
    const model = docModel(["Der Zuschußantrag des Vereins liegt vor.", "Weitere Zuschussanträge folgen im Herbst."]);
    const [g] = checkTerminology(model, noDefault).groups;
    expect(g.kind).toBe("spelling");
    expect(placesOf([g])).toEqual([[["Zuschußantrag"], ["Zuschussanträge"]]]);
    expect(g.suggested).toBe("Zuschussantrag");
    expect(g.reason).toMatch(/^geltende Rechtschreibung: ss nach kurzem Vokal/);
    expect(replacementsFor(g, "Zuschussantrag").map((r) => r.replacement)).toEqual(["Zuschussantrag"]);
    /* The other way round the plural keeps its umlaut. */
    expect(replacementsFor(g, "Zuschußantrag").map((r) => r.replacement)).toEqual(["Zuschußanträge"]);
    const after = applyReplacements(model, replacementsFor(g, g.suggested));
    expect(checkTerminology(after, noDefault).groups).toEqual([]);
  });

  it("finds the word inside a longer compound (Beschluß / Beschlussvorlage) and addresses that part", () => {
    const { groups } = checkTerminology(docModel(["Der Beschluß ist gefasst.", "Die Beschlussvorlage nennt die Kosten."]), noDefault);
    expect(placesOf(groups)).toEqual([[["Beschluß"], ["Beschluss"]]]);
    const part = groups[0].variants[1].places[0];
    expect([part.paragraph, part.start, part.end]).toEqual([1, 4, 13]);
    expect(groups[0].suggested).toBe("Beschluss");
  });

  it("leaves a document in the old spelling alone: Zuschuß and Zuschüsse, Prozeß and Prozesse", () => {
    expect(checkTerminology(docModel(["Der Zuschuß wird gezahlt; alle Zuschüsse sind beantragt.", "Der Prozeß und die Prozesse."]), noDefault).groups).toEqual([]);
  });

  it("tells the Swiss ss after a long vowel from the German ß, and suggests Straße", () => {
    const { groups } = checkTerminology(docModel(["Die Hauptstraße wird saniert.", "Die Hauptstrasse ist gesperrt."]), noDefault);
    expect(groups.map((g) => g.suggested)).toEqual(["Hauptstraße"]);
  });

  it.each([
    ["Maße and Masse", ["Die Maße der Radwege.", "Die Masse der Einsparungen."]],
    ["Buße and Busse", ["Eine Buße ist das nicht.", "Die Busse fahren stündlich."]],
    ["Leistungen and Leitungen", ["Die Leistungen der Pflegekasse.", "Die Leitungen im Keller."]],
    ["Landsmann and Landmann", ["Ein Landsmann des Bürgermeisters.", "Ein Landmann bestellt das Feld."]],
    ["a foreign phrase", ["Robotic Process Automation wird erprobt.", "Digitale Prozesse werden optimiert."]],
    ["emphasis in capitals", ["DIE KOSTEN STEIGEN", "Die Kosten steigen."]],
    ["native words that differ by a doubled letter or sch (den / denn, Buch / Busch)", ["Wenn der Antrag kommt, denn er ist fällig.", "Den Busch am Buch nennt man Hecke."]],
    ["a tail after a linking s (Berufschancen beside Chancen)", ["Die Berufschancen steigen.", "Die Chancen sind gut.", "Der Naturschutz und der Schutz der Tiere."]],
    ["an inflected form beside a compound's part (Systems / Bildungssystem)", ["Die Regeln des Systems gelten.", "Das Bildungssystem ist neu."]],
  ])("never pairs %s", (_name, paras) => {
    expect(checkTerminology(docModel(paras), noDefault).groups).toEqual([]);
  });
});

describe("other families", () => {
  it.each([
    ["ph/f", ["Die Graphik zeigt die Einwohner.", "Alle Grafiken stehen im Anhang."], ["Graphik", "Grafiken"], "Grafik"],
    ["-tiell/-ziell", ["Betroffen sind potentiell alle Haushalte.", "Potenzielle Standorte werden geprüft."], ["potentiell", "Potenzielle"], "potenziell"],
    ["c/z", ["Der Umbau kostet circa zwei Millionen Euro.", "Die Bauzeit beträgt zirka 18 Monate."], ["circa", "zirka"], null],
    ["ä/e", ["Die Stengel bleiben stehen.", "Die Stängel bieten Unterschlupf."], ["Stengel", "Stängel"], "Stängel"],
    ["drei Konsonanten", ["Die Schiffahrt ruht im Winter.", "Die Schifffahrt wird gefördert."], ["Schiffahrt", "Schifffahrt"], "Schifffahrt"],
    ["selbstständig", ["Die Stelle arbeitet selbständig.", "Sie arbeitet selbstständig weiter."], ["selbständig", "selbstständig"], "selbstständig"],
    ["Fugen-s", ["Die Vermögenssteuer ist ausgesetzt.", "Die Vermögensteuer käme den Kreisen zugute."], ["Vermögenssteuer", "Vermögensteuer"], null],
    ["é/ee", ["Das Exposé ist fertig.", "Das Exposee wird verteilt."], ["Exposé", "Exposee"], null],
    ["acronym case", ["Die NATO-Übung beginnt.", "Die Nato informiert vorab."], ["NATO", "Nato"], null],
    ["hyphen", ["Alle Schulen erhalten W-LAN.", "Das WLAN ist offen."], ["W-LAN", "WLAN"], null],
    ["hyphen with a digit", ["Das Bauamt nutzt 3-D-Modelle.", "Ein 3D-Drucker steht bereit."], ["3-D", "3D"], null],
    ["Germanised c and doubled letters", ["Das Cabaret im Rathauskeller öffnet.", "Das Kabarett erhält einen Zuschuss."], ["Cabaret", "Kabarett"], null],
    ["Germanised ç", ["Die Façade des Museums wird saniert.", "Die neue Fassade ist gedämmt."], ["Façade", "Fassade"], null],
  ])("%s", (_name, paras, places, suggested) => {
    const { groups } = checkTerminology(docModel(paras), noDefault);
    expect(groups).toHaveLength(1);
    expect(groups[0].variants.map((v) => v.places[0].text)).toEqual(places);
    if (suggested) expect(groups[0].suggested).toBe(suggested);
    const after = applyReplacements(docModel(paras), replacementsFor(groups[0], groups[0].suggested));
    expect(checkTerminology(after, noDefault).groups).toEqual([]);
  });

  it("replaces the tail of a compound with a small letter", () => {
    const [g] = checkTerminology(docModel(["Jeder Blütenstengel bleibt stehen.", "Die Stängel bieten Unterschlupf."]), noDefault).groups;
    expect(replacementsFor(g, "Stängel").map((r) => r.replacement)).toEqual(["stängel"]);
  });
});

describe("glossary context for homographs", () => {
  it("flags Email for the e-mail near words of mailing, never the enamel", () => {
    const mail = checkTerminology(docModel(["Bitte senden Sie eine Email an das Bürgerbüro."]));
    expect(mail.groups.map((g) => [g.id, g.suggested])).toEqual([["glossary:e-mail", "E-Mail"]]);
    const enamel = checkTerminology(docModel(["Das Museum zeigt Schmuck aus Email.", "Per E-Mail erhalten Sie den Katalog."]));
    expect(enamel.groups).toEqual([]);
  });

  it("reads the context of a user glossary, with near, notNear and window", () => {
    const glossary = parseGlossary({
      version: 1,
      terms: [{ preferred: "Kreistag", variants: ["Rat"], context: { near: ["Sitzung"], notNear: ["Beirat"], window: 3 } }],
    });
    const found = (text: string) => checkTerminology(docModel([text]), { glossaries: [glossary], ...noDefault }).groups.length;
    expect(found("Die Sitzung im Rat beginnt.")).toBe(1);
    expect(found("Der Rat gibt einen Tipp.")).toBe(0);
    expect(found("Die Sitzung im Rat und Beirat beginnt.")).toBe(0);
    expect(found("Die Sitzung beginnt um zehn Uhr vor dem großen Saal im Rat.")).toBe(0);
  });

  it("rejects a malformed context with the German message naming the field", () => {
    expect(() => parseGlossary({ version: 1, terms: [{ preferred: "A", variants: ["B"], context: { window: 0 } }] })).toThrow(GlossaryError);
    expect(() => parseGlossary({ version: 1, terms: [{ preferred: "A", variants: ["B"], context: { near: "x" } }] })).toThrow(/bei „terms\.0\.context\.near“/);
  });
});

describe("the hand-written corpus (test/checks/terminology/corpus)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the script is CommonJS, shared with the benchmark
  const { terminologyAccuracy } = require("../../../scripts/terminology-accuracy.js") as {
    terminologyAccuracy: (build: { checkTerminology: typeof checkTerminology; createDocumentModel: typeof createDocumentModel }) => {
      pairs: number; recall: number; falseAlarms: number; cleanDocuments: number; families: { family: string; pairs: number; recall: number }[];
    };
  };

  it("finds at least 90 % of 150+ variant pairs and raises at most one false alarm in 20 clean documents", () => {
    const report = terminologyAccuracy({ checkTerminology, createDocumentModel });
    expect(report.pairs).toBeGreaterThanOrEqual(150);
    expect(report.cleanDocuments).toBe(20);
    expect(report.recall).toBeGreaterThanOrEqual(0.9);
    expect(report.falseAlarms).toBeLessThanOrEqual(1);
    for (const f of report.families) expect({ family: f.family, enough: f.pairs >= 8 }).toEqual({ family: f.family, enough: true });
  });
});
