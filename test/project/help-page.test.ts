/**
 * The help page renderer (scripts/help-page.js, run as a program as `npm run help-page` does: marked is an ES
 * module jest cannot load): a guide with images renders to one page with its stylesheet and images beside it;
 * what would break the page's CSP, its accessibility or its "no other host" promise stops the build with reasons.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
// The smallest valid PNG: 1×1 pixel, written here so the test owns its bytes.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

function render(markdown: string, images: Record<string, Buffer> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hilfe-"));
  fs.writeFileSync(path.join(dir, "handbuch.md"), markdown);
  for (const [name, bytes] of Object.entries(images)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), bytes);
  }
  const out = path.join(dir, "out");
  const run = spawnSync(process.execPath, [path.join(ROOT, "scripts/help-page.js"), path.join(dir, "handbuch.md"), "--out", out], { encoding: "utf8" });
  const page = fs.existsSync(path.join(out, "hilfe.html")) ? fs.readFileSync(path.join(out, "hilfe.html"), "utf8") : null;
  return { status: run.status, stderr: run.stderr, out, page };
}

const GUIDE = [
  "# Handbuch für den Kreis",
  "",
  "Einleitung.",
  "",
  "## Für die Verwaltung",
  "",
  "![Der Bereich „Anträge“ mit dem ersten Antrag](bilder/antraege.png)",
  "",
  "Drücken Sie <kbd>Esc</kbd>. <!-- Hier folgt später ein Bild. -->",
  "",
  "## Für den Teilhabebeirat",
  "",
  "### Übersicht & Stand",
  "",
  "## Für die Verwaltung",
  "",
].join("\n");

test("a guide renders to a page with chapters, ids, its stylesheet and its images beside it", () => {
  const { status, stderr, out, page } = render(GUIDE, { "bilder/antraege.png": PNG });
  expect(stderr).toBe("");
  expect(status).toBe(0);
  expect(page).toContain('<html lang="de">');
  expect(page).toContain("<title>Handbuch für den Kreis</title>");
  expect(page).toContain("<h1>Handbuch für den Kreis</h1>");
  expect(page).toContain('<h2 id="fuer-die-verwaltung">Für die Verwaltung</h2>');
  expect(page).toContain('<h2 id="fuer-die-verwaltung-2">Für die Verwaltung</h2>');
  expect(page).toContain('<h3 id="uebersicht-stand">Übersicht &amp; Stand</h3>');
  expect(page).toContain('<li><a href="#fuer-den-teilhabebeirat">Für den Teilhabebeirat</a></li>');
  expect(page).toContain('<img src="bilder/antraege.png" alt="Der Bereich „Anträge“ mit dem ersten Antrag"');
  expect(page).toContain("<kbd>Esc</kbd>");
  expect(page).not.toContain("Hier folgt");
  expect(page).not.toMatch(/<script|style=/);
  expect(fs.readFileSync(path.join(out, "bilder/antraege.png")).equals(PNG)).toBe(true);
  expect(fs.readFileSync(path.join(out, "hilfe.css"), "utf8")).toBe(fs.readFileSync(path.join(ROOT, "assets/hilfe.css"), "utf8"));
  // The intro stands before the table of contents, the chapters after it.
  expect(page!.indexOf("Einleitung.")).toBeLessThan(page!.indexOf('aria-labelledby="inhalt-titel"'));
  expect(page!.indexOf('aria-labelledby="inhalt-titel"')).toBeLessThan(page!.indexOf('<h2 id="fuer-die-verwaltung">'));
});

test.each([
  ["an image without description", "# T\n\n![](bilder/a.png)\n", { "bilder/a.png": PNG }, /braucht eine Beschreibung/],
  ["an image from another host", "# T\n\n![Logo](https://example.org/logo.png)\n", {}, /lädt nichts von anderen Adressen/],
  ["an image outside the guide's folder", "# T\n\n![Passwörter](../../etc/bild.png)\n", {}, /außerhalb des Ordners/],
  ["a missing image", "# T\n\n![Bild](bilder/fehlt.png)\n", {}, /Bild „bilder\/fehlt\.png“ fehlt/],
  ["an image of another type", "# T\n\n![Film](bilder/a.gif)\n", { "bilder/a.gif": PNG }, /nur PNG, JPEG, SVG oder WebP/],
  ["a script", "# T\n\n<script>alert(1)</script>\n", {}, /enthält HTML/],
  ["an element with a style", '# T\n\nText <span style="color:red">rot</span>\n', {}, /enthält HTML/],
  ["no title", "Nur Text.\n", {}, /braucht eine Hauptüberschrift/],
  ["two titles", "# Eins\n\n# Zwei\n", {}, /mehr als eine Hauptüberschrift/],
])("a guide with %s is refused with the reason and exit code 2", (_name, markdown, images, message) => {
  const { status, stderr, page } = render(markdown, images as Record<string, Buffer>);
  expect(status).toBe(2);
  expect(stderr).toMatch(/^Die Hilfeseite kann nicht gebaut werden:/);
  expect(stderr).toMatch(message);
  expect(page).toBeNull();
});

test("the project's guide renders with its images and names the chapters the issue asks for", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "hilfe-"));
  const run = spawnSync(process.execPath, [path.join(ROOT, "scripts/help-page.js"), "--out", out], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const page = fs.readFileSync(path.join(out, "hilfe.html"), "utf8");
  for (const chapter of ["Für die Verwaltung", "Für den Teilhabebeirat", "Für Ausschüsse und alle, die nur lesen", "Was ist ein Antrag?", "Wie die Nummern entstehen", "Rückgängig machen", "Die Übersichten", "Die Kommandozeile"]) {
    expect(page).toMatch(new RegExp(`<h2 id="[a-z0-9-]+">${chapter.replace(/[?]/g, "\\?")}</h2>`));
  }
});
