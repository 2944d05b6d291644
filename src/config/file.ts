/**
 * The county's configuration file, `beschlussreif.config.json`: what its IT sets once for every user and document
 * (registries, status values, glossary, Beirat colours, OParl address, defaults). Every field but `version` is
 * optional; a list given replaces the built-in list of the same kind. Unknown fields are refused, so that a
 * misspelt name ("commitees") is reported instead of silently ignored.
 */
import { z } from "zod/mini";
import { colorKey } from "../beirat/pink";
import { parseBaseUrl } from "../overview/oparl-base";

/** The file's name, beside taskpane.html on the web server and in the command line's working directory. */
export const CONFIGURATION_FILE = "beschlussreif.config.json";

const text = z.string().check(z.trim(), z.minLength(1));
const aliases = z.optional(z.array(text));
const named = z.strictObject({ name: text, aliases });

const CommitteeEntry = z.strictObject({
  short: text,
  name: text,
  aliases,
  /** OParl classification: "Parlament" for the council itself, "Ausschuss", "Beirat", … */
  classification: z.optional(text),
});

const MunicipalityEntry = z.strictObject({ name: text, kind: z.enum(["Stadt", "Gemeinde"]), aliases });

const StatusEntry = z.strictObject({ name: text, needsDate: z.optional(z.boolean()) });

const color = z.string().check(z.refine((value) => colorKey(value) !== null, {
  message: "ist keine Farbe: erwartet wird „#RRGGBB“ oder ein Name der Word-Hervorhebungsfarben (z. B. „cyan“)",
}));

const baseUrl = z.string().check(z.refine((value) => {
  try {
    parseBaseUrl(value);
    return true;
  } catch {
    return false;
  }
}, { message: "ist keine Adresse: erwartet wird eine http(s)-Adresse ohne ?-Teil und #-Teil, z. B. „https://ris.example.org/oparl/“" }));

export const ConfigurationFileSchema = z.strictObject({
  /** Editors' JSON-Schema hint; not read. */
  $schema: z.optional(z.string()),
  version: z.literal(1),
  committees: z.optional(z.array(CommitteeEntry)),
  factions: z.optional(z.array(named)),
  parties: z.optional(z.array(named)),
  municipalities: z.optional(z.array(MunicipalityEntry)),
  /** The administration as a whole ("Verwaltung"). */
  administration: z.optional(z.array(named)),
  departments: z.optional(z.array(named)),
  /** Beiräte as proposers. */
  advisoryCouncils: z.optional(z.array(named)),
  persons: z.optional(z.array(named)),
  otherProposers: z.optional(z.array(named)),
  statuses: z.optional(z.array(StatusEntry)),
  /** The glossary file's format (SPEC §2.7), validated by the terminology check's own parser. */
  glossary: z.optional(z.unknown()),
  beirat: z.optional(z.strictObject({
    /** The Beirat's name as proposer of what it asks and proposes through the pane (default "Teilhabebeirat"). */
    name: z.optional(text),
    /** Comment authors and initials that are the Beirat (default: its name, "THB"). */
    authors: z.optional(z.array(text)),
    initials: z.optional(z.array(text)),
    /** Colours the Beirat marks with besides pink (highlight, shading or font colour). */
    colors: z.optional(z.array(color)),
  })),
  oparl: z.optional(z.strictObject({
    /** Where the council information system publishes OParl objects: the ids of the export start with it. */
    baseUrl: z.optional(baseUrl),
    /** The RIS's word for an amendment (Paper.paperType), default "Änderungsantrag". */
    paperType: z.optional(text),
  })),
  defaults: z.optional(z.strictObject({
    failOn: z.optional(z.enum(["error", "warning", "never"])),
    includeComments: z.optional(z.boolean()),
    groupBySection: z.optional(z.boolean()),
  })),
});

export type ConfigurationFile = z.infer<typeof ConfigurationFileSchema>;
export type CommitteeEntry = z.infer<typeof CommitteeEntry>;
export type NamedEntry = z.infer<typeof named>;
