/** The task pane: header with role and refresh, tabs over one analysis, a live region for screen readers. */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import {
  Button, Field, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, Tab, TabList, tokens,
} from "@fluentui/react-components";
import type { AnalysisResult } from "../analysis-types";
import { OVERVIEW_TARGETS, type DocumentPlace, type HostActions, type OverviewTarget, type WordHost } from "../host";
import { loadProfile, PROFILE_LABEL, saveProfile, type Profile } from "../profile";
import { userMessage } from "../errors";
import { AnnounceContext, type RunAction } from "./feedback";
import { OverviewTab } from "./OverviewTab";

// Tabs load when first opened (prefetched once the pane has started), so that Word's start of the pane carries
// only the overview and the analysis.
const OutlineTab = lazy(() => import(/* webpackPrefetch: true */ "./OutlineTab").then((m) => ({ default: m.OutlineTab })));
const AmendmentsTab = lazy(() => import(/* webpackPrefetch: true */ "./AmendmentsTab").then((m) => ({ default: m.AmendmentsTab })));
const TermsTab = lazy(() => import(/* webpackPrefetch: true */ "./TermsTab").then((m) => ({ default: m.TermsTab })));
const BeiratTab = lazy(() => import(/* webpackPrefetch: true */ "./BeiratTab").then((m) => ({ default: m.BeiratTab })));
const SelfTestPanel = lazy(() => import("./SelfTestPanel").then((m) => ({ default: m.SelfTestPanel })));
const TablesTab = lazy(() => import(/* webpackPrefetch: true */ "./TablesTab").then((m) => ({ default: m.TablesTab })));
const RegistryTab = lazy(() => import(/* webpackPrefetch: true */ "./RegistryTab").then((m) => ({ default: m.RegistryTab })));

export const TAB_LOADING = "Der Bereich wird geladen …";

/** The help page, relative to the pane's own address. */
export const HELP_PAGE = "hilfe.html";

export type TabId = "ueberblick" | "gliederung" | "antraege" | "begriffe" | "beirat" | "uebersicht" | "verzeichnisse";

/** Each tab named for what it holds: the findings first, the committee's tables, the registries. */
export const TAB_LABEL: Record<TabId, string> = {
  ueberblick: "Hinweise",
  gliederung: "Gliederung",
  antraege: "Anträge",
  begriffe: "Begriffe",
  beirat: "Beirat",
  uebersicht: "Tabellen",
  verzeichnisse: "Verzeichnisse",
};

type LoadState =
  | { kind: "loading"; previous: AnalysisResult | null }
  | { kind: "ready"; result: AnalysisResult }
  | { kind: "error"; message: string };

const useStyles = makeStyles({
  root: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM, minWidth: 0, boxSizing: "border-box", overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorNeutralBackground1, minHeight: "100vh",
  },
  header: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, flexBasis: "100%" },
  profile: { flexGrow: 1, flexBasis: "10em", minWidth: 0 },
  help: {
    alignSelf: "center",
    // The high-contrast theme's yellow link colour is for a dark system palette; forced colours give the system's.
    "@media (forced-colors: active)": { color: "LinkText" },
  },
  message: { minWidth: 0, overflowWrap: "anywhere" },
  tabs: { flexWrap: "wrap" },
  panel: { minWidth: 0, overflowWrap: "anywhere" },
  panelTitle: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  visuallyHidden: {
    position: "absolute", width: "1px", height: "1px", margin: "-1px", padding: 0, overflow: "hidden",
    clip: "rect(0 0 0 0)", whiteSpace: "nowrap", border: 0,
  },
});

/** The user guide shipped beside the pane (hilfe.html, built from docs/benutzerhandbuch.md), in a window of its own. */
export function HelpLink({ className }: { className?: string }) {
  const styles = useStyles();
  return (
    <Link href={HELP_PAGE} target="_blank" rel="noopener" className={className}>
      Hilfe<span className={styles.visuallyHidden}> (öffnet ein neues Fenster)</span>
    </Link>
  );
}

export function hinweiseText(n: number): string {
  return n === 0 ? "Keine Hinweise gefunden" : n === 1 ? "1 Hinweis gefunden" : `${n} Hinweise gefunden`;
}

/** What the role may do: "nur lesen" writes nothing into the document, but may make an overview outside it. */
function actionsFor(profile: Profile, actions: HostActions): HostActions {
  return profile === "lesen" ? { createOverview: actions.createOverview } : actions;
}

/** Where the role may put an overview: "nur lesen" not into the document (at the cursor). */
function targetsFor(profile: Profile, targets: readonly OverviewTarget[] = OVERVIEW_TARGETS): readonly OverviewTarget[] {
  return profile === "lesen" ? targets.filter((t) => t !== "cursor") : targets;
}

export function App({ host, storage }: { host: WordHost; storage: Storage | null }) {
  const styles = useStyles();
  const [profile, setProfile] = useState<Profile>(() => loadProfile(storage));
  const [tab, setTab] = useState<TabId>(() => (loadProfile(storage) === "teilhabebeirat" ? "beirat" : "ueberblick"));
  const [state, setState] = useState<LoadState>({ kind: "loading", previous: null });
  const [announcement, setAnnouncement] = useState("Das Dokument wird gelesen …");
  const [actionError, setActionError] = useState<string | null>(null);
  const [selfTest, setSelfTest] = useState(false);
  const current = useRef<AnalysisResult | null>(null);

  const refresh = useCallback(async (done?: string) => {
    setState({ kind: "loading", previous: current.current });
    setAnnouncement("Das Dokument wird gelesen …");
    try {
      const result = await host.refresh();
      current.current = result;
      setState({ kind: "ready", result });
      setAnnouncement(done ? `${done} ${hinweiseText(result.findings.length)}.` : hinweiseText(result.findings.length));
    } catch (error) {
      const message = userMessage(error);
      setState({ kind: "error", message });
      setAnnouncement(`Fehler: ${message}`);
    }
  }, [host]);

  useEffect(() => { void refresh(); }, [refresh]);

  const onSelect = useCallback((place: DocumentPlace) => {
    host.select(place.paragraph, place.range).catch((error: unknown) => {
      const message = userMessage(error);
      setActionError(message);
      setAnnouncement(`Fehler: ${message}`);
    });
  }, [host]);

  const onAction: RunAction = useCallback((run, done, onError) => {
    setActionError(null);
    run().then(() => refresh(done), (error: unknown) => {
      const message = userMessage(error);
      // Beside the control that started it when the tab shows it there, else at the top of the pane.
      if (onError) onError(message); else setActionError(message);
      // Word may have done part of it (a batch keeps what ran before the failing operation; Word on the web
      // reports some writes as failed that took place): the pane shows the document as it now is.
      void refresh(`Fehler: ${message}`);
    });
  }, [refresh]);

  const changeProfile = (next: Profile) => {
    setProfile(next);
    saveProfile(storage, next);
  };

  const result = state.kind === "ready" ? state.result : state.kind === "loading" ? state.previous : null;
  const actions = actionsFor(profile, host.actions);

  return (
    <AnnounceContext.Provider value={setAnnouncement}>
      <div className={styles.root}>
        <header className={styles.header}>
          <h1 className={styles.title}>Beschlussreif</h1>
          <Field label="Ihre Rolle" className={styles.profile}>
            <Select value={profile} onChange={(_, d) => changeProfile(d.value as Profile)}>
              {(Object.keys(PROFILE_LABEL) as Profile[]).map((p) => <option key={p} value={p}>{PROFILE_LABEL[p]}</option>)}
            </Select>
          </Field>
          <Button onClick={() => void refresh()} disabled={state.kind === "loading"}>Aktualisieren</Button>
          <HelpLink className={styles.help} />
          {actions.runSelfTest && (
            <Button appearance="subtle" aria-expanded={selfTest} onClick={() => setSelfTest(!selfTest)}>Selbsttest</Button>
          )}
        </header>

        {selfTest && actions.runSelfTest && (
          <Suspense fallback={<Spinner size="tiny" label={TAB_LOADING} />}>
            <SelfTestPanel run={actions.runSelfTest} onDone={() => void refresh()} />
          </Suspense>
        )}

        <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>{announcement}</div>

        {host.limitations.length > 0 && (
          <MessageBar layout="multiline" className={styles.message} intent="warning">
            <MessageBarBody className={styles.message}>
              <MessageBarTitle>Eingeschränkt:</MessageBarTitle>
              {host.limitations.join(" ")}
            </MessageBarBody>
          </MessageBar>
        )}
        {actionError && (
          <MessageBar layout="multiline" className={styles.message} intent="error">
            <MessageBarBody className={styles.message}>
              <MessageBarTitle>Das hat nicht geklappt:</MessageBarTitle>
              {actionError}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.kind === "loading" && <Spinner size="tiny" label="Das Dokument wird gelesen …" />}
        {state.kind === "error" && (
          <MessageBar layout="multiline" className={styles.message} intent="error">
            <MessageBarBody className={styles.message}>
              <MessageBarTitle>Das Dokument konnte nicht gelesen werden.</MessageBarTitle>
              {state.message}
            </MessageBarBody>
          </MessageBar>
        )}

        {result && (
          <>
            <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label="Bereiche">
              {(Object.keys(TAB_LABEL) as TabId[]).map((id) => (
                <Tab key={id} id={`tab-${id}`} value={id} aria-controls={id === tab ? `panel-${id}` : undefined}>{TAB_LABEL[id]}</Tab>
              ))}
            </TabList>
            <section id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className={styles.panel}>
              <h2 className={styles.panelTitle}>{TAB_LABEL[tab]}</h2>
              <Suspense fallback={<Spinner size="tiny" label={TAB_LOADING} />}>
                {tab === "ueberblick" && <OverviewTab result={result} onSelect={onSelect} />}
                {tab === "gliederung" && <OutlineTab result={result} onSelect={onSelect} actions={actions} onAction={onAction} />}
                {tab === "antraege" && (
                  <AmendmentsTab result={result} profile={profile} saveAmendments={actions.saveAmendments} saveRegistry={actions.saveRegistry} removeAnnotations={actions.removeAnnotations} onSelect={onSelect} onAction={onAction} />
                )}
                {tab === "begriffe" && <TermsTab result={result} onSelect={onSelect} actions={actions} onAction={onAction} />}
                {tab === "beirat" && <BeiratTab result={result} profile={profile} actions={actions} onSelect={onSelect} onAction={onAction} />}
                {tab === "uebersicht" && (
                  <TablesTab result={result} createOverview={actions.createOverview} targets={targetsFor(profile, host.overviewTargets)} onAction={onAction} />
                )}
                {tab === "verzeichnisse" && <RegistryTab result={result} saveRegistry={actions.saveRegistry} onAction={onAction} />}
              </Suspense>
            </section>
          </>
        )}
      </div>
    </AnnounceContext.Provider>
  );
}
