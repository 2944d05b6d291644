/** "Begriffe": groups of spellings of the same term, with counts and places; unify as tracked changes. */
import { useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { AnalysisResult, TermGroup } from "../analysis-types";
import type { DocumentPlace, HostActions } from "../host";
import { EmptyState, PlaceItem, SectionHeading, useCommonStyles } from "./common";
import { ShowMoreList } from "./ShowMore";

const useStyles = makeStyles({
  group: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
});

function stellen(n: number): string {
  return n === 1 ? "1 Stelle" : `${n} Stellen`;
}

export function TermsTab({ result, onSelect, unifyTerm, onAction }: {
  result: AnalysisResult;
  onSelect: (place: DocumentPlace) => void;
  /** Absent when the host cannot write or the profile is read-only. */
  unifyTerm?: HostActions["unifyTerm"];
  onAction: (run: () => Promise<void>, done: string) => void;
}) {
  const styles = useStyles();
  const common = useCommonStyles();
  const groups = result.terms.groups;
  return (
    <>
      <SectionHeading id="begriffe-gruppen">Uneinheitliche Begriffe ({groups.length})</SectionHeading>
      {groups.length === 0 ? (
        <EmptyState>Alle Begriffe werden einheitlich geschrieben.</EmptyState>
      ) : (
        <ShowMoreList items={groups} noun="Begriffe" labelledBy="begriffe-gruppen" render={(g) => (
          <TermGroupCard group={g} onSelect={onSelect} unifyTerm={unifyTerm} onAction={onAction} classes={{ ...styles, meta: common.meta }} />
        )} />
      )}
    </>
  );
}

function TermGroupCard({ group, onSelect, unifyTerm, onAction, classes }: {
  group: TermGroup;
  onSelect: (place: DocumentPlace) => void;
  unifyTerm?: HostActions["unifyTerm"];
  onAction: (run: () => Promise<void>, done: string) => void;
  classes: { group: string; groupTitle: string; meta: string };
}) {
  const [busy, setBusy] = useState(false);
  const preferred = group.preferred;
  const title = preferred ?? group.variants.map((v) => v.text).join(" / ");
  const titleId = `begriff-${group.key.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  return (
    <section className={classes.group} aria-labelledby={titleId}>
      <h4 id={titleId} className={classes.groupTitle}>{title}</h4>
      <span className={classes.meta}>{group.reason}</span>
      <ul style={{ listStyleType: "none", margin: 0, padding: 0 }}>
        {group.variants.map((v) => (
          <li key={v.text}>
            <PlaceItem place={v.places[0] ? { paragraph: v.places[0].start.paragraph, range: v.places[0] } : null} onSelect={onSelect}>
              <span>„{v.text}“{v.text === group.preferred ? " (empfohlen)" : ""}</span>
              <span className={classes.meta}>{stellen(v.count)}{v.places[0] ? ", zur ersten Stelle springen" : ""}</span>
            </PlaceItem>
          </li>
        ))}
      </ul>
      {unifyTerm && preferred && (
        <Button appearance="secondary" disabled={busy} onClick={() => {
          setBusy(true);
          onAction(() => unifyTerm(group, preferred).finally(() => setBusy(false)),
            `Die anderen Schreibweisen wurden als Änderung durch „${preferred}“ ersetzt.`);
        }}>
          Überall „{preferred}“ verwenden
        </Button>
      )}
    </section>
  );
}
