/**
 * The Selbsttest (for IT): runs every capability the add-in needs in the Word at hand and shows the German report —
 * passed or not as words, never by colour alone — with a button to copy it for a support ticket.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { SelfTestResult } from "../host";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  report: { minWidth: 0 },
});

export function SelfTestPanel({ run, onDone }: { run: () => Promise<SelfTestResult>; onDone: () => void }) {
  const styles = useStyles();
  const [state, setState] = useState<{ kind: "idle" } | { kind: "running" } | { kind: "done"; result: SelfTestResult } | { kind: "error"; message: string }>({ kind: "idle" });
  const [copied, setCopied] = useState<string | null>(null);

  const start = () => {
    setState({ kind: "running" });
    setCopied(null);
    run().then((result) => setState({ kind: "done", result }), (error: unknown) => setState({ kind: "error", message: error instanceof Error ? error.message : String(error) }))
      .finally(onDone);
  };
  const copy = (text: string) => {
    navigator.clipboard.writeText(text).then(() => setCopied("Der Bericht ist in der Zwischenablage."), () => setCopied("Kopieren ist hier nicht erlaubt; bitte markieren Sie den Bericht und kopieren Sie ihn von Hand."));
  };

  return (
    <section className={styles.root} aria-labelledby="selbsttest-titel">
      <h2 id="selbsttest-titel">Selbsttest</h2>
      <p>
        Prüft in diesem Word, ob alles funktioniert, was Beschlussreif braucht: Kommentare und Änderungen lesen, Kommentare
        einfügen und beantworten, nachverfolgte Änderungen, gespeicherte Angaben und die Markierung. Dafür wird am Ende des
        Dokuments kurz ein Testabsatz eingefügt und wieder entfernt.
      </p>
      <Button onClick={start} disabled={state.kind === "running"}>Selbsttest starten</Button>
      {state.kind === "running" && <Spinner size="tiny" label="Der Selbsttest läuft …" />}
      {state.kind === "error" && (
        <MessageBar intent="error"><MessageBarBody>Der Selbsttest konnte nicht laufen: {state.message}</MessageBarBody></MessageBar>
      )}
      {state.kind === "done" && (
        <>
          <p role="status">
            {state.result.checks.filter((c) => c.ok).length} von {state.result.checks.length} Prüfungen bestanden.
          </p>
          <ul className={styles.list}>
            {state.result.checks.map((c) => (
              <li key={c.label}><strong>{c.ok ? "Bestanden" : "Nicht bestanden"}:</strong> {c.label} – {c.detail}</li>
            ))}
          </ul>
          <Textarea className={styles.report} aria-label="Bericht zum Kopieren" readOnly resize="vertical" value={state.result.text} rows={6} />
          <Button onClick={() => copy(state.result.text)}>Bericht kopieren</Button>
          {copied && <p role="status">{copied}</p>}
        </>
      )}
    </section>
  );
}
