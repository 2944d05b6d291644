/**
 * "Beirat": the Teilhabebeirat's questions and additions with their answers. Colour is never the
 * only signal: every item says in text what it is and whether it is answered.
 */
import { useId, useState } from "react";
import { Button, Field, makeStyles, mergeClasses, Textarea, tokens, useUncontrolledFocus } from "@fluentui/react-components";
import { formatDateDe } from "../../model/labels";
import type { AnalysisResult, BeiratItem } from "../analysis-types";
import type { DocumentPlace, HostActions } from "../host";
import type { Profile } from "../profile";
import { EmptyState, excerpt, PlaceItem, SectionHeading, useCommonStyles } from "./common";
import { InlineError, useAnnounce, useFocusReturn, useLocalAction, type RunAction } from "./feedback";

const useStyles = makeStyles({
  item: {
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteBerryBorderActive}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS,
  },
  list: { gap: tokens.spacingVerticalM },
  answers: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export const BEIRAT_KIND_LABEL: Record<BeiratItem["kind"], string> = {
  question: "Frage des Teilhabebeirats",
  addition: "Ergänzung des Teilhabebeirats",
};

export function BeiratTab({ result, profile, actions, onSelect, onAction }: {
  result: AnalysisResult;
  profile: Profile;
  actions: HostActions;
  onSelect: (place: DocumentPlace) => void;
  onAction: RunAction;
}) {
  const styles = useStyles();
  const common = useCommonStyles();
  const items = result.beirat;
  const open = items.filter((i) => i.state === "offen").length;
  const ask = useLocalAction(onAction);
  return (
    <>
      {profile === "teilhabebeirat" && (actions.askQuestion || actions.proposeAddition || actions.proposeChange) && (
        <>
          <SectionHeading>Zur markierten Textstelle</SectionHeading>
          {actions.askQuestion && (
            <TextAction label="Ihre Frage" button="Frage stellen" hint="Die Textstelle wird pink hinterlegt und erhält Ihre Frage als Kommentar."
              onSubmit={(text) => ask.run(() => actions.askQuestion!(text), "Ihre Frage wurde als Kommentar eingefügt.")} />
          )}
          {actions.proposeAddition && (
            <TextAction label="Ihre Ergänzung" button="Ergänzung vorschlagen" hint="Der Text wird nach der Markierung pink und als Änderung mit Nachverfolgung eingefügt."
              onSubmit={(text) => ask.run(() => actions.proposeAddition!(text), "Ihre Ergänzung wurde als Änderung eingefügt.")} />
          )}
          {actions.proposeChange && (
            <TextAction label="Ihre neue Formulierung" button="Änderung vorschlagen" hint="Der markierte Text wird als Änderung mit Nachverfolgung durch Ihren Text in Pink ersetzt."
              onSubmit={(text) => ask.run(() => actions.proposeChange!(text), "Ihr Änderungsvorschlag wurde eingefügt.")} />
          )}
          <InlineError message={ask.error} />
        </>
      )}
      <SectionHeading id="beirat-liste">
        {profile === "teilhabebeirat" ? "Meine Fragen und Ergänzungen" : "Fragen und Ergänzungen des Teilhabebeirats"} ({items.length}, davon {open} offen)
      </SectionHeading>
      {items.length === 0 ? (
        <EmptyState>Dieses Dokument enthält noch keine Fragen oder Ergänzungen des Teilhabebeirats.</EmptyState>
      ) : (
        // A plain list, not a RovingList: each entry holds a reply form, and the arrow-key group would take Tab out
        // of it (the keyboard test test/e2e/beirat-keyboard.test.ts answers a question by Tab and Enter).
        <ul className={mergeClasses(common.list, styles.list)} aria-labelledby="beirat-liste">
          {items.map((item) => (
            <li key={item.nr}>
              <BeiratEntry item={item} profile={profile} actions={actions} onSelect={onSelect} onAction={onAction} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function BeiratEntry({ item, profile, actions, onSelect, onAction }: {
  item: BeiratItem;
  profile: Profile;
  actions: HostActions;
  onSelect: (place: DocumentPlace) => void;
  onAction: RunAction;
}) {
  const styles = useStyles();
  const common = useCommonStyles();
  const titleId = useId();
  const [replying, setReplying] = useState(false);
  const focus = useFocusReturn();
  const announce = useAnnounce();
  const action = useLocalAction(onAction);
  const startReply = () => { setReplying(true); announce(`Antwort zu Nr. ${item.nr}: Eingabefeld geöffnet.`); };
  const endReply = (sent: boolean) => {
    setReplying(false);
    focus.returnTo("antworten");
    if (!sent) announce(`Antwort zu Nr. ${item.nr} verworfen.`);
  };
  const state = item.state;
  const commentId = item.commentId;
  const canReply = profile !== "lesen" && commentId !== null && !item.resolved && actions.replyToComment;
  const canResolve = profile === "verwaltung" && commentId !== null && !item.resolved && actions.resolveComment;
  return (
    <section className={styles.item} aria-labelledby={titleId}>
      <h4 id={titleId} className={styles.title}>Nr. {item.nr}: {BEIRAT_KIND_LABEL[item.kind]} – {state}</h4>
      <PlaceItem place={item.location ? { paragraph: item.location.start.paragraph, range: item.location } : null} onSelect={onSelect}>
        <span>„{excerpt(item.text, 120)}“</span>
        <span className={common.meta}>
          {[item.section && `Abschnitt ${item.section}`, item.author, formatDateDe(item.datum)].filter(Boolean).join(" · ")}
        </span>
      </PlaceItem>
      {item.comment && <p style={{ margin: 0 }}><span className={common.tag}>Kommentar:</span> {item.comment}</p>}
      {item.answers.length > 0 ? (
        <ul className={styles.answers} aria-label={`Antworten zu Nr. ${item.nr}`}>
          {item.answers.map((a, i) => (
            <li key={i}><span className={common.tag}>Antwort von {a.author || "unbekannt"}, {formatDateDe(a.datum)}:</span> {a.text}</li>
          ))}
        </ul>
      ) : (
        item.kind === "question" && <p className={common.meta} style={{ margin: 0 }}>Noch keine Antwort.</p>
      )}
      {(canReply || canResolve) && (
        <div className={styles.buttons}>
          {canReply && !replying && <Button ref={focus.refFor("antworten")} onClick={startReply}>Antworten</Button>}
          {canResolve && (
            <Button onClick={() => action.run(() => actions.resolveComment!(commentId), `Nr. ${item.nr} wurde als erledigt markiert.`)}>
              Als erledigt markieren
            </Button>
          )}
        </div>
      )}
      {canReply && replying && (
        <TextAction label={`Ihre Antwort zu Nr. ${item.nr}`} button="Antwort senden" autoFocus
          onCancel={() => endReply(false)}
          onSubmit={(text) => {
            endReply(true);
            action.run(() => actions.replyToComment!(commentId, text), `Ihre Antwort zu Nr. ${item.nr} wurde eingefügt.`);
          }} />
      )}
      <InlineError message={action.error} />
    </section>
  );
}

function TextAction({ label, button, hint, autoFocus, onSubmit, onCancel }: {
  label: string;
  button: string;
  hint?: string;
  autoFocus?: boolean;
  onSubmit: (text: string) => void;
  onCancel?: () => void;
}) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const [missing, setMissing] = useState(false);
  // A reply form sits inside the list of items (arrow keys move between them): Tab and the arrows stay in the form.
  const uncontrolled = useUncontrolledFocus();
  return (
    <form {...uncontrolled} className={styles.form} onKeyDown={(e) => { if (e.key === "Escape" && onCancel) { e.preventDefault(); onCancel(); } }} onSubmit={(e) => {
      e.preventDefault();
      if (text.trim() === "") { setMissing(true); return; }
      onSubmit(text.trim());
      setText("");
      setMissing(false);
    }}>
      <Field label={label} hint={hint} style={{ width: "100%" }}
        validationState={missing ? "error" : "none"} validationMessage={missing ? "Bitte geben Sie einen Text ein." : undefined}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" autoFocus={autoFocus} />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary">{button}</Button>
        {onCancel && <Button onClick={onCancel}>Abbrechen</Button>}
      </div>
    </form>
  );
}
