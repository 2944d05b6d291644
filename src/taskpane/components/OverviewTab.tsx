/** "Hinweise": all findings first, then what the add-in read from the document — counts, comments, tracked changes. */
import { useMemo } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Comment, TrackedChange } from "../../model/document";
import { formatDateDe, TRACKED_CHANGE_LABEL } from "../../model/labels";
import { documentStatistics } from "../../model/statistics";
import type { AnalysisResult } from "../analysis-types";
import type { DocumentPlace } from "../host";
import { EmptyState, excerpt, FindingList, PlaceItem, SectionHeading, useCommonStyles } from "./common";
import { ShowMoreList } from "./ShowMore";

const useStyles = makeStyles({
  counts: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalM, rowGap: "2px", margin: 0 },
  value: { margin: 0, textAlign: "right", fontWeight: tokens.fontWeightSemibold },
  term: { overflowWrap: "anywhere" },
});

function commentPlace(c: Comment): DocumentPlace | null {
  return c.anchor ? { paragraph: c.anchor.start.paragraph, range: c.anchor } : null;
}

function changePlace(t: TrackedChange): DocumentPlace | null {
  return t.location ? { paragraph: t.location.start.paragraph, range: t.location } : null;
}

export function OverviewTab({ result, onSelect }: { result: AnalysisResult; onSelect: (place: DocumentPlace) => void }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const stats = useMemo(() => documentStatistics(result.model), [result.model]);
  const counts: [string, number][] = [
    ["Absätze", stats.paragraphs],
    ["Überschriften", stats.headings],
    ["Einträge im Inhaltsverzeichnis", result.outline.toc.length],
    ["Kommentare", stats.comments],
    ["Antworten auf Kommentare", stats.replies],
    ["erledigte Kommentare", stats.resolvedComments],
    ["Änderungen mit Nachverfolgung", stats.trackedChanges.total],
    ["Anträge", result.amendments.amendments.length],
    ["Einträge des Teilhabebeirats", result.beirat.length],
  ];
  return (
    <>
      <SectionHeading id="ueberblick-hinweise">Hinweise ({result.findings.length})</SectionHeading>
      <FindingList findings={result.findings} onSelect={onSelect} labelledBy="ueberblick-hinweise"
        empty="Die Prüfungen haben in diesem Dokument nichts gefunden." />

      <SectionHeading id="ueberblick-zahlen">Gelesen aus dem Dokument</SectionHeading>
      <dl className={styles.counts} aria-labelledby="ueberblick-zahlen">
        {counts.map(([term, value]) => (
          <div key={term} style={{ display: "contents" }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>

      <SectionHeading id="ueberblick-kommentare">Kommentare ({stats.comments})</SectionHeading>
      {result.model.comments.length === 0 ? (
        <EmptyState>Dieses Dokument enthält noch keine Kommentare.</EmptyState>
      ) : (
        <ShowMoreList items={result.model.comments} noun="Kommentare" labelledBy="ueberblick-kommentare" render={(c) => (
          <PlaceItem place={commentPlace(c)} onSelect={onSelect}>
            <span>{excerpt(c.text)}</span>
            <span className={common.meta}>
              {[c.author || "unbekannt", formatDateDe(c.date),
                c.replies.length === 1 ? "1 Antwort" : c.replies.length > 1 ? `${c.replies.length} Antworten` : null,
                c.resolved ? "erledigt" : null].filter(Boolean).join(" · ")}
            </span>
          </PlaceItem>
        )} />
      )}

      <SectionHeading id="ueberblick-aenderungen">Änderungen mit Nachverfolgung ({stats.trackedChanges.total})</SectionHeading>
      {result.model.trackedChanges.length === 0 ? (
        <EmptyState>Dieses Dokument enthält noch keine Änderungen mit Nachverfolgung.</EmptyState>
      ) : (
        <ShowMoreList items={result.model.trackedChanges} noun="Änderungen" labelledBy="ueberblick-aenderungen" render={(t) => (
          <PlaceItem place={changePlace(t)} onSelect={onSelect}>
            <span><span className={common.tag}>{TRACKED_CHANGE_LABEL[t.kind]}:</span> {t.text ? `„${excerpt(t.text, 100)}“` : "(ohne Text)"}</span>
            <span className={common.meta}>{[t.author || "unbekannt", formatDateDe(t.date)].join(" · ")}</span>
          </PlaceItem>
        )} />
      )}
    </>
  );
}
