/**
 * The one guarded write of the records part (`urn:beschlussreif:antraege:v1`), whoever writes it — the pane in Word
 * or `import` on a .docx. It composes the part from what is stored at the moment of writing: records we cannot read
 * (damaged, or written by a newer version of Beschlussreif) are never overwritten, what a co-author saved since our
 * read is merged in (src/amendments/merge.ts), new Anträge get their numbers (src/amendments/numbering.ts), and the part never exceeds Word on the web's 1 MB limit.
 */
import { Refusal } from "./refusal";
import { assignNumbers } from "../amendments/numbering";
import { formatCommentLine, mergeStoredData, parseStoredParts, serializeStoredData, StorageError, type MergeContext, type StoredData } from "../amendments";

/** Word on the web rejects custom XML parts over 1 MB (research/officejs.md §3); no write of ours goes beyond. */
const MAX_PART_BYTES = 1_000_000;

/** The refusal when the stored records cannot be read: they would be lost by writing. */
export function unreadableRecords(reason: string): Refusal {
  return new Refusal(`Die gespeicherten Antragsangaben werden nicht überschrieben: ${reason} Es wurde nichts gespeichert.`);
}

/** Refuses what no Word on the web could store. */
export function checkPartSize(xml: string, what: string): void {
  const bytes = new TextEncoder().encode(xml).length;
  if (bytes > MAX_PART_BYTES) {
    throw new Refusal(`${what} wären ${(bytes / 1_000_000).toLocaleString("de-DE", { maximumFractionDigits: 1 })} MB groß; Word im Web speichert höchstens 1 MB. Bitte teilen Sie das Dokument auf oder entfernen Sie erledigte Einträge. Es wurde nichts gespeichert.`);
  }
}

interface ComposedRecords {
  xml: string;
  data: StoredData;
}

/**
 * The records part to write: `ours` (what this side wants stored) merged into `stored` (the XML of the parts of our
 * namespace as they are now) against `base` (what this side read before its edits). Throws a Refusal.
 */
export function composeRecords(stored: readonly string[], base: StoredData | null, ours: StoredData, ctx: MergeContext): ComposedRecords {
  let theirs: StoredData | null;
  try {
    theirs = parseStoredParts(stored);
  } catch (error) {
    if (error instanceof StorageError) throw unreadableRecords(error.message);
    throw error;
  }
  // Numbers are given here, against what is stored at the moment of writing: two colleagues never give the same one.
  const data = assignNumbers(mergeStoredData(base, ours, theirs, ctx));
  const xml = serializeStoredData(data);
  checkPartSize(xml, "Die Antragsangaben");
  return { xml, data };
}

/** The readable comment line of a record as composed (a co-author's fields merged in); null when it is not there. */
export function lineOf(data: StoredData, key: string): string | null {
  const record = data.records.find((r) => r.key === key);
  return record ? formatCommentLine(record.metadata) : null;
}
