/** What the running Word supports, detected once, and what the pane must tell the user is missing. */

export type Feature = "comments" | "trackedChanges" | "changeTrackingMode" | "customXml" | "tocFields" | "bookmarks" | "notes";

/** Minimum WordApi version per feature (requirement sets from the Word API reference). */
const REQUIRED: Record<Feature, string> = {
  comments: "1.4", changeTrackingMode: "1.4", customXml: "1.4", tocFields: "1.5", trackedChanges: "1.6", bookmarks: "1.4", notes: "1.5",
};

const MISSING_MESSAGE: Record<Feature, string> = {
  comments: "Diese Word-Version kann Kommentare nicht bereitstellen (WordApi 1.4 fehlt). Änderungsanträge in Kommentaren werden nicht gelesen.",
  changeTrackingMode: "Diese Word-Version kann den Modus „Änderungen nachverfolgen“ nicht lesen oder setzen (WordApi 1.4 fehlt).",
  customXml: "Diese Word-Version kann keine Metadaten im Dokument speichern (WordApi 1.4 fehlt).",
  tocFields: "Diese Word-Version kann das Inhaltsverzeichnis-Feld nicht lesen (WordApi 1.5 fehlt); das Verzeichnis wird aus den Absätzen erkannt.",
  trackedChanges: "Diese Word-Version kann nachverfolgte Änderungen nicht einzeln lesen (WordApi 1.6 fehlt). Bitte verwenden Sie Word ab Version 2308 oder Word im Web.",
  bookmarks: "Diese Word-Version kann Textmarken nicht lesen (WordApi 1.4 fehlt).",
  notes: "Diese Word-Version kann Fuß- und Endnoten nicht lesen (WordApi 1.5 fehlt); ihr Text wird nicht geprüft.",
};

export interface Capabilities {
  /** Per feature: available or not. */
  features: Record<Feature, boolean>;
  /** German sentences for the pane, one per missing feature. */
  limitations: string[];
}

export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export function detectCapabilities(requirements: Requirements): Capabilities {
  const features = Object.fromEntries(
    (Object.keys(REQUIRED) as Feature[]).map((f) => [f, requirements.isSetSupported("WordApi", REQUIRED[f])]),
  ) as Record<Feature, boolean>;
  const limitations = (Object.keys(features) as Feature[]).filter((f) => !features[f]).map((f) => MISSING_MESSAGE[f]);
  return { features, limitations };
}

const TRACKED_CHANGES_FAILED =
  "Word konnte die nachverfolgten Änderungen dieses Dokuments nicht einzeln liefern (bekannter Fehler von Word für Mac bei verschobenem Text). "
  + "Gliederung, Begriffe und Kommentare werden geprüft; Änderungsanträge aus nachverfolgten Änderungen fehlen. "
  + "Die Kommandozeile liest die gespeicherte .docx-Datei vollständig.";

/** The capabilities for a document on which Word failed to report the tracked changes it otherwise supports. */
export function withoutTrackedChanges(capabilities: Capabilities): Capabilities {
  return {
    features: { ...capabilities.features, trackedChanges: false },
    limitations: [...capabilities.limitations, TRACKED_CHANGES_FAILED],
  };
}
