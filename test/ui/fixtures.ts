/** Small hand-built documents and analyses for the task pane's component tests (fictional Kreis Musterland). */
import type { Amendment } from "../../src/amendments/types";
import { createDocumentModel, type Comment, type BodyParagraph, type DocumentModel, type Paragraph, type Run, type TrackedChange } from "../../src/model/document";
import type { Finding } from "../../src/model/findings";
import { headings } from "../../src/model/outline";
import { COESFELD } from "../config/county";
import type { AmendmentCollection, AnalysisResult, BeiratItem, TermGroup } from "../../src/taskpane/analysis-types";
import type { WordHost } from "../../src/taskpane/host";

const plain = { highlight: null, shading: null, color: null, bold: false, italic: false, strike: false };

function run(text: string, extra: Partial<Run> = {}): Run {
  return { text, revision: { kind: "none" }, format: plain, finalOffset: 0, originalOffset: 0, commentIds: [], ...extra };
}

function paragraph(index: number, text: string, extra: Partial<BodyParagraph> = {}): Paragraph {
  return {
    index, text, originalText: text, runs: [run(text)], styleId: null, styleName: null, builtInStyle: "Normal",
    note: null, outlineLevel: null, list: null, table: null, markInserted: null, markDeleted: null, paraId: null, ...extra,
  };
}

function heading(index: number, text: string, level: number): Paragraph {
  return paragraph(index, text, { outlineLevel: level, builtInStyle: `Heading${level as 1 | 2}`, styleId: `Heading${level}` });
}

export function emptyModel(): DocumentModel {
  return createDocumentModel();
}

export function sampleModel(): DocumentModel {
  const comment: Comment = {
    id: "7", author: "Teilhabebeirat", initials: "TB", date: "2025-04-02T09:00:00Z",
    text: "Sind die Haltestellen barrierefrei erreichbar?",
    anchor: { start: { paragraph: 3, offset: 0 }, end: { paragraph: 3, offset: 20 } }, anchorText: "Der Kreis Musterland",
    replies: [{ id: "8", author: "Kreisverwaltung", initials: "KV", date: "2025-04-03T10:00:00Z", text: "Ja, bis 2027.", durableId: null, paraId: null }],
    resolved: false, durableId: null, paraId: null,
  };
  const change: TrackedChange = {
    id: "11", kind: "insertion", author: "SPD-Fraktion", date: "2025-03-09T12:00:00Z", text: " und fördert Ehrenamt",
    story: "body", location: { start: { paragraph: 3, offset: 40 }, end: { paragraph: 3, offset: 61 } },
  };
  return {
    ...emptyModel(),
    paragraphs: [
      heading(0, "A. Mobilität", 1),
      paragraph(1, "Einleitung zur Mobilität im Kreis Musterland."),
      heading(2, "I. Öffentlicher Nahverkehr", 2),
      paragraph(3, "Der Kreis Musterland baut den Busverkehr aus und fördert Ehrenamt."),
      heading(4, "B. Bildung", 1),
    ],
    comments: [comment],
    trackedChanges: [change],
  };
}

const finding = (rule: Finding["rule"], severity: Finding["severity"], message: string, paragraph: number | null, section: string | null): Finding => ({
  rule, severity, message, location: { paragraph, section, note: null, text: null },
});

export function sampleAnalysis(): AnalysisResult {
  const model = sampleModel();
  const outlineFinding = finding("toc/missing-in-toc", "error", "Die Überschrift „B. Bildung“ fehlt im Inhaltsverzeichnis.", 4, "B");
  const termFinding = finding("term/variant", "warning", "„Potential“ und „Potenzial“ werden nebeneinander verwendet.", 1, "A");
  const metaFinding = finding("meta/missing", "warning", "Dem Antrag fehlt der Antragsteller.", 3, "A.I");
  const amendment: Amendment = {
    key: "a1", kind: "insertion", category: "antrag", number: 3, changeIds: ["11"], commentIds: [],
    location: { start: { paragraph: 3, offset: 40 }, end: { paragraph: 3, offset: 61 } },
    removed: "", inserted: " und fördert Ehrenamt", author: "SPD-Fraktion", date: "2025-03-09",
    metadata: { antragsteller: "SPD-Fraktion", datum: "2025-03-09", beratungsfolge: [], status: "eingereicht", statusDatum: null, statusGremium: null, begruendung: null, stellungnahme: null, history: [] },
    source: "metadata", found: true,
  };
  const question: BeiratItem = {
    nr: 1, kind: "question", section: "A.I", text: "Der Kreis Musterland", comment: "Sind die Haltestellen barrierefrei erreichbar?",
    author: "Teilhabebeirat", datum: "2025-04-02", answers: [], resolved: false, state: "offen", commentId: "7",
    marking: "highlight", paragraph: 3, note: null,
    location: { start: { paragraph: 3, offset: 0 }, end: { paragraph: 3, offset: 20 } },
  };
  const tocEntry = { paragraph: 0, level: 1, label: "A", title: "Mobilität", page: "3", path: "A", scheme: "upperLetter" as const, value: 1 };
  const body = headings(model);
  return {
    model,
    outline: { findings: [outlineFinding], toc: [tocEntry], headings: body, tocSource: "typed",
      // As the check pairs them: "A. Mobilität" beside its entry, "B. Bildung" missing from the TOC (deeper headings left out).
      pairs: [{ heading: body[0], entry: tocEntry, titleDiffers: false }, { heading: body.find((h) => h.label === "B")!, entry: null, titleDiffers: false }] },
    terms: { findings: [termFinding], groups: [potenzialGroup()] },
    amendments: collection([amendment]),
    beirat: [question],
    findings: [termFinding, metaFinding, outlineFinding],
    configuration: COESFELD,
  };
}

export function collection(amendments: Amendment[]): AmendmentCollection {
  return { amendments, registry: COESFELD.registry, registrySource: "configuration", imported: [], registrySuggestions: [], stored: null, storageProblem: null, inlineAnnotations: [], removedAnnotations: [] };
}

export function potenzialGroup(extra: Partial<TermGroup> = {}): TermGroup {
  return {
    id: "spelling:potenzial", rule: "term/variant", kind: "spelling", severity: "warning",
    suggested: "Potenzial", reason: "häufigere Schreibweise (3 zu 1)", note: null, ignored: false,
    variants: [
      { form: "Potenzial", count: 3, places: [{ paragraph: 1, start: 0, end: 9, text: "Potenzial", endings: [""] }] },
      { form: "Potential", count: 1, places: [{ paragraph: 3, start: 5, end: 14, text: "Potential", endings: [""] }] },
    ],
    ...extra,
  };
}

export function emptyAnalysis(): AnalysisResult {
  return {
    model: emptyModel(),
    outline: { findings: [], pairs: [], toc: [], headings: [], tocSource: null },
    terms: { findings: [], groups: [] },
    amendments: collection([]),
    beirat: [],
    findings: [],
    configuration: COESFELD,
  };
}

/** A host over a fixed analysis that records what the pane asked for. */
export function fakeHost(result: AnalysisResult | Error, actions: WordHost["actions"] = {}): WordHost & { selected: unknown[][]; refreshes: number } {
  const host = {
    selected: [] as unknown[][],
    refreshes: 0,
    limitations: [] as string[],
    actions,
    refresh: async () => {
      host.refreshes++;
      if (result instanceof Error) throw result;
      return result;
    },
    select: async (...args: unknown[]) => { host.selected.push(args); },
  };
  return host;
}
