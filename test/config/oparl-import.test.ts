/**
 * `config import-oparl`: a council information system's OParl lists as the configuration's registries. The fixtures
 * are the fictional Landkreis Beispiel's RIS export, written after the OParl 1.1 specification (examples and schema:
 * list page, Organization with organizationType/classification/shortName, Person with embedded Memberships, a
 * deleted object) and checked against its schemas here; the expected registries are written by hand.
 */
import { readFileSync } from "node:fs";
import { findCommittee } from "../../src/amendments/registry";
import { importOparl, OparlImportError, parseConfiguration } from "../../src/config";
import { oparlErrors } from "../overview/oparl-schemas";
import { EXPECTED, EXPECTED_NOTES, ORGANIZATIONS, PERSONS } from "./oparl-fixtures";

const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as unknown;
const organizations = read(ORGANIZATIONS) as { data: { id: string; deleted?: boolean }[]; links: Record<string, string> };
const persons = read(PERSONS) as { id: string }[];
const TODAY = "2025-06-01";


describe("the fixtures", () => {
  it("are OParl 1.1: every Organization and Person (with its Memberships) valid under the specification's schemas", () => {
    expect(organizations.data).toHaveLength(16);
    expect(organizations.data.flatMap((o) => oparlErrors("Organization", o).map((e) => `${o.id}: ${e}`))).toEqual([]);
    expect(persons).toHaveLength(5);
    expect(persons.flatMap((p) => oparlErrors("Person", p).map((e) => `${p.id}: ${e}`))).toEqual([]);
  });
});

describe("importOparl", () => {
  it("sorts a list page of Organizations and a list of Persons into the registries", () => {
    const { file, notes } = importOparl(organizations, persons, TODAY);
    expect(file).toEqual(EXPECTED);
    expect(notes).toEqual(EXPECTED_NOTES);
  });

  it("gives a configuration that loads and knows the committees by short and long name", () => {
    const { registry } = parseConfiguration(importOparl(organizations, persons, TODAY).file);
    expect(findCommittee("Ausschuss für Schule, Bildung und Kultur", registry)?.short).toBe("SchulA");
    expect(findCommittee("kt", registry)?.name).toBe("Kreistag");
    expect(registry.proposers.find((p) => p.name === "Dr. Maria Beispiel")).toEqual({ name: "Dr. Maria Beispiel", kind: "Person", aliases: ["Maria Beispiel"] });
    expect(registry.proposers.find((p) => p.name === "Beirat für Menschen mit Behinderungen")?.kind).toBe("Beirat");
    // The list gives no administration: the built-in "Verwaltung" stays.
    expect(registry.proposers.find((p) => p.kind === "Verwaltung")?.name).toBe("Verwaltung");
  });

  it("takes a plain array as well, and Organizations alone", () => {
    const { file, notes } = importOparl(organizations.data, undefined, TODAY);
    expect(file).toEqual({ ...EXPECTED, persons: undefined });
    expect(file).not.toHaveProperty("persons");
    expect(notes).toEqual(["1 gelöschte Einträge (deleted) übergangen.", "1 beendete Gruppierungen (endDate vor dem 01.06.2025) übergangen."]);
  });

  it("says when the page is one of several, and which comes next", () => {
    const next = `${organizations.links.self}?page=2`;
    const { notes } = importOparl({ ...organizations, links: { ...organizations.links, next } }, undefined, TODAY);
    expect(notes[0]).toBe(`Die Liste der Organisationen hat weitere Seiten (nächste: ${next}); übernommen ist nur diese Seite. Laden Sie alle Seiten und fügen Sie ihre „data“-Listen zu einer Liste zusammen.`);
  });

  it("keeps an organisation that ends after today, and a name that appears twice once", () => {
    const later = { ...organizations.data[6], endDate: "2026-10-31" };
    const twice = { ...organizations.data[7], id: `${organizations.data[7].id}-alt` };
    const { file, notes } = importOparl([...organizations.data, later, twice], undefined, TODAY);
    expect(file.committees!.map((c) => c.short)).toEqual(["KT", "KA", "SchulA", "JHA", "KBU", "Behindertenbeirat", "AG KES", "UEA"]);
    expect(notes).toContain("Doppelt, nur einmal übernommen: „CDU-Kreistagsfraktion“.");
  });

  it.each([
    ["something else than a list", { organization: [] }, "organizations", /^Keine OParl-Liste von Organisationen: erwartet wird eine Listenseite \{ "data": \[ … \] \} oder eine Liste \[ … \]\.$/],
    ["Persons given as Organizations", persons, "organizations", /\(„\[0\]\.type“ ist keine OParl-Organization \(type endet nicht auf „\/Organization“\)/],
    ["an entry without id", [{ type: "https://schema.oparl.org/1.1/Organization", name: "Kreistag" }], "organizations", /„\[0\]\.id“ fehlt/],
  ])("refuses %s in German", (_, json, list, message) => {
    let error: unknown;
    try {
      importOparl(json, undefined, TODAY);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OparlImportError);
    expect((error as OparlImportError).list).toBe(list);
    expect((error as Error).message).toMatch(message);
  });

  it("refuses a person list that is none, naming that list", () => {
    expect(() => importOparl(organizations, organizations, TODAY)).toThrow(expect.objectContaining({ list: "persons", message: expect.stringMatching(/^Keine OParl-Liste von Personen/) }));
  });
});
