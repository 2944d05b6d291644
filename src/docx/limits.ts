/** Bounds on what the reader inflates and parses; a hostile file hits one of them long before memory runs out. */
export interface ReadLimits {
  /** Most bytes one part may inflate to. */
  maxPartBytes: number;
  /** Most bytes all inflated parts together may take. */
  maxTotalBytes: number;
  /** Most entries the zip's central directory may list. */
  maxEntries: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxPartBytes: 64 * 1024 * 1024,
  maxTotalBytes: 192 * 1024 * 1024,
  maxEntries: 10_000,
};
