/**
 * "Begriffe": groups of spellings of one term by severity, every place clickable; unify as tracked changes,
 * ignore the group for this document, or take the term into the document glossary.
 */
import { useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../model/findings";
import type { DocumentModel } from "../../model/document";
import { SEVERITY_LABEL } from "../../model/labels";
import { paragraphName } from "../../model/notes";
import type { AnalysisResult, TermGroup, TermPlace } from "../analysis-types";
import type { DocumentPlace, HostActions } from "../host";
import { EmptyState, excerpt, PlaceItem, RovingList, SectionHeading, useCommonStyles } from "./common";
import { InlineError, useLocalAction, type RunAction } from "./feedback";
import { ShowMoreList } from "./ShowMore";

const useStyles = makeStyles({
  group: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  places: { listStyleType: "none", margin: 0, paddingLeft: tokens.spacingHorizontalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const KIND_LABEL: Record<TermGroup["kind"], string> = {
  glossary: "Glossar", spelling: "Schreibvarianten", compound: "Zusammen-, Bindestrich- oder Getrenntschreibung",
  case: "Groß- und Kleinschreibung", abbreviation: "Schreibung der Abkürzung", gender: "gendergerechte Formen",
};

function stellen(n: number): string {
  return n === 1 ? "1 Stelle" : `${n} Stellen`;
}

export function termPlace(p: TermPlace): DocumentPlace {
  return { paragraph: p.paragraph, range: { start: { paragraph: p.paragraph, offset: p.start }, end: { paragraph: p.paragraph, offset: p.end } } };
}

type TermActions = Pick<HostActions, "unifyTerm" | "ignoreTerm" | "unignoreTerm" | "addToGlossary">;

/** „Potenzial“ / „Potential“: the group as its spellings. */
const groupName = (g: TermGroup) => g.variants.map((v) => `„${v.form}“`).join(" / ");

export function TermsTab({ result, onSelect, actions, onAction }: {
  result: AnalysisResult;
  onSelect: (place: DocumentPlace) => void;
  /** Only those the host offers and the profile allows. */
  actions: TermActions;
  onAction: RunAction;
}) {
  const common = useCommonStyles();
  const undo = useLocalAction(onAction);
  const { unignoreTerm } = actions;
  const active = result.terms.groups.filter((g) => !g.ignored);
  const ignored = result.terms.groups.filter((g) => g.ignored);
  return (
    <>
      <SectionHeading id="begriffe-gruppen">Uneinheitliche Begriffe ({active.length})</SectionHeading>
      {active.length === 0 && <EmptyState>Alle Begriffe werden einheitlich geschrieben.</EmptyState>}
      {SEVERITIES.map((severity) => {
        const groups = active.filter((g) => g.severity === severity);
        if (groups.length === 0) return null;
        const id = `begriffe-${severity}`;
        return (
          <section key={severity} aria-labelledby={id}>
            <SectionHeading id={id}>{SEVERITY_LABEL[severity]} ({groups.length})</SectionHeading>
            <ShowMoreList items={groups} noun="Begriffe" labelledBy={id} render={(g) => (
              <TermGroupCard model={result.model} group={g} onSelect={onSelect} actions={actions} onAction={onAction} />
            )} />
          </section>
        );
      })}
      {ignored.length > 0 && (
        <>
          <SectionHeading id="begriffe-ignoriert">Nicht geprüfte Gruppen ({ignored.length})</SectionHeading>
          <p className={common.body}>Diese Gruppen haben Sie für dieses Dokument ausgenommen{unignoreTerm ? "; „wieder prüfen“ nimmt sie zurück in die Prüfung." : "."}</p>
          <RovingList aria-labelledby="begriffe-ignoriert">
            {ignored.map((g) => (
              <li key={g.id} className={common.static}>
                <span>{groupName(g)}</span>{" "}
                {unignoreTerm && (
                  <Button size="small" onClick={() => undo.run(() => unignoreTerm(g.id), `${groupName(g)} wird wieder geprüft.`)}>
                    wieder prüfen<span className={common.visuallyHidden}> – {groupName(g)}</span>
                  </Button>
                )}
              </li>
            ))}
          </RovingList>
          <InlineError message={undo.error} />
        </>
      )}
    </>
  );
}

function TermGroupCard({ model, group, onSelect, actions, onAction }: {
  model: DocumentModel;
  group: TermGroup;
  onSelect: (place: DocumentPlace) => void;
  actions: TermActions;
  onAction: RunAction;
}) {
  const styles = useStyles();
  const common = useCommonStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { unifyTerm, ignoreTerm, addToGlossary } = actions;
  const suggested = group.suggested;
  const others = group.variants.map((v) => v.form).filter((f) => f !== suggested);
  const titleId = `begriff-${group.id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  const run = (action: () => Promise<void>, done: string) => {
    setBusy(true);
    setError(null);
    onAction(() => action().finally(() => setBusy(false)), done, setError);
  };
  return (
    <section className={styles.group} aria-labelledby={titleId}>
      <h4 id={titleId} className={styles.groupTitle}>{groupName(group)}</h4>
      <span className={common.meta}>{KIND_LABEL[group.kind]} · empfohlen: „{suggested}“ ({group.reason})</span>
      {group.note && <span className={common.meta}>Hinweis: {group.note}</span>}
      {group.variants.map((v) => (
        <div key={v.form}>
          <span className={common.tag}>„{v.form}“{v.form === suggested ? " (empfohlen)" : ""}: {stellen(v.count)}</span>
          <ul className={styles.places} aria-label={`Stellen von „${v.form}“`}>
            {v.places.slice(0, 20).map((p, i) => (
              <li key={i}>
                <PlaceItem place={termPlace(p)} onSelect={onSelect}>
                  <span>{paragraphName(model, p.paragraph)}: „{excerpt(p.text, 60)}“</span>
                </PlaceItem>
              </li>
            ))}
            {v.places.length > 20 && <li className={common.meta}>… und {v.places.length - 20} weitere Stellen</li>}
          </ul>
        </div>
      ))}
      {group.kind === "gender" && <span className={common.meta}>Gendergerechte Formen bitte von Hand vereinheitlichen: Artikel und Adjektive ändern sich mit.</span>}
      {(unifyTerm || ignoreTerm || addToGlossary) && (
        <div className={styles.buttons}>
          {unifyTerm && group.kind !== "gender" && others.length > 0 && (
            <Button appearance="primary" disabled={busy} onClick={() => run(() => unifyTerm(group, suggested),
              `Die anderen Schreibweisen wurden als Änderung durch „${suggested}“ ersetzt.`)}>
              Alle durch „{suggested}“ ersetzen
            </Button>
          )}
          {ignoreTerm && (
            <Button disabled={busy} onClick={() => run(() => ignoreTerm(group.id), `Die Gruppe ${groupName(group)} wird in diesem Dokument nicht mehr geprüft; „wieder prüfen“ unter „Nicht geprüfte Gruppen“ nimmt das zurück.`)}>
              Gruppe nicht mehr prüfen<span className={common.visuallyHidden}> – {groupName(group)}</span>
            </Button>
          )}
          {addToGlossary && group.kind !== "glossary" && (
            <Button disabled={busy} onClick={() => run(() => addToGlossary({ preferred: suggested, variants: others }),
              `„${suggested}“ wurde in das Glossar des Dokuments aufgenommen.`)}>
              „{suggested}“ ins Glossar
            </Button>
          )}
        </div>
      )}
      <InlineError message={error} />
    </section>
  );
}
