/**
 * Text in footnotes is checked and listed like the body's: a variant spelling, a pink question of the
 * Teilhabebeirat and a tracked change inside a footnote are found, and their place names the note ("Fußnote 1")
 * in the findings, the command line (text and JSON), the pane's lists and the overviews. A note's paragraph in a
 * heading style is no heading of the outline. Fictional Kreis Musterland.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { analyzeDocument } from "../../src/analysis";
import { readDocx } from "../../src/docx";
import { headings } from "../../src/model/outline";
import { amendmentRows } from "../../src/overview/tables";
import { cli, tempDir } from "../cli/harness";
import { storyDocx } from "../docx/helpers";

const t = (text: string, rPr = "") => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const heading = (text: string) => `<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr>${t(text)}</w:p>`;
const p = (...inline: string[]) => `<w:p>${inline.join("")}</w:p>`;

const bytes = storyDocx(
  heading("A. Mobilität")
  + p(t("Das Potenzial des Radverkehrs wird genutzt"), `<w:r><w:footnoteReference w:id="1"/></w:r>`, t("."))
  + heading("B. Bildung")
  + p(t("Schulen werden saniert.")),
  {
    footnotes: [
      p(`<w:r><w:footnoteRef/></w:r>`, t(" Das Potential ist "), `<w:commentRangeStart w:id="3"/>`, t("barrierefrei zu erschließen", '<w:highlight w:val="magenta"/>'),
        `<w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r>`,
        `<w:ins w:id="4" w:author="SPD-Kreistagsfraktion" w:date="2025-03-14T10:00:00Z">${t(" bis 2030")}</w:ins>`, t("."))
      + `<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr>${t("Quelle: Mobilitätskonzept")}</w:p>`,
    ],
    comments: `<w:comment w:id="3" w:author="Teilhabebeirat" w:initials="TB" w:date="2025-03-12T09:00:00Z">${p(t("Wie wird das sichergestellt?"))}</w:comment>`,
  },
);

describe("text in a footnote", () => {
  const model = readDocx(bytes);
  const result = analyzeDocument(model);
  const footnote = { kind: "footnote", number: 1 };

  it("is no heading of the outline, whatever its outline level", () => {
    expect(model.paragraphs[5]).toMatchObject({ text: "Quelle: Mobilitätskonzept", outlineLevel: null, note: footnote });
    expect(headings(model).map((h) => h.title)).toEqual(["Mobilität", "Bildung"]);
  });

  it("is checked for terminology: the variant in the footnote is found, in section A, Fußnote 1", () => {
    const finding = result.findings.find((f) => f.rule.startsWith("term/") && f.location.note !== null);
    expect(finding?.location).toEqual({ paragraph: 4, section: "A", note: footnote, text: "Potential" });
  });

  it("holds a pink question of the Teilhabebeirat, unanswered, in Fußnote 1", () => {
    expect(result.beirat.map((i) => [i.kind, i.text, i.section, i.note])).toEqual([["question", "barrierefrei zu erschließen", "A", footnote]]);
    const open = result.findings.find((f) => f.rule === "beirat/unanswered");
    expect(open?.message).toContain("in Abschnitt A, Fußnote 1");
    expect(open?.location.note).toEqual(footnote);
  });

  it("holds an amendment from its tracked change, listed at Fußnote 1", () => {
    const inNote = result.amendments.amendments.filter((a) => a.changeIds.length > 0);
    expect(inNote.map((a) => [a.kind, a.inserted, a.author])).toEqual([["insertion", "bis 2030", "SPD-Kreistagsfraktion"]]);
    const rows = amendmentRows(model, result.amendments.amendments);
    expect(rows.filter((r) => r.kind === "insertion").map((r) => [r.fundstelle, r.sectionPath])).toEqual([["Fußnote 1, Absatz 1", "A"]]);
  });
});

describe("the command line names the note", () => {
  const file = path.join(tempDir(), "strategie-mit-fussnote.docx");
  writeFileSync(file, bytes);

  it("in the text report", async () => {
    const { stdout } = await cli("check", file, "--fail-on", "never");
    expect(stdout).toMatch(/term\/\S+\s+Abschnitt A, Fußnote 1: /);
    expect(stdout).toMatch(/beirat\/unanswered\s+Abschnitt A, Fußnote 1: /);
  });

  it("in the JSON report", async () => {
    const { stdout } = await cli("check", file, "--format", "json", "--fail-on", "never");
    const json = JSON.parse(stdout) as { findings: { rule: string; location: { note: unknown } }[] };
    expect(json.findings.filter((f) => f.location.note !== null).map((f) => [f.rule.split("/")[0], f.location.note]))
      .toEqual(expect.arrayContaining([["term", { kind: "footnote", number: 1 }], ["beirat", { kind: "footnote", number: 1 }]]));
  });

  it("counts the notes in meta", async () => {
    const { stdout } = await cli("meta", file);
    expect(stdout).toContain("Absätze: 4, davon Überschriften: 2; Fußnoten: 1, Endnoten: 0");
  });
});
