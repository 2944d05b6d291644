/**
 * `npm run package` as a county's IT runs it (scripts/package.js on the production build in dist/addin): one zip
 * with web/ for the server and manifest.xml for the Microsoft 365 admin center. The manifest is checked against
 * Microsoft's XSDs by libxml2 (xmllint-wasm) directly, its values against the settings given here; a second
 * county's package must differ from the first only in its Id, addresses, names and configuration file.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { validateXML } from "xmllint-wasm";

const ROOT = path.resolve(__dirname, "../..");
const BUILD = path.join(ROOT, "dist/addin");
const XSD = path.join(ROOT, "scripts/manifest-xsd");
const CONFIG = path.join(__dirname, "fixtures/kreis-beispiel.config.json");
const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const DEV_ID = "be1fbdce-2880-45d0-b176-62fed70463a4";
const APP = "http://schemas.microsoft.com/office/appforoffice/1.1";

/** Kreis Musterland: everything from the environment, display name left to the default. */
const A = {
  baseUrl: "https://addins.kreis-musterland.de/beschlussreif/",
  id: "6f9619ff-8b86-d011-b42d-00c04fc964ff",
  displayName: "Beschlussreif",
  providerName: "Kreis Musterland",
};
/** Stadt Beispielstadt's test deployment: a settings file (address without trailing slash), the display name from the environment. */
const B = {
  baseUrl: "https://intranet.stadt-beispielstadt.de/word/beschlussreif-test",
  id: "0c3b6ee2-5d0e-4f4c-9a38-6f0f5d6b1c7e",
  displayName: "Beschlussreif (Test)",
  providerName: "Stadt Beispielstadt – Fachdienst IT",
};

type Files = Map<string, Uint8Array>;

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "paket-"));
}

function runPackage(args: string[], env: Record<string, string>) {
  // Only the settings given here: none from the machine running the tests.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("ADDIN_")));
  const built = fs.existsSync(path.join(BUILD, "taskpane.html"));
  const run = spawnSync(process.execPath, [path.join(ROOT, "scripts/package.js"), ...(built ? ["--no-build"] : []), ...args], {
    cwd: ROOT, env: { ...clean, ...env }, encoding: "utf8", timeout: 300_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function zipsIn(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".zip")) : [];
}

function readPackage(dir: string): Files {
  const zips = zipsIn(dir);
  expect(zips).toHaveLength(1);
  return new Map(Object.entries(unzipSync(new Uint8Array(fs.readFileSync(path.join(dir, zips[0]))))));
}

const text = (files: Files, name: string) => strFromU8(files.get(name)!);
const webFiles = (files: Files) => [...files.keys()].filter((f) => f.startsWith("web/")).map((f) => f.slice(4)).sort();

function filesUnder(dir: string, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

function manifestOf(files: Files) {
  const xml = text(files, "manifest.xml");
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const one = (name: string) => doc.getElementsByTagNameNS(APP, name)[0];
  const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]*)"/g)].map((m) => m[1]);
  return { xml, one, urls };
}

let dirA: string, dirB: string, a: Files, b: Files, runA: ReturnType<typeof runPackage>;

beforeAll(() => {
  dirA = tempDir();
  runA = runPackage(["--out", dirA], { ADDIN_BASE_URL: A.baseUrl, ADDIN_ID: A.id, ADDIN_PROVIDER: A.providerName });
  const settings = path.join(tempDir(), "bereitstellung.json");
  fs.writeFileSync(settings, JSON.stringify({ baseUrl: B.baseUrl, id: B.id, providerName: B.providerName, displayName: "wird überschrieben", config: path.relative(path.dirname(settings), CONFIG) }, null, 2));
  dirB = tempDir();
  const runB = runPackage([settings, "--out", dirB], { ADDIN_DISPLAY_NAME: B.displayName });
  expect(runB.stderr).toBe("");
  a = readPackage(dirA);
  b = readPackage(dirB);
}, 600_000);

test("writes one zip named after version and site, and says what it holds", () => {
  expect(runA.status).toBe(0);
  expect(zipsIn(dirA)).toEqual([`beschlussreif-${PACKAGE_VERSION}-addins.kreis-musterland.de-beschlussreif.zip`]);
  expect(runA.stdout).toContain("Paket geschrieben");
  expect([...a.keys()].filter((f) => !f.startsWith("web/")).sort()).toEqual(["LIESMICH.txt", "manifest.xml"]);
});

test("web/ is the production build of the add-in, without the demo page and the demo document", () => {
  const web = webFiles(a);
  expect(web.filter((f) => /demo/i.test(f) || /\.docx$/i.test(f))).toEqual([]);
  expect(web).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "hilfe.html", "hilfe.css",
    "assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"]));
  // Byte for byte what the build wrote.
  expect(web).toEqual(filesUnder(BUILD).sort());
  for (const f of web) expect(Buffer.from(a.get(`web/${f}`)!).equals(fs.readFileSync(path.join(BUILD, f)))).toBe(true);
  // Every file the pages refer to on their own server is in the package (attributes quoted or, minified, not).
  for (const page of ["taskpane.html", "commands.html", "hilfe.html"]) {
    const refs = [...text(a, `web/${page}`).matchAll(/\s(?:src|href)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)]
      .map((m) => m[1] ?? m[2] ?? m[3]).filter((r) => !/^([a-z]+:|#)/i.test(r));
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(web).toContain(ref);
  }
});

test("its manifest is valid against Microsoft's manifest schemas", async () => {
  const read = (fileName: string) => ({ fileName, contents: fs.readFileSync(path.join(XSD, fileName), "utf8") });
  const imports = fs.readdirSync(XSD).filter((f) => f.endsWith(".xsd") && f !== "OfficeAppManifestV1_1.xsd").map(read);
  for (const files of [a, b]) {
    const result = await validateXML({ xml: [{ fileName: "manifest.xml", contents: text(files, "manifest.xml") }], schema: [read("OfficeAppManifestV1_1.xsd")], preload: imports });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  }
});

test("its manifest carries the county's Id, address, names and the package's version in Office's four parts", () => {
  const [major, minor, patch] = PACKAGE_VERSION.split(".");
  for (const [files, s] of [[a, A], [b, B]] as const) {
    const m = manifestOf(files);
    const base = s.baseUrl.endsWith("/") ? s.baseUrl : `${s.baseUrl}/`;
    expect(m.one("Id").textContent).toBe(s.id);
    expect(m.one("Version").textContent).toBe(`${major}.${minor}.${patch}.0`);
    expect(m.one("ProviderName").textContent).toBe(s.providerName);
    expect(m.one("DisplayName").getAttribute("DefaultValue")).toBe(s.displayName);
    expect(m.one("DisplayName").getElementsByTagNameNS(APP, "Override")[0].getAttribute("Value")).toBe(s.displayName);
    expect(m.one("SourceLocation").getAttribute("DefaultValue")).toBe(`${base}taskpane.html`);
    expect(m.one("SupportUrl").getAttribute("DefaultValue")).toBe(`${base}hilfe.html`);
    expect(m.xml).not.toContain("localhost");
    expect(m.xml).not.toContain(DEV_ID);
    // Every address points into the package.
    expect(m.urls.length).toBeGreaterThanOrEqual(8);
    for (const url of m.urls) {
      expect(url.startsWith(base)).toBe(true);
      expect(webFiles(files)).toContain(url.slice(base.length));
    }
  }
});

test("a second county's package differs only in Id, addresses, names and its configuration file", () => {
  // Shared files byte for byte; B adds its configuration beside the task pane.
  expect(webFiles(b)).toEqual([...webFiles(a), "beschlussreif.config.json"].sort());
  for (const f of webFiles(a)) expect(Buffer.from(b.get(`web/${f}`)!).equals(Buffer.from(a.get(`web/${f}`)!))).toBe(true);
  expect(Buffer.from(b.get("web/beschlussreif.config.json")!).equals(fs.readFileSync(CONFIG))).toBe(true);

  const baseB = `${B.baseUrl}/`;
  const asA = (s: string) => s.split(baseB).join(A.baseUrl).split(B.id).join(A.id).split(B.displayName).join(A.displayName).split(B.providerName).join(A.providerName);
  expect(text(b, "manifest.xml")).not.toBe(text(a, "manifest.xml"));
  expect(asA(text(b, "manifest.xml"))).toBe(text(a, "manifest.xml"));
  const readmeA = text(a, "LIESMICH.txt").split("\r\n");
  const readmeB = text(b, "LIESMICH.txt").split("\r\n").map(asA);
  expect(readmeB.length).toBe(readmeA.length);
  const differing = readmeA.map((line, i) => (line === readmeB[i] ? null : [line, readmeB[i]])).filter((d) => d !== null);
  expect(differing).toEqual([[expect.stringMatching(/^Konfiguration: +keine/), expect.stringMatching(/^Konfiguration: +web\/beschlussreif\.config\.json \(aus .*kreis-beispiel\.config\.json\)$/)]]);
});

test("LIESMICH.txt tells IT where the files go and that an update keeps the Id", () => {
  const readme = text(a, "LIESMICH.txt");
  expect(readme).toContain(`Id des Add-ins:     ${A.id}`);
  expect(readme).toContain(`${A.baseUrl}taskpane.html`);
  expect(readme).toMatch(/gleiche Id/);
});

describe("settings that would not work or would collide are refused with German reasons, writing nothing", () => {
  const base = { ADDIN_BASE_URL: A.baseUrl, ADDIN_ID: A.id, ADDIN_PROVIDER: A.providerName };
  test.each([
    ["no Id", { ...base, ADDIN_ID: "" }, /id \(ADDIN_ID\) fehlt: eine eigene GUID/],
    ["the repository's development Id", { ...base, ADDIN_ID: DEV_ID.toUpperCase() }, /Id des Entwicklungsmanifests/],
    ["an Id that is no GUID", { ...base, ADDIN_ID: "kreis-musterland" }, /ist keine GUID/],
    ["an http address", { ...base, ADDIN_BASE_URL: "http://addins.kreis-musterland.de/" }, /baseUrl \(ADDIN_BASE_URL\) muss eine https-Adresse/],
    ["an address with a query", { ...base, ADDIN_BASE_URL: "https://addins.kreis-musterland.de/?x=1" }, /muss eine https-Adresse ohne \? und #/],
    ["no provider", { ADDIN_BASE_URL: A.baseUrl, ADDIN_ID: A.id }, /providerName \(ADDIN_PROVIDER\) fehlt/],
    ["a display name over 125 characters", { ...base, ADDIN_DISPLAY_NAME: "B".repeat(126) }, /höchstens 125 Zeichen/],
    ["a configuration file that is not JSON", { ...base, ADDIN_CONFIG: path.join(ROOT, "README.md") }, /ist kein gültiges JSON/],
  ])("%s", (_name, env, message) => {
    const out = tempDir();
    const run = runPackage(["--out", out], env as Record<string, string>);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(zipsIn(out)).toEqual([]);
  });

  test("an unknown key in the settings file", () => {
    const settings = path.join(tempDir(), "bereitstellung.json");
    fs.writeFileSync(settings, JSON.stringify({ baseUrl: A.baseUrl, id: A.id, providerName: A.providerName, adresse: A.baseUrl }));
    const out = tempDir();
    const run = runPackage([settings, "--out", out], {});
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Unbekannte Einstellung „adresse“");
    expect(zipsIn(out)).toEqual([]);
  });
});
