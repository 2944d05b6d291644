/** What the reader skips, counted by kind, detail and part: the model's `readerMessages`. */
import type { ReaderMessage, ReaderMessageKind } from "../model/document";

/** More distinct messages than a person reads; a hostile file could name a new element at every turn. */
const MAX_DISTINCT = 100;

export class ReaderMessages {
  private readonly counts = new Map<string, ReaderMessage>();

  add(kind: ReaderMessageKind, detail: string, part: string): void {
    let key = `${kind}\u0000${detail}\u0000${part}`;
    if (!this.counts.has(key) && this.counts.size >= MAX_DISTINCT) {
      // Past the limit, what is new is counted together per kind and part.
      detail = "weitere";
      key = `${kind}\u0000${detail}\u0000${part}`;
    }
    const known = this.counts.get(key);
    if (known) known.count++;
    else this.counts.set(key, { kind, detail, part, count: 1 });
  }

  list(): ReaderMessage[] {
    return [...this.counts.values()];
  }
}
