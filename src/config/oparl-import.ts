/**
 * `beschlussreif config import-oparl`: a council information system's OParl lists of Organizations (and Persons)
 * as the configuration's registries. A list comes as the RIS serves it — an OParl list page ({ data, pagination,
 * links }) — or as a plain array of objects. What the RIS calls the organisation decides where it goes:
 * - `organizationType`/`classification` "Fraktion" → factions, "Partei" → parties;
 * - "Verwaltungsbereich" → departments;
 * - "Gremium" (Parlament, Ausschuss, Beirat, Kommission, …) → committees, with shortName as short name and the
 *   classification; a Beirat also proposes, so it becomes an advisory council as well;
 * - everything else (externes Gremium, Institution, Sonstiges) → other proposers, "Stadt …"/"Gemeinde …" → municipalities.
 * Deleted objects (`deleted: true`) and organisations that have ended (`endDate` before today) are left out, as are
 * persons all of whose memberships have ended; the notes say how many, and what a list page says of further pages.
 */
import { z } from "zod/mini";
import { normalizeName } from "../amendments/registry";
import type { ConfigurationFile, NamedEntry } from "./file";
import { describeIssues } from "./issues";

export class OparlImportError extends Error {
  override name = "OparlImportError";
  constructor(readonly list: "organizations" | "persons", message: string) {
    super(message);
  }
}

const optionalText = z.optional(z.string());

const OrganizationSchema = z.object({
  id: z.string(),
  type: z.string().check(z.regex(/\/Organization$/, { message: "ist keine OParl-Organization (type endet nicht auf „/Organization“)" })),
  name: optionalText,
  shortName: optionalText,
  organizationType: optionalText,
  classification: optionalText,
  endDate: optionalText,
  deleted: z.optional(z.boolean()),
});

const PersonSchema = z.object({
  id: z.string(),
  type: z.string().check(z.regex(/\/Person$/, { message: "ist keine OParl-Person (type endet nicht auf „/Person“)" })),
  name: optionalText,
  givenName: optionalText,
  familyName: optionalText,
  // OParl 1.1 embeds Memberships; 1.0 lists their URLs.
  membership: z.optional(z.array(z.union([z.string(), z.object({ endDate: optionalText, deleted: z.optional(z.boolean()) })]))),
  deleted: z.optional(z.boolean()),
});

function listOf<T extends z.ZodMiniType>(item: T) {
  return z.union([z.array(item), z.object({ data: z.array(item), links: z.optional(z.object({ next: optionalText })) })]);
}

export interface OparlImport {
  /** The registries found, as a configuration file holds them (lists without entries are left out). */
  file: ConfigurationFile;
  /** German notes: what was left out and why. */
  notes: string[];
}

function parseList<T extends z.ZodMiniType>(json: unknown, item: T, list: OparlImportError["list"], notes: string[]): z.infer<T>[] {
  const what = list === "persons" ? "Personen" : "Organisationen";
  const parsed = listOf(item).safeParse(json);
  if (!parsed.success) {
    // The union hides which element failed: the element schema on the element list says it.
    const items = Array.isArray(json) ? json : (json as { data?: unknown } | null)?.data;
    const detail = Array.isArray(items) ? z.array(item).safeParse(items) : null;
    const problems = detail && !detail.success ? describeIssues(detail.error.issues, items).slice(0, 5) : [];
    throw new OparlImportError(list, `Keine OParl-Liste von ${what}: erwartet wird eine Listenseite { "data": [ … ] } oder eine Liste [ … ]${problems.length > 0 ? ` (${problems.join("; ")})` : ""}.`);
  }
  if (Array.isArray(parsed.data)) return parsed.data as z.infer<T>[];
  const page = parsed.data as { data: z.infer<T>[]; links?: { next?: string } };
  if (page.links?.next) notes.push(`Die Liste der ${what} hat weitere Seiten (nächste: ${page.links.next}); übernommen ist nur diese Seite. Laden Sie alle Seiten und fügen Sie ihre „data“-Listen zu einer Liste zusammen.`);
  return page.data;
}

const is = (value: string | undefined, ...words: string[]) => value !== undefined && words.some((w) => value.trim().toLowerCase() === w.toLowerCase());

/** "YYYY-MM-DD" of a date or date-time; ended when before today. */
const ended = (endDate: string | undefined, today: string) => endDate !== undefined && /^\d{4}-\d{2}-\d{2}/.test(endDate) && endDate.slice(0, 10) < today;

export function importOparl(organizationsJson: unknown, personsJson: unknown | undefined, today: string): OparlImport {
  const notes: string[] = [];
  const organizations = parseList(organizationsJson, OrganizationSchema, "organizations", notes);
  const persons = personsJson === undefined ? [] : parseList(personsJson, PersonSchema, "persons", notes);

  const file: Required<Pick<ConfigurationFile, "committees" | "factions" | "parties" | "departments" | "advisoryCouncils" | "municipalities" | "persons" | "otherProposers">> = {
    committees: [], factions: [], parties: [], departments: [], advisoryCouncils: [], municipalities: [], persons: [], otherProposers: [],
  };
  const left = { deleted: 0, ended: 0, nameless: 0, twice: [] as string[] };
  const committeeNames = new Set<string>();
  const proposerNames = new Set<string>();
  const propose = (list: Exclude<keyof typeof file, "committees" | "municipalities">, entry: NamedEntry) => {
    if (proposerNames.has(normalizeName(entry.name))) return left.twice.push(entry.name);
    proposerNames.add(normalizeName(entry.name));
    file[list].push(entry);
  };

  for (const o of organizations) {
    if (o.deleted) { left.deleted++; continue; }
    if (ended(o.endDate, today)) { left.ended++; continue; }
    const name = (o.name ?? o.shortName)?.trim();
    if (!name) { left.nameless++; continue; }
    const { organizationType: type, classification } = o;
    if (is(type, "Fraktion") || is(classification, "Fraktion")) propose("factions", { name });
    else if (is(type, "Partei") || is(classification, "Partei")) propose("parties", { name });
    else if (is(type, "Verwaltungsbereich")) propose("departments", { name });
    else if (is(type, "Gremium")) {
      const short = o.shortName?.trim() || name;
      if (committeeNames.has(normalizeName(short))) { left.twice.push(short); continue; }
      committeeNames.add(normalizeName(short));
      file.committees.push({ short, name, ...(classification?.trim() ? { classification: classification.trim() } : {}) });
      if (classification !== undefined && /beirat/i.test(classification)) propose("advisoryCouncils", { name, ...(short !== name ? { aliases: [short] } : {}) });
    } else {
      const municipality = /^(Stadt|Gemeinde)\s+(.+)$/.exec(name);
      if (municipality && !proposerNames.has(normalizeName(name))) {
        proposerNames.add(normalizeName(name));
        file.municipalities.push({ name, kind: municipality[1] as "Stadt" | "Gemeinde", aliases: [municipality[2]] });
      } else propose("otherProposers", { name });
    }
  }

  let formerPersons = 0;
  for (const p of persons) {
    if (p.deleted) { left.deleted++; continue; }
    const memberships = (p.membership ?? []).filter((m) => typeof m === "string" || !m.deleted);
    if (memberships.length > 0 && memberships.every((m) => typeof m !== "string" && ended(m.endDate, today))) { formerPersons++; continue; }
    const spelled = [p.givenName, p.familyName].filter((x) => x?.trim()).join(" ");
    const name = p.name?.trim() || spelled;
    if (!name) { left.nameless++; continue; }
    propose("persons", { name, ...(spelled && spelled !== name ? { aliases: [spelled] } : {}) });
  }

  if (left.deleted > 0) notes.push(`${left.deleted} gelöschte Einträge (deleted) übergangen.`);
  if (left.ended > 0) notes.push(`${left.ended} beendete Gruppierungen (endDate vor dem ${today.split("-").reverse().join(".")}) übergangen.`);
  if (formerPersons > 0) notes.push(`${formerPersons} Personen ohne laufende Mitgliedschaft übergangen.`);
  if (left.nameless > 0) notes.push(`${left.nameless} Einträge ohne Namen übergangen.`);
  if (left.twice.length > 0) notes.push(`Doppelt, nur einmal übernommen: ${left.twice.map((n) => `„${n}“`).join(", ")}.`);

  const lists = Object.fromEntries(Object.entries(file).filter(([, entries]) => entries.length > 0));
  return { file: { version: 1, ...lists }, notes };
}
