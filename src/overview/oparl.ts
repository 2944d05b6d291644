/**
 * OParl 1.1 (research/anchors.md §6; schemas in shared/specs/oparl-1.1): the Änderungsübersicht as one OParl list
 * page (`data`, `pagination`, `links`) of Papers — the Vorlage, and one Paper per Antrag with its Beratungsfolge as
 * embedded Consultations. Proposers are Organizations, or Persons when the registry says so. A file has nothing
 * to dereference, so the Organizations and Persons the Papers refer to travel on the page in the vendor lists
 * "beschlussreif:organization" and "beschlussreif:person".
 *
 * The spec's rules kept here: ids are http(s) URLs below the county's base; date-times read
 * `yyyy-mm-ddThh:mm:ss±hh:mm`; `created`/`modified` come from the document's own timestamps (its changes,
 * comments, replies and metadata edits), so that exporting twice gives the same file; no `null` and no empty lists
 * (spec §2.4); embedded objects carry no back-reference to their parent (spec §3). OParl has no status field for a
 * Paper, so status and the other Antrag data travel in vendor properties ("beschlussreif:status").
 */
import type { AntragNumber } from "../amendments/numbering";
import { DEFAULT_REGISTRY, findCommittee, type Registry } from "../amendments/registry";
import { isValidIsoDate } from "../model/dates";
import { parseBaseUrl } from "./oparl-base";
import { plain } from "./marked";
import type { AmendmentRow } from "./types";

const SCHEMA = "https://schema.oparl.org/1.1/";
const PREFIX = "beschlussreif";

export interface OparlOptions {
  /** Base of every id: an http(s) URL ending in "/" (see `parseBaseUrl`). */
  base: string;
  /** Long names and kinds of committees and proposers. */
  registry?: Registry;
  /** The RIS's word for an amendment; default "Änderungsantrag". */
  paperType?: string;
  /** Title of the Vorlage the amendments refer to. */
  title: string;
  /** The document's own timestamps (core properties): `created`/`modified` of the Vorlage. */
  document?: { created: string | null; modified: string | null };
}

type Json = string | number | boolean | Json[] | { [key: string]: Json };
type Draft = { [key: string]: Json | null | undefined };

/** Leaves out what has no value: null, undefined, "" and [] (OParl §2.4: neither null nor empty lists). */
function defined(draft: Draft): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(draft)) {
    if (v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out;
}

function slug(s: string): string {
  return encodeURIComponent(s.normalize("NFC").trim().replace(/\s+/g, "-"));
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

interface Instant {
  /** Milliseconds since the epoch, for comparing. */
  at: number;
  /** As OParl writes it: 2025-03-09T10:15:00+00:00. */
  text: string;
}

/** A file's timestamp ("2025-03-09T10:15:00Z", "2025-03-09T10:15+0100", "2025-03-09") in OParl's form; null for none. */
export function oparlDateTime(value: string): Instant | null {
  const m = DATE_TIME.exec(value.trim());
  if (!m || !isValidIsoDate(m[1])) return null;
  const [hour, minute, second] = [m[2], m[3], m[4]].map((v) => (v === undefined ? 0 : +v));
  const zone = m[5] === undefined || m[5] === "Z" ? "+00:00" : `${m[5].slice(0, 3)}:${m[5].slice(-2)}`;
  const offset = (zone[0] === "-" ? -1 : 1) * (+zone.slice(1, 3) * 60 + +zone.slice(4));
  if (hour > 23 || minute > 59 || second > 59 || Math.abs(offset) > 14 * 60) return null;
  const [y, mo, d] = m[1].split("-").map(Number);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { at: Date.UTC(y, mo - 1, d, hour, minute, second) - offset * 60_000, text: `${m[1]}T${pad(hour)}:${pad(minute)}:${pad(second)}${zone}` };
}

/** The first and last of some timestamps; null when none of them is a date. */
function span(values: readonly (string | null)[]): { created: string; modified: string } | null {
  const instants = values.flatMap((v) => (v === null ? [] : [oparlDateTime(v)])).filter((i): i is Instant => i !== null);
  if (instants.length === 0) return null;
  const first = instants.reduce((a, b) => (b.at < a.at ? b : a));
  const last = instants.reduce((a, b) => (b.at > a.at ? b : a));
  return { created: first.text, modified: last.text };
}

type Referenced = { kind: "organization" | "person"; id: string; object: Draft; timestamps: string[] };

/** What OParl says about a name: a registry committee, a proposer of a known kind, or only the name. */
function describe(name: string, registry: Registry, asCommittee: boolean): Pick<Referenced, "kind" | "object"> & { key: string } {
  const committee = findCommittee(name, registry);
  const proposer = registry.proposers.find((p) => p.name === name);
  if (committee && (asCommittee || !proposer)) {
    return { kind: "organization", key: committee.short, object: { name: committee.name, shortName: committee.short, organizationType: "Gremium", classification: committee.classification } };
  }
  switch (proposer?.kind) {
    case "Person": return { kind: "person", key: name, object: { name } };
    case "Fraktion": return { kind: "organization", key: name, object: { name, organizationType: "Fraktion", classification: "Fraktion" } };
    case "Partei": return { kind: "organization", key: name, object: { name, organizationType: "Partei", classification: "Partei" } };
    case "Verwaltung": case "Abteilung": return { kind: "organization", key: name, object: { name, organizationType: "Verwaltungsbereich" } };
    case "Beirat": return { kind: "organization", key: name, object: { name, organizationType: "Gremium", classification: "Beirat" } };
    case "Stadt": case "Gemeinde": return { kind: "organization", key: name, object: { name, organizationType: "Institution" } };
    default: return { kind: "organization", key: name, object: { name, organizationType: asCommittee ? "Gremium" : "Sonstiges" } };
  }
}

const REFERENCE_PREFIX: Record<AntragNumber["kind"], string> = { stored: "ÄA-", provisional: "ÄA-neu-", editorial: "RÄ-", comment: "K-" };

/** The Paper's reference ("Aktenzeichen"): "ÄA-07" from the stored number; what is not numbered yet says so ("ÄA-neu-01"). */
export function oparlReference(nr: AntragNumber): string {
  return `${REFERENCE_PREFIX[nr.kind]}${String(nr.value).padStart(2, "0")}`;
}

export function oparlJson(rows: readonly AmendmentRow[], options: OparlOptions) {
  const base = parseBaseUrl(options.base);
  const registry = options.registry ?? DEFAULT_REGISTRY;
  const paperType = options.paperType ?? "Änderungsantrag";
  const referenced = new Map<string, Referenced>();
  /** The id of the Organization or Person for a name; the paper's timestamps count for it too. */
  const refer = (name: string, asCommittee: boolean, timestamps: string[]): { kind: Referenced["kind"]; id: string } => {
    const { kind, key, object } = describe(name, registry, asCommittee);
    const id = `${base}${kind}/${slug(key)}`;
    const known = referenced.get(id);
    if (known) known.timestamps.push(...timestamps);
    else referenced.set(id, { kind, id, object, timestamps: [...timestamps] });
    return { kind, id };
  };

  const vorlageId = `${base}paper/${slug(options.title)}`;
  const papers = rows.map((r) => {
    const id = `${base}paper/${slug(r.key)}`;
    const stamps = span(r.timestamps);
    const proposer = r.antragsteller ? refer(r.antragsteller, false, r.timestamps) : null;
    const validDate = r.datum !== null && isValidIsoDate(r.datum);
    const reference = oparlReference(r.nr);
    return defined({
      id, type: `${SCHEMA}Paper`,
      name: `${paperType} ${reference}${r.section ? ` zu ${r.section}` : ""}`,
      reference, paperType,
      date: validDate ? r.datum : null,
      superordinatedPaper: [vorlageId],
      originatorPerson: proposer?.kind === "person" ? [proposer.id] : null,
      originatorOrganization: proposer?.kind === "organization" ? [proposer.id] : null,
      consultation: r.consultations.map((c, i) => defined({
        id: `${id}/consultation/${i + 1}`, type: `${SCHEMA}Consultation`,
        organization: [refer(c.gremium, true, r.timestamps).id],
        role: c.role, authoritative: c.role === "Entscheidung",
        [`${PREFIX}:date`]: c.date, [`${PREFIX}:result`]: c.result,
        created: stamps?.created, modified: stamps?.modified,
      })),
      // A date that is no calendar day cannot be `date`; it stays as written (the check reports it).
      [`${PREFIX}:dateAsWritten`]: validDate ? null : r.datum,
      [`${PREFIX}:status`]: r.status, [`${PREFIX}:statusDatum`]: r.statusDatum, [`${PREFIX}:statusGremium`]: r.statusGremium,
      [`${PREFIX}:kind`]: r.kind, [`${PREFIX}:targetSection`]: r.sectionPath, [`${PREFIX}:fundstelle`]: r.fundstelle,
      [`${PREFIX}:before`]: plain(r.before), [`${PREFIX}:after`]: plain(r.after),
      [`${PREFIX}:changeIds`]: r.trackedChanges.map((c) => c.id), [`${PREFIX}:commentIds`]: r.comments.map((c) => c.id),
      created: stamps?.created, modified: stamps?.modified,
    });
  });

  // The Vorlage was created when the document says, else with its first Antrag; modified with the latest of all.
  const document = [options.document?.created ?? null, options.document?.modified ?? null];
  const all = span([...document, ...rows.flatMap((r) => r.timestamps)]);
  const vorlage = defined({
    id: vorlageId, type: `${SCHEMA}Paper`, name: options.title,
    subordinatedPaper: papers.map((p) => p.id as string),
    created: span([document[0]])?.created ?? all?.created, modified: all?.modified,
  });
  const listed = (kind: Referenced["kind"]) => [...referenced.values()].filter((r) => r.kind === kind).map((r) => {
    const stamps = span(r.timestamps);
    return defined({ id: r.id, type: `${SCHEMA}${kind === "person" ? "Person" : "Organization"}`, ...r.object, created: stamps?.created, modified: stamps?.modified });
  });
  const data = [vorlage, ...papers];
  return defined({
    data,
    pagination: { totalElements: data.length, elementsPerPage: data.length, currentPage: 1, totalPages: 1 },
    // The page's own address is where the county publishes the file; OParl makes every link optional but `next`.
    links: {},
    [`${PREFIX}:organization`]: listed("organization"),
    [`${PREFIX}:person`]: listed("person"),
  });
}
