/**
 * Tests that need a program outside Node (Chromium, LibreOffice, poppler) declare it with `needs(...)`. Where the
 * program is missing they are skipped locally, and the programs reporter names them at the end of the run; with
 * CI=true they fail with one line instead, so a CI machine whose install step broke half-way cannot go green
 * without its independent checks. BESCHLUSSREIF_CHROMIUM (…_SOFFICE, …_PDFTOTEXT, …_PDFINFO) replaces the PATH
 * lookup with a path: a path that does not exist hides the program.
 */
import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync, statSync } from "node:fs";
import path from "node:path";

/** Each program by its command, with the name test titles and the summary use and the Debian package. */
const PROGRAMS = {
  chromium: { label: "Chromium", debian: "chromium" },
  soffice: { label: "LibreOffice", debian: "libreoffice-writer-nogui" },
  pdftotext: { label: "poppler", debian: "poppler-utils" },
  pdfinfo: { label: "poppler", debian: "poppler-utils" },
} as const;

export type Program = keyof typeof PROGRAMS;

/** CI=true (or any value but 0/false), as `.ci/run` and most CI services set it. */
export const IN_CI = /^(?!0$|false$).+/i.test(process.env.CI ?? "");

export const overrideVariable = (program: Program): string => `BESCHLUSSREIF_${program.toUpperCase()}`;

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

interface Lookup { program: Program; path: string | null; searched: string }

function lookup(program: Program): Lookup {
  const variable = overrideVariable(program);
  const override = process.env[variable];
  if (override) return { program, path: executable(override) ? path.resolve(override) : null, searched: `${variable}=${override}` };
  const found = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, program)).find(executable);
  return { program, path: found ?? null, searched: `"${program}" im PATH` };
}

const labels = (programs: readonly Program[]) => [...new Set(programs.map((p) => PROGRAMS[p].label))];

/** The title tag the programs reporter counts by: "… [needs LibreOffice, poppler]". */
const tagged = (title: string, programs: readonly Program[]) => `${title} [needs ${labels(programs).join(", ")}]`;

/** Fails the test with one line per missing program: what was looked for and how to install it. */
function assertInstalled(missing: readonly Lookup[]): void {
  if (missing.length === 0) return;
  const line = missing
    .map((m) => `${PROGRAMS[m.program].label} fehlt (${m.searched}): mit CI=true laufen alle Tests, die es brauchen – Debian-Paket "${PROGRAMS[m.program].debian}" installieren (.ci/run tut das).`)
    .join("\n");
  const error = new Error(line);
  error.stack = line;
  throw error;
}

type Body = jest.ProvidesCallback;

export interface Needs {
  describe(title: string, body: () => void): void;
  it(title: string, body: Body, timeout?: number): void;
}

/** describe and it for tests that need these programs: run where they are installed, else skipped or, in CI, failed. */
export function needs(...programs: Program[]): Needs {
  const missing = programs.map(lookup).filter((l) => l.path === null);
  if (missing.length === 0) {
    return {
      describe: (title, body) => describe(tagged(title, programs), body),
      it: (title, body, timeout) => it(tagged(title, programs), body, timeout),
    };
  }
  if (IN_CI) {
    const fail = (title: string) => it(title, () => assertInstalled(missing));
    return {
      describe: (title) => describe(tagged(title, programs), () => fail("finds its programs")),
      it: (title) => fail(tagged(title, programs)),
    };
  }
  return {
    // The one sanctioned skip: outside CI, counted and named by test/support/programs-reporter.js.
    describe: (title, body) => describe.skip(tagged(title, programs), body),
    it: (title, body, timeout) => it.skip(tagged(title, programs), body, timeout),
  };
}

/** The path of a program; only called inside a `needs(...)` block, which does not run when it is missing. */
export function programPath(program: Program): string {
  const found = lookup(program);
  assertInstalled(found.path === null ? [found] : []);
  return found.path!;
}

/**
 * Converts files with headless LibreOffice into `outDir` (its own profile there, so parallel runs do not share
 * one) and returns the converted files' paths. One call for several files starts LibreOffice once.
 */
export function convertWithLibreOffice(files: readonly string[], format: "docx" | "pdf", outDir: string): string[] {
  const converted = files.map((file) => path.join(outDir, `${path.basename(file, path.extname(file))}.${format}`));
  if (converted.some((c, i) => path.resolve(c) === path.resolve(files[i]))) throw new Error(`LibreOffice würde die Eingabe in ${outDir} überschreiben.`);
  execFileSync(programPath("soffice"), ["--headless", `-env:UserInstallation=file://${outDir}/lo-profile`, "--convert-to", format, "--outdir", outDir, ...files], { stdio: "ignore", timeout: 180_000 });
  const missing = converted.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`LibreOffice hat nicht umgewandelt: ${missing.join(", ")}`);
  return converted;
}

/** The text poppler's pdftotext reads from a PDF (with `layout`, in its printed arrangement). */
export function pdfText(file: string, layout = false): string {
  return execFileSync(programPath("pdftotext"), [...(layout ? ["-layout"] : []), file, "-"]).toString("utf8");
}
