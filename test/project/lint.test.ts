/**
 * The lint rules are part of the tests: typescript-eslint everywhere, Office.js batching rules in src/word,
 * no HTML sink in the product (whatever a document holds is shown as text) and no network API outside the demo
 * (nothing leaves the machine) but the one same-origin request for the county's configuration, in one module. ESLint runs as its own
 * process because its configuration is an ES module, which jest's module sandbox cannot load.
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
