/**
 * The configuration as the checks use it: the file (file.ts) over the built-in neutral defaults. Each registry list
 * the file gives replaces the built-in list of that kind; a file that breaks the schema is refused as a whole, with
 * one German line per bad field, and the caller falls back to the defaults.
 *
 * Precedence, most specific first (README "Für die IT"):
 * - registries: the document's own (edited in the pane, stored in its records part) > the configuration > built in;
 * - glossary: glossaries given at the command line > the document glossary > the configuration > built in;
 * - OParl address: `--base-url` at the command line > the configuration.
 */
import { DEFAULT_REGISTRY, normalizeName, type Committee, type Proposer, type ProposerKind, type Registry } from "../amendments/registry";
import { BEIRAT_PROPOSER } from "../beirat/actions";
import { colorKey } from "../beirat/pink";
import { GlossaryError, parseGlossary, type Glossary } from "../checks/terminology/glossary";
import { parseBaseUrl } from "../overview/oparl-base";
import { CONFIGURATION_FILE, ConfigurationFileSchema, type ConfigurationFile, type NamedEntry } from "./file";
import { describeIssues } from "./issues";

export interface Configuration {
  registry: Registry;
  /** The county's glossary; the built-in glossary applies after it. */
  glossary: Glossary | null;
  beirat: {
    /** The proposer the pane records the Beirat's questions and proposals under. */
    name: string;
    authors?: string[];
    initials?: string[];
    /** Colour keys ("FF99CC") that mark the Beirat's text besides pink. */
    colors: ReadonlySet<string>;
  };
  oparl: {
    /** Base of OParl ids, ending in "/"; null when the county has not set it. */
    baseUrl: string | null;
    paperType: string;
  };
  /** What the hosts start with; absent fields keep each host's own default. */
  defaults: {
    failOn?: "error" | "warning" | "never";
    includeComments?: boolean;
    groupBySection?: boolean;
  };
}

export class ConfigurationError extends Error {
  override name = "ConfigurationError";
  constructor(readonly problems: string[]) {
    super(`Die Konfiguration ist ungültig: ${problems.join("; ")}.`);
  }
}

type ProposerList = "factions" | "parties" | "administration" | "departments" | "advisoryCouncils" | "municipalities" | "persons" | "otherProposers";

/** The file's proposer lists in registry order, with the registry kinds each one stands for. */
const PROPOSER_LISTS: readonly [ProposerList, readonly ProposerKind[]][] = [
  ["factions", ["Fraktion"]],
  ["parties", ["Partei"]],
  ["administration", ["Verwaltung"]],
  ["departments", ["Abteilung"]],
  ["advisoryCouncils", ["Beirat"]],
  ["municipalities", ["Stadt", "Gemeinde"]],
  ["persons", ["Person"]],
  ["otherProposers", ["Sonstige"]],
];

const KIND_OF: Record<Exclude<ProposerList, "municipalities">, ProposerKind> = {
  factions: "Fraktion", parties: "Partei", administration: "Verwaltung", departments: "Abteilung",
  advisoryCouncils: "Beirat", persons: "Person", otherProposers: "Sonstige",
};

function registryOf(file: ConfigurationFile): Registry {
  const committees = file.committees?.map((c): Committee => ({
    short: c.short, name: c.name, aliases: c.aliases ?? [], ...(c.classification ? { classification: c.classification } : {}),
  })) ?? DEFAULT_REGISTRY.committees;
  const proposers = PROPOSER_LISTS.flatMap(([list, kinds]): Proposer[] => {
    if (list === "municipalities") return file.municipalities?.map((m) => ({ name: m.name, kind: m.kind, aliases: m.aliases ?? [] })) ?? builtIn(kinds);
    const entries: NamedEntry[] | undefined = file[list];
    return entries?.map((e) => ({ name: e.name, kind: KIND_OF[list], aliases: e.aliases ?? [] })) ?? builtIn(kinds);
  });
  const statuses = file.statuses?.map((s) => ({ name: s.name, needsDate: s.needsDate ?? false })) ?? DEFAULT_REGISTRY.statuses;
  return { committees, proposers, statuses };
}

function builtIn(kinds: readonly ProposerKind[]): Proposer[] {
  return DEFAULT_REGISTRY.proposers.filter((p) => kinds.includes(p.kind));
}

/** A name used twice makes the registry ambiguous: the first entry would always win. */
function duplicates(file: ConfigurationFile): string[] {
  const problems: string[] = [];
  const check = (entries: { where: string; name: string }[], what: string) => {
    const seen = new Map<string, string>();
    for (const e of entries) {
      const key = normalizeName(e.name);
      const first = seen.get(key);
      if (first) problems.push(`„${e.where}“: ${what} „${e.name}“ steht schon in „${first}“`);
      else seen.set(key, e.where);
    }
  };
  check((file.committees ?? []).map((c, i) => ({ where: `committees[${i}].short`, name: c.short })), "das Gremium");
  check(PROPOSER_LISTS.flatMap(([list]) => (file[list] ?? []).map((e: NamedEntry, i: number) => ({ where: `${list}[${i}].name`, name: e.name }))), "der Name");
  check((file.statuses ?? []).map((s, i) => ({ where: `statuses[${i}].name`, name: s.name })), "der Status");
  return problems;
}

function resolve(file: ConfigurationFile): Configuration {
  let glossary: Glossary | null = null;
  const problems = duplicates(file);
  if (file.glossary !== undefined) {
    try {
      glossary = parseGlossary(file.glossary);
    } catch (error) {
      if (!(error instanceof GlossaryError)) throw error;
      problems.push(`„glossary“: ${error.message.replace(/\.$/, "")}`);
    }
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
  return {
    registry: registryOf(file),
    glossary,
    beirat: {
      name: file.beirat?.name ?? BEIRAT_PROPOSER,
      // A Beirat with its own name writes its comments under that name, unless the file says who else.
      ...(file.beirat?.authors ?? file.beirat?.name ? { authors: file.beirat?.authors ?? [file.beirat!.name!] } : {}),
      ...(file.beirat?.initials ? { initials: file.beirat.initials } : {}),
      colors: new Set((file.beirat?.colors ?? []).map((c) => colorKey(c)!)),
    },
    oparl: {
      baseUrl: file.oparl?.baseUrl ? parseBaseUrl(file.oparl.baseUrl) : null,
      paperType: file.oparl?.paperType ?? "Änderungsantrag",
    },
    defaults: { ...file.defaults },
  };
}

/** Shown in the pane when the OParl format is chosen but the county has not set its OParl address. */
export const OPARL_BASE_MISSING =
  "Für OParl-JSON fehlt die Adresse, unter der Ihr Ratsinformationssystem OParl-Daten veröffentlicht. Ihre IT trägt sie in der " +
  `zentralen Konfiguration (${CONFIGURATION_FILE}) unter „oparl.baseUrl“ ein.`;

/** Built-in, neutral: what a fresh install without a configuration file uses. */
export const DEFAULT_CONFIGURATION: Configuration = resolve({ version: 1 });

/** Validates the parsed file; throws ConfigurationError naming every bad field. */
export function parseConfiguration(json: unknown): Configuration {
  const parsed = ConfigurationFileSchema.safeParse(json);
  if (!parsed.success) throw new ConfigurationError(describeIssues(parsed.error.issues, json));
  return resolve(parsed.data);
}

/** The file's text (UTF-8, a BOM allowed) to a configuration; throws ConfigurationError. */
export function configurationFromText(text: string): Configuration {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ConfigurationError([`kein gültiges JSON (${(error as Error).message})`]);
  }
  return parseConfiguration(json);
}

/** The configuration as the task pane loaded it: what to use, and why not the county's file (German), if so. */
export interface LoadedConfiguration {
  configuration: Configuration;
  problem: string | null;
}

/** Larger files are refused unread: a county's registries and glossary stay far below. */
export const MAX_CONFIGURATION_BYTES = 1 << 20;

/**
 * What the pane makes of the answer to its request for the file: none there (404) means the built-in defaults;
 * anything else that does not load means the defaults and a German message — never a blank pane.
 */
export async function configurationFromResponse(status: number, text: () => Promise<string>): Promise<LoadedConfiguration> {
  if (status === 404) return { configuration: DEFAULT_CONFIGURATION, problem: null };
  const unused = (why: string): LoadedConfiguration => ({
    configuration: DEFAULT_CONFIGURATION,
    problem: `Die zentrale Konfiguration (${CONFIGURATION_FILE}) wird nicht verwendet: ${why} Es gelten die eingebauten Grundeinstellungen; bitte wenden Sie sich an Ihre IT.`,
  });
  if (status < 200 || status > 299) return unused(`Der Webserver antwortet mit dem Status ${status}.`);
  const body = await text();
  if (body.length > MAX_CONFIGURATION_BYTES) return unused("Die Datei ist größer als 1 MB.");
  try {
    return { configuration: configurationFromText(body), problem: null };
  } catch (error) {
    if (error instanceof ConfigurationError) return unused(error.message);
    throw error;
  }
}

/** The request failed before any answer (server unreachable, offline). */
export function configurationUnreachable(): LoadedConfiguration {
  return {
    configuration: DEFAULT_CONFIGURATION,
    problem: `Die zentrale Konfiguration (${CONFIGURATION_FILE}) konnte nicht geladen werden. Es gelten die eingebauten Grundeinstellungen.`,
  };
}
