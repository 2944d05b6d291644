/** Turns the edit form's values into a new Amendment through src/amendments, so that every change is in its history. */
import { confirmImport, setField, type EditableField } from "../../amendments";
import type { Amendment } from "../../amendments/types";
import { fieldsOf, type MetadataDraft } from "./amendment-view";

/** Sets each changed field (one history entry each); saving unchanged recognised values confirms them. */
export function applyDraft(amendment: Amendment, draft: MetadataDraft, by: string, at: string): Amendment {
  const next = fieldsOf(draft);
  let out = amendment;
  for (const field of Object.keys(next) as EditableField[]) {
    if (JSON.stringify(next[field]) !== JSON.stringify(amendment.metadata[field])) {
      out = setField(out, field, next[field], by, at);
    }
  }
  return out === amendment ? confirmImport(amendment, by, at) : out;
}
