/**
 * `beschlussreif` — the command line (SPEC §2.7). Exit codes: 0 ran clean, 1 findings at or above
 * --fail-on, 2 unreadable input or wrong call (one line on stderr, never a stack trace).
 */
import { Command, CommanderError, Option } from "commander";
import { Refusal } from "../app";
import { DocxError } from "../docx";
import { UsageError } from "./errors";
import { nodeIO, type CliIO } from "./io";
import { runCheck } from "./check";
import { runMeta } from "./meta";
import { runOverview } from "./overview";
import { runImport } from "./import";
import { runImportOparl } from "./configuration";

export type ExitCode = 0 | 1 | 2;

const CONFIG_OPTION = ["--config <file>", "Konfiguration (Vorgabe: beschlussreif.config.json im aktuellen Ordner, falls vorhanden)"] as const;

/** Today as "YYYY-MM-DD" in local time. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function buildProgram(io: CliIO, setExit: (code: ExitCode) => void): Command {
  const program = new Command("beschlussreif")
    .description("Prüft Entwürfe mit Änderungsnachverfolgung und erstellt Änderungsübersichten.")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showSuggestionAfterError(false);

  program
    .command("check")
    .description("Gliederung, Begriffe, Antragsangaben und Fragen des Teilhabebeirats prüfen")
    .argument("<file>", "Word-Dokument (.docx)")
    .addOption(new Option("--format <format>", "Ausgabeformat").choices(["text", "json"]).default("text"))
    .option("--glossary <file>", "zusätzliches Glossar (JSON)", (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option("--reference <file>", "vereinbarte Gliederung (.docx oder .json)")
    .addOption(new Option("--fail-on <severity>", "Exitcode 1 ab dieser Schwere (Vorgabe: error oder die Konfiguration)").choices(["error", "warning", "never"]))
    .option(...CONFIG_OPTION)
    .action(async (file: string, options) => setExit(await runCheck(io, file, options)));

  program
    .command("overview")
    .description("Änderungsübersicht, Synopse oder Liste des Teilhabebeirats erzeugen")
    .argument("<file>", "Word-Dokument (.docx)")
    .addOption(new Option("--kind <kind>", "Art der Übersicht").choices(["amendments", "synopse", "beirat"]).default("amendments"))
    .addOption(new Option("--format <format>", "Dateiformat").choices(["docx", "xlsx", "csv", "html", "json", "oparl"]).default("json"))
    .option("--out <file>", "Zieldatei (ohne Angabe: Standardausgabe, nur für Textformate)")
    .option("--status <status>", "nur Anträge mit diesem Status")
    .option("--committee <gremium>", "nur Anträge, die in diesem Gremium beraten werden")
    .option("--proposer <name>", "nur Anträge dieses Antragstellers")
    .option("--section <path>", "nur dieser Abschnitt (z. B. B.I)")
    .option("--include-comments", "Kommentare aufnehmen: Kommentare ohne Textänderung als Zeilen und eine Spalte mit den Kommentarverläufen")
    .option("--no-include-comments", "Kommentare weglassen (Vorgabe, wenn die Konfiguration nichts anderes sagt)")
    .option("--include-editorial", "redaktionelle Änderungen aufnehmen, die Beschlussreif selbst vorgenommen hat (Schreibweisen vereinheitlicht, Inhaltsverzeichnis berichtigt)")
    .option("--no-mark-unconfirmed", "aus Vermerken übernommene, noch nicht bestätigte Angaben nicht mit ¹ kennzeichnen")
    .option("--group-by-section", "nach Abschnitten gruppieren")
    .option("--no-group-by-section", "nicht nach Abschnitten gruppieren (Vorgabe)")
    .option("--base-url <url>", "für --format oparl: Adresse, unter der das Ratsinformationssystem die OParl-Objekte veröffentlicht")
    .option(...CONFIG_OPTION)
    .action(async (file: string, options) => setExit(await runOverview(io, file, options)));

  program
    .command("meta")
    .description("Zeigen, was Beschlussreif im Dokument liest: Zählungen, Verzeichnis, Anträge")
    .argument("<file>", "Word-Dokument (.docx)")
    .addOption(new Option("--format <format>", "Ausgabeformat").choices(["text", "json"]).default("text"))
    .option(...CONFIG_OPTION)
    .action(async (file: string, options) => setExit(await runMeta(io, file, options)));

  program
    .command("import")
    .description("Erkannte Antragsangaben aus Freitext als Metadaten in eine Kopie schreiben")
    .argument("<in>", "Word-Dokument (.docx)")
    .requiredOption("--out <file>", "Zieldatei (.docx)")
    .option(...CONFIG_OPTION)
    .action(async (input: string, options) => setExit(await runImport(io, input, options)));

  program
    .command("config")
    .description("Konfiguration (beschlussreif.config.json) erstellen")
    .command("import-oparl")
    .description("Gremien, Fraktionen und Personen aus OParl-Listen des Ratsinformationssystems übernehmen")
    .argument("<organizations>", "OParl-Liste der Organisationen (.json)")
    .argument("[persons]", "OParl-Liste der Personen (.json)")
    .option("--out <file>", "Zieldatei (ohne Angabe: Standardausgabe)")
    .option("--config <file>", "bestehende Konfiguration, deren übrige Einstellungen erhalten bleiben")
    .action(async (organizations: string, persons: string | undefined, options) =>
      setExit(await runImportOparl(io, organizations, persons, options, localToday())));

  return program;
}

/** Runs one command line; never throws. */
export async function run(argv: string[], io: CliIO = nodeIO): Promise<ExitCode> {
  let exit: ExitCode = 0;
  const program = buildProgram(io, (code) => { exit = code; });
  try {
    if (argv.length === 0) {
      io.stderr(program.helpInformation());
      return 2;
    }
    await program.parseAsync(argv, { from: "user" });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successful exits; every other commander error was already printed.
      return error.exitCode === 0 ? 0 : 2;
    }
    io.stderr(`beschlussreif: ${describe(error)}\n`);
    return 2;
  }
}

function describe(error: unknown): string {
  if (error instanceof UsageError || error instanceof DocxError || error instanceof Refusal) return error.message;
  // Anything else is a defect; report it in one line without a stack trace.
  return `Interner Fehler: ${error instanceof Error ? error.message : String(error)}`;
}
