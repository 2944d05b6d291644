/**
 * Word is several platforms. Each profile is what one of them reports about itself (`Office.context.platform`,
 * `diagnostics.version`, the requirement sets) and the documented ways it departs from the Word API reference,
 * each switchable and each citing the OfficeDev/office-js issue that reports it. Tests run the add-in's workflows
 * under every profile, so a quirk the Word layer does not survive fails a test here before it fails a user.
 */

/** The platforms the README lists as supported. `perpetual`: Office 2024 LTSC / retail without a subscription. */
export type WordPlatform = "web" | "windows" | "mac" | "perpetual";

export const WORD_PLATFORMS: readonly WordPlatform[] = ["web", "windows", "mac", "perpetual"];

export interface PlatformQuirks {
  /** `Comment.reply` fails with GeneralException on Word on the web; `Range.insertComment` works (office-js #6720). */
  replyFails: boolean;
  /**
   * `Paragraph.uniqueLocalId` is null on builds without the subscription's connected services (2308, Mac with a 2021
   * licence, …), although `isSetSupported("WordApi", "1.6")` is true there (office-js #4258).
   */
  noUniqueLocalId: boolean;
  /**
   * `insertText` on a range found by `search` rejects the sync with GeneralException although the text was
   * inserted: office.js fails instantiating the returned range (office-js #6760).
   */
  insertOnSearchRangeRejects: boolean;
  /** `TrackedChange.text` is empty for deletions (Word for Mac 16.91 on; office-js #5178, #5188). */
  emptyDeletedText: boolean;
  /**
   * Highlights written by these colour names are shown but not saved: they are gone when the document is opened
   * again (office-js #3950, Word on the web). Hex values are saved.
   */
  unsavedHighlightNames: readonly string[];
  /** Custom XML parts over this many bytes are rejected (office-js #2408, Word on the web: 1 MB). */
  maxCustomXmlBytes: number | null;
  /** `Range.text` includes tracked deletions (office-js #1267, #2314). */
  deletedTextInRanges: boolean;
}

export interface PlatformProfile {
  /** `Office.context.platform` (Office.PlatformType). */
  platform: "OfficeOnline" | "PC" | "Mac";
  /** `Office.context.diagnostics.version`: Word on the web reports "0.0.0.0" (seen in office-js #6720). */
  version: string;
  requirementSets: Record<string, string>;
  quirks: PlatformQuirks;
}

export const NO_QUIRKS: PlatformQuirks = {
  replyFails: false, noUniqueLocalId: false, insertOnSearchRangeRejects: false, emptyDeletedText: false,
  unsavedHighlightNames: [], maxCustomXmlBytes: null, deletedTextInRanges: false,
};

/** The requirement sets per platform: the Word API requirement-set table (learn.microsoft.com, 04/2026). */
export const PLATFORM_PROFILES: Record<WordPlatform, PlatformProfile> = {
  web: {
    platform: "OfficeOnline", version: "0.0.0.0", requirementSets: { WordApi: "1.9" },
    quirks: {
      ...NO_QUIRKS, replyFails: true, insertOnSearchRangeRejects: true, deletedTextInRanges: true,
      unsavedHighlightNames: ["darkblue", "darkred", "lightgray", "pink", "turquoise"], maxCustomXmlBytes: 1024 * 1024,
    },
  },
  windows: { platform: "PC", version: "16.0.19127.20000", requirementSets: { WordApi: "1.9", WordApiDesktop: "1.4" }, quirks: NO_QUIRKS },
  mac: { platform: "Mac", version: "16.91", requirementSets: { WordApi: "1.9", WordApiDesktop: "1.4" }, quirks: { ...NO_QUIRKS, emptyDeletedText: true } },
  // Office 2024 (Version 2408) has WordApi up to 1.8 and WordApiDesktop 1.1.
  perpetual: {
    platform: "PC", version: "16.0.17932.20222", requirementSets: { WordApi: "1.8", WordApiDesktop: "1.1" },
    quirks: { ...NO_QUIRKS, noUniqueLocalId: true },
  },
};
