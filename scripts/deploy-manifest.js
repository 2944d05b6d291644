"use strict";
// A county's deployment: its settings (a small JSON file and/or environment variables) and the manifest made from
// them out of the repository's manifest.xml — the county's own Id, its web address, display name, provider and
// support address, and the version of package.json as Office's four-part version. Used by scripts/package.js.
const fs = require("fs");
const path = require("path");
const { DOMParser, XMLSerializer, onErrorStopParsing } = require("@xmldom/xmldom");
const { z } = require("zod");

const ROOT = path.resolve(__dirname, "..");
const TEMPLATE = path.join(ROOT, "manifest.xml");
/** The dev server's address in manifest.xml; a deployment puts its own in its place. */
const DEV_BASE = "https://localhost:3000/";
const HELP_PAGE = "hilfe.html";
const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
};
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HTTPS = /^https:\/\/[^/\s?#]+(\/[^\s?#]*)?$/;

/** Settings keys and the environment variables that set (and override) them. */
const ENV = {
  baseUrl: "ADDIN_BASE_URL",
  id: "ADDIN_ID",
  displayName: "ADDIN_DISPLAY_NAME",
  providerName: "ADDIN_PROVIDER",
  supportUrl: "ADDIN_SUPPORT_URL",
  config: "ADDIN_CONFIG",
};

const NEW_GUID = "Eine neue erzeugt z. B. „node -e \"console.log(crypto.randomUUID())\"“.";

const DeploySettingsSchema = z.strictObject({
  baseUrl: z.string({ error: "fehlt: die https-Adresse des Ordners, in dem die Dateien auf dem Webserver liegen." })
    .regex(HTTPS, { error: "muss eine https-Adresse ohne ? und # sein, z. B. https://addins.kreis-musterland.de/beschlussreif/." }),
  id: z.string({ error: `fehlt: eine eigene GUID, die der Kreis für alle Versionen behält. ${NEW_GUID}` })
    .regex(GUID, { error: `ist keine GUID der Form 8-4-4-4-12 Hexadezimalziffern. ${NEW_GUID}` }),
  displayName: z.string({ error: "muss ein Text sein." }).trim().min(1, { error: "darf nicht leer sein." })
    .max(125, { error: "darf höchstens 125 Zeichen lang sein." }).default("Beschlussreif"),
  providerName: z.string({ error: (issue) => (issue.input === undefined ? "fehlt: der Name des Anbieters, den Word beim Add-in zeigt, z. B. „Kreis Musterland“." : "muss ein Text sein.") }).trim().min(1, { error: "darf nicht leer sein." })
    .max(125, { error: "darf höchstens 125 Zeichen lang sein." }),
  supportUrl: z.string({ error: "muss ein Text sein." }).regex(HTTPS, { error: "muss eine https-Adresse sein." }).optional(),
  config: z.string({ error: "muss ein Dateipfad sein." }).min(1, { error: "darf nicht leer sein." }).optional(),
});

class DeployError extends Error {}

/** The Id of the repository's own manifest: for development only; a county that used it would collide with others. */
function templateId(templateXml) {
  return /<Id>\s*([^<\s]+)\s*<\/Id>/.exec(templateXml)?.[1].toLowerCase() ?? null;
}

/**
 * Reads the settings: the JSON file (if any), each key overridden by its environment variable. Paths in the file
 * (config) are relative to the file. Throws DeployError with one German line per problem.
 */
function readDeploySettings({ file = null, env = process.env, templateXml = fs.readFileSync(TEMPLATE, "utf8") } = {}) {
  let fromFile = {};
  if (file !== null) {
    let text;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (error) {
      throw new DeployError(`${file}: Die Einstellungsdatei kann nicht gelesen werden (${error.code || error.message}).`);
    }
    try {
      fromFile = JSON.parse(text);
    } catch (error) {
      throw new DeployError(`${file}: kein gültiges JSON (${error.message}).`);
    }
    if (fromFile === null || typeof fromFile !== "object" || Array.isArray(fromFile)) throw new DeployError(`${file}: Die Einstellungen müssen ein JSON-Objekt sein.`);
    if (typeof fromFile.config === "string") fromFile.config = path.resolve(path.dirname(file), fromFile.config);
  }
  const fromEnv = Object.fromEntries(Object.entries(ENV).filter(([, name]) => env[name] !== undefined && env[name] !== "").map(([key, name]) => [key, env[name]]));
  if (fromEnv.config) fromEnv.config = path.resolve(fromEnv.config);
  const parsed = DeploySettingsSchema.safeParse({ ...fromFile, ...fromEnv });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      if (issue.code === "unrecognized_keys") return `Unbekannte Einstellung ${issue.keys.map((k) => `„${k}“`).join(", ")} (bekannt: ${Object.keys(ENV).join(", ")}).`;
      const key = issue.path[0];
      return `${key} (${ENV[key]}) ${issue.message}`;
    });
    throw new DeployError(`Die Einstellungen für das Paket sind nicht vollständig:\n- ${lines.join("\n- ")}`);
  }
  const settings = parsed.data;
  if (settings.id.toLowerCase() === templateId(templateXml)) {
    throw new DeployError(`id (${ENV.id}) ist die Id des Entwicklungsmanifests im Repository. Jeder Kreis braucht eine eigene GUID, die er für alle Versionen behält.`);
  }
  const baseUrl = settings.baseUrl.endsWith("/") ? settings.baseUrl : `${settings.baseUrl}/`;
  return { ...settings, id: settings.id.toLowerCase(), baseUrl, supportUrl: settings.supportUrl ?? `${baseUrl}${HELP_PAGE}` };
}

/** package.json's version as Office's four-part version (major.minor.patch.0); pre-releases cannot be deployed. */
function officeVersion(packageVersion) {
  const m = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(packageVersion);
  if (!m) throw new DeployError(`Die Version „${packageVersion}“ aus package.json lässt sich nicht bereitstellen: Office braucht Zahlen (höchstens fünf Ziffern je Teil), keine Vorabversion.`);
  return `${Number(m[1])}.${Number(m[2])}.${Number(m[3])}.0`;
}

function setText(doc, ns, name, value) {
  const el = doc.getElementsByTagNameNS(ns, name)[0];
  if (!el) throw new DeployError(`manifest.xml: <${name}> fehlt.`);
  el.textContent = value;
}

/**
 * The deployment's manifest from the template: Id, Version, ProviderName, DisplayName (with its English override),
 * SupportUrl and the help link, and every dev-server address replaced by the base URL.
 */
function deploymentManifest(templateXml, settings, version) {
  let doc;
  try {
    doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(templateXml, "text/xml");
  } catch (error) {
    throw new DeployError(`manifest.xml ist kein wohlgeformtes XML: ${error.message}`);
  }
  setText(doc, NS.app, "Id", settings.id);
  setText(doc, NS.app, "Version", version);
  setText(doc, NS.app, "ProviderName", settings.providerName);
  const display = doc.getElementsByTagNameNS(NS.app, "DisplayName")[0];
  display.setAttribute("DefaultValue", settings.displayName);
  for (const override of Array.from(display.getElementsByTagNameNS(NS.app, "Override"))) override.setAttribute("Value", settings.displayName);
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    const value = el.getAttribute("DefaultValue");
    if (value && value.startsWith(DEV_BASE)) el.setAttribute("DefaultValue", settings.baseUrl + value.slice(DEV_BASE.length));
  }
  doc.getElementsByTagNameNS(NS.app, "SupportUrl")[0].setAttribute("DefaultValue", settings.supportUrl);
  const learnMore = Array.from(doc.getElementsByTagNameNS(NS.bt, "Url")).find((u) => u.getAttribute("id") === "GetStarted.LearnMoreUrl");
  if (learnMore) learnMore.setAttribute("DefaultValue", settings.supportUrl);
  // The template's comment speaks of the dev server; the deployment's says what it is.
  const xml = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<!-- Beschlussreif ${version} für ${escapeComment(settings.baseUrl)}, erzeugt von "npm run package" aus manifest.xml. -->`,
    new XMLSerializer().serializeToString(doc.documentElement),
    "",
  ].join("\n");
  if (xml.includes("localhost")) throw new DeployError("Das erzeugte Manifest enthält noch eine localhost-Adresse.");
  return xml;
}

/** "--" may not appear inside an XML comment. */
const escapeComment = (text) => text.replace(/--/g, "-\u2010");

module.exports = { readDeploySettings, officeVersion, deploymentManifest, templateId, DeployError, ENV, TEMPLATE, DEV_BASE, HELP_PAGE };
