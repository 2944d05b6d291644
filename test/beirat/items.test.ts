import { emptyMetadata } from "../../src/amendments/grouping";
import type { Amendment } from "../../src/amendments/types";
import { beiratJson, collectBeiratItems, recordedQuestions, type BeiratItem } from "../../src/beirat/items";
import { checkBeirat } from "../../src/beirat/check";
import { buildModel, comment, commented, DeletedTextRun, heading, InsertedTextRun, KV, Paragraph, run, sample, ShadingType, THB } from "./docs";

const D1 = "2025-03-11T18:03:00Z";
const D2 = "2025-03-13T09:30:00Z";
const pinkShade = { type: ShadingType.CLEAR, fill: "FF99CC", color: "auto" };
const greyShade = { type: ShadingType.CLEAR, fill: "D9D9D9", color: "auto" };

async function variants() {
  return buildModel(
    [
      heading("A. Teilhabe"),
      // Two adjacent pink runs (one bold) are one marking; the question is unanswered.
      new Paragraph({ children: [run("Der Kreis Musterland "), ...commented(1, [run("fördert barrierefreie ", { highlight: "magenta" }), run("Wege", { highlight: "magenta", bold: true })]), run(" im ganzen Kreis.")] }),
      // Pink shading with a reply: answered.
      new Paragraph({ children: [run("Bescheide erscheinen auch in "), ...commented(2, [run("Leichter Sprache", { shading: pinkShade })]), run(".")] }),
      // Highlight with a reply, resolved: done.
      new Paragraph({ children: [run("Die Internetseite erhält eine "), ...commented(4, [run("Vorlesefunktion", { highlight: "magenta" })]), run(".")] }),
      heading("B. Mobilität"),
      // Pink font colours: a tracked addition and two untracked ones.
      new Paragraph({ children: [run("Haltestellen werden "), new InsertedTextRun({ text: "stufenlos", id: 20, author: THB.author, date: D2, color: "FF00FF" }), run("ausgebaut.")] }),
      new Paragraph({ children: [run("Angebote gibt es "), run("für alle Generationen", { color: "FF66CC" }), run(" und "), run("in allen Orten", { color: "E4007C" }), run(".")] }),
      // Near-misses: red, purple and dark magenta text, light grey shading, red highlight.
      new Paragraph({ children: [run("rot ", { color: "FF0000" }), run("violett ", { color: "7030A0" }), run("dunkelmagenta ", { color: "800080" }), run("grau ", { shading: greyShade }), run("markiert", { highlight: "red" }), run(" dunkel", { highlight: "darkMagenta" })] }),
      // A Beirat comment without pink is still a question; an administration comment on pink text is not the Beirat's.
      new Paragraph({ children: [run("Der Fahrdienst "), ...commented(6, [run("wird ausgebaut")]), run(" und "), ...commented(7, [run("bleibt kostenfrei", { color: "FF00FF" })]), run(".")] }),
      new Paragraph({ children: [...commented(8, [run("Ohne Farbe und ohne Beirat.")])] }),
    ],
    [
      comment(1, THB, "Sind damit auch Wege für Menschen mit Sehbehinderung gemeint?", D1),
      comment(2, THB, "Gilt das für alle Bescheide?", D1),
      comment(3, KV, "Ja, für alle Bescheide ab 2026.", D2, { parentId: 2 }),
      comment(4, THB, "Wann kommt die Vorlesefunktion?", D1, { resolved: true }),
      comment(5, KV, "Sie ist seit Februar online.", D2, { parentId: 4 }),
      comment(6, THB, "Auch am Wochenende?", D1),
      comment(7, KV, "Antrag der SPD-Kreistagsfraktion vom 14.03.2025", D2),
      comment(8, KV, "Bitte prüfen.", D2),
    ],
  );
}

const SAMPLE_SECTION = "B.XII";
const summary = (items: BeiratItem[]) => items.map((i) => [i.nr, i.kind, i.marking, i.section, i.text, i.state]);

describe("collectBeiratItems on own documents", () => {
  it("finds each pink variant, merges adjacent runs and ignores near-misses", async () => {
    const items = collectBeiratItems(await variants());
    expect(summary(items)).toEqual([
      [1, "question", "highlight", "A", "fördert barrierefreie Wege", "offen"],
      [2, "question", "shading", "A", "Leichter Sprache", "beantwortet"],
      [3, "question", "highlight", "A", "Vorlesefunktion", "erledigt"],
      [4, "addition", "color", "B", "stufenlos", "offen"],
      [5, "addition", "color", "B", "für alle Generationen", "offen"],
      [6, "addition", "color", "B", "in allen Orten", "offen"],
      [7, "question", null, "B", "wird ausgebaut", "offen"],
      [8, "addition", "color", "B", "bleibt kostenfrei", "offen"],
    ]);
  });

  it("attaches the comment, its replies as answers, authors and dates", async () => {
    const items = collectBeiratItems(await variants());
    expect(items[0]).toMatchObject({ comment: "Sind damit auch Wege für Menschen mit Sehbehinderung gemeint?", author: "Teilhabebeirat", datum: "2025-03-11", answers: [], resolved: false });
    expect(items[1]).toMatchObject({ answers: [{ author: KV.author, datum: "2025-03-13", text: "Ja, für alle Bescheide ab 2026." }], resolved: false });
    expect(items[2]).toMatchObject({ answers: [{ text: "Sie ist seit Februar online." }], resolved: true });
    // A tracked addition without a comment takes author and date from the insertion.
    expect(items[3]).toMatchObject({ comment: null, commentId: null, author: "Teilhabebeirat", datum: "2025-03-13" });
    // The administration's legacy note on pink text is not the Beirat's comment.
    expect(items[7]).toMatchObject({ comment: null, author: null });
    const p = items[0].location!.start.paragraph;
    expect(items[0].location).toEqual({ start: { paragraph: p, offset: 21 }, end: { paragraph: p, offset: 47 } });
    expect(items[0].paragraph).toBe(p);
  });

  it("recognises the Beirat by configured names and initials", async () => {
    const model = await variants();
    const items = collectBeiratItems(model, { authors: ["Beirat für Menschen mit Behinderungen"], initials: ["BMB"] });
    // Without the default names, the plain comment 6 is no longer a question; pink markings still are.
    expect(items.map((i) => i.text)).not.toContain("wird ausgebaut");
    expect(items).toHaveLength(7);
  });

  it("writes the overview JSON of SPEC §2.7", async () => {
    const json = beiratJson(collectBeiratItems(await variants()));
    expect(Object.keys(json.items[1])).toEqual(["nr", "kind", "section", "text", "comment", "author", "datum", "answers", "resolved"]);
    expect(json.items[1]).toEqual({
      nr: 2, kind: "question", section: "A", text: "Leichter Sprache", comment: "Gilt das für alle Bescheide?", author: "Teilhabebeirat",
      datum: "2025-03-11", answers: [{ author: KV.author, datum: "2025-03-13", text: "Ja, für alle Bescheide ab 2026." }], resolved: false,
    });
  });

  it("reports only open questions as beirat/unanswered", async () => {
    const findings = checkBeirat(collectBeiratItems(await variants()));
    expect(findings.map((f) => [f.rule, f.severity, f.location.section, f.location.text])).toEqual([
      ["beirat/unanswered", "warning", "A", "fördert barrierefreie Wege"],
      ["beirat/unanswered", "warning", "B", "wird ausgebaut"],
    ]);
    expect(findings[0].message).toBe("Die Frage des Teilhabebeirats vom 11.03.2025 in Abschnitt A zu „fördert barrierefreie Wege“ ist noch nicht beantwortet.");
  });

  it("ignores whitespace-only pink runs; deleted text neither shows nor interrupts a marking", async () => {
    const model = await buildModel([
      new Paragraph({ children: [run("Text "), run("   ", { highlight: "magenta" }), run("weiter.")] }),
      new Paragraph({ children: [run("Wir bauen "), run("sichere ", { color: "FF66CC" }), new DeletedTextRun({ text: "breite ", id: 30, author: KV.author, date: D2, color: "FF66CC" }), run("Radwege", { color: "FF66CC" }), new DeletedTextRun({ text: " schnell", id: 31, author: KV.author, date: D2, color: "FF66CC" }), run(".")] }),
    ]);
    expect(collectBeiratItems(model).map((i) => [i.paragraph, i.text, i.location])).toEqual([
      [1, "sichere Radwege", { start: { paragraph: 1, offset: 10 }, end: { paragraph: 1, offset: 25 } }],
    ]);
  });


  it("attaches a point comment at the end of a marking, not a comment on the neighbouring words", async () => {
    const model = await buildModel(
      [
        new Paragraph({ children: [run("Jede Schule erhält eine "), run("Rampe", { highlight: "magenta" }), ...commented(1, []), run(" und "), run("Aufzüge", { highlight: "magenta" }), ...commented(2, [run(" am Haupteingang")])] }),
      ],
      [comment(1, THB, "Auch an Nebeneingängen?", D1), comment(2, KV, "Hinweis der Bauabteilung", D2)],
    );
    expect(collectBeiratItems(model).map((i) => [i.text, i.comment])).toEqual([["Rampe", "Auch an Nebeneingängen?"], ["Aufzüge", null]]);
  });
});

describe("colour legends", () => {
  it("a legend naming the Beirat and pink is no item, even where its words are coloured as samples", async () => {
    const model = await buildModel([
      // As drafts carry it: the colour words themselves show the marking.
      new Paragraph({ children: [run("Ergänzungen Teilhabebeirat Farbe "), run("pink", { color: "FF00FF" }), run(", Fragen "), run("pink hinterlegt", { highlight: "magenta" })] }),
      new Paragraph({ children: [run("Änderungen/Ergänzungen THB: pinke Schrift; Fragen des THB: pink markiert", { color: "E4007C" })] }),
      new Paragraph({ children: [run("Legende: "), run("Vorschläge des Beirats in Magenta", { color: "FF00FF" }), run(", Fragen rosa hinterlegt.", { shading: pinkShade })] }),
      heading("A. Teilhabe"),
      // The Beirat's own contributions, one naming the Beirat, stay items.
      new Paragraph({ children: [run("Der Kreis beteiligt "), run("den Teilhabebeirat frühzeitig", { color: "FF00FF" }), run(".")] }),
      new Paragraph({ children: [run("Spielplätze werden "), run("inklusiv", { highlight: "magenta" }), run(" gestaltet.")] }),
    ]);
    expect(collectBeiratItems(model).map((i) => [i.kind, i.text])).toEqual([
      ["addition", "den Teilhabebeirat frühzeitig"],
      ["question", "inklusiv"],
    ]);
  });
});

describe("samples", () => {
  it("strategie-entwurf1.docx: the magenta 'barrierefrei' with the Beirat's comment is an open question", () => {
    const items = collectBeiratItems(sample("strategie-entwurf1.docx"));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      nr: 1, kind: "question", marking: "highlight", text: "barrierefrei", author: "Teilhabebeirat", datum: "2025-03-11",
      answers: [], resolved: false, state: "offen",
    });
    expect(items[0].comment).toContain("Sehbehinderung");
    expect(items[0].section).toBe(SAMPLE_SECTION);
    const findings = checkBeirat(items);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "beirat/unanswered", severity: "warning", location: { paragraph: items[0].paragraph, section: items[0].section, text: "barrierefrei" } });
    expect(findings[0].message).toContain(`Abschnitt ${items[0].section}`);
  });

  it("beschlussvorlage-digitalagentur.docx has no Beirat items", () => {
    expect(collectBeiratItems(sample("beschlussvorlage-digitalagentur.docx"))).toEqual([]);
    expect(checkBeirat([])).toEqual([]);
  });
});

describe("recordedQuestions", () => {
  const amendment = (kind: Amendment["kind"], source: Amendment["source"], antragsteller: string | null, commentIds: string[]): Amendment => ({
    key: `k${commentIds.join("")}`, kind, category: kind === "comment" ? "comment" : "antrag", number: null, changeIds: [], commentIds, location: null, removed: "", inserted: "", author: null, date: null,
    metadata: { ...emptyMetadata(), antragsteller }, source, found: true,
  });

  it("takes the comments of confirmed comment-only Anträge of the Beirat, nothing else", () => {
    expect([...recordedQuestions([
      amendment("comment", "metadata", "Teilhabebeirat", ["1"]),
      amendment("insertion", "metadata", "Teilhabebeirat", ["2"]), // the reason of a proposal is no question
      amendment("comment", "imported", "Teilhabebeirat", ["3"]), // not yet confirmed
      amendment("comment", "metadata", "SPD-Kreistagsfraktion", ["4"]),
    ])]).toEqual(["1"]);
  });
});
