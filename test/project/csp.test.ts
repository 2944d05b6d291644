/**
 * @jest-environment jsdom
 *
 * The Content-Security-Policy of the built pages (dist/addin, as deployed): the add-in's own origin and Office.js
 * from Microsoft — with MicrosoftAjax.js, which Office.js loads itself — and nothing else; the demo only its own
 * origin. Needs `npm run build:addin` (`npm test` builds first).
 */
import fs from "fs";
import path from "path";

const DIST = path.resolve(__dirname, "../../dist/addin");
const OFFICE = ["https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"];

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
  ["taskpane.html", [...OFFICE]],
  ["commands.html", [...OFFICE]],
  ["demo.html", []],
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
  });

  it("loads no script from elsewhere but Office.js", () => {
    for (const src of scripts(doc)) {
      if (src === null || !/^[a-z]+:/i.test(src)) continue;
      expect(src).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
      expect(external).toContain(new URL(src).origin);
    }
    expect(doc.querySelectorAll("script:not([src])")).toHaveLength(0);
  });
});
