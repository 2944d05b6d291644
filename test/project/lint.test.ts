/**
 * The lint rules are part of the tests: typescript-eslint everywhere, Office.js batching rules in src/word,
 * no HTML sink in the product (whatever a document holds is shown as text) and no network API outside the demo
 * (nothing leaves the machine). ESLint runs as its own
 * process because its configuration is an ES module, which jest's module sandbox cannot load. Tests themselves are
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
