/**
 * The add-in manifest, checked offline by scripts/validate-manifest.js (the Microsoft service needs the network):
 * against Microsoft's XSDs (scripts/manifest-xsd, validated by libxml2 in xmllint-wasm) and the project's own rules.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest, validateManifestSchema } = require("../../scripts/validate-manifest.js") as {
  validateManifest: (xml: string, o: { rootDir: string }) => string[];
  validateManifestSchema: (xml: string) => Promise<string[]>;
};

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const check = (xml: string) => validateManifest(xml, { rootDir: ROOT });

test("the project's manifest passes: German default, English override, WordApi 1.6, icons present", () => {
  expect(check(MANIFEST)).toEqual([]);
  expect(MANIFEST).toContain("<DefaultLocale>de-DE</DefaultLocale>");
  expect(MANIFEST).toContain('<Override Locale="en-US"');
  expect(MANIFEST).toContain('<Set Name="WordApi" MinVersion="1.6"/>');
  expect(MANIFEST).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
});

test("the command line exits 1 with one German line per problem", () => {
  const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
  fs.writeFileSync(broken, MANIFEST.replace("<Id>be1fbdce-2880-45d0-b176-62fed70463a4</Id>", "<Id>keine-guid</Id>"));
  let status = 0, stderr = "";
  try {
    execFileSync(process.execPath, [path.join(ROOT, "scripts/validate-manifest.js"), broken], { stdio: "pipe" });
  } catch (e) {
    const err = e as { status: number; stderr: Buffer };
    status = err.status;
    stderr = err.stderr.toString();
  }
  expect(status).toBe(1);
  expect(stderr).toContain('<Id> ist keine GUID: "keine-guid".');
  // Icons resolve relative to the manifest's folder: none there.
  expect(stderr).toContain("icon-32.png fehlt");
});

test.each([
  ["not well-formed", MANIFEST.replace("</ProviderName>", ""), /kein wohlgeformtes XML/],
  ["a DOCTYPE", MANIFEST.replace("<OfficeApp", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><OfficeApp"), /DOCTYPE/],
  ["the template's GUID", MANIFEST.replace("be1fbdce-2880-45d0-b176-62fed70463a4", "05c2e1c9-3e1d-406e-9a91-e9ac64854143"), /GUID der Microsoft-Vorlage/],
  ["an http URL", MANIFEST.replace('DefaultValue="https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', 'DefaultValue="http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>'), /muss mit https:\/\/ beginnen/],
  ["WordApi below 1.6", MANIFEST.replace('MinVersion="1.6"', 'MinVersion="1.4"'), /WordApi MinVersion ist 1\.4/],
  ["no requirement", MANIFEST.replace('<Set Name="WordApi" MinVersion="1.6"/>', ""), /WordApi" MinVersion="1\.6"\/> fehlt/],
  ["no English override", MANIFEST.replace('<Override Locale="en-US" Value="Beschlussreif"/>', ""), /<DisplayName> braucht eine englische Fassung/],
  ["a dangling resource id", MANIFEST.replace('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Fehlt.Url"/>'), /resid="Fehlt.Url"/],
  ["an icon of the wrong size", MANIFEST.replace('id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"', 'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"'), /64×64 Pixel groß, erwartet 80×80/],
  ["a missing icon", MANIFEST.replace("assets/icon-16.png", "assets/icon-17.png"), /icon-17\.png fehlt/],
  ["no Permissions", MANIFEST.replace("<Permissions>ReadWriteDocument</Permissions>", ""), /<Permissions> fehlt/],
])("a manifest with %s is refused", (_name, xml, message) => {
  const errors = check(xml);
  expect(errors.some((e) => message.test(e))).toBe(true);
});

test("the project's manifest is valid against Microsoft's manifest schemas (OfficeApp 1.1, VersionOverrides 1.0)", async () => {
  expect(await validateManifestSchema(MANIFEST)).toEqual([]);
});

// What the schemas say and the own rules above do not: element order, types of values, where elements may stand.
test.each([
  ["ProviderName after DefaultLocale", MANIFEST.replace("  <ProviderName>Beschlussreif</ProviderName>\n", "").replace("<DefaultLocale>de-DE</DefaultLocale>", "<DefaultLocale>de-DE</DefaultLocale>\n  <ProviderName>Beschlussreif</ProviderName>"), /Zeile \d+\): .*DefaultLocale.*not expected/],
  ["a five-part version", MANIFEST.replace("<Version>1.0.0.0</Version>", "<Version>1.0.0.0.1</Version>"), /Version.*not accepted by the pattern/],
  ["a semantic-versioning pre-release", MANIFEST.replace("<Version>1.0.0.0</Version>", "<Version>1.0.0-beta.1</Version>"), /Version.*not accepted by the pattern/],
  ["an unknown permission", MANIFEST.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"), /Permissions.*not an element of the set/],
  ["an unknown element", MANIFEST.replace("<Hosts>\n    <Host Name=\"Document\"/>", "<Hosts>\n    <Gastgeber/>\n    <Host Name=\"Document\"/>"), /Gastgeber.*not expected/],
  ["a display name longer than 125 characters", MANIFEST.replace('<DisplayName DefaultValue="Beschlussreif">', `<DisplayName DefaultValue="${"B".repeat(126)}">`), /DefaultValue.*length/],
  ["a ribbon button without label", MANIFEST.replace('<Label resid="TaskpaneButton.Label"/>\n', ""), /Supertip.*not expected.*Label/],
  ["not well-formed XML", MANIFEST.replace("</ProviderName>", ""), /Schema/],
])("the schemas refuse a manifest with %s", async (_name, xml, message) => {
  expect(xml).not.toBe(MANIFEST);
  const errors = await validateManifestSchema(xml);
  expect(errors.some((e) => message.test(e))).toBe(true);
});
