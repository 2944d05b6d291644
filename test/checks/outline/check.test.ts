import { checkOutline, parseReferenceOutline, referenceFromModel, type OutlineReport } from "../../../src/checks/outline";
import type { RuleId } from "../../../src/model/findings";
import { docModel, goal, tocFieldOver, type ParaSpec } from "./model-builder";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV"];
const GOALS = ["Wirtschaft und Arbeit", "Sicherheit und Ordnung", "Familie und Jugend", "Bildung", "Integration", "Gleichstellung",
  "Gesundheit und Pflege", "Klimaschutz", "Umweltschutz", "Mobilität und Verkehr", "Wohnen und Infrastruktur", "Digitalisierung",
  "Kultur und Tourismus", "Zusammenarbeit und Europa"];

const rules = (r: OutlineReport, rule: RuleId) => r.findings.filter((f) => f.rule === rule);
const errors = (r: OutlineReport) => r.findings.filter((f) => f.severity === "error");

function strategy(tocGoals: string[], bodyGoals: string[], tocHeader: ParaSpec[] = ["Inhaltsverzeichnis"]): ParaSpec[] {
  return [
    "Strategische Ziele des Kreises Musterland",
    ...tocHeader,
    "toc1: A.\tGrundsätze\t2",
    "toc1: B.\tZiele\t3",
    ...tocGoals.map((g, i) => `toc2: ${ROMAN[i]}.\t${g}\t${i + 3}`),
    "# A. Grundsätze",
    "Der Kreis Musterland handelt nach klaren Grundsätzen.",
    "# B. Ziele",
    ...bodyGoals.flatMap((g, i) => goal(`${ROMAN[i]}. ${g}`)),
  ];
}

describe("TOC against the body", () => {
  it("accepts a typed TOC that matches the body", () => {
    const r = checkOutline(docModel(strategy(GOALS, GOALS)));
    expect(r.tocSource).toBe("typed");
    expect(r.toc).toHaveLength(16);
    expect(r.toc[12]).toMatchObject({ level: 2, label: "XI", title: "Wohnen und Infrastruktur", page: "13", path: "B.XI" });
    expect(r.findings).toEqual([]);
  });

  it("reports a section missing from the TOC once, with the shifted numbers of the later entries in its data", () => {
    const toc = GOALS.filter((g) => g !== "Mobilität und Verkehr");
    const r = checkOutline(docModel(strategy(toc, GOALS)));
    expect(r.findings.map((f) => f.rule)).toEqual(["toc/missing-in-toc"]);
    const f = r.findings[0];
    expect(f.message).toBe("Im Inhaltsverzeichnis fehlt „X. Mobilität und Verkehr“; deshalb sind die Nummern der 4 folgenden Einträge verschoben.");
    expect(f.location).toMatchObject({ section: "B.X", text: "X. Mobilität und Verkehr" });
    expect(f.data!.shifted).toEqual([
      expect.objectContaining({ title: "Wohnen und Infrastruktur", outlineLabel: "X", bodyLabel: "XI", section: "B.XI" }),
      expect.objectContaining({ outlineLabel: "XI", bodyLabel: "XII" }),
      expect.objectContaining({ outlineLabel: "XII", bodyLabel: "XIII" }),
      expect.objectContaining({ outlineLabel: "XIII", bodyLabel: "XIV" }),
    ]);
    // The fix: insert the line after "IX. Umweltschutz" (paragraph 12: title, heading, A, B, then goals from 4) in the
    // style of its siblings…
    expect(f.data!.fix).toEqual({
      kind: "insert-toc-entry", afterParagraph: 12, beforeParagraph: null, text: "X.\tMobilität und Verkehr\t", level: 2, style: "Toc2",
      // …and the four shifted lines after it get the body's numbers.
      renumber: [[13, "XI", "Wohnen und Infrastruktur"], [14, "XII", "Digitalisierung"], [15, "XIII", "Kultur und Tourismus"], [16, "XIV", "Zusammenarbeit und Europa"]]
        .map(([paragraph, label, title]) => ({ paragraph, text: expect.stringMatching(new RegExp(`^${label}\\.\\t${title}\\t`)) })),
    });
  });

  it("pairs the headings with the entries as its findings do: a missing entry leaves the later ones beside their headings", () => {
    const r = checkOutline(docModel(strategy(GOALS.filter((g) => g !== "Mobilität und Verkehr"), GOALS)));
    const row = (p: OutlineReport["pairs"][number]) => `${p.heading ? `${p.heading.label} ${p.heading.title}` : "–"} | ${p.entry ? `${p.entry.label} ${p.entry.title}` : "–"}${p.titleDiffers ? " (Titel)" : ""}`;
    expect(r.pairs.map(row).slice(10, 13)).toEqual([
      "IX Umweltschutz | IX Umweltschutz", "X Mobilität und Verkehr | –", "XI Wohnen und Infrastruktur | X Wohnen und Infrastruktur",
    ]);
    expect(r.pairs).toHaveLength(2 + GOALS.length);
    expect(r.pairs.filter((p) => !p.entry || !p.heading)).toHaveLength(1);
  });

  it.each(GOALS.map((g, k) => [k, g]))("finds one cause wherever the missing entry is (goal %i)", (k) => {
    const r = checkOutline(docModel(strategy(GOALS.filter((_g, i) => i !== k), GOALS)));
    expect(r.findings.map((f) => [f.rule, f.location.section])).toEqual([["toc/missing-in-toc", `B.${ROMAN[k]}`]]);
    expect(r.findings[0].data!.shifted).toHaveLength(13 - k);
  });

  it("reports a TOC entry missing in the body when the body renumbered after it", () => {
    const body = GOALS.filter((g) => g !== "Bildung");
    const r = checkOutline(docModel(strategy(GOALS, body)));
    expect(r.findings.map((f) => f.rule)).toEqual(["toc/missing-in-body"]);
    expect(r.findings[0].message).toContain("Im Text fehlt der Abschnitt „IV. Bildung“, den das Inhaltsverzeichnis aufführt; deshalb sind die Nummern der 10 folgenden Einträge verschoben.");
  });

  it("reports a renamed heading as a title mismatch, not as one missing and one extra section", () => {
    const body = GOALS.map((g) => (g === "Wohnen und Infrastruktur" ? "Wohnen, Bauen und Infrastruktur" : g));
    const r = checkOutline(docModel(strategy(GOALS, body)));
    expect(r.findings.map((f) => f.rule)).toEqual(["toc/title-mismatch"]);
    expect(r.findings[0]).toMatchObject({ severity: "warning", location: { section: "B.XI" } });
    expect(r.findings[0].data!.fix).toMatchObject({ kind: "replace-toc-entry", text: "XI.\tWohnen, Bauen und Infrastruktur\t13" });
  });

  it("ignores case, dashes, quotes and spacing in titles", () => {
    const toc = GOALS.map((g) => (g === "Kultur und Tourismus" ? "Kultur  und TOURISMUS" : g));
    const body = GOALS.map((g) => (g === "Kultur und Tourismus" ? "„Kultur\u00A0und Tourismus“" : g));
    expect(checkOutline(docModel(strategy(toc, body))).findings).toEqual([]);
  });

  it("reports a wrong number in the TOC without a cause as a number mismatch", () => {
    const model = docModel(strategy(GOALS, GOALS));
    const line = model.paragraphs.find((p) => p.text.startsWith("VI.\t"))!;
    line.text = line.originalText = "VII.\tGleichstellung\t8";
    const r = checkOutline(model);
    expect(r.findings.map((f) => f.rule)).toEqual(["toc/number-mismatch"]);
    expect(r.findings[0].message).toBe("Im Inhaltsverzeichnis trägt „Gleichstellung“ die Nummer VII, im Text die Nummer VI.");
  });

  it("reports an entry listed elsewhere as order", () => {
    const toc = [...GOALS.slice(0, 3), ...GOALS.slice(4, 9), GOALS[3], ...GOALS.slice(9)];
    const r = checkOutline(docModel(strategy(toc, GOALS)));
    expect(rules(r, "toc/order")).toHaveLength(1);
    expect(rules(r, "toc/order")[0].message).toContain("„IV. Bildung“ steht im Inhaltsverzeichnis an anderer Stelle als im Text.");
    expect(rules(r, "toc/missing-in-body")).toHaveLength(0);
  });

  it("drops a tracked-deleted heading and says so", () => {
    const specs = strategy(GOALS, GOALS);
    const k = specs.indexOf("## IV. Bildung");
    specs[k] = { text: "", originalText: "IV. Bildung", level: 2, markDeleted: "7" };
    const r = checkOutline(docModel(specs));
    const missing = rules(r, "toc/missing-in-body");
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain("noch nicht angenommen");
    expect(missing[0].data).toMatchObject({ pendingChange: "deleted", deletedHeading: k });
    expect(r.headings.some((h) => h.title === "Bildung")).toBe(false);
    // The body still jumps III → V (the heading's number is not in Word's numbering): that jump is the same cause.
    expect(rules(r, "numbering/gap")).toEqual([]);
  });

  it("marks a heading inserted as a tracked change", () => {
    const specs = strategy(GOALS.slice(0, 13), GOALS.slice(0, 13));
    specs.push({ text: "XIV. Zusammenarbeit und Europa", originalText: "", level: 2, markInserted: "3" }, ...goal("x").slice(1));
    const r = checkOutline(docModel(specs));
    expect(r.findings.map((f) => f.rule)).toEqual(["toc/missing-in-toc"]);
    expect(r.findings[0].message).toContain("als Änderung eingefügt");
    expect(r.findings[0].data).toMatchObject({ pendingChange: "inserted" });
  });

  it("reads a typed TOC without styles after the line „Inhalt“, with dot leaders", () => {
    const r = checkOutline(docModel([
      "Inhalt",
      "1. Einleitung .......... 2",
      "2. Ausgangslage\t. 3",
      "2.1 Bevölkerung …… 3",
      "3. Ziele\t4",
      "# 1. Einleitung", "Text.",
      "# 2. Ausgangslage", "Text.",
      "## 2.1 Bevölkerung", "Text.",
      "## 2.2 Wirtschaft", "Text.",
      "# 3. Ziele", "Text.",
    ]));
    expect(r.tocSource).toBe("typed");
    expect(r.toc.map((e) => [e.level, e.label, e.title, e.page])).toEqual([
      [1, "1", "Einleitung", "2"], [1, "2", "Ausgangslage", "3"], [2, "2.1", "Bevölkerung", "3"], [1, "3", "Ziele", "4"],
    ]);
    expect(r.findings.map((f) => [f.rule, f.location.section])).toEqual([["toc/missing-in-toc", "2.2"]]);
    expect(r.findings[0].data!.fix).toMatchObject({ afterParagraph: 3, style: null, text: "2.2\tWirtschaft\t" });
  });

  it("infers levels of letters and roman numerals in an unstyled TOC", () => {
    const r = checkOutline(docModel([
      "Gliederung", "A.\tGrundsätze\t2", "I.\tDemokratie\t2", "II.\tNachhaltigkeit\t3", "B.\tZiele\t4", "I.\tWirtschaft\t4",
      "# A. Grundsätze", "## I. Demokratie", "x", "## II. Nachhaltigkeit", "x", "# B. Ziele", "## I. Wirtschaft", "x",
    ]));
    expect(r.toc.map((e) => e.path)).toEqual(["A", "A.I", "A.II", "B", "B.I"]);
    expect(r.findings).toEqual([]);
  });

  it("reads labels separated by a tab alone", () => {
    const r = checkOutline(docModel(["Inhaltsverzeichnis", "toc1: A\tGrundsätze\t2", "toc2: II\tNachhaltigkeit\t3", "# A. Grundsätze", "## II. Nachhaltigkeit", "x"]));
    expect(r.toc.map((e) => e.path)).toEqual(["A", "A.II"]);
  });

  it("pairs a TOC typed in one style for two levels with the headings of both", () => {
    const r = checkOutline(docModel(["Inhaltsverzeichnis", "toc1: A.\tGrundsätze\t2", "toc1: I.\tDemokratie\t2", "toc1: II.\tNachhaltigkeit\t3",
      "# A. Grundsätze", "## I. Demokratie", "x", "## II. Nachhaltigkeit", "x", "## III. Neu", "x"]));
    expect(r.findings).toEqual([]);
  });

  it("reports a missing TOC as info", () => {
    const r = checkOutline(docModel(["# 1. Einleitung", "Text"]));
    expect(r.tocSource).toBeNull();
    expect(r.findings).toEqual([expect.objectContaining({ rule: "toc/not-found", severity: "info" })]);
  });
});

describe("TOC fields", () => {
  const specs: ParaSpec[] = [
    { text: "Inhalt", style: "TocHeading" },
    "toc1: 1.\tSachdarstellung\t1", "toc1: 2.\tAlternativen\t1", "toc1: 3.\tFinanzen\t2",
    "",
    "# 1. Sachdarstellung", "Text.", "# 2. Alternativen", "Text.", "# 3. Finanzen", "Text.",
  ];

  it("accepts a fresh field", () => {
    const r = checkOutline(tocFieldOver(docModel(specs), 1, 4));
    expect(r.tocSource).toBe("field");
    expect(r.toc).toHaveLength(3);
    expect(r.findings).toEqual([]);
  });

  it("reports a stale field once, as „Verzeichnis aktualisieren“, with the differences in its data", () => {
    const stale = [...specs.slice(0, 9), "# 3. Personal", "Text.", "# 4. Finanzen", "Text."];
    const r = checkOutline(tocFieldOver(docModel(stale), 1, 4));
    expect(r.findings.map((f) => f.rule)).toEqual(["toc/outdated-field"]);
    const f = r.findings[0];
    expect(f.severity).toBe("warning");
    expect(f.message).toContain("Verzeichnis aktualisieren");
    expect(f.data!.fix).toEqual({ kind: "update-field", fieldIndex: 0 });
    expect(f.data!.differences).toEqual([
      expect.objectContaining({ rule: "toc/missing-in-toc", message: "Im Inhaltsverzeichnis fehlt „3. Personal“; deshalb ist die Nummer des folgenden Eintrags verschoben." }),
    ]);
  });

  it("reports a dirty field as info", () => {
    const r = checkOutline(tocFieldOver(docModel(specs), 1, 4, { dirty: true }));
    expect(r.findings).toEqual([expect.objectContaining({ rule: "toc/outdated-field", severity: "info" })]);
  });

  it("skips a table of figures", () => {
    const m = tocFieldOver(docModel(specs), 1, 4, { isCaptionList: true, instruction: 'TOC \\h \\z \\c "Abbildung"' });
    expect(checkOutline(m).tocSource).toBe("typed");
  });
});

describe("numbering", () => {
  const body = (labels: string[]) => docModel([
    "Inhaltsverzeichnis", ...labels.map((l, i) => `toc1: ${l}.\tAbschnitt ${i}\t${i + 1}`),
    ...labels.flatMap((l, i) => [`# ${l}. Abschnitt ${i}`, "Text."]),
  ]);

  it("finds duplicates and gaps in decimal numbering", () => {
    const r = checkOutline(body(["1", "2", "2", "4"]));
    expect(rules(r, "numbering/duplicate")).toEqual([expect.objectContaining({ severity: "error", location: expect.objectContaining({ section: "2" }) })]);
    expect(rules(r, "numbering/gap").map((f) => f.data!.missing)).toEqual([["3"]]);
    expect(rules(r, "numbering/gap")[0].message).toBe("Auf „2. Abschnitt 2“ folgt „4. Abschnitt 3“: Es fehlt die Nummer 3.");
  });

  it("finds gaps in roman numbering under each parent", () => {
    const r = checkOutline(docModel(["# A. Teil", "## I. Eins", "x", "## III. Drei", "x", "# B. Teil", "## II. Zwei", "x"]));
    expect(rules(r, "numbering/gap").map((f) => [f.location.section, f.data!.missing])).toEqual([["A.III", ["II"]], ["B.II", ["I"]]]);
  });

  it("accepts numbering that runs on across parents", () => {
    const r = checkOutline(docModel(["# A. Teil", "## 1. Eins", "x", "## 2. Zwei", "x", "# B. Teil", "## 3. Drei", "x"]));
    expect(rules(r, "numbering/gap")).toEqual([]);
  });

  it("finds mixed schemes on one level", () => {
    const r = checkOutline(docModel(["# A. Teil", "## I. Eins", "x", "## II. Zwei", "x", "# B. Teil", "## 1. Eins", "x"]));
    const mixed = rules(r, "numbering/mixed");
    expect(mixed).toHaveLength(1);
    expect(mixed[0].location.section).toBe("B.1");
    expect(mixed[0].message).toContain("römische Zahlen (I, II) in 2 Überschriften, arabische Zahlen (1, 2) in einer Überschrift");
  });

  it("takes Word's list numbering (decimal, multi-level) for the number", () => {
    const list = (label: string, level: number) => ({ numId: "1", level, label, format: "decimal" as const });
    const r = checkOutline(docModel([
      { text: "Ziele", level: 1, list: list("1.", 0) }, "x",
      { text: "Bildung", level: 2, list: list("1.1", 1) }, "x",
      { text: "Umwelt", level: 2, list: list("1.3", 1) }, "x",
    ]));
    expect(r.headings.map((h) => h.path)).toEqual(["1", "1.1", "1.3"]);
    expect(rules(r, "numbering/gap").map((f) => f.data!.missing)).toEqual([["1.2"]]);
  });
});

describe("section build", () => {
  const doc = (goals: ParaSpec[][]) => docModel(["# B. Ziele", ...goals.flat()]);
  const names = ["I. Eins", "II. Zwei", "III. Drei", "IV. Vier", "V. Fünf"];

  it("reports a goal without bullets where the others have them", () => {
    const goals = names.map((n) => goal(n));
    goals[2] = goals[2].filter((p) => typeof p !== "string" || !p.startsWith("- "));
    const shape = rules(checkOutline(doc(goals)), "section/shape");
    expect(shape).toHaveLength(1);
    expect(shape[0]).toMatchObject({ location: { section: "B.III" }, data: { missing: ["list"], siblings: 5, withList: 4 } });
  });

  it("reports a goal without intro", () => {
    const goals = names.map((n) => goal(n));
    goals[1] = goals[1].filter((_p, i) => i !== 1);
    const shape = rules(checkOutline(doc(goals)), "section/shape");
    expect(shape.map((f) => f.data!.missing)).toEqual([["intro"]]);
  });

  it("reports sections far from the median length of their level, with the figures", () => {
    const goals = names.map((n, i) => goal(n, i === 0 ? 40 : i === 4 ? 1200 : 200));
    const length = rules(checkOutline(doc(goals)), "section/length");
    expect(length.map((f) => f.location.section)).toEqual(["B.I", "B.V"]);
    expect(length[0].data).toMatchObject({ length: 80, median: 400, ratio: 0.2, siblings: 5 });
    expect(length[0].message).toContain("deutlich kürzer");
    expect(length[1].message).toContain("Median 400 Zeichen");
  });

  it("compares lengths only with four or more siblings", () => {
    const goals = names.slice(0, 3).map((n, i) => goal(n, i === 0 ? 20 : 400));
    expect(rules(checkOutline(doc(goals)), "section/length")).toEqual([]);
  });
});

describe("reference outline", () => {
  it("validates outline.json", () => {
    expect(parseReferenceOutline({ version: 1, entries: [{ level: 1, label: "A.", title: "Grundsätze" }] }))
      .toEqual({ entries: [{ level: 1, label: "A", title: "Grundsätze" }] });
    expect(() => parseReferenceOutline({ version: 2, entries: [] })).toThrow("Die Gliederung ist ungültig (bei „version“)");
    expect(() => parseReferenceOutline({ version: 1, entries: [{ level: 0, label: "", title: "x" }] })).toThrow("(bei „entries.0.level“)");
    expect(() => parseReferenceOutline({ version: 1, entries: [{ level: 1, label: "1", title: "  " }] })).toThrow("(bei „entries.0.title“)");
    expect(() => parseReferenceOutline({ version: 1, entries: [{ level: 1, label: "1", title: "A", extra: 1 }] })).toThrow("Die Gliederung ist ungültig");
  });

  it("names headings the reference outline lacks", () => {
    const reference = parseReferenceOutline({ version: 1, entries: [
      { level: 1, label: "A", title: "Grundsätze" }, { level: 1, label: "B", title: "Ziele" },
      ...GOALS.slice(0, 13).map((title, i) => ({ level: 2, label: ROMAN[i], title })),
    ] });
    const r = checkOutline(docModel(strategy(GOALS, GOALS)), { reference });
    expect(r.findings.map((f) => [f.rule, f.message])).toEqual([
      ["toc/missing-in-toc", "In der Vergleichsgliederung fehlt „XIV. Zusammenarbeit und Europa“."],
    ]);
  });

  it("compares the body with the agreed outline of an earlier draft", () => {
    const earlier = docModel(strategy(GOALS, GOALS));
    const reference = referenceFromModel(earlier);
    expect(reference.entries).toHaveLength(16);
    const now = docModel(strategy(GOALS, GOALS.filter((g) => g !== "Integration")).filter((s) => s !== "toc2: V.\tIntegration\t7"));
    const r = checkOutline(now, { reference });
    const against = r.findings.filter((f) => f.data?.against === "reference");
    expect(against.map((f) => f.rule)).toEqual(["toc/missing-in-body"]);
    expect(against[0].message).toContain("Im Text fehlt der Abschnitt „V. Integration“, den die Vergleichsgliederung aufführt; deshalb sind die Nummern der 9 folgenden Einträge verschoben.");
    expect(against[0].location.paragraph).not.toBeNull();
  });
});

it("produces no errors for the matching strategy", () => {
  expect(errors(checkOutline(docModel(strategy(GOALS, GOALS))))).toEqual([]);
});
