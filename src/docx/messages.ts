/** What the reader skips, counted by kind, detail and part: the model's `readerMessages`. */
import type { ReaderMessage, ReaderMessageKind } from "../model/document";

export class ReaderMessages {
  private readonly counts = new Map<string, ReaderMessage>();

  add(kind: ReaderMessageKind, detail: string, part: string): void {
    const key = `${kind}\u0000${detail}\u0000${part}`;
    const known = this.counts.get(key);
    if (known) known.count++;
    else this.counts.set(key, { kind, detail, part, count: 1 });
  }

  list(): ReaderMessage[] {
    return [...this.counts.values()];
  }
}
