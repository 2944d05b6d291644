/**
 * "Verzeichnisse": the committees, proposers and status values the document uses — where they come from (the central
 * configuration or the document itself), each list to read, and the editor for those who may change them.
 */
import { Button } from "@fluentui/react-components";
import type { Registry } from "../../amendments/registry";
import type { AnalysisResult } from "../analysis-types";
import type { HostActions } from "../host";
import { committeeLabel } from "./amendment-view";
import { SectionHeading, useCommonStyles } from "./common";
import { InlineError, useLocalAction, type RunAction } from "./feedback";
import { RegistryEditor } from "./RegistryEditor";

function RegistryLists({ registry }: { registry: Registry }) {
  const common = useCommonStyles();
  const lists: [string, string, string[]][] = [
    ["verzeichnisse-gremien", "Gremien", registry.committees.map(committeeLabel)],
    ["verzeichnisse-antragsteller", "Antragsteller", registry.proposers.map((p) => `${p.name} (${p.kind})`)],
    ["verzeichnisse-status", "Statuswerte", registry.statuses.map((s) => (s.needsDate ? `${s.name} (mit Datum)` : s.name))],
  ];
  return (
    <>
      {lists.map(([id, title, names]) => (
        <section key={id} aria-labelledby={id}>
          <SectionHeading id={id}>{title} ({names.length})</SectionHeading>
          {names.length === 0 ? <p className={common.empty}>Noch keine Einträge.</p> : (
            <ul className={common.plainList} aria-labelledby={id}>
              {names.map((n) => <li key={n}>{n}</li>)}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}

export function RegistryTab({ result, saveRegistry, onAction }: {
  result: AnalysisResult;
  /** Absent when the host cannot write or the profile is read-only: the lists are shown to read. */
  saveRegistry?: HostActions["saveRegistry"];
  onAction: RunAction;
}) {
  const common = useCommonStyles();
  const { registry, amendments, registrySource } = result.amendments;
  const { run, error } = useLocalAction(onAction);
  return (
    <>
      {registrySource === "document" ? (
        <>
          <p className={common.body}>Dieses Dokument hat eigene Verzeichnisse; sie gelten hier statt der zentralen Konfiguration.</p>
          {saveRegistry && (
            <div>
              <Button onClick={() => run(() => saveRegistry(null), "Das Dokument verwendet wieder die zentralen Verzeichnisse.")}>
                Zentrale Verzeichnisse verwenden
              </Button>
            </div>
          )}
        </>
      ) : (
        <p className={common.body}>
          Die Verzeichnisse kommen aus der zentralen Konfiguration.{saveRegistry ? " Was Sie hier ändern, gilt nur für dieses Dokument." : ""}
        </p>
      )}
      {saveRegistry && (
        <RegistryEditor registry={registry} amendments={amendments}
          onSave={(next) => run(() => saveRegistry(next), "Die Verzeichnisse wurden gespeichert.")} />
      )}
      <InlineError message={error} />
      <RegistryLists registry={registry} />
    </>
  );
}
