/**
 * The one wiring point between the task pane and Word: src/word (reader and writers over Office.js, or
 * over the Word simulator in the demo) plus the analysis become a WordHost. Every action is one or a few
 * `Word.run` batches in src/word; errors arrive as WordError with a German message.
 */
import { metadataWrite, NAMESPACE, serializeStoredData } from "../amendments";
import type { Amendment, AntragMetadata } from "../amendments/types";
import { RegistrySchema, type Registry } from "../amendments/registry";
import { ANALYSIS_PARTS, analyzeDocument, type AnalysisResult } from "../analysis";
import { DEFAULT_CONFIGURATION, OPARL_BASE_MISSING, type LoadedConfiguration } from "../config";
import { EMPTY_SETTINGS, parseSettings, serializeSettings, SettingsError, SETTINGS_NAMESPACE, type DocumentSettings } from "../analysis/settings";
import { planAnswer, planProposal, planQuestion, planResolve, type BeiratStep, type PlanResult } from "../beirat";
import { parseReferenceOutline, referenceFromModel, type ReferenceOutline } from "../checks/outline";
import { replacementsFor } from "../checks/terminology";
import type { DocumentModel } from "../model/document";
import { formatDateDe } from "../model/labels";
import type { OverviewData, OverviewFormat } from "../overview";
import {
  applyBeiratPlan, detectCapabilities, insertComment, insertTable, openNewDocument, readDocument, replaceAllTracked, replyToComment,
  selectParagraph, selectRange, writeCustomXml, type OfficeApi,
} from "../word";
import { insertParagraphAfter, insertParagraphBefore, replaceParagraphText, updateTocField } from "../word/toc";
import type { OutlineFix } from "../checks/outline";
import type { BuiltInStyle } from "../model/document";
import type { OverviewTarget, WordHost } from "./host";

export interface WordHostOptions {
  /** Who acts, for the history of stored records (the pane's profile or the Word user). */
  user?: string;
  /** Saves a generated file for the user (browser hosts); without it overviews go into Word only. */
  download?: (fileName: string, data: Uint8Array | string) => void;
  /** Told after every read, so a host can show the document as Word has it now (the demo's page). */
  onDocumentRead?: (model: DocumentModel) => void;
  now?: () => Date;
  /** The county's configuration (taskpane/configuration.ts loads it once); the built-in defaults without it. */
  configuration?: Promise<LoadedConfiguration>;
}

const NO_CONFIGURATION: Promise<LoadedConfiguration> = Promise.resolve({ configuration: DEFAULT_CONFIGURATION, problem: null });

const FILE_EXTENSION: Record<OverviewFormat, string> = { docx: "docx", xlsx: "xlsx", csv: "csv", html: "html", json: "json", oparl: "json" };

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function readSettings(model: DocumentModel): { settings: DocumentSettings; problem: string | null } {
  const part = model.customXmlParts.find((p) => p.namespaceUri === SETTINGS_NAMESPACE);
  try {
    return { settings: parseSettings(part?.xml ?? null), problem: null };
  } catch (error) {
    if (error instanceof SettingsError) return { settings: EMPTY_SETTINGS, problem: error.message };
    throw error;
  }
}

async function referenceFromFile(file: File): Promise<ReferenceOutline> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.docx$/i.test(file.name)) return referenceFromModel((await import("../docx")).readDocx(bytes));
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new Error(`„${file.name}“ ist weder ein Word-Dokument noch eine Gliederung im JSON-Format.`);
  }
  try {
    return parseReferenceOutline(json);
  } catch (error) {
    throw new Error(`„${file.name}“: ${(error as Error).message}`);
  }
}

export function createWordHost(api: OfficeApi, options: WordHostOptions = {}): WordHost {
  const now = options.now ?? (() => new Date());
  const capabilities = detectCapabilities(api.Office.context.requirements);
  let last: { analysis: AnalysisResult; settings: DocumentSettings; settingsProblem: string | null } | null = null;
  let reference: ReferenceOutline | undefined;

  const current = () => {
    if (!last) throw new Error("Bitte aktualisieren Sie zuerst die Ansicht.");
    return last;
  };

  const saveSettings = async (change: (s: DocumentSettings) => DocumentSettings) => {
    const { settings, settingsProblem } = current();
    // Never overwrite stored settings we could not read.
    if (settingsProblem) throw new Error(settingsProblem);
    await writeCustomXml(api, SETTINGS_NAMESPACE, serializeSettings(change(settings)));
  };

  const host: WordHost = {
    limitations: capabilities.limitations,
    overviewTargets: options.download ? ["download", "cursor", "newDocument"] : ["newDocument", "cursor"],

    async refresh() {
      const [{ model, capabilities: read }, loaded] = await Promise.all([readDocument(api, ANALYSIS_PARTS), options.configuration ?? NO_CONFIGURATION]);
      // A read may meet a limitation of this document (Word failing on its tracked changes); the next may not.
      host.limitations = loaded.problem ? [...read.limitations, loaded.problem] : read.limitations;
      const { settings, problem } = readSettings(model);
      const glossaries = settings.glossary.terms.length > 0 ? [settings.glossary] : [];
      const analysis = analyzeDocument(model, { configuration: loaded.configuration, glossaries, ignoredTerms: settings.ignoredTerms, reference });
      last = { analysis, settings, settingsProblem: problem };
      options.onDocumentRead?.(model);
      return analysis;
    },

    select(paragraph, range) {
      const { model } = current().analysis;
      return range ? selectRange(api, model, range) : selectParagraph(api, model, paragraph);
    },

    actions: {
      askQuestion: (question) => runBeiratPlan(planQuestion(question, planContext())),
      proposeAddition: (text) => runBeiratPlan(planProposal("addition", text, planContext())),
      proposeChange: (text) => runBeiratPlan(planProposal("change", text, planContext())),
      replyToComment: (commentId, text) => runBeiratPlan(planAnswer(commentId, text, planContext())),
      resolveComment: (commentId) => runBeiratPlan(planResolve(commentId, planContext())),

      async unifyTerm(group, preferred) {
        const replacements = replacementsFor(group, preferred);
        if (replacements.length === 0) throw new Error("Diese Schreibweisen lassen sich nicht automatisch ersetzen; bitte passen Sie die Stellen von Hand an.");
        await replaceAllTracked(api, current().analysis.model, replacements);
      },

      saveAmendments,
      saveRegistry,

      async createOverview(data: OverviewData, format: OverviewFormat, target: OverviewTarget) {
        // The renderers load with the first overview, as the Übersicht tab does.
        const { plain, renderOverview, tableOf } = await import("../overview");
        if (target === "cursor") {
          const table = tableOf(data);
          const width = table.columns.length;
          const rows = table.rows.map((row) => row.kind === "data" ? row.cells.map(plain) : [row.text, ...Array<string>(width - 1).fill("")]);
          await insertTable(api, table.columns.map((c) => c.header), rows);
          return;
        }
        const rendered = await renderOverview(data, format, format === "oparl" ? oparlOptions() : undefined);
        if (target === "newDocument") {
          if (typeof rendered === "string") throw new Error("Als neues Word-Dokument lässt sich nur das Format „Word-Dokument“ öffnen.");
          await openNewDocument(api, toBase64(rendered));
          return;
        }
        if (!options.download) throw new Error("Dateien speichern kann nur die Demo im Browser; in Word öffnet sich die Übersicht als neues Dokument.");
        const name = `${data.kind === "amendments" ? "Aenderungsuebersicht" : data.kind === "synopse" ? "Synopse" : "Beiratsliste"}-${formatDateDe(now().toISOString())}.${FILE_EXTENSION[format]}`;
        options.download(name, rendered);
      },

      ignoreTerm: (groupId) => saveSettings((s) => ({ ...s, ignoredTerms: [...new Set([...s.ignoredTerms, groupId])] })),

      addToGlossary: (term) => saveSettings((s) => ({
        ...s,
        glossary: {
          ...s.glossary,
          terms: [
            ...s.glossary.terms.filter((t) => t.preferred !== term.preferred),
            { ...term, note: `Im Aufgabenbereich ins Dokumentglossar aufgenommen am ${formatDateDe(now().toISOString())}.` },
          ],
        },
      })),

      async compareWithReference(file: File) {
        reference = await referenceFromFile(file);
      },

      async applyOutlineFix(fix: OutlineFix) {
        const { model } = current().analysis;
        switch (fix.kind) {
          case "update-field":
            return updateTocField(api, fix.fieldIndex);
          case "replace-toc-entry":
            return replaceParagraphText(api, model, fix.paragraph, fix.text);
          case "insert-toc-entry": {
            // Renumber the shifted lines first, while their paragraph indices are still the model's, and from the
            // last one up: Word finds a text by its occurrence in the body, which an earlier replacement would move.
            for (const line of [...fix.renumber].reverse()) await replaceParagraphText(api, model, line.paragraph, line.text);
            // The check names styles by Word's built-in names ("Toc2"); anything else keeps the neighbour's style.
            const style = fix.style && /^Toc[1-9]$/.test(fix.style) ? (fix.style as BuiltInStyle) : null;
            if (fix.afterParagraph !== null) return insertParagraphAfter(api, model, fix.afterParagraph, fix.text, style);
            if (fix.beforeParagraph !== null) return insertParagraphBefore(api, model, fix.beforeParagraph, fix.text, style);
            throw new Error("Für den fehlenden Eintrag ist keine Stelle im Inhaltsverzeichnis bekannt; bitte fügen Sie ihn von Hand ein.");
          }
        }
      },
    },
  };

  /** The OParl export's ids start with the county's OParl address; without one there is no OParl file. */
  const oparlOptions = () => {
    const { configuration, amendments, model } = current().analysis;
    if (!configuration.oparl.baseUrl) throw new Error(OPARL_BASE_MISSING);
    return { base: configuration.oparl.baseUrl, registry: amendments.registry, paperType: configuration.oparl.paperType, document: model.properties };
  };

  const planContext = () => ({ today: now().toISOString().slice(0, 10), by: options.user ?? "Verwaltung", proposer: last?.analysis.configuration.beirat.name });

  /**
   * A Beirat action: the Word steps in one batch (src/word), then its record — a new amendment-style record for a
   * question or proposal, the Stellungnahme or status of an existing one — stored like any edited amendment.
   */
  async function runBeiratPlan(result: PlanResult): Promise<void> {
    if (!result.ok) throw new Error(result.message);
    const { commentId } = await applyBeiratPlan(api, current().analysis.model, result.plan);
    const recordSteps = result.plan.steps.filter((s): s is Extract<BeiratStep, { op: "storeRecord" | "updateRecord" }> => s.op === "storeRecord" || s.op === "updateRecord");
    if (recordSteps.length === 0) return;
    const { amendments } = await host.refresh();
    const anchor = recordSteps[0].op === "updateRecord" ? recordSteps[0].commentId : commentId;
    const target = anchor
      ? amendments.amendments.find((a) => a.commentIds.includes(anchor))
      // A proposal without a reason has no comment: its record goes with the newest change of the inserted text.
      : amendments.amendments.filter((a) => a.source !== "metadata" && result.plan.steps.some((s) => s.op === "insertTracked" && a.inserted.includes(s.text))).pop();
    // Older questions have no record to update; a new record needs what the steps created.
    if (!target || (recordSteps[0].op === "updateRecord" && target.source !== "metadata")) return;
    const metadata: AntragMetadata = recordSteps.reduce((m, step) => step.op === "storeRecord"
      ? { ...step.record.metadata, history: [...m.history, ...step.record.metadata.history] }
      : { ...m, ...step.changes, history: [...m.history, ...step.history] }, target.metadata);
    await saveAmendments(amendments.amendments.map((a) => (a === target ? { ...a, metadata, source: "metadata" } : a)));
  }

  /**
   * Only the part changes: the amendments are written as the analysis has them, so no comment line is touched.
   * null stores no registry: the document follows the central configuration again.
   */
  async function saveRegistry(registry: Registry | null): Promise<void> {
    const { model, amendments: collection } = current().analysis;
    // Never overwrite stored records we could not read.
    if (collection.storageProblem) throw new Error(collection.storageProblem);
    if (registry && !RegistrySchema.safeParse(registry).success) throw new Error("Die Verzeichnisse sind unvollständig: Jeder Eintrag braucht einen Namen.");
    const write = metadataWrite(model, collection, collection.amendments, registry);
    await writeCustomXml(api, NAMESPACE, serializeStoredData(write.stored));
  }

  async function saveAmendments(amendments: Amendment[]): Promise<void> {
    const { model, amendments: collection } = current().analysis;
    const write = metadataWrite(model, collection, amendments);
    await writeCustomXml(api, NAMESPACE, serializeStoredData(write.stored));
    // The readable line goes where a person without the add-in looks: into the Antrag's comment thread.
    for (const target of write.commentLines) {
      if (target.kind === "comment") {
        const comment = model.comments.find((c) => c.id === target.commentId);
        const thread = comment ? [comment.text, ...comment.replies.map((r) => r.text)] : [];
        if (!thread.some((t) => t.includes(target.line))) await replyToComment(api, target.commentId, target.line);
        continue;
      }
      const amendment = amendments.find((a) => target.kind === "changes" ? a.changeIds.some((id) => target.changeIds.includes(id)) : a.location?.start.paragraph === target.paragraph);
      if (amendment?.location) await insertComment(api, model, amendment.location, target.line);
    }
  }

  return host;
}
