/** The glossary file (SPEC §2.7): preferred term, variants to replace, and a note saying why. */
import { z } from "zod/mini";

const TermSchema = z.object({
  preferred: z.string().check(z.trim(), z.minLength(1)),
  variants: z.array(z.string().check(z.trim(), z.minLength(1))).check(z.minLength(1)),
  note: z._default(z.string(), ""),
});

const GlossarySchema = z.object({
  version: z.literal(1),
  terms: z.array(TermSchema),
});

export type GlossaryTerm = z.infer<typeof TermSchema>;
export type Glossary = z.infer<typeof GlossarySchema>;

export class GlossaryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GlossaryError";
  }
}

/** Validates an external glossary (file, document storage); throws GlossaryError with a German message. */
export function parseGlossary(json: unknown): Glossary {
  const result = GlossarySchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue.path.length > 0 ? ` (bei „${issue.path.join(".")}“)` : "";
  throw new GlossaryError(`Das Glossar ist ungültig${where}: erwartet wird { "version": 1, "terms": [ { "preferred", "variants", "note" } ] }.`);
}
