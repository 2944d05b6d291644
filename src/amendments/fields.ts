/** The fields of an Antrag's metadata a user edits one at a time, and how a value reads in the history. */
import { formatCommentLine } from "./comment-line";
import type { AntragMetadata, ConsultationStep } from "./types";

export type EditableField = Exclude<keyof AntragMetadata, "history">;

export const EDITABLE_FIELDS: readonly EditableField[] = [
  "antragsteller", "datum", "beratungsfolge", "status", "statusDatum", "statusGremium", "begruendung", "stellungnahme",
];

/** A value as the history shows it: text as it is, a Beratungsfolge as the readable line has it. */
export function describeField(value: AntragMetadata[EditableField]): string | null {
  if (value === null) return null;
  if (typeof value === "string") return value;
  return formatCommentLine({ antragsteller: null, datum: null, beratungsfolge: value as ConsultationStep[], status: null, statusDatum: null, statusGremium: null })
    .replace(/^Antrag: ohne Antragsteller( · )?/, "");
}
