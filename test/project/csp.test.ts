/**
 * @jest-environment jsdom
 *
 * The Content-Security-Policy of the built pages (dist/addin as deployed, dist/demo): the add-in's own origin and
 * Office.js from Microsoft — its current address on the unified Microsoft 365 domain, the former one, and
 * MicrosoftAjax.js, which Office.js loads itself — and nothing else; the demo only its own origin; the help page not
 * even a script. Needs `npm run build:addin` (`npm test` builds first).
 */
import fs from "fs";
import path from "path";

const DIST = path.resolve(__dirname, "../../dist");
// Microsoft's documented script address since 2026 (OfficeDev/office-js-docs-pr#5882, "Update CDN URL to OCDI URL").
const OFFICE_JS = "https://officeapis.public.onecdn.static.microsoft/1/office.js";
const OFFICE = ["https://officeapis.public.onecdn.static.microsoft", "https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"];

function page(name: string): Document {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) throw new Error(`${file} fehlt – bitte zuerst \`npm run build:addin\` ausführen.`);
  return new DOMParser().parseFromString(fs.readFileSync(file, "utf8"), "text/html");
}

function policy(doc: Document): Map<string, string[]> {
  const metas = [...doc.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')];
  expect(metas).toHaveLength(1);
  const directives = metas[0].getAttribute("content")!.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]);
  return new Map(directives.map(([name, ...values]) => [name, values]));
}

const scripts = (doc: Document) => [...doc.querySelectorAll("script")].map((s) => s.getAttribute("src"));

describe.each([
  ["addin/taskpane.html", OFFICE],
  ["addin/commands.html", OFFICE],
  ["demo/demo.html", []],
])("%s", (name, external) => {
  const doc = page(name);
  const csp = policy(doc);

  it("allows scripts from its own origin and Office.js only, never inline or eval", () => {
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toEqual(["'self'", ...external]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    for (const directive of ["connect-src", "img-src", "font-src"]) {
      for (const source of csp.get(directive) ?? []) expect(["'self'", "data:"]).toContain(source);
    }
    for (const source of csp.get("frame-src") ?? []) expect(["'self'", ...external]).toContain(source);
  });

  it("loads no script from elsewhere but Office.js, from its current address", () => {
    const outside = scripts(doc).filter((src): src is string => src !== null && /^[a-z]+:/i.test(src));
    expect(outside).toEqual(external.length > 0 ? [OFFICE_JS] : []);
    expect(doc.querySelectorAll("script:not([src])")).toHaveLength(0);
  });
});

describe.each(["addin/hilfe.html", "demo/hilfe.html"])("%s", (name) => {
  const doc = page(name);
  const csp = policy(doc);

  it("runs no script and loads only its own stylesheet and images", () => {
    expect(doc.querySelectorAll("script")).toHaveLength(0);
    expect(csp.get("default-src")).toEqual(["'none'"]);
    expect(csp.get("script-src")).toBeUndefined();
    expect(csp.get("style-src")).toEqual(["'self'"]);
    expect(csp.get("img-src")).toEqual(["'self'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(doc.querySelectorAll("[style]")).toHaveLength(0);
    for (const el of doc.querySelectorAll("link[href], img[src]")) {
      expect(el.getAttribute("href") ?? el.getAttribute("src")).not.toMatch(/^([a-z][a-z0-9+.-]*:|\/\/)/i);
    }
  });
});
