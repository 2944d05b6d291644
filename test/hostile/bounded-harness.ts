/**
 * The harness of the hostile-input tests: the compiled command line in a child process under
 * `--max-old-space-size=256`, killed after 60 s, its peak memory measured by bounded-runner.js.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const COMPILED = path.join(ROOT, "dist", "node", "cli", "main.js");
const RUNNER = path.join(__dirname, "bounded-runner.js");
export const MiB = 2 ** 20;

// Local file helpers: the harness would load the whole command line into this process, which these tests avoid.
const tempDir = () => mkdtempSync(path.join(tmpdir(), "beschlussreif-hostile-"));
export function writeTemp(name: string, bytes: Uint8Array): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, bytes);
  return file;
}
/** Heap is capped at 256 MiB; inflated parts live outside the heap, the reader caps one part at 128 MiB. */
const MAX_RSS = 512 * MiB;

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the command line once when dist/ is missing or older than the sources (type errors elsewhere do not stop tsc's output). */
export function ensureCompiledCli(): void {
  if (existsSync(COMPILED) && statSync(COMPILED).mtimeMs >= newestSource(path.join(ROOT, "src"))) return;
  try {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "pipe" });
  } catch {
    // tsc exits non-zero on type errors but still writes dist/; whether the CLI runs is what the tests check.
  }
}

interface Bounded {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  maxRssBytes: number;
}

export function runBounded(...argv: string[]): Bounded {
  return runBoundedWithin(60_000, ...argv);
}

/** The same with a tighter time limit: killed (SIGKILL, so `signal` is set) after `timeoutMs`. */
export function runBoundedWithin(timeoutMs: number, ...argv: string[]): Bounded {
  const report = path.join(tempDir(), "report.json");
  const child = spawnSync(process.execPath, ["--max-old-space-size=256", RUNNER, report, ...argv], {
    encoding: "utf8", timeout: timeoutMs, killSignal: "SIGKILL", maxBuffer: 64 * MiB,
  });
  const measured = existsSync(report) ? (JSON.parse(readFileSync(report, "utf8")) as { maxRssBytes: number }).maxRssBytes : NaN;
  return { status: child.status, signal: child.signal, stdout: child.stdout, stderr: child.stderr, maxRssBytes: measured };
}

/** Peak memory per case, printed once by the test file after its run. */
export const peaks: string[] = [];

export function expectBounded(result: Bounded, label: string): void {
  expect(result.signal).toBeNull(); // not killed by the 60 s limit
  expect(result.stderr).not.toMatch(/heap out of memory|\n\s+at |Error:/);
  expect(result.maxRssBytes).toBeLessThan(MAX_RSS);
  peaks.push(`${label}: exit ${result.status}, peak RSS ${(result.maxRssBytes / MiB).toFixed(0)} MiB`);
}

export function expectRefused(result: Bounded, file: string, mention: string): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^beschlussreif: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `));
  expect(lines[0]).toContain(mention);
}

