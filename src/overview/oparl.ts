/**
 * OParl 1.1-shaped JSON (research/anchors.md §6): one Paper per Antrag (paperType "Änderungsantrag"),
 * one Consultation per step of the Beratungsfolge, the Organizations they name. OParl has no status
 * field for a Paper, so status travels in vendor properties ("beschlussreif:status").
 */
import type { Registry } from "../amendments/registry";
import { plain } from "./marked";
import type { AmendmentRow } from "./types";

const SCHEMA = "https://schema.oparl.org/1.1/";
const PREFIX = "beschlussreif";

export interface OparlOptions {
  /** Base for object ids; the document is not yet in a RIS, so the default is a URN. */
  base?: string;
  /** Long names and kinds of committees and proposers. */
  registry?: Registry;
  /** Timestamp for `created`/`modified` (mandatory in OParl 1.1), ISO 8601. */
  generated: string;
  /** Title of the Vorlage the amendments refer to. */
  title: string;
}

interface Organization {
  id: string;
  type: string;
  name: string;
  shortName?: string;
  organizationType: string;
  classification?: string;
  created: string;
  modified: string;
}

function slug(s: string): string {
  return encodeURIComponent(s.normalize("NFC").replace(/\s+/g, "-"));
}

function organizationKind(name: string, registry: Registry | undefined, committee: boolean): Pick<Organization, "name" | "shortName" | "organizationType" | "classification"> {
  const c = registry?.committees.find((x) => x.short === name || x.name === name);
  if (c) {
    const classification = c.short === "Kreistag" ? "Parlament" : /beirat/i.test(c.name) ? "Beirat" : "Ausschuss";
    return { name: c.name, shortName: c.short, organizationType: "Gremium", classification };
  }
  const p = registry?.proposers.find((x) => x.name === name);
  switch (p?.kind) {
    case "Fraktion": return { name, organizationType: "Fraktion", classification: "Fraktion" };
    case "Partei": return { name, organizationType: "Partei", classification: "Partei" };
    case "Verwaltung": case "Abteilung": return { name, organizationType: "Verwaltungsbereich" };
    case "Beirat": return { name, organizationType: "Gremium", classification: "Beirat" };
    default: return committee ? { name, organizationType: "Gremium" } : { name, organizationType: "Sonstiges" };
  }
}

export function oparlJson(rows: readonly AmendmentRow[], options: OparlOptions) {
  const base = options.base ?? "urn:beschlussreif:";
  const stamp = { created: options.generated, modified: options.generated };
  const organizations = new Map<string, Organization>();
  const organization = (name: string, committee: boolean): string => {
    const id = `${base}organization/${slug(name)}`;
    if (!organizations.has(id)) organizations.set(id, { id, type: `${SCHEMA}Organization`, ...organizationKind(name, options.registry, committee), ...stamp });
    return id;
  };
  const papers = rows.map((r) => {
    const id = `${base}paper/${slug(r.key)}`;
    const reference = `ÄA-${String(r.nr).padStart(2, "0")}`;
    return {
      id, type: `${SCHEMA}Paper`,
      name: `Änderungsantrag ${reference}${r.section ? ` zu ${r.section}` : ""}`,
      reference, paperType: "Änderungsantrag",
      ...(r.datum ? { date: r.datum } : {}),
      ...(r.antragsteller ? { originatorOrganization: [organization(r.antragsteller, false)] } : {}),
      consultation: r.consultations.map((c, i) => ({
        id: `${id}/consultation/${i + 1}`, type: `${SCHEMA}Consultation`, paper: id,
        organization: [organization(c.gremium, true)],
        role: c.role, authoritative: c.role === "Entscheidung",
        [`${PREFIX}:date`]: c.date, [`${PREFIX}:result`]: c.result,
        ...stamp,
      })),
      [`${PREFIX}:status`]: r.status, [`${PREFIX}:statusDatum`]: r.statusDatum, [`${PREFIX}:statusGremium`]: r.statusGremium,
      [`${PREFIX}:kind`]: r.kind, [`${PREFIX}:targetSection`]: r.sectionPath, [`${PREFIX}:fundstelle`]: r.fundstelle,
      [`${PREFIX}:before`]: plain(r.before), [`${PREFIX}:after`]: plain(r.after),
      [`${PREFIX}:changeIds`]: r.trackedChanges.map((c) => c.id), [`${PREFIX}:commentIds`]: r.comments.map((c) => c.id),
      ...stamp,
    };
  });
  return { [`${PREFIX}:superordinatedPaperName`]: options.title, papers, organizations: [...organizations.values()] };
}
