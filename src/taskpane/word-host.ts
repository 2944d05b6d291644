/**
 * The one wiring point between the task pane and Word: the use cases of src/app over src/word (reader and plan
 * executors over Office.js, or over the Word simulator in the demo). The host decides nothing about the domain: it
 * reads, hands what it read to src/app, and has src/word carry out the plans it gets back. Errors arrive as
 * WordError or Refusal, both with a German message.
 */
import type { Amendment } from "../amendments/types";
import type { Registry } from "../amendments/registry";
import { ANALYSIS_PARTS } from "../analysis";
import {
  analyse, oparlContext, planAddToGlossary, planAmendmentsSave, planAnnotationRemoval, planBeiratAction, planEditorialRecords, planIgnoreTerm, planOutlineFix,
  planRegistrySave, planUnifyTerm, planUnignoreTerm, Refusal,
  overviewDocument, overviewFile, overviewTable, referenceFromFile, type BeiratRun, type DocumentAnalysis, type SaveContext,
} from "../app";
import { DEFAULT_CONFIGURATION, type LoadedConfiguration } from "../config";
import { planAnswer, planProposal, planQuestion, planResolve, type PlanResult } from "../beirat";
import type { ReferenceOutline } from "../checks/outline";
import { DocxError } from "../docx/errors";
import type { DocumentModel } from "../model/document";
import { nextInsertedOverviewName } from "../model/inserted";
import type { OverviewData, OverviewFormat } from "../overview/types";
import {
  applyEditPlan, applyTocEdits, detectCapabilities, insertTable, openNewDocument, readDocument, replaceAllTracked, runSelfTest, selectParagraph, selectRange,
  selfTestText, type EditPlan, type OfficeApi,
} from "../word";
import { spokenError } from "./errors";
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

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function createWordHost(api: OfficeApi, options: WordHostOptions = {}): WordHost {
  const now = options.now ?? (() => new Date());
  const capabilities = detectCapabilities(api.Office.context.requirements);
  let last: DocumentAnalysis | null = null;
  let reference: ReferenceOutline | undefined;

  const current = () => {
    if (!last) throw new Refusal("Bitte aktualisieren Sie zuerst die Ansicht.");
    return last;
  };
  const by = () => options.user ?? "Verwaltung";
  const saveContext = (): SaveContext => ({ by: by(), at: now().toISOString() });
  const apply = (plan: EditPlan) => applyEditPlan(api, current().result.model, plan);

  /** A Beirat action: its edit plan, and where its record needs the document read again, the plan that stores it. */
  async function runBeirat(result: PlanResult): Promise<void> {
    const run: BeiratRun = planBeiratAction(current().result, result, saveContext());
    const edited = await apply(run.edit);
    if (!run.then) return;
    const next = run.then(await host.refresh(), edited);
    if (next) await apply(next);
  }

  /**
   * An edit of the add-in's own (terminology, table of contents), then its tracked changes recorded as editorial
   * changes. Where the stored records cannot be read, the edit stands and nothing is recorded (nothing is overwritten).
   */
  async function editorially(what: string, edit: (model: DocumentModel) => Promise<void>): Promise<void> {
    const before = current().result;
    await edit(before.model);
    const after = await host.refresh();
    if (after.amendments.storageProblem) return;
    const plan = planEditorialRecords(before, after, what, saveContext());
    if (plan) await apply(plan);
  }

  const planContext = () => ({ today: now().toISOString().slice(0, 10), by: by(), proposer: last?.result.configuration.beirat.name });

  const host: WordHost = {
    limitations: capabilities.limitations,
    overviewTargets: options.download ? ["download", "cursor", "newDocument"] : ["newDocument", "cursor"],

    async refresh() {
      const [{ model, capabilities: read }, loaded] = await Promise.all([readDocument(api, ANALYSIS_PARTS), options.configuration ?? NO_CONFIGURATION]);
      // A read may meet a limitation of this document (Word failing on its tracked changes); the next may not.
      host.limitations = loaded.problem ? [...read.limitations, loaded.problem] : read.limitations;
      last = analyse(model, { configuration: loaded.configuration, reference });
      options.onDocumentRead?.(model);
      return last.result;
    },

    select(paragraph, range) {
      const { model } = current().result;
      return range ? selectRange(api, model, range) : selectParagraph(api, model, paragraph);
    },

    actions: {
      askQuestion: (question) => runBeirat(planQuestion(question, planContext())),
      proposeAddition: (text) => runBeirat(planProposal("addition", text, planContext())),
      proposeChange: (text) => runBeirat(planProposal("change", text, planContext())),
      replyToComment: (commentId, text) => runBeirat(planAnswer(commentId, text, planContext())),
      resolveComment: (commentId) => runBeirat(planResolve(commentId, planContext())),

      async unifyTerm(group, preferred) {
        const replacements = planUnifyTerm(group, preferred);
        await editorially(`Schreibweise vereinheitlicht: „${preferred}“`, (model) => replaceAllTracked(api, model, replacements));
      },

      async removeAnnotations() {
        const { model, amendments } = current().result;
        await replaceAllTracked(api, model, planAnnotationRemoval(model, amendments), "Vermerke aus dem Text entfernen");
      },

      async saveAmendments(amendments: Amendment[]) {
        await apply(planAmendmentsSave(current().result, amendments, saveContext()));
      },

      async saveRegistry(registry: Registry | null) {
        await apply(planRegistrySave(current().result, registry, saveContext()));
      },

      async createOverview(data: OverviewData, format: OverviewFormat, target: OverviewTarget) {
        const { result } = current();
        const context = { now: now(), oparl: format === "oparl" ? oparlContext(result, result.configuration.oparl.baseUrl) : undefined };
        if (target === "cursor") {
          await insertTable(api, await overviewTable(data), nextInsertedOverviewName(result.model));
        } else if (target === "newDocument") {
          await openNewDocument(api, toBase64(await overviewDocument(data, format, context)));
        } else {
          if (!options.download) throw new Refusal("Dateien speichern kann nur die Demo im Browser; in Word öffnet sich die Übersicht als neues Dokument.");
          const file = await overviewFile(data, format, context);
          options.download(file.name, file.data);
        }
      },

      async ignoreTerm(groupId) {
        await apply(planIgnoreTerm(current().settings, groupId));
      },

      async unignoreTerm(groupId) {
        await apply(planUnignoreTerm(current().settings, groupId));
      },

      async addToGlossary(term) {
        await apply(planAddToGlossary(current().settings, term, now().toISOString()));
      },

      async compareWithReference(file: File) {
        try {
          reference = await referenceFromFile(file.name, new Uint8Array(await file.arrayBuffer()), async (bytes) => (await import("../docx")).readDocx(bytes));
        } catch (error) {
          // A damaged .docx says what is wrong with it; the JSON reader's messages name parser and schema details.
          if (error instanceof DocxError) throw new Refusal(`„${file.name}“: ${error.message}`);
          throw new Refusal(`„${file.name}“ ist weder ein Word-Dokument noch eine Gliederung, die Beschlussreif lesen kann. Bitte wählen Sie ein Word-Dokument (.docx) oder eine Gliederung im JSON-Format, wie das Benutzerhandbuch sie beschreibt.`);
        }
      },

      async applyOutlineFix(fix) {
        const edits = planOutlineFix(fix);
        await editorially("Inhaltsverzeichnis berichtigt", (model) => applyTocEdits(api, model, edits));
      },

      async runSelfTest() {
        const report = await runSelfTest(api, now);
        return { checks: report.checks, text: selfTestText(report) };
      },
    },
  };

  // Every failure leaves the host as a German sentence; a library's own message goes to the console (errors.ts).
  const spoken = <A extends unknown[], R>(f: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    try {
      return await f(...args);
    } catch (error) {
      throw spokenError(error);
    }
  };
  host.refresh = spoken(host.refresh);
  host.select = spoken(host.select);
  const actions = host.actions as Record<string, (...args: unknown[]) => Promise<void>>;
  for (const name of Object.keys(actions)) actions[name] = spoken(actions[name]);
  return host;
}
