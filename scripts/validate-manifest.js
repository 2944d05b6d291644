"use strict";
// Offline checks of manifest.xml (the Microsoft validation service needs the network): valid against Microsoft's
// manifest schemas (scripts/manifest-xsd, with xmllint-wasm), plus what the schemas cannot say — the elements Word
// requires, a real GUID, https URLs, WordApi 1.6, resource ids that resolve, icon files present with the declared
// pixel size. Usage: node scripts/validate-manifest.js [manifest.xml]
const fs = require("fs");
const path = require("path");
const { DOMParser, onErrorStopParsing } = require("@xmldom/xmldom");
const { validateXML } = require("xmllint-wasm");

const XSD_DIR = path.join(__dirname, "manifest-xsd");
const ROOT_XSD = "OfficeAppManifestV1_1.xsd";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The id of Microsoft's templates: every add-in generated from them and never changed carries it.
const TEMPLATE_GUIDS = new Set(["05c2e1c9-3e1d-406e-9a91-e9ac64854143"]);
const DEV_BASE = "https://localhost:3000/";

function children(el, ns, name) {
  return Array.from(el ? el.childNodes : []).filter((n) => n.nodeType === 1 && n.namespaceURI === ns && n.localName === name);
}

function child(el, ns, name) {
  return children(el, ns, name)[0] || null;
}

function all(doc, ns, name) {
  return Array.from(doc.getElementsByTagNameNS(ns, name));
}

function versionAtLeast(version, minimum) {
  const a = version.split(".").map(Number);
  const b = minimum.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] || 0) - (b[i] || 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

function pngSize(file) {
  const bytes = fs.readFileSync(file);
  if (bytes.length < 24 || bytes.toString("latin1", 1, 4) !== "PNG") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * @param {string} xml the manifest text
 * @param {{ rootDir: string, baseUrl?: string }} options rootDir holds assets/; baseUrl is the URL prefix served from rootDir
 * @returns {string[]} German messages, empty when the manifest passes
 */
function validateManifest(xml, options) {
  const errors = [];
  const baseUrl = options.baseUrl || DEV_BASE;
  if (/<!DOCTYPE/i.test(xml)) return ["Das Manifest enthält eine DOCTYPE-Deklaration; das ist nicht erlaubt."];
  let doc;
  try {
    doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, "text/xml");
  } catch (e) {
    return [`Das Manifest ist kein wohlgeformtes XML: ${e.message}`];
  }
  const root = doc.documentElement;
  if (!root || root.namespaceURI !== NS.app || root.localName !== "OfficeApp") {
    return [`Wurzelelement muss OfficeApp im Namensraum ${NS.app} sein.`];
  }
  if (root.getAttributeNS(NS.xsi, "type") !== "TaskPaneApp") errors.push('OfficeApp muss xsi:type="TaskPaneApp" haben.');

  const text = (name) => {
    const el = child(root, NS.app, name);
    return el ? el.textContent.trim() : null;
  };
  for (const name of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "Hosts", "DefaultSettings", "Permissions"]) {
    if (!child(root, NS.app, name)) errors.push(`Pflichtelement <${name}> fehlt.`);
  }
  const id = text("Id");
  if (id !== null && !GUID.test(id)) errors.push(`<Id> ist keine GUID: "${id}".`);
  if (id !== null && TEMPLATE_GUIDS.has(id.toLowerCase())) errors.push("<Id> ist die GUID der Microsoft-Vorlage; bitte eine eigene GUID erzeugen.");
  const version = text("Version");
  if (version !== null && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) errors.push(`<Version> hat kein gültiges Format: "${version}".`);
  if (text("DefaultLocale") !== null && text("DefaultLocale") !== "de-DE") errors.push("<DefaultLocale> muss de-DE sein.");
  for (const name of ["DisplayName", "Description"]) {
    const el = child(root, NS.app, name);
    if (!el) continue;
    const value = el.getAttribute("DefaultValue");
    const limit = name === "DisplayName" ? 125 : 250;
    if (!value) errors.push(`<${name}> braucht ein DefaultValue.`);
    else if (value.length > limit) errors.push(`<${name}> ist länger als ${limit} Zeichen.`);
    if (!children(el, NS.app, "Override").some((o) => o.getAttribute("Locale") === "en-US" && o.getAttribute("Value"))) {
      errors.push(`<${name}> braucht eine englische Fassung (<Override Locale="en-US">).`);
    }
  }
  const hosts = children(child(root, NS.app, "Hosts"), NS.app, "Host").map((h) => h.getAttribute("Name"));
  if (!hosts.includes("Document")) errors.push('<Hosts> muss <Host Name="Document"/> (Word) enthalten.');
  const sets = all(doc, NS.app, "Set").filter((s) => s.getAttribute("Name") === "WordApi");
  if (sets.length === 0) errors.push('Die Anforderung <Set Name="WordApi" MinVersion="1.6"/> fehlt.');
  for (const s of sets) {
    const min = s.getAttribute("MinVersion") || "1.1";
    if (!versionAtLeast(min, "1.6")) errors.push(`WordApi MinVersion ist ${min}; Beschlussreif braucht 1.6.`);
  }
  const source = child(child(root, NS.app, "DefaultSettings"), NS.app, "SourceLocation");
  if (!source || !source.getAttribute("DefaultValue")) errors.push("<DefaultSettings><SourceLocation> fehlt.");
  const permissions = text("Permissions");
  if (permissions !== null && !["Restricted", "ReadDocument", "ReadWriteDocument", "ReadAllDocument", "WriteDocument"].includes(permissions)) {
    errors.push(`<Permissions> hat einen unbekannten Wert: "${permissions}".`);
  }

  // Every URL: https, and files under our base must exist (icons with their declared size).
  const urls = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const el = child(root, NS.app, name);
    if (el) urls.push({ where: `<${name}>`, url: el.getAttribute("DefaultValue") || "", size: null });
  }
  if (source) urls.push({ where: "<SourceLocation>", url: source.getAttribute("DefaultValue") || "", size: null });
  const resources = new Map();
  for (const kind of ["Image", "Url", "String"]) {
    for (const el of all(doc, NS.bt, kind)) {
      const rid = el.getAttribute("id");
      if (!rid) continue;
      if (resources.has(rid)) errors.push(`Ressourcen-Id "${rid}" ist doppelt vergeben.`);
      resources.set(rid, el);
      if (kind !== "String") {
        const size = /(\d+)x\1$/.exec(rid);
        urls.push({ where: `Ressource "${rid}"`, url: el.getAttribute("DefaultValue") || "", size: kind === "Image" && size ? Number(size[1]) : null });
      }
    }
  }
  for (const el of all(doc, NS.ov, "*")) {
    const resid = el.getAttribute("resid");
    if (resid && !resources.has(resid)) errors.push(`<${el.localName} resid="${resid}"> verweist auf eine Ressource, die es nicht gibt.`);
  }
  for (const el of all(doc, NS.bt, "Image")) {
    const resid = el.getAttribute("resid");
    if (resid && !resources.has(resid)) errors.push(`<bt:Image resid="${resid}"> verweist auf eine Ressource, die es nicht gibt.`);
  }
  for (const { where, url, size } of urls) {
    if (!/^https:\/\/[^/\s]+/.test(url)) {
      errors.push(`${where}: Adresse muss mit https:// beginnen: "${url}".`);
      continue;
    }
    if (!url.startsWith(baseUrl) || !/\.png$/i.test(url)) continue;
    const file = path.join(options.rootDir, url.slice(baseUrl.length));
    if (!fs.existsSync(file)) {
      errors.push(`${where}: Die Datei ${path.relative(process.cwd(), file)} fehlt.`);
      continue;
    }
    const dims = pngSize(file);
    if (!dims) errors.push(`${where}: ${path.relative(process.cwd(), file)} ist keine PNG-Datei.`);
    else if (size !== null && (dims.width !== size || dims.height !== size)) {
      errors.push(`${where}: ${path.relative(process.cwd(), file)} ist ${dims.width}×${dims.height} Pixel groß, erwartet ${size}×${size}.`);
    }
  }
  return errors;
}

/**
 * Validates the manifest against Microsoft's XSDs (OfficeApp 1.1 with the basic types and the VersionOverrides
 * schemas it imports), offline. Resolves with German messages naming line and reason, empty when valid.
 * @param {string} xml
 * @returns {Promise<string[]>}
 */
async function validateManifestSchema(xml) {
  const read = (fileName) => ({ fileName, contents: fs.readFileSync(path.join(XSD_DIR, fileName), "utf8") });
  const imports = fs.readdirSync(XSD_DIR).filter((f) => f.endsWith(".xsd") && f !== ROOT_XSD);
  let result;
  try {
    result = await validateXML({ xml: [{ fileName: "manifest.xml", contents: xml }], schema: [read(ROOT_XSD)], preload: imports.map(read) });
  } catch (error) {
    // xmllint ends with an error of its own when it cannot even read the document.
    return [`Schema: Das Manifest lässt sich nicht prüfen: ${error.message.trim()}`];
  }
  return result.errors.map((e) => `Schema (Zeile ${e.loc ? e.loc.lineNumber : "?"}): ${e.message.replace(/^Schemas validity error : /, "")}`);
}

module.exports = { validateManifest, validateManifestSchema };

if (require.main === module) {
  const file = path.resolve(process.argv[2] || path.join(__dirname, "..", "manifest.xml"));
  let xml;
  try {
    xml = fs.readFileSync(file, "utf8");
  } catch (e) {
    console.error(`${file}: Datei kann nicht gelesen werden (${e.code || e.message}).`);
    process.exit(1);
  }
  validateManifestSchema(xml).then((schemaErrors) => {
    const errors = [...schemaErrors, ...validateManifest(xml, { rootDir: path.dirname(file) })];
    if (errors.length > 0) {
      for (const message of errors) console.error(`${path.relative(process.cwd(), file)}: ${message}`);
      process.exit(1);
    }
    console.log(`${path.relative(process.cwd(), file)}: Manifest in Ordnung (offline gegen Microsofts XSD-Schemas und eigene Regeln geprüft).`);
  });
}
