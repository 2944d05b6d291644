/** What the "Anträge" tab derives from amendments: filters, badges and German field names (pure, tested alone). */
import type { Amendment, AntragMetadata, ConsultationRole } from "../../amendments/types";
import type { EditableField } from "../../amendments";
import type { Committee, Registry } from "../../amendments/registry";

/** "Ausschuss für Kultur, Sport und Ehrenamt (AfKSuE)": the long name people know, the short form as hint. */
export function committeeLabel(c: Committee): string {
  return c.name && c.name !== c.short ? `${c.name} (${c.short})` : c.short;
}

/** A committee as an Antrag names it (its short form), with the registry's long name where the registry knows it. */
export function committeeNamed(short: string, registry: Registry): string {
  const known = registry.committees.find((c) => c.short === short);
  return known ? committeeLabel(known) : short;
}

export interface AmendmentFilter {
  /** Registry status name, "" for all, NO_VALUE for amendments without status. */
  status: string;
  /** Committee short name (any step of the Beratungsfolge or the status committee), "" for all. */
  committee: string;
  /** Proposer name, "" for all, NO_VALUE for amendments without proposer. */
  proposer: string;
  /** Only amendments whose proposer or status is missing. */
  incompleteOnly: boolean;
}

/** Filter value for "without a value"; no registry name can be empty. */
export const NO_VALUE = "\u0000ohne";

export const NO_FILTER: AmendmentFilter = { status: "", committee: "", proposer: "", incompleteOnly: false };

export type AmendmentBadge = "unvollständig" | "erkannt" | "verschwunden";

export const BADGE_LABEL: Record<AmendmentBadge, string> = {
  unvollständig: "Angaben unvollständig",
  erkannt: "erkannt – bitte prüfen",
  verschwunden: "nicht mehr im Dokument",
};

export function isIncomplete(a: Amendment): boolean {
  return a.metadata.antragsteller === null || a.metadata.status === null;
}

export function badgesOf(a: Amendment): AmendmentBadge[] {
  const out: AmendmentBadge[] = [];
  if (isIncomplete(a)) out.push("unvollständig");
  if (a.source === "imported") out.push("erkannt");
  if (!a.found) out.push("verschwunden");
  return out;
}

export function committeesOf(m: AntragMetadata): string[] {
  return [...m.beratungsfolge.map((s) => s.gremium), ...(m.statusGremium ? [m.statusGremium] : [])];
}

function matchesValue(wanted: string, value: string | null): boolean {
  if (wanted === "") return true;
  if (wanted === NO_VALUE) return value === null;
  return value === wanted;
}

export function matchesFilter(a: Amendment, f: AmendmentFilter): boolean {
  const m = a.metadata;
  return matchesValue(f.status, m.status)
    && matchesValue(f.proposer, m.antragsteller)
    && (f.committee === "" || committeesOf(m).includes(f.committee))
    && (!f.incompleteOnly || isIncomplete(a));
}

/** Distinct proposers named in the amendments, sorted the German way. */
export function proposersIn(amendments: readonly Amendment[]): string[] {
  const names = new Set(amendments.map((a) => a.metadata.antragsteller).filter((n): n is string => n !== null));
  return [...names].sort((x, y) => x.localeCompare(y, "de"));
}

export const FIELD_LABEL: Record<EditableField | "import", string> = {
  antragsteller: "Antragsteller",
  datum: "Datum",
  beratungsfolge: "Beratungsfolge",
  status: "Status",
  statusDatum: "Datum des Status",
  statusGremium: "Gremium des Status",
  begruendung: "Begründung",
  stellungnahme: "Stellungnahme der Verwaltung",
  import: "Erkannte Angaben",
};

export const ROLES: readonly ConsultationRole[] = ["Vorberatung", "Anhörung", "Entscheidung", "Kenntnisnahme"];

/** The current time for the history (ISO); a parameter of the components so that tests stay deterministic. */
export const nowIso = (): string => new Date().toISOString();

/** The edit form's values: text as typed ("" = empty), dates as "YYYY-MM-DD" from date inputs. */
export interface StepDraft {
  gremium: string;
  role: ConsultationRole;
  date: string;
  result: string;
}

export interface MetadataDraft {
  antragsteller: string;
  datum: string;
  beratungsfolge: StepDraft[];
  status: string;
  statusDatum: string;
  statusGremium: string;
  begruendung: string;
  stellungnahme: string;
}

export function draftOf(m: AntragMetadata): MetadataDraft {
  return {
    antragsteller: m.antragsteller ?? "", datum: m.datum ?? "",
    beratungsfolge: m.beratungsfolge.map((s) => ({ gremium: s.gremium, role: s.role, date: s.date ?? "", result: s.result ?? "" })),
    status: m.status ?? "", statusDatum: m.statusDatum ?? "", statusGremium: m.statusGremium ?? "",
    begruendung: m.begruendung ?? "", stellungnahme: m.stellungnahme ?? "",
  };
}

const orNull = (s: string): string | null => (s.trim() === "" ? null : s.trim());

/** The metadata fields a draft sets; steps without a committee are left out. */
export function fieldsOf(d: MetadataDraft): Omit<AntragMetadata, "history"> {
  return {
    antragsteller: orNull(d.antragsteller), datum: orNull(d.datum),
    beratungsfolge: d.beratungsfolge.filter((s) => s.gremium.trim() !== "")
      .map((s) => ({ gremium: s.gremium.trim(), role: s.role, date: orNull(s.date), result: orNull(s.result) })),
    status: orNull(d.status), statusDatum: orNull(d.statusDatum), statusGremium: orNull(d.statusGremium),
    begruendung: orNull(d.begruendung), stellungnahme: orNull(d.stellungnahme),
  };
}
