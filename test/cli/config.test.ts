/**
 * The configuration at the command line: `--config FILE`, `beschlussreif.config.json` in the working directory (the
 * built command line, run as a county's IT runs it), `--base-url` for OParl, and `config import-oparl`. The draft is
 * the fictional Kreis Musterland's, annotated with its own committee and faction.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, TextRun } from "docx";
import { parseConfiguration } from "../../src/config";
import { COESFELD_CONFIG, MUSTERLAND_CONFIG } from "../config/county";
import { EXPECTED, EXPECTED_NOTES, ORGANIZATIONS, PERSONS } from "../config/oparl-fixtures";
import { oparlErrors } from "../overview/oparl-schemas";
import { cli, sample, tempDir, writeTemp } from "./harness";

const ROOT = path.resolve(__dirname, "../..");
const STRATEGIE = sample("strategie-entwurf1.docx");

let draft: string;
beforeAll(async () => {
  const doc = new Document({ sections: [{ children: [
    new Paragraph({ text: "A. Bildung", heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ children: [
      new TextRun("Der Kreis fördert die Schulen. "),
      new InsertedTextRun({
        text: "Er baut die Ganztagsangebote aus. (Änderungsantrag der CDU-Fraktion vom 09.03.2025, Zustimmung im BKS vom 12.03.2025)",
        id: 1, author: "Kreisverwaltung Musterland", date: "2025-03-14T10:00:00Z",
      }),
    ] }),
  ] }] });
  draft = writeTemp("entwurf.docx", new Uint8Array(await Packer.toBuffer(doc)));
});

interface OverviewJson { amendments: { antragsteller: string | null; ausschuss: string | null }[] }

describe("--config", () => {
  it("the county's committees and factions: recognised, no unknown committee, its failOn", async () => {
    const neutral = await cli("check", draft, "--format", "json");
    expect(JSON.parse(neutral.stdout).findings.map((f: { rule: string; message: string }) => [f.rule, f.message])).toContainEqual(
      ["meta/unknown-committee", "Das Gremium „BKS“ steht nicht im Verzeichnis der Gremien."]);
    const county = await cli("check", draft, "--format", "json", "--config", MUSTERLAND_CONFIG);
    expect(county.stderr).toBe("");
    expect(JSON.parse(county.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(["toc/not-found"]);
    const overview = JSON.parse((await cli("overview", draft, "--config", MUSTERLAND_CONFIG)).stdout) as OverviewJson;
    expect(overview.amendments.map((a) => [a.antragsteller, a.ausschuss])).toEqual([["CDU-Fraktion im Kreistag Musterland", "BKS"]]);
  });

  it("the configuration's failOn counts unless --fail-on says otherwise", async () => {
    // The Kreis Musterland fails on warnings; the first Coesfeld draft has some.
    expect((await cli("check", STRATEGIE, "--config", MUSTERLAND_CONFIG)).code).toBe(1);
    expect((await cli("check", STRATEGIE, "--config", MUSTERLAND_CONFIG, "--fail-on", "never")).code).toBe(0);
  });

  it("a bad file ends the run with one German line naming the file and every bad field", async () => {
    const bad = writeTemp("beschlussreif.config.json", JSON.stringify({ version: 1, committees: [{ short: "BKS" }], comittees: [] }));
    const result = await cli("check", draft, "--config", bad);
    expect(result).toEqual({
      code: 2, stdout: "",
      stderr: `beschlussreif: ${bad}: Die Konfiguration ist ungültig: „committees[0].name“ fehlt; „comittees“ ist kein bekanntes Feld.\n`,
    });
    expect(await cli("overview", draft, "--config", path.join(tempDir(), "fehlt.json"))).toMatchObject({ code: 2, stderr: expect.stringMatching(/fehlt\.json: Datei nicht gefunden oder nicht lesbar\.\n$/) });
    const notJson = writeTemp("k.json", "{ committees: [] }");
    expect((await cli("meta", draft, "--config", notJson)).stderr).toMatch(/^beschlussreif: .*k\.json: kein gültiges JSON \(/);
  });
});

describe("--format oparl", () => {
  it("needs an OParl address: one German line and exit 2 without it or with one that is none", async () => {
    expect(await cli("overview", draft, "--format", "oparl")).toEqual({
      code: 2, stdout: "",
      stderr: "beschlussreif: Für das Format oparl fehlt die Basisadresse der OParl-Objekte: bitte mit --base-url angeben, unter welcher Adresse das " +
        "Ratsinformationssystem sie veröffentlicht (z. B. --base-url https://ris.example.org/oparl/), oder „oparl.baseUrl“ in der Konfiguration eintragen.\n",
    });
    expect(await cli("overview", draft, "--format", "oparl", "--base-url", "ftp://ris.example.org/oparl/")).toEqual({
      code: 2, stdout: "", stderr: "beschlussreif: --base-url: „ftp://ris.example.org/oparl/“ ist keine http- oder https-Adresse.\n",
    });
    expect(await cli("overview", draft, "--format", "oparl", "--base-url", "ris.example.org")).toMatchObject({ code: 2, stderr: expect.stringContaining("ist keine vollständige Adresse") });
    expect(await cli("overview", draft, "--format", "csv", "--base-url", "https://ris.example.org/")).toMatchObject({ code: 2, stderr: "beschlussreif: --base-url gilt nur für --format oparl.\n" });
  });

  it("takes --base-url, else the configuration's address; the committees as the configuration names them", async () => {
    const given = JSON.parse((await cli("overview", draft, "--format", "oparl", "--base-url", "https://sitzungen.example.org/oparl", "--config", MUSTERLAND_CONFIG)).stdout);
    expect(given.data[1].id).toMatch(/^https:\/\/sitzungen\.example\.org\/oparl\/paper\//);
    const configured = JSON.parse((await cli("overview", draft, "--format", "oparl", "--config", MUSTERLAND_CONFIG)).stdout);
    expect(configured.data.flatMap((p: object) => oparlErrors("Paper", p))).toEqual([]);
    expect(configured.data[1]).toMatchObject({
      originatorOrganization: ["https://ris.kreis-musterland.example/oparl/v1/organization/CDU-Fraktion-im-Kreistag-Musterland"],
      consultation: [expect.objectContaining({ organization: ["https://ris.kreis-musterland.example/oparl/v1/organization/BKS"], role: "Vorberatung" })],
      created: "2025-03-14T10:00:00+00:00", modified: "2025-03-14T10:00:00+00:00",
    });
    expect(configured["beschlussreif:organization"]).toContainEqual(expect.objectContaining({ name: "Ausschuss für Bildung, Kultur und Sport", shortName: "BKS", classification: "Ausschuss" }));
  });
});

describe("config import-oparl", () => {
  it("writes the county's registries from its RIS lists, with notes on what it left out", async () => {
    const out = path.join(tempDir(), "beschlussreif.config.json");
    const result = await cli("config", "import-oparl", ORGANIZATIONS, PERSONS, "--out", out);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    // Today's date decides what has ended; the fixtures' ended entries lie years back.
    expect(result.stderr.split("\n").filter(Boolean).map((l) => l.replace(/vor dem \d\d\.\d\d\.\d{4}/, "vor dem 01.06.2025"))).toEqual(EXPECTED_NOTES.map((n) => `Hinweis: ${n}`));
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(EXPECTED);
    expect((await cli("check", draft, "--config", out)).code).toBe(0);
  });

  it("prints to standard output without --out, and keeps an existing configuration's other settings", async () => {
    const result = await cli("config", "import-oparl", ORGANIZATIONS, "--config", COESFELD_CONFIG);
    const merged = JSON.parse(result.stdout);
    const coesfeld = JSON.parse(readFileSync(COESFELD_CONFIG, "utf8"));
    expect(merged.committees).toEqual(EXPECTED.committees);
    expect(merged.glossary).toEqual(coesfeld.glossary);
    expect(merged.oparl).toEqual(coesfeld.oparl);
    // Lists the RIS does not give stay as the county had them.
    expect(merged.administration).toEqual(coesfeld.administration);
    expect(() => parseConfiguration(merged)).not.toThrow();
  });

  it("refuses what is no OParl list, naming the file", async () => {
    const wrong = writeTemp("personen.json", JSON.stringify({ items: [] }));
    const result = await cli("config", "import-oparl", ORGANIZATIONS, wrong);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`beschlussreif: ${wrong}: Keine OParl-Liste von Personen: erwartet wird eine Listenseite { "data": [ … ] } oder eine Liste [ … ].\n`);
  });
});

describe("beschlussreif.config.json in the working directory (the built command line)", () => {
  const BIN = path.join(ROOT, "bin/beschlussreif.js");
  const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });

  it("is found without --config; --config goes before it", () => {
    if (!existsSync(path.join(ROOT, "dist/node/cli/main.js"))) throw new Error("dist/node fehlt – bitte zuerst `npm run build:cli` ausführen.");
    const county = tempDir();
    copyFileSync(MUSTERLAND_CONFIG, path.join(county, "beschlussreif.config.json"));
    const found = run(county, "overview", draft);
    expect(found.stderr).toBe("");
    expect((JSON.parse(found.stdout) as OverviewJson).amendments[0].antragsteller).toBe("CDU-Fraktion im Kreistag Musterland");
    const oparl = JSON.parse(run(county, "overview", draft, "--format", "oparl").stdout);
    expect(oparl.data[0].id).toMatch(/^https:\/\/ris\.kreis-musterland\.example\/oparl\/v1\/paper\//);

    // The Kreis Coesfeld's registry knows "CDU-Fraktion" as its own faction's other name.
    const explicit = run(county, "overview", draft, "--config", COESFELD_CONFIG);
    expect((JSON.parse(explicit.stdout) as OverviewJson).amendments[0].antragsteller).toBe("CDU-Kreistagsfraktion");
    const elsewhere = run(tempDir(), "overview", draft);
    expect((JSON.parse(elsewhere.stdout) as OverviewJson).amendments[0].antragsteller).toBe("CDU-Fraktion");

    writeFileSync(path.join(county, "beschlussreif.config.json"), "{ \"version\": 2 }");
    const broken = run(county, "check", draft);
    expect([broken.status, broken.stderr]).toEqual([2, "beschlussreif: beschlussreif.config.json: Die Konfiguration ist ungültig: „version“: erlaubt ist 1.\n"]);
  });
});
