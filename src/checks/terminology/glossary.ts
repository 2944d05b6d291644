/** The glossary file (SPEC §2.7): preferred term, variants to replace, and a note saying why. */
import { z } from "zod/mini";

const Cue = z.string().check(z.trim(), z.minLength(1));

/**
 * When a variant is a homograph ("Email" is also the enamel): it counts only with one of the `near` words within
 * `window` words (when `near` is given) and never with one of the `notNear` words there.
 */
const ContextSchema = z.object({
  near: z._default(z.array(Cue), []),
  notNear: z._default(z.array(Cue), []),
  window: z._default(z.int().check(z.gte(1), z.lte(50)), 6),
});

const TermSchema = z.object({
  preferred: z.string().check(z.trim(), z.minLength(1)),
  variants: z.array(z.string().check(z.trim(), z.minLength(1))).check(z.minLength(1)),
  note: z._default(z.string(), ""),
  context: z.optional(ContextSchema),
});

const GlossarySchema = z.object({
  version: z.literal(1),
  terms: z.array(TermSchema),
});

export type GlossaryTerm = z.infer<typeof TermSchema>;
export type GlossaryContext = z.infer<typeof ContextSchema>;
export type Glossary = z.infer<typeof GlossarySchema>;

export class GlossaryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GlossaryError";
  }
}

/**
 * Validates an external glossary (file, document storage, county configuration): the one way in for every glossary.
 * Throws GlossaryError with a German message.
 */
export function parseGlossary(json: unknown): Glossary {
  const result = GlossarySchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue.path.length > 0 ? ` (bei „${issue.path.join(".")}“)` : "";
  throw new GlossaryError(`Das Glossar ist ungültig${where}: erwartet wird { "version": 1, "terms": [ { "preferred", "variants", "note", "context": { "near", "notNear", "window" } } ] }.`);
}
