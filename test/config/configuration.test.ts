/** The configuration file: its schema with a German line per bad field, the lists over the built-in ones, what the checks make of it. */
import { analyzeDocument } from "../../src/analysis";
import { DEFAULT_REGISTRY, findCommittee } from "../../src/amendments/registry";
import {
  configurationFromResponse, configurationFromText, ConfigurationError, DEFAULT_CONFIGURATION, MAX_CONFIGURATION_BYTES, parseConfiguration,
} from "../../src/config";
import { buildModel, comment, commented, Paragraph, run } from "../beirat/docs";
import { docModel } from "../checks/terminology/model";
import { COESFELD, MUSTERLAND } from "./county";

function problems(json: unknown): string[] {
  try {
    parseConfiguration(json);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  throw new Error("accepted");
}

describe("the built-in configuration", () => {
  it("is neutral: no committees, no OParl address, the built-in registry", () => {
    expect(DEFAULT_CONFIGURATION.registry).toEqual(DEFAULT_REGISTRY);
    expect(DEFAULT_CONFIGURATION.registry.committees).toEqual([]);
    expect(DEFAULT_CONFIGURATION).toMatchObject({ glossary: null, oparl: { baseUrl: null, paperType: "Änderungsantrag" }, defaults: {} });
    expect([...DEFAULT_CONFIGURATION.beirat.colors]).toEqual([]);
    expect(parseConfiguration({ version: 1 })).toEqual(DEFAULT_CONFIGURATION);
  });
});

describe("a county's file", () => {
  it("the Kreis Coesfeld example: its committees with long names and classification, factions, municipalities", () => {
    const r = COESFELD.registry;
    expect(r.committees.map((c) => c.short)).toEqual(["Kreistag", "Kreisausschuss", "AfASSuG", "AfKSuE", "AfMIuK", "AfFWuK", "AfFWuD", "Teilhabebeirat"]);
    expect(findCommittee("KT", r)).toEqual({ short: "Kreistag", name: "Kreistag", aliases: ["KT"], classification: "Parlament" });
    expect(r.proposers.filter((p) => p.kind === "Fraktion").map((p) => p.name)).toEqual(["SPD-Kreistagsfraktion", "CDU-Kreistagsfraktion", "Kreistagsfraktion Bündnis 90/Die Grünen", "FDP-Kreistagsfraktion"]);
    expect(r.proposers.find((p) => p.name === "Gemeinde Senden")).toEqual({ name: "Gemeinde Senden", kind: "Gemeinde", aliases: ["Senden"] });
    expect(r.proposers.find((p) => p.name === "Personalrat")).toEqual({ name: "Personalrat", kind: "Sonstige", aliases: [] });
    expect(COESFELD.oparl.baseUrl).toBe("https://oparl.example.org/kreis-coesfeld/");
  });

  it("replaces each built-in list it gives and keeps those it does not", () => {
    const only = parseConfiguration({ version: 1, committees: [{ short: "HFA", name: "Haupt- und Finanzausschuss" }], parties: [{ name: "Volt" }] });
    expect(only.registry.committees).toEqual([{ short: "HFA", name: "Haupt- und Finanzausschuss", aliases: [] }]);
    expect(only.registry.proposers.filter((p) => p.kind === "Partei").map((p) => p.name)).toEqual(["Volt"]);
    // Administration and Beirat are not given: the built-in entries stay.
    expect(only.registry.proposers.filter((p) => p.kind !== "Partei")).toEqual(DEFAULT_REGISTRY.proposers.filter((p) => p.kind !== "Partei"));
    expect(only.registry.statuses).toEqual(DEFAULT_REGISTRY.statuses);
    expect(MUSTERLAND.registry.statuses).toEqual([
      { name: "eingegangen", needsDate: false }, { name: "in Beratung", needsDate: false }, { name: "beschlossen", needsDate: true },
      { name: "abgelehnt", needsDate: true }, { name: "zurückgezogen", needsDate: true },
    ]);
  });

  it("normalises colours and the OParl address", () => {
    expect([...MUSTERLAND.beirat.colors]).toEqual(["00FFFF", "00B0F0"]);
    // Its own name, and it comments under that name unless the file says otherwise.
    expect(MUSTERLAND.beirat).toMatchObject({ name: "Inklusionsbeirat", authors: ["Inklusionsbeirat"], initials: ["IB"] });
    expect(DEFAULT_CONFIGURATION.beirat).toEqual({ name: "Teilhabebeirat", colors: new Set() });
    expect(parseConfiguration({ version: 1, oparl: { baseUrl: "https://ris.example.org/oparl" } }).oparl.baseUrl).toBe("https://ris.example.org/oparl/");
  });

  it("names every bad field in German", () => {
    expect(problems({
      version: 2,
      commitees: [],
      committees: [{ short: "", name: 3, aliases: "KT" }, { short: "HFA", name: "Hauptausschuss", classification: "Ausschuss", role: "Entscheidung" }],
      municipalities: [{ name: "Dorf Neuhausen", kind: "Dorf" }],
      statuses: [{ name: "angenommen", needsDate: "ja" }],
      beirat: { colors: ["pink", "#12345"] },
      oparl: { baseUrl: "ftp://ris.example.org/" },
      defaults: { failOn: "info" },
    })).toEqual([
      "„version“: erlaubt ist 1",
      "„committees[0].short“ darf nicht leer sein",
      "„committees[0].name“: erwartet wird ein Text",
      "„committees[0].aliases“: erwartet wird eine Liste […]",
      "„committees[1].role“ ist kein bekanntes Feld",
      "„municipalities[0].kind“: erlaubt sind „Stadt“, „Gemeinde“",
      "„statuses[0].needsDate“: erwartet wird true oder false",
      "„beirat.colors[0]“ ist keine Farbe: erwartet wird „#RRGGBB“ oder ein Name der Word-Hervorhebungsfarben (z. B. „cyan“)",
      "„beirat.colors[1]“ ist keine Farbe: erwartet wird „#RRGGBB“ oder ein Name der Word-Hervorhebungsfarben (z. B. „cyan“)",
      "„oparl.baseUrl“ ist keine Adresse: erwartet wird eine http(s)-Adresse ohne ?-Teil und #-Teil, z. B. „https://ris.example.org/oparl/“",
      "„defaults.failOn“: erlaubt sind „error“, „warning“, „never“",
      "„commitees“ ist kein bekanntes Feld",
    ]);
    expect(problems({ committees: [] })).toEqual(["„version“ fehlt"]);
    expect(problems([])).toEqual(["Die Datei: erwartet wird ein Objekt {…}"]);
  });

  it("refuses a name given twice and a bad glossary, through the glossary's own parser", () => {
    expect(problems({
      version: 1,
      committees: [{ short: "KT", name: "Kreistag" }, { short: "kt", name: "Kreistag (alt)" }],
      factions: [{ name: "SPD-Fraktion" }], parties: [{ name: "SPD" }], otherProposers: [{ name: "spd-fraktion" }],
      statuses: [{ name: "offen" }, { name: "Offen" }],
      glossary: { version: 1, terms: [{ preferred: "E-Mail", variants: [] }] },
    })).toEqual([
      "„committees[1].short“: das Gremium „kt“ steht schon in „committees[0].short“",
      "„otherProposers[0].name“: der Name „spd-fraktion“ steht schon in „factions[0].name“",
      "„statuses[1].name“: der Status „Offen“ steht schon in „statuses[0].name“",
      "„glossary“: Das Glossar ist ungültig (bei „terms.0.variants“): erwartet wird { \"version\": 1, \"terms\": [ { \"preferred\", \"variants\", \"note\", \"context\": { \"near\", \"notNear\", \"window\" } } ] }",
    ]);
  });

  it("reads text with a BOM and says what is wrong with text that is no JSON", () => {
    expect(configurationFromText('\uFEFF{ "version": 1 }')).toEqual(DEFAULT_CONFIGURATION);
    expect(() => configurationFromText("{ version: 1 }")).toThrow(/^Die Konfiguration ist ungültig: kein gültiges JSON \(/);
  });
});

describe("what the pane makes of the web server's answer", () => {
  const text = (body: string) => async () => body;

  it("no file: the built-in defaults, nothing to say", async () => {
    expect(await configurationFromResponse(404, text("Not Found"))).toEqual({ configuration: DEFAULT_CONFIGURATION, problem: null });
  });

  it("a county's file: its configuration", async () => {
    const loaded = await configurationFromResponse(200, text(JSON.stringify({ version: 1, committees: [{ short: "BKS", name: "Ausschuss für Bildung, Kultur und Sport" }] })));
    expect(loaded.problem).toBeNull();
    expect(loaded.configuration.registry.committees.map((c) => c.name)).toEqual(["Ausschuss für Bildung, Kultur und Sport"]);
  });

  it.each([
    [500, "{}", "Der Webserver antwortet mit dem Status 500."],
    [200, '{ "version": 1, "committees": [ { "short": "" } ] }', "Die Konfiguration ist ungültig: „committees[0].short“ darf nicht leer sein; „committees[0].name“ fehlt."],
    [200, " ".repeat(MAX_CONFIGURATION_BYTES + 1), "Die Datei ist größer als 1 MB."],
  ])("HTTP %s: the defaults and a German message", async (status, body, why) => {
    expect(await configurationFromResponse(status, text(body))).toEqual({
      configuration: DEFAULT_CONFIGURATION,
      problem: `Die zentrale Konfiguration (beschlussreif.config.json) wird nicht verwendet: ${why} Es gelten die eingebauten Grundeinstellungen; bitte wenden Sie sich an Ihre IT.`,
    });
  });
});

describe("the checks with a county's configuration", () => {
  it("the county's glossary goes before the built-in one: its note, its own terms", () => {
    const model = docModel(["Das Potential des Landkreis Musterland.", "Die Potenziale des Kreis Musterland."]);
    const builtIn = analyzeDocument(model).terms.groups;
    const county = analyzeDocument(model, { configuration: MUSTERLAND }).terms.groups;
    expect(builtIn.find((g) => g.id === "glossary:potenzial")?.note).toBe("Duden empfiehlt die Schreibung mit z (Potenzial, potenziell).");
    expect(builtIn.find((g) => g.id === "glossary:kreis musterland")).toBeUndefined();
    expect(county.find((g) => g.id === "glossary:kreis musterland")).toMatchObject({ suggested: "Kreis Musterland", note: "Amtlicher Name des Kreises." });
    const coesfeld = analyzeDocument(model, { configuration: COESFELD }).terms.groups;
    expect(coesfeld.find((g) => g.id === "glossary:potenzial")?.note).toBe("Duden empfiehlt die Schreibung mit z (Potenzial, potenziell); so auch die Strategischen Ziele 2025 („Potenziale der Digitalisierung“).");
  });

  it("the Beirat's own colour and name count: a turquoise question of the Inklusionsbeirat", async () => {
    const model = await buildModel(
      [new Paragraph({ children: [run("Der Kreis baut "), ...commented(1, [run("Rampen", { highlight: "cyan" })]), run(" an allen Schulen.")] })],
      [comment(1, { author: "Inklusionsbeirat", initials: "IB" }, "Auch an den Förderschulen?", "2025-05-06T10:00:00Z")],
    );
    expect(analyzeDocument(model).beirat).toEqual([]);
    const items = analyzeDocument(model, { configuration: MUSTERLAND }).beirat;
    expect(items.map((i) => [i.kind, i.marking, i.text, i.comment, i.state])).toEqual([["question", "highlight", "Rampen", "Auch an den Förderschulen?", "offen"]]);
  });
});
