/**
 * "Anträge": each amendment in document order with its section, wording (old → new) and metadata; filters,
 * an edit form, "Für Auswahl setzen" for several at once, "Zusammenfassen" and "Aufteilen" of groups, "Import prüfen" for
 * recognised legacy notes, and what they name that the registry lacks ("ins Verzeichnis aufnehmen"). The registries
 * themselves have their own tab (RegistryTab).
 * Badges always carry text: nothing is said by colour alone.
 */
import { useMemo, useState } from "react";
import {
  Badge, Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, makeStyles, tokens,
} from "@fluentui/react-components";
import { addToRegistry, amendmentNumbers, confirmImport, numberLabel, setFieldBulk } from "../../amendments";
import type { Registry } from "../../amendments/registry";
import type { Amendment } from "../../amendments/types";
import { AMENDMENT_KIND_LABEL } from "../../amendments/labels";
import { removableAnnotations } from "../../app/edits";
import { formatDateDe } from "../../model/labels";
import type { DocumentModel } from "../../model/document";
import { noteName, noteOf } from "../../model/notes";
import { sectionOf, type Heading } from "../../model/outline";
import type { AnalysisResult } from "../analysis-types";
import type { DocumentPlace, HostActions } from "../host";
import { PROFILE_LABEL, type Profile } from "../profile";
import { AmendmentBulk } from "./AmendmentBulk";
import { AmendmentForm } from "./AmendmentForm";
import {
  BADGE_LABEL, badgesOf, committeeLabel, committeeNamed, matchesFilter, NO_FILTER, NO_VALUE, nowIso, proposersIn, type AmendmentFilter,
} from "./amendment-view";
import { applyDraft } from "./apply-draft";
import { EmptyState, excerpt, FindingList, NarrowSelect, PlaceItem, SectionHeading, useCommonStyles } from "./common";
import { canSplit, mergeInList, splitInList, type GroupEdit } from "./group-edit";
import { InlineError, useAnnounce, useFocusReturn, useLocalAction, type RunAction } from "./feedback";
import { ImportReview } from "./ImportReview";
import { RegistrySuggestions, suggestionName } from "./RegistrySuggestions";
import { ShowMoreList } from "./ShowMore";

const META_RULE = /^meta\//;

const useStyles = makeStyles({
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  filter: { flexGrow: 1, flexBasis: "9em", minWidth: 0 },
  entry: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0, paddingBottom: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  badge: { height: "auto", whiteSpace: "normal" },
  deleted: { textDecorationLine: "line-through" },
  inserted: { fontWeight: tokens.fontWeightSemibold, textDecorationLine: "underline" },
});

/** Old and new wording, marked in words; a move says "verschoben", as the command line does, not "gestrichen" and "eingefügt". */
function Wording({ amendment: a }: { amendment: Amendment }) {
  const styles = useStyles();
  const common = useCommonStyles();
  if (a.kind === "move") {
    // Word records a move as two changes: where the text left and where it arrived.
    const [where, text] = a.inserted ? ["verschoben, neue Stelle:", a.inserted] : ["verschoben, bisherige Stelle:", a.removed];
    return <span><span className={common.tag}>{where}</span> „{excerpt(text, 100)}“</span>;
  }
  return (
    <>
      {a.removed && <span><span className={common.tag}>gestrichen:</span> <span className={styles.deleted}>„{excerpt(a.removed, 100)}“</span></span>}
      {a.removed && a.inserted && <span aria-hidden="true">→</span>}
      {a.inserted && <span><span className={common.tag}>eingefügt:</span> <span className={styles.inserted}>„{excerpt(a.inserted, 100)}“</span></span>}
    </>
  );
}

function place(a: Amendment): DocumentPlace | null {
  return a.found && a.location ? { paragraph: a.location.start.paragraph, range: a.location } : null;
}

/** "Abschnitt B.I Wirtschaft · Fußnote 3" (either part may be missing). */
function placeLabel(model: DocumentModel, hs: readonly Heading[], a: Amendment): string | null {
  const h = a.location ? sectionOf(model, hs, a.location.start.paragraph) : null;
  const note = a.location ? noteOf(model, a.location.start.paragraph) : null;
  const parts = [h ? `Abschnitt ${h.label ? `${h.path} ${h.title}` : h.title}` : null, note ? noteName(note) : null].filter((x) => x !== null);
  return parts.length ? parts.join(" · ") : null;
}

/** The key data of an Antrag in one line, committees with their long names where the registry knows them. */
export function metadataLine(a: Amendment, registry: Registry): string {
  const m = a.metadata;
  const steps = m.beratungsfolge.map((s) => `${committeeNamed(s.gremium, registry)} – ${s.role}${s.date ? `, ${formatDateDe(s.date)}` : ""}${s.result ? `: ${s.result}` : ""}`);
  return [
    `Antragsteller: ${m.antragsteller ?? "fehlt"}`, `Datum: ${formatDateDe(m.datum)}`,
    `Beratungsfolge: ${steps.length ? steps.join(", ") : "–"}`,
    `Status: ${m.status ?? "fehlt"}${m.statusDatum ? ` am ${formatDateDe(m.statusDatum)}` : ""}`,
  ].join(" · ");
}

/** A split waiting for the user's yes: the Antrag's number and what saving it would store. */
type PendingSplit = { n: string; stored: boolean; edit: Extract<GroupEdit, { ok: true }> };

/** "Aufteilen" changes what the committee cites: the pane says what happens to the numbers and asks first. */
function SplitConfirmation({ pending, onConfirm, onCancel }: { pending: PendingSplit | null; onConfirm: () => void; onCancel: () => void }) {
  return (
    <Dialog open={pending !== null} modalType="alert" onOpenChange={(_, d) => { if (!d.open) onCancel(); }}>
      <DialogSurface>
        {pending && (
          <DialogBody>
            <DialogTitle>Antrag Nr. {pending.n} aufteilen?</DialogTitle>
            <DialogContent>
              Antrag Nr. {pending.n} wird in {pending.edit.count} Anträge aufgeteilt, einen je Änderung.{" "}
              {pending.stored
                ? `Der erste behält die Nummer ${pending.n}, die anderen erhalten beim Speichern neue Nummern.`
                : "Die Teile erhalten beim Speichern ihre Nummern."}
              {" "}Zusammenfassen führt sie wieder zusammen.
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={onConfirm}>In {pending.edit.count} Anträge aufteilen</Button>
              <Button onClick={onCancel}>Abbrechen</Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}

export function AmendmentsTab({ result, profile, saveAmendments, saveRegistry, removeAnnotations, onSelect, onAction, now = nowIso }: {
  result: AnalysisResult;
  profile: Profile;
  /** Absent when the host cannot write or the profile is read-only: no editing controls then. */
  saveAmendments?: HostActions["saveAmendments"];
  /** Absent likewise: no "Vermerke aus dem Text entfernen" then. */
  removeAnnotations?: HostActions["removeAnnotations"];
  /** Absent likewise: no registry editor then. */
  saveRegistry?: HostActions["saveRegistry"];
  onSelect: (place: DocumentPlace) => void;
  onAction: RunAction;
  now?: () => string;
}) {
  const styles = useStyles();
  const common = useCommonStyles();
  // The whole list is what a save writes (comments' records included); the pane lists Anträge and editorial changes.
  const { amendments, registry, imported, registrySuggestions } = result.amendments;
  const listed = useMemo(() => amendments.filter((a) => a.category !== "comment"), [amendments]);
  const [filter, setFilter] = useState<AmendmentFilter>(NO_FILTER);
  const [editing, setEditing] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [groupProblem, setGroupProblem] = useState<string | null>(null);
  const [failed, setFailed] = useState<{ key: string; message: string } | null>(null);
  const [pendingSplit, setPendingSplit] = useState<PendingSplit | null>(null);
  const focus = useFocusReturn();
  const announce = useAnnounce();
  const registryAction = useLocalAction(onAction);
  // Stored numbers as given; Anträge not stored yet are "neu 1", "neu 2" …; editorial changes "red. 1" … (numbering.ts).
  const nr = useMemo(() => new Map([...amendmentNumbers(amendments)].map(([key, n]) => [key, numberLabel(n)])), [amendments]);
  const shown = useMemo(() => listed.filter((a) => matchesFilter(a, filter)), [listed, filter]);
  const proposers = useMemo(() => proposersIn(listed), [listed]);
  const removable = useMemo(() => removableAnnotations(result.amendments), [result.amendments]);
  const metaFindings = result.findings.filter((f) => META_RULE.test(f.rule));
  const headings = result.outline.headings;
  const by = PROFILE_LABEL[profile === "lesen" ? "verwaltung" : profile];
  const save = saveAmendments;

  /** Saves one Antrag; a failure is shown beside the Antrag's own controls. */
  const saveOne = (next: Amendment, done: string) => {
    if (!save) return;
    setFailed(null);
    onAction(() => save(amendments.map((a) => (a.key === next.key ? next : a))), done, (message) => setFailed({ key: next.key, message }));
  };
  const openForm = (a: Amendment, n: string) => { setEditing(a.key); announce(`Formular „Antrag Nr. ${n} bearbeiten“ geöffnet.`); };
  const closeForm = (a: Amendment, n: string, saved: boolean) => {
    setEditing(null);
    focus.returnTo(`bearbeiten-${a.key}`);
    if (!saved) announce(`Formular „Antrag Nr. ${n} bearbeiten“ geschlossen, nichts geändert.`);
  };
  const regroup = (edit: GroupEdit, done: (count: number) => string) => {
    if (!save) return;
    if (!edit.ok) { setGroupProblem(edit.message); return; }
    setGroupProblem(null);
    setSelected(new Set());
    onAction(() => save(edit.amendments), done(edit.count));
  };
  const toggle = (key: string, on: boolean) => setSelected((s) => {
    const out = new Set(s);
    if (on) out.add(key); else out.delete(key);
    return out;
  });
  const setFilterValue = <K extends keyof AmendmentFilter>(key: K, value: AmendmentFilter[K]) => setFilter((f) => ({ ...f, [key]: value }));

  return (
    <>
      <SectionHeading id="antraege-liste">Anträge ({shown.length === listed.length ? listed.length : `${shown.length} von ${listed.length}`})</SectionHeading>
      {listed.length === 0 ? (
        <EmptyState>Dieses Dokument enthält noch keine Anträge: keine Änderungen mit Nachverfolgung und keine Kommentare, die eine Formulierung vorschlagen.</EmptyState>
      ) : (
        <>
          <div className={styles.filters} role="group" aria-label="Anträge filtern">
            <Field label="Status" className={styles.filter}>
              <NarrowSelect value={filter.status} onChange={(_, d) => setFilterValue("status", d.value)}>
                <option value="">alle</option>
                <option value={NO_VALUE}>ohne Status</option>
                {registry.statuses.map((s) => <option key={s.name} value={s.name}>{s.name}</option>)}
              </NarrowSelect>
            </Field>
            <Field label="Gremium" className={styles.filter}>
              <NarrowSelect value={filter.committee} onChange={(_, d) => setFilterValue("committee", d.value)}>
                <option value="">alle</option>
                {registry.committees.map((c) => <option key={c.short} value={c.short}>{committeeLabel(c)}</option>)}
              </NarrowSelect>
            </Field>
            <Field label="Antragsteller" className={styles.filter}>
              <NarrowSelect value={filter.proposer} onChange={(_, d) => setFilterValue("proposer", d.value)}>
                <option value="">alle</option>
                <option value={NO_VALUE}>ohne Antragsteller</option>
                {proposers.map((p) => <option key={p} value={p}>{p}</option>)}
              </NarrowSelect>
            </Field>
            <Checkbox label="nur ohne Angaben" checked={filter.incompleteOnly} onChange={(_, d) => setFilterValue("incompleteOnly", d.checked === true)} />
          </div>

          {save && (
            <AmendmentBulk registry={registry} count={selected.size}
              onMerge={() => regroup(mergeInList(result.model, amendments, selected, nr, by, now()), () => `${selected.size} Anträge wurden zu einem zusammengefasst.`)}
              onSelectShown={() => setSelected(new Set(shown.map((a) => a.key)))}
              onClear={() => setSelected(new Set())}
              onApply={(field, value) => {
                const keys = [...selected];
                const next = setFieldBulk(amendments, keys, field, value, by, now());
                onAction(() => save(next), `${keys.length === 1 ? "1 Antrag wurde" : `${keys.length} Anträge wurden`} geändert.`);
              }} />
          )}
          {groupProblem && <p className={common.empty} role="alert">{groupProblem}</p>}

          {shown.length === 0 ? (
            <EmptyState>Kein Antrag entspricht den gewählten Filtern.</EmptyState>
          ) : (
            <ShowMoreList items={shown} noun="Anträge" labelledBy="antraege-liste" render={(a) => {
              const n = nr.get(a.key)!;
              const where = placeLabel(result.model, headings, a);
              const badges = badgesOf(a);
              return (
                <div className={styles.entry}>
                  <PlaceItem place={place(a)} onSelect={onSelect}>
                    <span className={common.tag}>Nr. {n} · {AMENDMENT_KIND_LABEL[a.kind]}{where ? ` · ${where}` : ""}</span>
                    <Wording amendment={a} />
                  </PlaceItem>
                  <p className={common.body}>{metadataLine(a, registry)}</p>
                  {badges.length > 0 && (
                    <span className={styles.badges}>
                      {badges.map((b) => <Badge key={b} className={styles.badge} appearance="outline" color={b === "erkannt" ? "informative" : "warning"}>{BADGE_LABEL[b]}</Badge>)}
                    </span>
                  )}
                  {save && (
                    <div className={styles.row}>
                      <Checkbox label={`Nr. ${n} auswählen`} checked={selected.has(a.key)} onChange={(_, d) => toggle(a.key, d.checked === true)} />
                      {editing !== a.key && <Button ref={focus.refFor(`bearbeiten-${a.key}`)} onClick={() => openForm(a, n)}>Nr. {n} bearbeiten</Button>}
                      {canSplit(a) && (
                        <Button onClick={() => {
                          const edit = splitInList(result.model, amendments, a.key, nr, by, now());
                          if (edit.ok) setPendingSplit({ n, stored: a.number !== null, edit });
                          else regroup(edit, () => "");
                        }}>
                          Nr. {n} aufteilen
                        </Button>
                      )}
                    </div>
                  )}
                  {save && editing === a.key && (
                    <AmendmentForm nr={n} amendment={a} registry={registry}
                      onCancel={() => closeForm(a, n, false)}
                      onSave={(draft) => {
                        closeForm(a, n, true);
                        saveOne(applyDraft(a, draft, by, now()), `Die Angaben zu Antrag Nr. ${n} wurden gespeichert.`);
                      }} />
                  )}
                  {failed?.key === a.key && <InlineError message={failed.message} />}
                </div>
              );
            }} />
          )}
        </>
      )}

      <SplitConfirmation pending={pendingSplit} onCancel={() => setPendingSplit(null)} onConfirm={() => {
        const split = pendingSplit!;
        setPendingSplit(null);
        regroup(split.edit, (count) => `Antrag Nr. ${split.n} wurde in ${count} Anträge aufgeteilt.`);
      }} />

      {imported.length > 0 && (
        <ImportReview amendments={amendments} proposals={imported} number={nr}
          onConfirm={save && ((a, onError) => onAction(() => save(amendments.map((x) => (x.key === a.key ? confirmImport(a, by, now()) : x))),
            `Die erkannten Angaben zu Antrag Nr. ${nr.get(a.key)} wurden übernommen.`, onError))} />
      )}

      {removeAnnotations && removable.length > 0 && (
        <>
          <SectionHeading id="antraege-vermerke">Vermerke im Text ({removable.length})</SectionHeading>
          <p className={common.meta}>
            {removable.length === 1 ? "Ein Vermerk im Text gehört" : `${removable.length} Vermerke im Text gehören`} zu Anträgen, deren Angaben
            übernommen sind, z. B. „{excerpt(removable[0].text, 120)}“. Entfernen Sie sie, damit der Entwurf sauber zu lesen ist: Word
            zeichnet das Entfernen als Änderung auf, die sich ablehnen lässt; die Angaben bleiben beim Antrag gespeichert.
          </p>
          <Button onClick={() => onAction(removeAnnotations, removable.length === 1
            ? "Ein Vermerk wurde als Änderung aus dem Text entfernt." : `${removable.length} Vermerke wurden als Änderung aus dem Text entfernt.`)}>
            Vermerke aus dem Text entfernen
          </Button>
        </>
      )}

      {registrySuggestions.length > 0 && (
        <RegistrySuggestions suggestions={registrySuggestions} number={nr}
          onAdd={saveRegistry && ((additions) => registryAction.run(() => saveRegistry(addToRegistry(registry, additions)),
            additions.length === 1 ? `„${suggestionName(additions[0])}“ wurde ins Verzeichnis aufgenommen.` : `${additions.length} Einträge wurden ins Verzeichnis aufgenommen.`))} />
      )}

      <InlineError message={registryAction.error} />

      {result.amendments.storageProblem && (
        <p className={common.empty} role="note">Gespeicherte Antragsangaben konnten nicht gelesen werden: {result.amendments.storageProblem}</p>
      )}

      <SectionHeading id="antraege-hinweise">Hinweise zu den Antragsangaben ({metaFindings.length})</SectionHeading>
      <FindingList findings={metaFindings} onSelect={onSelect} labelledBy="antraege-hinweise"
        empty={listed.length === 0 ? "Ohne Anträge gibt es keine Angaben zu prüfen." : "Die Antragsangaben sind vollständig."} />
    </>
  );
}
