import { checkTerminology, parseGlossary, replacementsFor, GlossaryError, type TermGroup } from "../../../src/checks/terminology";
import { applyReplacements, docModel } from "./model";

const noDefault = { defaultGlossary: false } as const;

function kinds(groups: readonly TermGroup[]): string[] {
  return groups.map((g) => `${g.kind}:${g.variants.map((v) => `${v.form}=${v.count}`).join("|")}`);
}

describe("glossary layer", () => {
  const model = docModel([
    "# A. Potenziale im Kreis Musterland",
    "Das Potential der Region ist groß. Die Potenziale werden genutzt.",
    "Wir heben die Potenziale und nutzen die Potenzialanalyse.",
    "Die Nutzung des Potentials und der Potentialanalyse wird geprüft.",
    "Ein Potenzial bleibt ein Potenzial, auch mit Potenzialen.",
  ]);

  it("groups inflected forms and suggests the preferred term with the German message", () => {
    const { groups, findings } = checkTerminology(model);
    const g = groups.find((x) => x.id === "glossary:potenzial")!;
    expect(g.rule).toBe("term/glossary");
    expect(g.variants.map((v) => [v.form, v.count])).toEqual([["Potenzial", 7], ["Potential", 3]]);
    expect(g.variants[1].places.map((p) => p.text)).toEqual(["Potential", "Potentials", "Potential"]);
    expect(findings.find((f) => f.data?.group === g.id)!.message).toBe(
      "Uneinheitliche Schreibweise: „Potenzial“ (7×) und „Potential“ (3×). Vorschlag: „Potenzial“ – bevorzugter Begriff laut Glossar. " +
        "Hinweis: Duden empfiehlt die Schreibung mit z (Potenzial, potenziell).",
    );
    expect(findings.find((f) => f.data?.group === g.id)!.location).toEqual({ paragraph: 1, section: "A", note: null, text: "Potential" });
  });

  it("replaces keeping the inflection ending, and a re-check finds the group resolved", () => {
    const g = checkTerminology(model).groups.find((x) => x.id === "glossary:potenzial")!;
    const edits = replacementsFor(g, "Potenzial");
    expect(edits.map((e) => e.replacement)).toEqual(["Potenzial", "Potenzials", "Potenzial"]);
    const after = applyReplacements(model, edits);
    expect(after.paragraphs[3].text).toBe("Die Nutzung des Potenzials und der Potenzialanalyse wird geprüft.");
    expect(checkTerminology(after).groups.find((x) => x.id === g.id)).toBeUndefined();
  });

  it("matches multi-word terms across line breaks and multiple spaces, with a user glossary", () => {
    const glossary = parseGlossary({
      version: 1,
      terms: [{ preferred: "Menschen mit Behinderungen", variants: ["behinderte Menschen"], note: "Sprachleitfaden des Kreises." }],
    });
    const { groups } = checkTerminology(docModel([
      "Angebote für Menschen mit  Behinderungen werden ausgebaut.",
      "Auch behinderte\nMenschen und behinderten Menschen hilft das.",
    ]), { glossaries: [glossary], ...noDefault });
    expect(groups).toHaveLength(1);
    expect(groups[0].variants.map((v) => [v.form, v.count])).toEqual([["Menschen mit Behinderungen", 1], ["behinderte Menschen", 2]]);
    expect(groups[0].variants[1].places[0].text).toBe("behinderte\nMenschen");
    expect(replacementsFor(groups[0], "Menschen mit Behinderungen")[0].replacement).toBe("Menschen mit Behinderungen");
  });

  it("matches a glossary form with a slash and hyphen (Mitarbeiter/-innen) as written and without the hyphen", () => {
    const glossary = parseGlossary({ version: 1, terms: [{ preferred: "Mitarbeitende", variants: ["Mitarbeiter/-innen"], note: "" }] });
    const { groups } = checkTerminology(docModel([
      "Die Mitarbeiter/-innen des Kreises und die Mitarbeiter/innen der Städte.",
      "Alle Mitarbeitenden sind eingeladen.",
    ]), { glossaries: [glossary], ...noDefault });
    const glossaryGroup = groups.find((g) => g.kind === "glossary")!;
    expect(glossaryGroup.variants.flatMap((v) => v.places.map((p) => p.text))).toEqual(["Mitarbeiter/-innen", "Mitarbeiter/innen", "Mitarbeitenden"]);
    expect(replacementsFor(glossaryGroup, "Mitarbeitende").map((r) => r.replacement)).toEqual(["Mitarbeitende", "Mitarbeitende"]);
  });

  it("flags a variant even when the preferred term never occurs", () => {
    const { findings } = checkTerminology(docModel(["Die Stabstelle Kreisentwicklung lädt ein."]));
    expect(findings.map((f) => f.message)).toEqual([
      "Nicht bevorzugter Begriff: „Stabstelle“ (1×). Vorschlag: „Stabsstelle“ – bevorzugter Begriff laut Glossar. Hinweis: Duden: Stabsstelle (mit Fugen-s).",
    ]);
  });

  it("rejects malformed glossaries with a German message", () => {
    expect(() => parseGlossary({ version: 2, terms: [] })).toThrow(GlossaryError);
    expect(() => parseGlossary({ version: 1, terms: [{ preferred: "X", variants: [] }] })).toThrow(/Glossar ist ungültig/);
    expect(parseGlossary({ version: 1, terms: [{ preferred: "A", variants: ["B"] }] }).terms[0].note).toBe("");
  });
});

describe("variant layers without a glossary", () => {
  it("finds compounds joined, hyphenated and spaced, suggesting the more frequent", () => {
    const { groups, findings } = checkTerminology(docModel([
      "Der Kreis wird zur Smart Region. Die Smart Region verbindet Orte.",
      "Jede Smart-Region braucht Daten, auch die SmartRegion Musterland.",
      "Viele arbeiten im Homeoffice; das Home-Office bleibt.",
    ]), noDefault);
    expect(kinds(groups)).toEqual([
      "compound:Smart Region=2|Smart-Region=1|SmartRegion=1",
      "compound:Homeoffice=1|Home-Office=1",
    ]);
    expect(groups[0].reason).toBe("häufigere Schreibweise (2 zu 1 zu 1)");
    expect(findings[0].message).toBe(
      "Uneinheitliche Schreibweise: „Smart Region“ (2×), „Smart-Region“ (1×) und „SmartRegion“ (1×). Vorschlag: „Smart Region“ – häufigere Schreibweise (2 zu 1 zu 1).",
    );
    expect(replacementsFor(groups[0], "Smart Region").map((r) => r.replacement)).toEqual(["Smart Region", "Smart Region"]);
    expect(groups[1].reason).toBe("zuerst verwendete Schreibweise (gleich häufig: 1 zu 1)");
  });

  it("finds known spelling pairs and prefers the Duden recommendation on a tie", () => {
    const { groups } = checkTerminology(docModel([
      "Die Photovoltaik wächst; auf Dächern entsteht Fotovoltaik.",
      "Der demographische Wandel und die demografische Entwicklung.",
      "Der Beschluß liegt vor. Der Beschluss wurde gefasst.",
    ]), noDefault);
    expect(kinds(groups)).toEqual([
      "spelling:Photovoltaik=1|Fotovoltaik=1",
      "spelling:demographische=1|demografische=1",
      "spelling:Beschluß=1|Beschluss=1",
    ]);
    expect(groups.map((g) => g.suggested)).toEqual(["Fotovoltaik", "demografische", "Beschluss"]);
    expect(groups[0].reason).toBe("empfohlene Schreibung nach Duden: f statt ph wie in Fotovoltaik, Grafik, Telefon (im Text 1 zu 1)");
    expect(groups[2].reason).toBe("geltende Rechtschreibung: ss nach kurzem Vokal, ß nach langem Vokal (im Text 1 zu 1)");
    expect(replacementsFor(groups[1], "demografische")).toEqual([{ paragraph: 1, start: 4, end: 18, replacement: "demografische" }]);
  });

  it("finds E-Mail forms", () => {
    const { groups } = checkTerminology(docModel(["Bitte per E-Mail antworten.", "Die Email und die eMail stehen unten."]), noDefault);
    expect(kinds(groups)).toEqual(["compound:E-Mail=1|Email=1|eMail=1"]);
  });

  it("finds an adjective in two cases before the same noun, mid-sentence only", () => {
    const { groups } = checkTerminology(docModel([
      "Wir nutzen Künstliche Intelligenz in der Verwaltung.",
      "Der Einsatz künstlicher Intelligenz wird geprüft; auch künstliche Intelligenz im Bürgerbüro.",
      "Künstliche Intelligenz am Satzanfang zählt nicht.",
    ]), noDefault);
    expect(kinds(groups)).toEqual(["case:Künstliche Intelligenz=1|künstlicher Intelligenz=2"]);
    expect(groups[0].suggested).toBe("künstlicher Intelligenz");
    expect(replacementsFor(groups[0], groups[0].suggested).map((r) => r.replacement)).toEqual(["künstliche Intelligenz"]);
  });

  it("finds an abbreviation in two cases", () => {
    const { groups } = checkTerminology(docModel(["Die wfc berät Betriebe.", "Die WFC lädt ein; die WFC berichtet."]), noDefault);
    expect(kinds(groups)).toEqual(["abbreviation:wfc=1|WFC=2"]);
    expect(replacementsFor(groups[0], "WFC")).toEqual([{ paragraph: 0, start: 4, end: 7, replacement: "WFC" }]);
  });

  it("finds gendered forms side by side and offers no automatic replacement", () => {
    const { groups, findings } = checkTerminology(docModel([
      "Die Mitarbeiterinnen und Mitarbeiter werden beteiligt.",
      "Alle Mitarbeitenden erhalten Fortbildungen; Mitarbeiter*innen und Mitarbeiter:innen ebenso.",
      "Auch MitarbeiterInnen und Mitarbeiter/-innen sind gemeint.",
      "Bürgerinnen und Bürger sowie Bürger und Bürgerinnen: eine Form.",
    ]), noDefault);
    expect(kinds(groups)).toEqual([
      "gender:Mitarbeiterinnen und Mitarbeiter=1|Mitarbeitenden=1|Mitarbeiter*innen=1|Mitarbeiter:innen=1|MitarbeiterInnen=1|Mitarbeiter/-innen=1",
    ]);
    expect(findings[0].severity).toBe("info");
    expect(findings[0].message).toMatch(/^Uneinheitliche geschlechtergerechte Formen: /);
    expect(replacementsFor(groups[0], groups[0].suggested)).toEqual([]);
  });
});

describe("traps that must not be flagged", () => {
  it.each([
    ["different words that look alike", ["Die Arbeit und der Arbeiter.", "Arbeitsgruppen und Arbeitsmarkt-Daten."]],
    ["suspended hyphens", ["Die Ein- und Ausgänge sowie der Eingang.", "Die Ein- und Ausfahrt, die Einfahrt."]],
    ["Fotos and Phosphor", ["Fotos vom Phosphor-Abbau.", "Phosphor und Fotos."]],
    ["sentence-initial capitals", ["Weg ist der Bus.", "Der Weg ist weit; wir gehen weg."]],
    ["quoted text", ["Das Projekt „Smart-Region Musterland“ läuft.", "Die Smart Region wächst."]],
    ["a noun and an adverb sharing letters", ["Zu Hause arbeiten.", "Das Zuhause ist wichtig."]],
    ["Maß and Masse", ["Das Maß ist voll.", "Die Masse der Anträge."]],
    ["all-caps words that are words", ["ZIELE UND WEGE", "Die Ziele und Wege."]],
    ["one consistent gendered form", ["Bürgerinnen und Bürger", "die Bürgerinnen und Bürgern", "Teilnehmende"]],
    ["web addresses", ["Mehr unter www.kreis-musterland.de im Netz.", "Der Kreis Musterland informiert."]],
    ["a slash that is no gendered form", ["Die Städte/Gemeinden und die Städte und Gemeinden."]],
    ["TOC lines", ["toc: XII.\tSmart-Region\t14", "Die Smart Region wächst."]],
  ])("%s", (_name, paras) => {
    expect(checkTerminology(docModel(paras), noDefault).groups).toEqual([]);
  });
});

describe("ignoring and ids", () => {
  it("keeps ignored groups but yields no finding for them", () => {
    const model = docModel(["Die Smart Region und die Smart-Region."]);
    const first = checkTerminology(model, noDefault);
    expect(first.groups[0].id).toBe("variant:compound:smartregion");
    const again = checkTerminology(model, { ...noDefault, ignored: [first.groups[0].id] });
    expect(again.groups[0].ignored).toBe(true);
    expect(again.findings).toEqual([]);
  });
});

describe("regressions found by the properties", () => {
  it("finds a glossary word shorter than three letters inflected and as a compound head", () => {
    const glossary = parseGlossary({ version: 1, terms: [{ preferred: "Kreisverwaltung", variants: ["KV"] }] });
    const { groups } = checkTerminology(docModel(["Die KV-Sitzung und die KVs im Land."]), { glossaries: [glossary], ...noDefault });
    expect(groups.map((g) => [g.id, g.variants.map((v) => v.places.map((p) => p.text))])).toEqual([["glossary:kreisverwaltung", [["KV", "KVs"]]]]);
  });

  it("merges a user glossary's variants into the shipped term with the same preferred form: one group, one id", () => {
    const glossary = parseGlossary({ version: 1, terms: [{ preferred: "E-Mail", variants: ["Mail"], note: "Hausregel." }] });
    const { groups } = checkTerminology(docModel(["Bitte per Mail oder Email antworten."]), { glossaries: [glossary] });
    expect(groups.map((g) => [g.id, g.note, g.variants.map((v) => v.form)])).toEqual([["glossary:e-mail", "Hausregel.", ["Mail", "Email"]]]);
  });

  it("keeps the blanks of a two-word place as they stand in the text", () => {
    const { groups } = checkTerminology(docModel([
      "Wir nutzen Künstliche\u00A0Intelligenz und künstliche  Intelligenz.",
      "Die Smart\nRegion und die SmartRegion.",
    ]), noDefault);
    expect(groups.map((g) => g.variants.map((v) => v.places[0].text))).toEqual([
      ["Künstliche\u00A0Intelligenz", "künstliche  Intelligenz"],
      ["Smart\nRegion", "SmartRegion"],
    ]);
    expect(replacementsFor(groups[0], "künstliche Intelligenz")[0].replacement).toBe("künstliche\u00A0Intelligenz");
  });

  it("counts an abbreviation's plural s as its inflection and keeps it when replacing", () => {
    const { groups } = checkTerminology(docModel(["Die WFC berät.", "Die WFCs und die wfc."]), noDefault);
    expect(kinds(groups)).toEqual(["abbreviation:WFC=2|wfc=1"]);
    expect(replacementsFor(groups[0], "wfc").map((r) => r.replacement)).toEqual(["wfc", "wfcs"]);
  });

  it("matches gendered glossary variants, also at the end of a paragraph, and never a part of a form", () => {
    const glossary = parseGlossary({ version: 1, terms: [
      { preferred: "Mitarbeitende", variants: ["Mitarbeiter*innen", "Mitarbeiter:innen"] },
      { preferred: "Mikrogramm", variants: ["µg"] },
    ] });
    const { groups } = checkTerminology(docModel(["Liebe Mitarbeiter:innen", "An alle Mitarbeiter*innen: 5 g Zucker."]), { glossaries: [glossary], ...noDefault });
    expect(kinds(groups)).toEqual(["glossary:Mitarbeiter:innen=1|Mitarbeiter*innen=1"]);
    expect(kinds(checkTerminology(docModel(["Die Mitarbeiter*innen und die Mitarbeiter:innen"]), noDefault).groups))
      .toEqual(["gender:Mitarbeiter*innen=1|Mitarbeiter:innen=1"]);
  });

  it("takes each word into one pair only", () => {
    const { groups } = checkTerminology(docModel([
      "Bürger und Bürgerinnen und Bürger sowie Bürger*innen.",
      "Die Start-upStart-up und die Start-up Start-up Start-up.",
    ]), noDefault);
    expect(kinds(groups)).toEqual([
      "gender:Bürger und Bürgerinnen=1|Bürger*innen=1",
      "compound:Start-upStart-up=1|Start-up Start-up=1",
    ]);
  });
});
