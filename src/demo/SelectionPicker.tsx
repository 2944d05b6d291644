/**
 * A keyboard way to make a selection in the simulated Word: in Word the user selects text with the keyboard; in the
 * demo this form selects a whole paragraph, which the pane's Beirat actions then work on.
 */
import { useId, useState, type FormEvent } from "react";
import { isRemoved, type DocumentModel, type Paragraph } from "../model/document";
import { paragraphName } from "../model/notes";

/** The paragraph as it reads with deletions accepted. */
function visibleText(p: Paragraph): string {
  return p.runs.filter((r) => !isRemoved(r.revision)).map((r) => r.text).join("").trim();
}

export function SelectionPicker({ model, onSelect }: { model: DocumentModel; onSelect: (paragraph: number) => Promise<void> }) {
  const id = useId();
  const choices = model.paragraphs.map((p) => ({ index: p.index, text: visibleText(p) })).filter((c) => c.text !== "");
  const [choice, setChoice] = useState<number | null>(null);
  const [message, setMessage] = useState("");
  const chosen = choices.find((c) => c.index === choice) ?? choices[0];
  if (!chosen) return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSelect(chosen.index).then(
      () => setMessage(`${paragraphName(model, chosen.index)} ist markiert. Die Aktionen des Aufgabenbereichs beziehen sich auf diese Textstelle.`),
      (error: unknown) => setMessage(`Die Textstelle konnte nicht markiert werden: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  return (
    <form className="selection-picker" aria-label="Textstelle markieren" onSubmit={submit}>
      <label htmlFor={id}>Textstelle markieren (wie eine Markierung in Word):</label>{" "}
      <select id={id} value={chosen.index} onChange={(e) => setChoice(Number(e.currentTarget.value))}>
        {choices.map((c) => (
          <option key={c.index} value={c.index}>{paragraphName(model, c.index)}: {c.text.length > 70 ? `${c.text.slice(0, 69)}…` : c.text}</option>
        ))}
      </select>{" "}
      <button type="submit">Markieren</button>
      <p role="status" className="selection-status">{message}</p>
    </form>
  );
}
