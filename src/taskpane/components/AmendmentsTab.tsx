/** "Anträge": each amendment with its wording and metadata, in document order. */
import type { Amendment } from "../../amendments/types";
import { AMENDMENT_KIND_LABEL, formatDateDe } from "../../model/labels";
import { sectionOf } from "../../model/outline";
import type { AnalysisResult } from "../analysis-types";
import type { DocumentPlace } from "../host";
import { EmptyState, excerpt, FindingList, PlaceItem, SectionHeading, useCommonStyles } from "./common";
import { ShowMoreList } from "./ShowMore";

const META_RULE = /^meta\//;

function place(a: Amendment): DocumentPlace | null {
  return a.found && a.location ? { paragraph: a.location.start.paragraph, range: a.location } : null;
}

export function AmendmentsTab({ result, onSelect }: { result: AnalysisResult; onSelect: (place: DocumentPlace) => void }) {
  const common = useCommonStyles();
  const metaFindings = result.findings.filter((f) => META_RULE.test(f.rule));
  const headings = result.outline.headings;
  return (
    <>
      <SectionHeading id="antraege-liste">Anträge ({result.amendments.length})</SectionHeading>
      {result.amendments.length === 0 ? (
        <EmptyState>Dieses Dokument enthält noch keine Anträge: keine Änderungen mit Nachverfolgung und keine Kommentare.</EmptyState>
      ) : (
        <ShowMoreList items={result.amendments} noun="Anträge" labelledBy="antraege-liste" render={(a, i) => {
          const section = a.location ? sectionOf(headings, a.location.start.paragraph)?.path : null;
          const m = a.metadata;
          return (
            <PlaceItem place={place(a)} onSelect={onSelect}>
              <span className={common.tag}>
                Nr. {i + 1} · {AMENDMENT_KIND_LABEL[a.kind]}{section ? ` · Abschnitt ${section}` : ""}
              </span>
              {a.removed && <span>gestrichen: „{excerpt(a.removed, 100)}“</span>}
              {a.inserted && <span>eingefügt: „{excerpt(a.inserted, 100)}“</span>}
              <span className={common.meta}>
                {a.source === "none"
                  ? `ohne Antragsangaben${a.author ? ` · geändert von ${a.author}` : ""}`
                  : [`Antragsteller: ${m.antragsteller ?? "fehlt"}`, `Datum: ${formatDateDe(m.datum)}`, `Status: ${m.status ?? "fehlt"}`,
                    a.source === "imported" ? "aus dem Text erkannt, bitte bestätigen" : null].filter(Boolean).join(" · ")}
              </span>
              {!a.found && <span className={common.meta}>nicht mehr im Dokument gefunden</span>}
            </PlaceItem>
          );
        }} />
      )}

      <SectionHeading id="antraege-hinweise">Hinweise zu den Antragsangaben ({metaFindings.length})</SectionHeading>
      <FindingList findings={metaFindings} onSelect={onSelect} labelledBy="antraege-hinweise"
        empty={result.amendments.length === 0 ? "Ohne Anträge gibt es keine Angaben zu prüfen." : "Die Antragsangaben sind vollständig."} />
    </>
  );
}
