/**
 * A faithful in-memory Word (the part of the Word JavaScript API that src/word uses) over a DocumentModel.
 * Browser-safe: no Node APIs. `Word.run` hands the batch a context that behaves like Word's: proxies queue,
 * `sync()` executes and counts, unloaded properties throw PropertyNotLoaded.
 */
import type { DocumentModel } from "../model/document";
import type { OfficeApi } from "../word/office-api";
import type { Failures, SimStats } from "./core";
import { SimRequestContext, type SimState } from "./objects";
import { NO_QUIRKS, PLATFORM_PROFILES, type PlatformQuirks, type WordPlatform } from "./platforms";

export { SimError } from "./core";
export type { FailurePoint, Failures, SimErrorCode, SimStats } from "./core";
export type { SimState } from "./objects";
export { PLATFORM_PROFILES, WORD_PLATFORMS, type PlatformProfile, type PlatformQuirks, type WordPlatform } from "./platforms";

export interface WordSimulatorOptions {
  /**
   * The Word to behave as (platforms.ts): its requirement sets, what it reports about itself and its documented
   * quirks. Without one: WordApi 1.6 and no quirks. The options below override the profile's.
   */
  platform?: WordPlatform;
  /** Quirks switched on or off one by one, over the platform's. */
  quirks?: Partial<PlatformQuirks>;
  /** Supported API sets and their highest version, e.g. { WordApi: "1.6" } (the default). */
  requirementSets?: Record<string, string>;
  /** Operations that fail with the given Office.js error code (tests of error handling). */
  failures?: Failures;
  /** Author of comments, replies and tracked changes the user makes. */
  author?: string;
  now?: () => Date;
  /** `Range.text` includes tracked deletions (Word on the web; Windows with revisions inline). Default: final view. */
  deletedTextInRanges?: boolean;
}

export interface WordSimulator extends OfficeApi {
  Office: OfficeApi["Office"] & { context: { platform: string; diagnostics: { host: string; platform: string; version: string } } };
  stats: SimStats;
  state: SimState;
  /** Mutable: tests switch failures on and off between runs. */
  failures: Failures;
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/** The OfficeApi of one pane over a state: its own sync counts and failures, the batches of Word.run. */
function paneOver(state: SimState, options: WordSimulatorOptions): WordSimulator {
  const profile = options.platform ? PLATFORM_PROFILES[options.platform] : null;
  const sets = options.requirementSets ?? profile?.requirementSets ?? { WordApi: "1.6" };
  const stats: SimStats = { syncs: 0, operations: 0, writes: 0, largestRequestBytes: 0 };
  const failures: Failures = { ...options.failures };
  return {
    stats, state, failures,
    Word: {
      // The simulated context implements the members of Word.RequestContext that src/word uses (see objects.ts).
      run: async <T>(batch: (context: Word.RequestContext) => Promise<T>) => {
        const context = new SimRequestContext(state, stats, failures);
        try {
          return await batch(context as unknown as Word.RequestContext);
        } finally {
          context.closed = true;
          state.liveRanges.delete(context);
        }
      },
    },
    Office: {
      context: {
        platform: profile?.platform ?? "PC",
        diagnostics: { host: "Word", platform: profile?.platform ?? "PC", version: profile?.version ?? "16.0.16731.20000" },
        requirements: {
          isSetSupported: (name, minVersion = "1.1") => name in sets && versionAtLeast(sets[name], minVersion),
        },
      },
    },
  };
}

function quirksOf(options: WordSimulatorOptions): PlatformQuirks {
  return { ...(options.platform ? PLATFORM_PROFILES[options.platform].quirks : NO_QUIRKS), ...options.quirks };
}

export function createWordSimulator(model: DocumentModel, options: WordSimulatorOptions = {}): WordSimulator {
  const state: SimState = {
    model, selection: null, liveRanges: new Map(), openedDocuments: [],
    changeTrackingMode: model.trackRevisions ? "TrackAll" : "Off",
    author: options.author ?? "Sachbearbeitung Kreis Musterland",
    quirks: quirksOf(options),
    deletedTextInRanges: options.deletedTextInRanges ?? quirksOf(options).deletedTextInRanges,
    now: options.now ?? (() => new Date()),
    sessions: [],
    revision: { writes: 0 },
  };
  state.sessions.push(state);
  return paneOver(state, options);
}

/**
 * A co-author's pane on the document of `sim` (Word on the web or OneDrive with two people in one document): its
 * own selection, user name, clock, opened windows, sync counts and failures; the document itself, its tracking mode
 * and the ranges of every running batch are shared, so that each pane's edits show in the other's next read and move
 * its ranges as Word moves them. Batches of the two panes interleave at their syncs, as two clients' requests do.
 */
export function joinWordSimulator(sim: WordSimulator, options: WordSimulatorOptions = {}): WordSimulator {
  const shared = sim.state;
  const state: SimState = {
    get model() { return shared.model; },
    set model(model) { shared.model = model; },
    get changeTrackingMode() { return shared.changeTrackingMode; },
    set changeTrackingMode(mode) { shared.changeTrackingMode = mode; },
    liveRanges: shared.liveRanges,
    selection: null,
    openedDocuments: [],
    author: options.author ?? "Zweite Sachbearbeitung",
    quirks: options.platform || options.quirks ? quirksOf(options) : shared.quirks,
    deletedTextInRanges: options.deletedTextInRanges ?? shared.deletedTextInRanges,
    now: options.now ?? shared.now,
    sessions: shared.sessions,
    revision: shared.revision,
  };
  shared.sessions.push(state);
  return paneOver(state, options);
}
