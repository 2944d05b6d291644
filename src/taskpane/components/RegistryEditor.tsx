/**
 * "Verzeichnisse bearbeiten": committees, proposers and status values of this document. One list at a time (the pane
 * is 320 px wide), every entry a labelled fieldset; removing or renaming a name an Antrag uses is refused in words.
 * Escape closes without saving.
 */
import { useState } from "react";
import { Button, Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { ProposerKindSchema, type Committee, type Proposer, type ProposerKind, type Registry, type StatusValue } from "../../amendments/registry";
import type { Amendment } from "../../amendments/types";
import { NarrowSelect } from "./common";
import {
  aliasesOf, aliasesText, checkDraft, draftOfRegistry, ENTRY_LABEL, LIST_LABEL, NEW_ENTRY, nameOf, removalProblem,
  type DraftEntry, type RegistryDraft, type RegistryListId,
} from "./registry-edit";

const LISTS: readonly RegistryListId[] = ["committees", "proposers", "statuses"];

const useStyles = makeStyles({
  box: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, margin: `${tokens.spacingVerticalS} 0`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
    margin: 0, padding: tokens.spacingHorizontalS, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}`, overflowWrap: "anywhere" },
  control: { minWidth: 0, width: "100%" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type AnyEntry = DraftEntry<Committee | Proposer | StatusValue>;

export function RegistryEditor({ registry, amendments, onSave }: {
  registry: Registry;
  /** The document's amendments in document order: their numbers name who still uses an entry. */
  amendments: readonly Amendment[];
  onSave: (registry: Registry) => void;
}) {
  const styles = useStyles();
  const [draft, setDraft] = useState<RegistryDraft | null>(null);
  const [list, setList] = useState<RegistryListId>("committees");
  /** What was refused: a removal (one message) or a save (the draft's problems). */
  const [alert, setAlert] = useState<{ title: string | null; problems: string[] } | null>(null);
  const [added, setAdded] = useState<number | null>(null);
  /** Focus goes into the editor when it opens and back to its button when it closes. */
  const [wasOpen, setWasOpen] = useState(false);

  const close = () => { setDraft(null); setAlert(null); setAdded(null); };
  if (!draft) {
    return (
      <div className={styles.buttons}>
        <Button autoFocus={wasOpen} onClick={() => { setDraft(draftOfRegistry(registry)); setList("committees"); setWasOpen(true); }}>Verzeichnisse bearbeiten</Button>
      </div>
    );
  }

  const entries: AnyEntry[] = draft[list];
  const update = (id: number, change: Partial<Committee & Proposer & StatusValue>) =>
    setDraft({ ...draft, [list]: entries.map((e) => (e.id === id ? { ...e, value: { ...e.value, ...change } } : e)) });
  const remove = (e: AnyEntry) => {
    const problem = removalProblem(list, e, amendments);
    if (problem) { setAlert({ title: null, problems: [problem] }); return; }
    setAlert(null);
    setDraft({ ...draft, [list]: entries.filter((x) => x.id !== e.id) });
  };
  const add = () => {
    const fresh = NEW_ENTRY[list]();
    setAdded(fresh.id);
    setDraft({ ...draft, [list]: [...entries, fresh] });
  };
  const save = () => {
    const checked = checkDraft(draft, amendments);
    if (!checked.ok) { setAlert({ title: "Die Verzeichnisse wurden nicht gespeichert:", problems: checked.problems }); return; }
    close();
    onSave(checked.registry);
  };

  return (
    <section className={styles.box} aria-labelledby="verzeichnisse-titel" onKeyDown={(e) => { if (e.key === "Escape") close(); }}>
      <h4 id="verzeichnisse-titel" className={styles.title}>Verzeichnisse bearbeiten</h4>
      <form style={{ display: "contents" }} onSubmit={(e) => { e.preventDefault(); save(); }}>
        <Field label="Verzeichnis">
          <NarrowSelect autoFocus value={list} onChange={(_, d) => { setList(d.value as RegistryListId); setAlert(null); }}>
            {LISTS.map((l) => <option key={l} value={l}>{LIST_LABEL[l]} ({draft[l].length})</option>)}
          </NarrowSelect>
        </Field>
        <ul className={styles.list} aria-label={LIST_LABEL[list]}>
          {entries.map((e, i) => {
            const label = `${ENTRY_LABEL[list]} ${i + 1}`;
            const name = nameOf(list, e.value).trim();
            return (
              <li key={e.id}>
                <fieldset className={styles.fieldset}>
                  <legend className={styles.legend}>{label}{name ? `: ${name}` : " (neu)"}</legend>
                  {list === "committees" && (
                    <>
                      <Field label="Kurzname"><Input className={styles.control} autoFocus={e.id === added} value={(e.value as Committee).short} onChange={(_, d) => update(e.id, { short: d.value })} /></Field>
                      <Field label="Bezeichnung"><Input className={styles.control} value={(e.value as Committee).name} onChange={(_, d) => update(e.id, { name: d.value })} /></Field>
                    </>
                  )}
                  {list !== "committees" && (
                    <Field label="Name"><Input className={styles.control} autoFocus={e.id === added} value={(e.value as Proposer | StatusValue).name} onChange={(_, d) => update(e.id, { name: d.value })} /></Field>
                  )}
                  {list === "proposers" && (
                    <Field label="Art">
                      <NarrowSelect value={(e.value as Proposer).kind} onChange={(_, d) => update(e.id, { kind: d.value as ProposerKind })}>
                        {ProposerKindSchema.options.map((k) => <option key={k} value={k}>{k}</option>)}
                      </NarrowSelect>
                    </Field>
                  )}
                  {list !== "statuses" && (
                    <Field label="Weitere Schreibweisen" hint="durch Komma getrennt">
                      <Input className={styles.control} defaultValue={aliasesText((e.value as Committee | Proposer).aliases)} onChange={(_, d) => update(e.id, { aliases: aliasesOf(d.value) })} />
                    </Field>
                  )}
                  {list === "statuses" && (
                    <Checkbox label="braucht ein Datum (z. B. „angenommen am …“)" checked={(e.value as StatusValue).needsDate} onChange={(_, d) => update(e.id, { needsDate: d.checked === true })} />
                  )}
                  <div className={styles.buttons}>
                    <Button onClick={() => remove(e)}>{label} entfernen</Button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ul>
        <div className={styles.buttons}>
          <Button onClick={add}>{ENTRY_LABEL[list]} hinzufügen</Button>
        </div>
        {alert && (
          <div role="alert">
            {alert.title && <p className={styles.title}>{alert.title}</p>}
            <ul className={styles.problems}>{alert.problems.map((p) => <li key={p}>{p}</li>)}</ul>
          </div>
        )}
        <div className={styles.buttons}>
          <Button type="submit" appearance="primary">Verzeichnisse speichern</Button>
          <Button onClick={close}>Abbrechen</Button>
        </div>
      </form>
    </section>
  );
}
