/**
 * The OParl export against the OParl 1.1 schemas of the specification (shared/specs/oparl-1.1, ajv with formats):
 * a hand-built draft with hand-written expectations, then every sample, corpus and demo document. Timestamps are
 * checked against the dates the .docx itself carries, read from its XML with a regular expression.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { collectAmendments, groupAmendments } from "../../src/amendments";
import type { Amendment } from "../../src/amendments/types";
import { parseConfiguration } from "../../src/config";
import { DocxError, readDocx } from "../../src/docx";
import type { DocumentModel } from "../../src/model/document";
import { amendmentRows, OverviewError, overviewData, parseBaseUrl, renderOverview, type OverviewData } from "../../src/overview";
import { oparlDateTime } from "../../src/overview/oparl";
import { COESFELD } from "../config/county";
import { musterland } from "./model";
import { nullsAndEmptyLists, OPARL_DATE_TIME, oparlErrors } from "./oparl-schemas";

const BASE = "https://oparl.example.org/kreis-musterland/";

interface OparlObject { id: string; type: string; created?: string; modified?: string; [key: string]: unknown }
interface Page {
  data: (OparlObject & { consultation?: OparlObject[]; originatorOrganization?: string[]; originatorPerson?: string[] })[];
  pagination: Record<string, number>;
  links: Record<string, string>;
  "beschlussreif:organization"?: OparlObject[];
  "beschlussreif:person"?: OparlObject[];
}

async function oparl(data: OverviewData, options: Partial<Parameters<typeof renderOverview>[2]> = {}): Promise<Page> {
  return JSON.parse((await renderOverview(data, "oparl", { base: BASE, registry: COESFELD.registry, ...options })) as string) as Page;
}

/** What the OParl rules say of any page: schemas, form of ids and date-times, no null, no empty list, no back-reference. */
function problemsOf(page: Page, base: string): string[] {
  const problems: string[] = [];
  const organizations = page["beschlussreif:organization"] ?? [];
  const persons = page["beschlussreif:person"] ?? [];
  const all = [...page.data, ...page.data.flatMap((p) => p.consultation ?? []), ...organizations, ...persons];
  problems.push(...page.data.flatMap((p) => oparlErrors("Paper", p).map((e) => `${p.id}: ${e}`)));
  problems.push(...organizations.flatMap((o) => oparlErrors("Organization", o).map((e) => `${o.id}: ${e}`)));
  problems.push(...persons.flatMap((o) => oparlErrors("Person", o).map((e) => `${o.id}: ${e}`)));
  problems.push(...nullsAndEmptyLists(page).map((at) => `null or [] at ${at}`));
  for (const o of all) {
    if (!o.id.startsWith(base)) problems.push(`${o.id}: not below ${base}`);
    for (const key of ["created", "modified"] as const) if (o[key] !== undefined && !OPARL_DATE_TIME.test(o[key]!)) problems.push(`${o.id}: ${key} ${o[key]}`);
  }
  for (const c of page.data.flatMap((p) => p.consultation ?? [])) if ("paper" in c) problems.push(`${c.id}: back-reference paper`);
  const ids = all.map((o) => o.id);
  if (new Set(ids).size !== ids.length) problems.push("ids repeat");
  const known = new Set([...organizations, ...persons].map((o) => o.id));
  const referred = page.data.flatMap((p) => [...(p.originatorOrganization ?? []), ...(p.originatorPerson ?? []), ...(p.consultation ?? []).flatMap((c) => (c.organization as string[] | undefined) ?? [])]);
  for (const id of referred) if (!known.has(id)) problems.push(`${id}: referred to, not on the page`);
  const keys = Object.keys(page).filter((k) => !["data", "pagination", "links", "beschlussreif:organization", "beschlussreif:person"].includes(k));
  if (keys.length > 0) problems.push(`unexpected keys ${keys.join(", ")}`);
  if (page.pagination.totalElements !== page.data.length || page.pagination.totalPages !== 1) problems.push("pagination");
  return problems;
}

describe("a hand-built draft", () => {
  const model = musterland();
  // The first is stored with the number the committee cites (12); the others are not stored yet.
  const amendments: Amendment[] = groupAmendments(model).map((a, i) => i !== 0 ? a : {
    ...a, source: "metadata", number: 12,
    metadata: {
      ...a.metadata, antragsteller: "SPD-Kreistagsfraktion", datum: "2025-03-09", status: "angenommen", statusDatum: "2025-03-20", statusGremium: "Kreistag",
      beratungsfolge: [{ gremium: "AfASSuG", role: "Vorberatung", date: "2025-03-05", result: "Zustimmung" }, { gremium: "Kreistag", role: "Entscheidung", date: "2025-03-20", result: null }],
      history: [{ at: "2025-03-21T09:30:00+01:00", by: "M. Muster", field: "status", from: null, to: "angenommen" }],
    },
  });
  const data: Extract<OverviewData, { kind: "amendments" }> = { kind: "amendments", rows: amendmentRows(model, amendments), groupBySection: false, comments: false, markUnconfirmed: false, title: "Kreisentwicklungsstrategie Musterland", date: "2025-03-20" };

  it("is a list page of the Vorlage and one Paper per Antrag, valid under the schemas", async () => {
    const page = await oparl(data);
    expect(problemsOf(page, BASE)).toEqual([]);
    expect(page.pagination).toEqual({ totalElements: 5, elementsPerPage: 5, currentPage: 1, totalPages: 1 });
    expect(page.links).toEqual({});
    const [vorlage, first, second] = page.data;
    expect(vorlage).toEqual({
      id: `${BASE}paper/Kreisentwicklungsstrategie-Musterland`, type: "https://schema.oparl.org/1.1/Paper", name: "Kreisentwicklungsstrategie Musterland",
      subordinatedPaper: page.data.slice(1).map((p) => p.id),
      // The model has no document dates: the span of its changes (14.03., the shared change date) and edits (21.03.).
      created: "2025-03-14T15:20:00+00:00", modified: "2025-03-21T09:30:00+01:00",
    });
    expect(first).toMatchObject({
      type: "https://schema.oparl.org/1.1/Paper", name: "Änderungsantrag ÄA-12 zu A.I Demokratie", reference: "ÄA-12", paperType: "Änderungsantrag",
      date: "2025-03-09", superordinatedPaper: [vorlage.id],
      originatorOrganization: [`${BASE}organization/SPD-Kreistagsfraktion`],
      "beschlussreif:status": "angenommen", "beschlussreif:statusDatum": "2025-03-20", "beschlussreif:statusGremium": "Kreistag",
      "beschlussreif:before": "Er berät z. B. Gemeinden und Vereine in allen Fragen.", "beschlussreif:after": "Er berät z. B. Gemeinden und Verbände in allen Fragen.",
      created: "2025-03-14T15:20:00+00:00", modified: "2025-03-21T09:30:00+01:00",
    });
    expect(first.id.startsWith(`${BASE}paper/`)).toBe(true);
    expect(first.consultation).toEqual([
      {
        id: `${first.id}/consultation/1`, type: "https://schema.oparl.org/1.1/Consultation", organization: [`${BASE}organization/AfASSuG`],
        role: "Vorberatung", authoritative: false, "beschlussreif:date": "2025-03-05", "beschlussreif:result": "Zustimmung",
        created: "2025-03-14T15:20:00+00:00", modified: "2025-03-21T09:30:00+01:00",
      },
      {
        id: `${first.id}/consultation/2`, type: "https://schema.oparl.org/1.1/Consultation", organization: [`${BASE}organization/Kreistag`],
        role: "Entscheidung", authoritative: true, "beschlussreif:date": "2025-03-20",
        created: "2025-03-14T15:20:00+00:00", modified: "2025-03-21T09:30:00+01:00",
      },
    ]);
    // Without metadata: no proposer, no Beratungsfolge, no status — left out, not null.
    expect(Object.keys(second)).not.toEqual(expect.arrayContaining(["originatorOrganization"]));
    expect(second).not.toHaveProperty("consultation");
    expect(second).not.toHaveProperty("beschlussreif:status");
  });

  it("describes committees and proposers as the configuration's registry does", async () => {
    const page = await oparl(data);
    const organizations = new Map(page["beschlussreif:organization"]!.map((o) => [o.id, o]));
    expect(organizations.get(`${BASE}organization/AfASSuG`)).toEqual({
      id: `${BASE}organization/AfASSuG`, type: "https://schema.oparl.org/1.1/Organization",
      name: "Ausschuss für Arbeit, Soziales, Senioren und Gesundheit", shortName: "AfASSuG", organizationType: "Gremium", classification: "Ausschuss",
      created: "2025-03-14T15:20:00+00:00", modified: "2025-03-21T09:30:00+01:00",
    });
    expect(organizations.get(`${BASE}organization/Kreistag`)).toMatchObject({ organizationType: "Gremium", classification: "Parlament" });
    expect(organizations.get(`${BASE}organization/SPD-Kreistagsfraktion`)).toMatchObject({ name: "SPD-Kreistagsfraktion", organizationType: "Fraktion", classification: "Fraktion" });
    expect(page).not.toHaveProperty("beschlussreif:person");
  });

  it("writes a person who proposes as a Person, and the county's paperType", async () => {
    const county = parseConfiguration({
      version: 1, persons: [{ name: "Dr. Erika Mustermann", aliases: ["Erika Mustermann"] }], oparl: { paperType: "Änderungsantrag (Kreistag)" },
    });
    const byPerson = amendments.map((a, i) => (i === 0 ? { ...a, metadata: { ...a.metadata, antragsteller: "Dr. Erika Mustermann" } } : a));
    const page = await oparl({ ...data, rows: amendmentRows(model, byPerson) }, { registry: county.registry, paperType: county.oparl.paperType });
    expect(problemsOf(page, BASE)).toEqual([]);
    expect(page.data[1]).toMatchObject({ originatorPerson: [`${BASE}person/Dr.-Erika-Mustermann`], paperType: "Änderungsantrag (Kreistag)", name: "Änderungsantrag (Kreistag) ÄA-12 zu A.I Demokratie" });
    expect(page.data[2]).toMatchObject({ reference: "ÄA-neu-01" });
    expect(page.data[1]).not.toHaveProperty("originatorOrganization");
    expect(page["beschlussreif:person"]).toEqual([{
      id: `${BASE}person/Dr.-Erika-Mustermann`, type: "https://schema.oparl.org/1.1/Person", name: "Dr. Erika Mustermann",
      created: "2025-03-14T15:20:00+00:00", modified: "2025-03-21T09:30:00+01:00",
    }]);
    // The county has no committees configured: the Beratungsfolge's bodies are Gremien by name, without classification.
    expect(page["beschlussreif:organization"]).toEqual(expect.arrayContaining([expect.objectContaining({ name: "AfASSuG", organizationType: "Gremium" })]));
    expect(page["beschlussreif:organization"]!.find((o) => o.name === "AfASSuG")).not.toHaveProperty("classification");
  });

  it("takes the Vorlage's dates from the document's properties when it has them", async () => {
    const page = await oparl(data, { document: { created: "2025-02-01T08:00:00Z", modified: "2025-03-22T17:45:00Z" } });
    expect(page.data[0]).toMatchObject({ created: "2025-02-01T08:00:00+00:00", modified: "2025-03-22T17:45:00+00:00" });
  });

  it("keeps a date that is no calendar day as written, outside `date`", async () => {
    const wrong = amendments.map((a, i) => (i === 0 ? { ...a, metadata: { ...a.metadata, datum: "2025-02-30" } } : a));
    const page = await oparl({ ...data, rows: amendmentRows(model, wrong) });
    expect(problemsOf(page, BASE)).toEqual([]);
    expect(page.data[1]).not.toHaveProperty("date");
    expect(page.data[1]).toMatchObject({ "beschlussreif:dateAsWritten": "2025-02-30" });
  });

  it("needs the base of its ids", async () => {
    await expect(renderOverview(data, "oparl")).rejects.toThrow(OverviewError);
  });
});

it("the page checks find what breaks OParl: a URN id, a null, an empty list, a date-time with Z, a back-reference", () => {
  const paper = { id: `${BASE}paper/1`, type: "https://schema.oparl.org/1.1/Paper", created: "2025-03-14T15:20:00+00:00" };
  const page = (data: Page["data"]): Page => ({ data, pagination: { totalElements: data.length, elementsPerPage: data.length, currentPage: 1, totalPages: 1 }, links: {} });
  expect(problemsOf(page([paper]), BASE)).toEqual([]);
  expect(problemsOf(page([{ ...paper, id: "urn:beschlussreif:paper/1" }]), BASE)).toEqual(expect.arrayContaining([expect.stringMatching(/must match format "url"/)]));
  expect(problemsOf(page([{ ...paper, name: null as unknown as string }]), BASE)).toEqual(expect.arrayContaining(["null or [] at /data/0/name"]));
  expect(problemsOf(page([{ ...paper, keyword: [] }]), BASE)).toEqual(["null or [] at /data/0/keyword"]);
  expect(problemsOf(page([{ ...paper, created: "2025-03-14T15:20:00Z" }]), BASE)).toEqual([`${BASE}paper/1: created 2025-03-14T15:20:00Z`]);
  const consultation = { id: `${BASE}paper/1/consultation/1`, type: "https://schema.oparl.org/1.1/Consultation", paper: paper.id };
  expect(problemsOf(page([{ ...paper, consultation: [consultation] }]), BASE)).toEqual([`${consultation.id}: back-reference paper`]);
});

describe("parseBaseUrl", () => {
  it.each([
    ["https://ris.kreis-musterland.de/oparl/v1", "https://ris.kreis-musterland.de/oparl/v1/"],
    ["  http://sitzungsdienst.example.org/bi/oparl/ ", "http://sitzungsdienst.example.org/bi/oparl/"],
    ["https://RIS.Example.ORG:8443/OParl", "https://ris.example.org:8443/OParl/"],
  ])("accepts %s", (text, base) => {
    expect(parseBaseUrl(text)).toBe(base);
  });

  it.each([
    ["ris.example.org/oparl", /keine vollständige Adresse/],
    ["ftp://ris.example.org/oparl/", /keine http- oder https-Adresse/],
    ["urn:beschlussreif:", /keine http- oder https-Adresse/],
    ["https://ris.example.org/oparl/?page=2", /ohne Anmeldedaten, \?-Teil und #-Teil/],
    ["https://admin:geheim@ris.example.org/", /ohne Anmeldedaten/],
  ])("refuses %s in German", (text, message) => {
    expect(() => parseBaseUrl(text)).toThrow(message);
  });
});

describe("oparlDateTime", () => {
  it.each([
    ["2025-03-09T10:15:00Z", "2025-03-09T10:15:00+00:00"],
    ["2025-03-09T10:15Z", "2025-03-09T10:15:00+00:00"],
    ["2025-03-09T10:15:30.123+0100", "2025-03-09T10:15:30+01:00"],
    ["2025-03-09T10:15:30-05:00", "2025-03-09T10:15:30-05:00"],
    ["2025-03-09", "2025-03-09T00:00:00+00:00"],
  ])("writes %s as %s", (value, text) => {
    expect(oparlDateTime(value)?.text).toBe(text);
  });

  it.each(["2025-02-30T10:00:00Z", "2025-03-09T24:00:00Z", "gestern", "2025-03-09T10:15:00+15:00"])("has no date-time for %s", (value) => {
    expect(oparlDateTime(value)).toBeNull();
  });
});

const SHARED = path.resolve(__dirname, "../../../shared");
const files = [
  ...readdirSync(path.join(SHARED, "samples")).filter((f) => f.endsWith(".docx")).map((f) => path.join(SHARED, "samples", f)),
  ...readdirSync(path.join(SHARED, "corpus")).filter((f) => f.endsWith(".docx")).map((f) => path.join(SHARED, "corpus", f)),
  path.resolve(__dirname, "../../assets/demo/demo-strategie.docx"),
];

function readable(file: string): DocumentModel | null {
  try {
    return readDocx(new Uint8Array(readFileSync(file)));
  } catch (error) {
    if (error instanceof DocxError) return null;
    throw error;
  }
}

/** Every w:date and core-property date of the package, as OParl writes them: read from the XML, not through the model. */
function datesInFile(file: string): Set<string> {
  // Some writers store "word\\document.xml".
  const parts = unzipSync(new Uint8Array(readFileSync(file)), { filter: (f) => /^(word\/[^/]+|docProps\/core)\.xml$/.test(f.name.replace(/\\/g, "/")) });
  const xml = Object.values(parts).map((bytes) => strFromU8(bytes)).join("");
  const found = [...xml.matchAll(/w:date="([^"]+)"/g), ...xml.matchAll(/<dcterms:(?:created|modified)[^>]*>([^<]+)</g)].map((m) => m[1]);
  return new Set(found.map((d) => oparlDateTime(d)?.text).filter((d): d is string => d !== undefined));
}

const documents = files.map((file) => ({ file, model: readable(file) })).filter((d): d is { file: string; model: DocumentModel } => d.model !== null);

describe.each(documents.map((d) => [path.basename(d.file), d] as const))("%s", (_, { file, model }) => {
  const collection = collectAmendments(model, COESFELD.registry);
  const data = overviewData({ model, amendments: collection, beirat: [] }, { kind: "amendments", date: "2025-04-01", includeComments: true });
  const render = () => renderOverview(data, "oparl", { base: BASE, registry: collection.registry, paperType: "Änderungsantrag", document: model.properties });

  it("exports an OParl list page that validates, the same on every run, dated as the file is", async () => {
    const text = (await render()) as string;
    const page = JSON.parse(text) as Page;
    expect(problemsOf(page, BASE)).toEqual([]);
    expect(page.data).toHaveLength(collection.amendments.length + 1);
    expect(await render()).toBe(text);
    const dates = datesInFile(file);
    const stamps = page.data.flatMap((p) => [p.created, p.modified]).filter((d): d is string => d !== undefined);
    expect(stamps.filter((d) => !dates.has(d))).toEqual([]);
  });
});

it("covers the samples, the readable corpus and the demo document", () => {
  expect(documents.length).toBeGreaterThanOrEqual(30);
  expect(documents.map((d) => path.basename(d.file))).toEqual(expect.arrayContaining(["strategie-entwurf1.docx", "beschlussvorlage-digitalagentur.docx", "demo-strategie.docx"]));
});

it("dates the first draft's Vorlage by its core properties and each Antrag by its changes and comments", async () => {
  const { model } = documents.find((d) => path.basename(d.file) === "strategie-entwurf1.docx")!;
  const collection = collectAmendments(model, COESFELD.registry);
  const data = overviewData({ model, amendments: collection, beirat: [] }, { kind: "amendments", date: "2025-04-01", includeComments: true });
  const page = JSON.parse((await renderOverview(data, "oparl", { base: BASE, registry: collection.registry, document: model.properties })) as string) as Page;
  // docProps/core.xml: created 2025-03-18T08:00:00Z, no modified; the changes and comments are older.
  expect(page.data[0]).toMatchObject({ created: "2025-03-18T08:00:00+00:00", modified: "2025-03-18T08:00:00+00:00" });
  // The Beirat's question: its comment of 11.03.2025, 18:03.
  const question = page.data.find((p) => p["beschlussreif:kind"] === "comment" && /barrierefrei/.test(String(p["beschlussreif:after"] ?? p["beschlussreif:before"])));
  expect(question).toMatchObject({ created: "2025-03-11T18:03:00+00:00", modified: "2025-03-11T18:03:00+00:00" });
});
