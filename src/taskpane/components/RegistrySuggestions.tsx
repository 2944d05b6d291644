/**
 * "Neu für das Verzeichnis": committees and proposers the annotations name that the registry does not list, each
 * with the amendments naming it, offered for the document's registry — one at a time or all together.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { RegistryAddition, RegistrySuggestion } from "../../amendments";
import { RovingList, SectionHeading, useCommonStyles } from "./common";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, alignItems: "flex-start", minWidth: 0, overflowWrap: "anywhere" },
});

/** The entry's name as the registry will list it. */
export const suggestionName = (s: RegistryAddition): string => (s.list === "committees" ? s.entry.short : s.entry.name);

function describe(s: RegistrySuggestion): string {
  if (s.list === "committees") return `Gremium „${s.entry.short}“${s.entry.name !== s.entry.short ? ` (${s.entry.name})` : ""}`;
  return `Antragsteller „${s.entry.name}“ (${s.entry.kind})`;
}

export function RegistrySuggestions({ suggestions, number, onAdd }: {
  suggestions: readonly RegistrySuggestion[];
  /** What the list shows as each Antrag's number ("7", "neu 1"). */
  number: ReadonlyMap<string, string>;
  /** Absent when the registry cannot be saved: the list is shown for information. */
  onAdd?: (additions: RegistrySuggestion[]) => void;
}) {
  const styles = useStyles();
  const common = useCommonStyles();
  return (
    <section aria-labelledby="antraege-verzeichnis-neu">
      <SectionHeading id="antraege-verzeichnis-neu">Neu für das Verzeichnis ({suggestions.length})</SectionHeading>
      <p className={common.empty}>Diese Gremien und Antragsteller stehen in Vermerken, aber nicht im Verzeichnis des Dokuments.</p>
      <RovingList className={styles.list} aria-labelledby="antraege-verzeichnis-neu">
        {suggestions.map((s) => {
          const numbers = s.amendmentKeys.map((k) => number.get(k)).filter((n): n is string => n !== undefined);
          return (
            <li key={`${s.list}:${suggestionName(s)}`} className={styles.item}>
              <span>{describe(s)}{numbers.length ? ` · genannt zu Antrag Nr. ${numbers.join(", ")}` : ""}</span>
              {onAdd && <Button onClick={() => onAdd([s])}>„{suggestionName(s)}“ ins Verzeichnis aufnehmen</Button>}
            </li>
          );
        })}
      </RovingList>
      {onAdd && suggestions.length > 1 && <Button onClick={() => onAdd([...suggestions])}>Alle {suggestions.length} ins Verzeichnis aufnehmen</Button>}
    </section>
  );
}
