"use strict";
// `npm run package [-- EINSTELLUNGEN.json] [--out ORDNER] [--no-build]`: the package a county's IT deploys — one zip
// with web/ (the production build of the add-in without the demo, the help page and, when the settings name one,
// the county's beschlussreif.config.json beside taskpane.html), manifest.xml (made for the county by
// scripts/deploy-manifest.js and validated offline against Microsoft's XSDs) and LIESMICH.txt.
// Settings: the JSON file given, else ./bereitstellung.json if present; environment variables override each key.
// Exit codes: 0 written, 1 build failed, 2 settings or manifest not valid (one German line per reason on stderr).
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { zipSync } = require("fflate");
const { readDeploySettings, officeVersion, deploymentManifest, DeployError, TEMPLATE } = require("./deploy-manifest");
const { validateManifest, validateManifestSchema } = require("./validate-manifest");

const ROOT = path.resolve(__dirname, "..");
const BUILD = path.join(ROOT, "dist", "addin");
const DEFAULT_SETTINGS = "bereitstellung.json";
/** The file name the task pane reads its county configuration from, next to taskpane.html. */
const CONFIG_FILE = "beschlussreif.config.json";
/** What must never be deployed: the demo page and its document. */
const DEMO_FILE = /(^|\/)demo[^/]*$|\.docx$/i;

function fail(message, code = 2) {
  console.error(message);
  process.exit(code);
}

function parseArgs(argv) {
  const args = { settings: null, out: path.join(ROOT, "dist", "paket"), build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--no-build") args.build = false;
    else if (a === "--out") args.out = path.resolve(argv[++i] ?? fail("--out braucht einen Ordner."));
    else if (a.startsWith("--")) fail(`Unbekannte Option ${a}. Aufruf: npm run package -- [EINSTELLUNGEN.json] [--out ORDNER] [--no-build]`);
    else args.settings = path.resolve(a);
  }
  if (args.settings === null && fs.existsSync(DEFAULT_SETTINGS)) args.settings = path.resolve(DEFAULT_SETTINGS);
  return args;
}

function buildAddin() {
  console.log("Das Add-in wird gebaut (webpack --mode production --config-name addin) …");
  const webpack = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  const result = spawnSync(process.execPath, [webpack, "--mode", "production", "--config-name", "addin"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) fail("Der Build ist fehlgeschlagen; es wurde kein Paket geschrieben.", 1);
}

/** Every file under dir, as paths relative to it with forward slashes, sorted. */
function filesUnder(dir, prefix = "") {
  return fs.readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

function readConfig(file) {
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    fail(`config (ADDIN_CONFIG): ${file} kann nicht gelesen werden (${error.code || error.message}).`);
  }
  try {
    JSON.parse(text);
  } catch (error) {
    fail(`config (ADDIN_CONFIG): ${file} ist kein gültiges JSON (${error.message}).`);
  }
  return text;
}

function readme({ settings, version, packageVersion, configSource }) {
  return [
    `Beschlussreif ${packageVersion} – Paket für ${settings.baseUrl}`,
    "",
    "Inhalt:",
    "  web/          alle Dateien für den Webserver",
    "  manifest.xml  das Manifest für das Microsoft 365 Admin Center",
    "",
    `Id des Add-ins:     ${settings.id}   (für jede neue Version dieselbe)`,
    `Version (Manifest): ${version}`,
    `Anzeigename:        ${settings.displayName}`,
    `Anbieter:           ${settings.providerName}`,
    `Hilfe (SupportUrl): ${settings.supportUrl}`,
    configSource
      ? `Konfiguration:      web/${CONFIG_FILE} (aus ${configSource})`
      : `Konfiguration:      keine – ohne ${CONFIG_FILE} neben taskpane.html gelten die Vorgaben des Add-ins.`,
    "",
    `1. Den Inhalt von web/ in den Ordner kopieren, der unter ${settings.baseUrl} per HTTPS erreichbar ist:`,
    `   ${settings.baseUrl}taskpane.html muss den Aufgabenbereich liefern. Bei einem Update alle alten Dateien ersetzen.`,
    `2. Zur Probe ${settings.baseUrl}hilfe.html im Browser öffnen: das Benutzerhandbuch erscheint.`,
    "3. manifest.xml im Microsoft 365 Admin Center unter Einstellungen > Integrierte Apps > Benutzerdefinierte Apps",
    "   hochladen; bei einem Update die vorhandene App „Beschlussreif“ mit dieser Datei aktualisieren (gleiche Id,",
    "   höhere Version).",
    "",
  ].join("\r\n");
}

/** host and path of the base URL as a file-name part: addins.kreis-musterland.de-beschlussreif */
function siteName(baseUrl) {
  const url = new URL(baseUrl);
  return `${url.host}${url.pathname}`.replace(/[^A-Za-z0-9.-]+/g, "-").replace(/^-+|-+$/g, "");
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const packageVersion = require(path.join(ROOT, "package.json")).version;
  let settings, version, manifest;
  try {
    settings = readDeploySettings({ file: args.settings });
    version = officeVersion(packageVersion);
    manifest = deploymentManifest(fs.readFileSync(TEMPLATE, "utf8"), settings, version);
  } catch (error) {
    if (error instanceof DeployError) fail(error.message);
    throw error;
  }
  const config = settings.config ? readConfig(settings.config) : null;
  if (args.build) buildAddin();
  if (!fs.existsSync(path.join(BUILD, "taskpane.html"))) fail(`${path.relative(ROOT, BUILD)}/taskpane.html fehlt. Bitte ohne --no-build aufrufen.`, 1);

  const web = filesUnder(BUILD);
  const demo = web.filter((f) => DEMO_FILE.test(f));
  if (demo.length > 0) fail(`${path.relative(ROOT, BUILD)} enthält Dateien der Demo (${demo.join(", ")}); sie werden nicht ausgeliefert. Bitte neu bauen.`, 1);
  if (web.some((f) => f.endsWith(".map"))) fail(`${path.relative(ROOT, BUILD)} ist ein Entwicklungs-Build (mit Source Maps). Bitte ohne --no-build aufrufen.`, 1);
  if (web.includes(CONFIG_FILE)) fail(`${path.relative(ROOT, BUILD)} enthält schon eine ${CONFIG_FILE}; die Konfiguration kommt aus den Einstellungen (config).`, 1);

  const problems = [...(await validateManifestSchema(manifest)), ...validateManifest(manifest, { rootDir: BUILD, baseUrl: settings.baseUrl })];
  if (problems.length > 0) fail(`Das erzeugte Manifest ist nicht gültig:\n- ${problems.join("\n- ")}`);

  const entries = Object.fromEntries(web.map((f) => [`web/${f}`, new Uint8Array(fs.readFileSync(path.join(BUILD, f)))]));
  if (config !== null) entries[`web/${CONFIG_FILE}`] = Buffer.from(config);
  entries["manifest.xml"] = Buffer.from(manifest);
  entries["LIESMICH.txt"] = Buffer.from(readme({ settings, version, packageVersion, configSource: settings.config ? path.relative(process.cwd(), settings.config) : null }));

  fs.mkdirSync(args.out, { recursive: true });
  const zipFile = path.join(args.out, `beschlussreif-${packageVersion}-${siteName(settings.baseUrl)}.zip`);
  fs.writeFileSync(zipFile, zipSync(entries, { level: 9 }));
  console.log(`Paket geschrieben: ${path.relative(process.cwd(), zipFile)}`);
  console.log(`  ${web.length + (settings.config ? 1 : 0)} Dateien für ${settings.baseUrl}, manifest.xml (Id ${settings.id}, Version ${version}), LIESMICH.txt`);
  console.log("  Das Manifest entspricht Microsofts XSD-Schemas (offline geprüft).");
}

main().catch((error) => fail(`Das Paket konnte nicht geschrieben werden: ${error.message}`, 1));
