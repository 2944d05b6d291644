/**
 * The lint rules are part of the tests: typescript-eslint everywhere, Office.js batching rules in src/word,
 * no HTML sink in the product (whatever a document holds is shown as text), no network API outside the demo
 * (nothing leaves the machine) but the one same-origin request for the county's configuration, in one module, and
 * the layers of src/ (what each folder may import; Office.js globals only in src/word and the entry files). ESLint
 * runs as its own process because its configuration is an ES module, which jest's module sandbox cannot load. Tests themselves are
 * linted too: each asserts something, before any return (test/support/lint-rules.mjs), and none is switched off.
 */
import { spawnSync } from "child_process";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const ESLINT = path.join(ROOT, "node_modules/eslint/bin/eslint.js");

interface LintResult { filePath: string; messages: { line: number; ruleId: string | null; message: string }[] }

function eslint(args: string[], input?: string): LintResult[] {
  const run = spawnSync(process.execPath, [ESLINT, "--format", "json", ...args], { cwd: ROOT, input, encoding: "utf8", maxBuffer: 64 << 20 });
  if (!run.stdout) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as LintResult[];
}

it("src, test and scripts pass the lint rules", () => {
  const problems = eslint(["src", "test", "scripts"])
    .flatMap((r) => r.messages.map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${m.ruleId ?? "parse"}: ${m.message}`));
  expect(problems).toEqual([]);
});

it.each([
  ["a React HTML prop", `export const A = (p: { t: string }) => <div dangerouslySetInnerHTML={{ __html: p.t }} />;`],
  ["innerHTML", `export function show(el: HTMLElement, t: string) { el.innerHTML = t; }`],
  ["insertAdjacentHTML", `export function show(el: HTMLElement, t: string) { el.insertAdjacentHTML("beforeend", t); }`],
  ["document.write", `export function show(t: string) { document.write(t); }`],
])("an HTML sink in src is refused: %s", (_, code) => {
  const [result] = eslint(["--stdin", "--stdin-filename", "src/taskpane/components/Example.tsx"], code);
  expect(result.messages.map((m) => m.ruleId)).toContain("no-restricted-syntax");
});

it.each([
  ["fetch", `export const load = (u: string) => fetch(u);`],
  ["window.fetch", `export const load = (u: string) => window.fetch(u);`],
  ["XMLHttpRequest", `export const x = new XMLHttpRequest();`],
  ["sendBeacon", `export const send = (d: string) => navigator.sendBeacon("/t", d);`],
  ["WebSocket", `export const ws = () => new WebSocket("wss://example.org");`],
])("a network API in the task pane is refused: %s", (_, code) => {
  const [result] = eslint(["--stdin", "--stdin-filename", "src/taskpane/telemetry.ts"], code);
  expect(result.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining([expect.stringMatching(/^no-restricted-(globals|properties)$/)]));
});

describe("the one request the product makes: its configuration file beside the task pane", () => {
  const LOADER = "src/taskpane/configuration.ts";
  const SAME_NAME = `const CONFIGURATION_FILE = "beschlussreif.config.json";\nexport const load = () => fetch(CONFIGURATION_FILE, { mode: "same-origin" });`;
  const REFUSED: [string, string, string][] = [
    ["another address", `export const load = () => fetch("https://telemetry.example.org/", { method: "POST" });`, "no-restricted-syntax"],
    ["a computed address", `export const load = (u: string) => fetch(u);`, "no-restricted-syntax"],
    ["window.fetch", `const CONFIGURATION_FILE = "x";\nexport const load = () => window.fetch(CONFIGURATION_FILE);`, "no-restricted-properties"],
    ["XMLHttpRequest", `export const x = new XMLHttpRequest();`, "no-restricted-globals"],
    ["sendBeacon", `export const send = (d: string) => navigator.sendBeacon("/t", d);`, "no-restricted-properties"],
    ["an HTML sink", `export function show(el: HTMLElement, t: string) { el.innerHTML = t; }`, "no-restricted-syntax"],
  ];
  const ELSEWHERE = ["src/taskpane/index.tsx", "src/taskpane/configuration-loader.ts", "src/config/configuration.ts", "src/taskpane/components/TablesTab.tsx"];

  // ESLint's Node API in one child process: every text linted as the named file, and for every file of src the
  // configuration ESLint computes for it — which ones leave the global `fetch` unrestricted.
  const API = `
    const { ESLint } = require("eslint");
    const fs = require("node:fs"), path = require("node:path");
    let input = "";
    process.stdin.on("data", (c) => { input += c; }).on("end", async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const linted = [];
      for (const t of JSON.parse(input)) linted.push((await eslint.lintText(t.code, { filePath: t.file }))[0].messages.map((m) => m.ruleId));
      const files = [];
      const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).forEach((e) => {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p); else if (/\\.tsx?$/.test(e.name)) files.push(p.split(path.sep).join("/"));
      });
      walk("src");
      const open = [];
      for (const f of files) {
        const rule = (await eslint.calculateConfigForFile(f)).rules["no-restricted-globals"];
        const names = Array.isArray(rule) ? rule.slice(1).map((r) => (typeof r === "string" ? r : r.name)) : [];
        if (!names.includes("fetch")) open.push(f);
      }
      process.stdout.write(JSON.stringify({ linted, open: open.sort() }));
    });`;
  let result: { linted: (string | null)[][]; open: string[] };
  beforeAll(() => {
    const texts = [{ file: LOADER, code: SAME_NAME }, ...REFUSED.map(([, code]) => ({ file: LOADER, code })), ...ELSEWHERE.map((file) => ({ file, code: SAME_NAME }))];
    const run = spawnSync(process.execPath, ["-e", API], { cwd: ROOT, input: JSON.stringify(texts), encoding: "utf8", maxBuffer: 64 << 20 });
    if (!run.stdout) throw new Error(run.stderr);
    result = JSON.parse(run.stdout);
  }, 120_000);

  it("is allowed in its loader, by the constant relative name only", () => {
    expect(result.linted[0]).toEqual([]);
  });

  it.each(REFUSED.map(([what, , rule], i) => [what, rule, i + 1] as const))("refuses %s there", (_, rule, i) => {
    expect(result.linted[i]).toContain(rule);
  });

  it("is refused in any other module, even by the same name", () => {
    expect(result.linted.slice(1 + REFUSED.length)).toEqual(ELSEWHERE.map(() => ["no-restricted-globals"]));
  });

  it("is the only module of the product (the demo aside) where lint lets fetch through", () => {
    expect(result.open.filter((f) => !f.startsWith("src/demo/"))).toEqual([LOADER]);
    expect(result.open.length).toBeGreaterThan(1);
  });
});

describe("tests that cannot fail are refused", () => {
  /** One test per line, so each finding names its line; `f` and `g` stand for code under test. */
  const lintTests = (tests: string[]) => {
    const code = [`declare function f(): number | null;`, `declare function g(x: number): boolean;`, `declare function expectPositive(x: number): void;`, ...tests].join("\n");
    const [result] = eslint(["--stdin", "--stdin-filename", "test/example/vacuous.test.ts"], code);
    return result.messages.filter((m) => /^(jest|tests)\//.test(m.ruleId ?? "")).map((m) => [m.line - 3, m.ruleId]);
  };

  it("finds bodies without an assertion, returns before the first one, skipped tests and unawaited async assertions", () => {
    expect(lintTests([
      `it("reads", () => { f(); });`,
      `it("reads", () => { const m = f(); if (m === null) return; expect(m).toBe(1); });`,
      `it.each([[1], [2]])("row %s", (n) => { if (!g(n)) { return; } expect(f()).toBe(n); });`,
      `needs("soffice").it("converts", async () => { if (!g(1)) return; expect(f()).toBe(1); });`,
      `it.skip("reads", () => { expect(f()).toBe(1); });`,
      `it("reads", async () => { expect(Promise.resolve(f())).resolves.toBe(1); });`,
    ])).toEqual([
      [1, "jest/expect-expect"],
      [2, "tests/no-return-before-assertion"],
      [3, "tests/no-return-before-assertion"],
      [4, "tests/no-return-before-assertion"],
      [5, "jest/no-disabled-tests"],
      [6, "jest/valid-expect"],
    ]);
  });

  it("accepts assertion helpers, fast-check and returns after the first assertion or in callbacks", () => {
    expect(lintTests([
      `it("reads", () => { expectPositive(f() ?? 0); });`,
      `it("reads", () => { fc.assert(fc.property(fc.integer(), (n) => g(n))); });`,
      `it("reads", () => { const m = f(); expect(m).not.toBeNull(); if (m === null) return; expect(m).toBe(1); });`,
      `it("reads", () => { const pick = (n: number) => { return n + 1; }; expect(pick(1)).toBe(2); });`,
      `it("reads", () => { return expect(Promise.resolve(f())).resolves.toBe(1); });`,
    ])).toEqual([]);
  });
});

/**
 * Lints many snippets, each under the file name it would have, in one ESLint process (ESLint.lintText with a
 * virtual path applies the configuration of that path): the rule ids each snippet violates.
 */
function lintSnippets(snippets: { file: string; code: string }[]): string[][] {
  const script = `const { ESLint } = require("eslint");
    const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
    const eslint = new ESLint();
    Promise.all(input.map(async (s) => (await eslint.lintText(s.code, { filePath: s.file }))[0].messages.map((m) => m.ruleId)))
      .then((ids) => process.stdout.write(JSON.stringify(ids)));`;
  const run = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, input: JSON.stringify(snippets), encoding: "utf8", maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

describe("the layers of src/ (eslint.config.mjs LAYERS)", () => {
  const refused: [string, string, string][] = [
    ["the model imports nothing else of ours", "src/model/example.ts", `import { NAMESPACE } from "../amendments/storage"; export const n = NAMESPACE;`],
    ["the model does not import the checks", "src/model/example.ts", `import type { Glossary } from "../checks/terminology"; export type G = Glossary;`],
    ["the XML helper imports nothing else of ours", "src/xml/example.ts", `import type { DocumentModel } from "../model/document"; export type M = DocumentModel;`],
    ["a check does not import the amendments", "src/checks/outline/example.ts", `import { NAMESPACE } from "../../amendments"; export const n = NAMESPACE;`],
    ["the amendments do not import the checks", "src/amendments/example.ts", `import { checkOutline } from "../checks/outline"; export const c = checkOutline;`],
    ["the Beirat does not import the overviews", "src/beirat/example.ts", `import { renderCsv } from "../overview"; export const r = renderCsv;`],
    ["the overviews do not import the analysis", "src/overview/example.ts", `import { analyzeDocument } from "../analysis"; export const a = analyzeDocument;`],
    ["the analysis does not import the application layer", "src/analysis/example.ts", `import { analyse } from "../app"; export const a = analyse;`],
    ["the application layer runs no Word code", "src/app/example.ts", `import { applyEditPlan } from "../word"; export const a = applyEditPlan;`],
    ["the application layer reads no .docx itself", "src/app/example.ts", `import { readDocx } from "../docx"; export const r = readDocx;`],
    ["the .docx reader does not import Word", "src/docx/example.ts", `import { WordError } from "../word/errors"; export const e = WordError;`],
    ["Word does not import the Beirat's plans", "src/word/example.ts", `import type { BeiratPlan } from "../beirat"; export type P = BeiratPlan;`],
    ["Word does not import the application layer", "src/word/example.ts", `import type { SaveContext } from "../app"; export type C = SaveContext;`],
    ["the simulator does not import the task pane", "src/simulator/example.ts", `import type { WordHost } from "../taskpane/host"; export type H = WordHost;`],
    ["the task pane does not import the simulator", "src/taskpane/example.ts", `import { createWordSimulator } from "../simulator"; export const s = createWordSimulator;`],
    ["the command line does not import the simulator", "src/cli/example.ts", `import { createWordSimulator } from "../simulator"; export const s = createWordSimulator;`],
    ["the command line does not import Word", "src/cli/example.ts", `import { readDocument } from "../word"; export const r = readDocument;`],
    ["XML is parsed only by src/xml/dom.ts", "src/amendments/example.ts", `import { DOMParser } from "@xmldom/xmldom"; export const d = new DOMParser();`],
  ];
  const accepted: [string, string, string][] = [
    ["a check imports the model", "src/checks/outline/example.ts", `import type { DocumentModel } from "../../model/document"; export type M = DocumentModel;`],
    ["the application layer imports the executors' types", "src/app/example.ts", `import type { EditPlan } from "../word/edit-plan"; import type { PackageWrite } from "../docx/metadata-writer"; export type P = [EditPlan, PackageWrite];`],
    ["the demo imports the simulator", "src/demo/example.ts", `import { createWordSimulator } from "../simulator"; export const s = createWordSimulator;`],
    ["the simulator implements Word's types", "src/simulator/example.ts", `import type { OfficeApi } from "../word/office-api"; export type A = OfficeApi;`],
    ["the XML DOM's types may be named anywhere", "src/docx/example.ts", `import type { Element } from "@xmldom/xmldom"; export type E = Element;`],
  ];
  const browserDomParser: [string, string, string] = ["the browser's DOMParser only through src/xml/dom.ts", "src/taskpane/example.ts", `export const parse = (xml: string) => new DOMParser().parseFromString(xml, "text/xml");`];
  const officeUse = `export const run = () => Word.run(async () => Office.context.requirements);`;
  const officeRefused = [["the application layer", "src/app/example.ts"], ["the task pane's host", "src/taskpane/word-host.ts"], ["the model", "src/model/example.ts"], ["the demo", "src/demo/example.ts"]];
  const officeAccepted = [["src/word/example.ts"], ["src/taskpane/index.tsx"], ["src/taskpane/commands.ts"]];
  const snippets = [
    ...[...refused, ...accepted, browserDomParser].map(([, file, code]) => ({ file, code })),
    ...[...officeRefused.map(([, file]) => file), ...officeAccepted.map(([file]) => file)].map((file) => ({ file, code: officeUse })),
  ];
  let results: string[][] = [];
  beforeAll(() => {
    results = lintSnippets(snippets);
  }, 120_000);
  const resultOf = (file: string, code: string) => results[snippets.findIndex((s) => s.file === file && s.code === code)];

  it.each(refused)("refuses: %s", (_case, file, code) => {
    expect(resultOf(file, code)).toContain("@typescript-eslint/no-restricted-imports");
  });

  it.each(accepted)("accepts: %s", (_case, file, code) => {
    expect(resultOf(file, code)).toEqual([]);
  });

  it("refuses: the browser's DOMParser outside src/xml/dom.ts", () => {
    const [, file, code] = browserDomParser;
    expect(resultOf(file, code)).toEqual(["no-restricted-globals"]);
  });

  it.each(officeRefused)("refuses Office.js globals in %s", (_case, file) => {
    expect(resultOf(file, officeUse).filter((r) => r === "no-restricted-globals")).toHaveLength(2);
  });

  it.each(officeAccepted)("accepts Office.js globals in %s", (file) => {
    expect(resultOf(file, officeUse)).toEqual([]);
  });
});
