/** A reference outline (the agreed Inhaltsverzeichnis of an earlier draft) from a file the user names or chooses. */
import { parseReferenceOutline, referenceFromModel, type ReferenceOutline } from "../checks/outline";
import type { DocumentModel } from "../model/document";
import { Refusal } from "./refusal";

/**
 * A .docx gives its outline, anything else must be an outline in JSON. `readDocx` is the host's .docx reader (the
 * pane loads it on demand). Refusals do not name the file: each host says which one it was.
 */
export async function referenceFromFile(name: string, bytes: Uint8Array, readDocx: (bytes: Uint8Array) => DocumentModel | Promise<DocumentModel>): Promise<ReferenceOutline> {
  if (/\.docx$/i.test(name)) return referenceFromModel(await readDocx(bytes));
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new Refusal(`weder ein Word-Dokument noch eine Gliederung im JSON-Format (${(error as Error).message}).`);
  }
  try {
    return parseReferenceOutline(json);
  } catch (error) {
    throw new Refusal((error as Error).message);
  }
}
