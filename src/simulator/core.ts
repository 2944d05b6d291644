/**
 * The request/sync machinery of the simulator: proxies queue operations, `sync()` runs them in order,
 * and a property is readable only after a load of it has been synced — the rules Word enforces.
 */

/** Error codes of `OfficeExtension.Error` that the simulator raises. */
export type SimErrorCode =
  | "NotAllowed" | "GeneralException" | "ItemNotFound" | "InvalidArgument" | "PropertyNotLoaded" | "AccessDenied"
  | "InvalidObjectPath" | "InvalidRequestContext";

/** Shaped like `OfficeExtension.Error` (name "RichApi.Error", `code`, `debugInfo`). */
export class SimError extends Error {
  override readonly name = "RichApi.Error";
  /** `errorLocation`: the Word method that failed ("Comment.reply"), as Office.js reports it. */
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(readonly code: SimErrorCode, message: string) {
    super(message);
    this.debugInfo = { code, message };
  }
}

/**
 * Operations whose failure tests can provoke, by the Word method they stand for. "read" fails every read;
 * "getTrackedChanges" only the tracked-change queries (Word for Mac fails them on documents with moved text,
 * office-js #5535, #5216).
 */
export type FailurePoint =
  | "insertComment" | "reply" | "setContent" | "setResolved" | "setFont" | "insertText" | "changeTrackingMode"
  | "customXml" | "insertTable" | "createDocument" | "select" | "read" | "getTrackedChanges" | "insertParagraph" | "setStyle" | "updateField"
  | "delete" | "deleteText" | "insertBookmark";

export type Failures = Partial<Record<FailurePoint, SimErrorCode>>;

/** The Word method Office.js names as `debugInfo.errorLocation` when a write fails. */
const ERROR_LOCATION: Record<WritePoint, string> = {
  insertComment: "Range.insertComment", reply: "Comment.reply", setResolved: "Comment.resolved", setFont: "Font.set", insertText: "Range.insertText",
  changeTrackingMode: "Document.changeTrackingMode", customXml: "CustomXmlPart.setXml", insertTable: "Range.insertTable",
  createDocument: "DocumentCreated.open", select: "Range.select", insertParagraph: "Paragraph.insertParagraph", setStyle: "Paragraph.styleBuiltIn",
  updateField: "Field.updateResult", delete: "Paragraph.delete", deleteText: "Range.delete", insertBookmark: "Range.insertBookmark", setContent: "Comment.content",
};

export type ReadPoint = "read" | "getTrackedChanges";

/** Every other failure point stands for a write. */
export type WritePoint = Exclude<FailurePoint, ReadPoint>;

export interface SimStats {
  syncs: number;
  operations: number;
  /** Writes executed, by every batch of the simulator: lookups derived from the document are valid while it stands still. */
  writes: number;
  /**
   * The largest request one sync sent, in bytes as estimated here: Office.js sends each queued operation as an
   * action of some 60 bytes (ids, method, object path) plus its string arguments. Word on the web has been seen to
   * hang or fail on large syncs (office-js #719, #702); the reader keeps its requests bounded.
   */
  largestRequestBytes: number;
}

/** What one queued operation adds to a request besides its string arguments. */
export const ACTION_BYTES = 60;

export class SimContext {
  private queue: Array<() => void> = [];
  private requestBytes = 0;
  /**
   * Set when the batch's Word.run has ended: like Word's, its proxies are void then, and using them throws
   * InvalidObjectPath (office-js #68, #557: objects kept from one Word.run do not work in a later one).
   */
  closed = false;
  /** `revision`: writes to the document by any pane (co-authors share it), against which lookups are kept. */
  constructor(readonly stats: SimStats, readonly failures: Failures, readonly revision: { writes: number }) {}

  /** Queues an operation; `argument`: the string it sends (text, XML, search text), counted into the request's size. */
  enqueue(op: () => void, argument = ""): void {
    this.assertOpen();
    this.queue.push(op);
    this.stats.operations += 1;
    this.requestBytes += ACTION_BYTES + argument.length;
  }

  assertOpen(): void {
    if (this.closed) throw new SimError("InvalidObjectPath", "Das Objekt gehört zu einem beendeten Word.run und kann nicht mehr verwendet werden.");
  }

  /** Word refuses an object of another request context as an argument (InvalidRequestContext). */
  assertSame(other: SimContext): void {
    if (other !== this) throw new SimError("InvalidRequestContext", "Das Objekt stammt aus einem anderen Anforderungskontext.");
  }

  /** Throws the configured error for a read, before it reads anything. */
  check(point: ReadPoint): void {
    this.fail(point);
  }

  /**
   * Queues a write: the configured error for `point` is thrown before it changes anything; afterwards, even when
   * it failed halfway, `stats.writes` moves on, so no lookup built before it is used again (see lookup.ts).
   */
  enqueueWrite(point: WritePoint, write: () => void, argument = ""): void {
    this.enqueue(() => {
      try {
        this.fail(point);
        write();
      } catch (e) {
        if (e instanceof SimError) e.debugInfo.errorLocation = ERROR_LOCATION[point];
        throw e;
      } finally {
        this.stats.writes += 1;
        this.revision.writes += 1;
      }
    }, argument);
  }

  private fail(point: FailurePoint): void {
    const code = this.failures[point];
    if (code) throw new SimError(code, `Simulierter Fehler bei ${point}`);
  }

  async sync(): Promise<void> {
    this.assertOpen();
    this.stats.syncs += 1;
    this.stats.largestRequestBytes = Math.max(this.stats.largestRequestBytes, this.requestBytes);
    this.requestBytes = 0;
    const ops = this.queue;
    this.queue = [];
    // Word runs a batch up to the first failing operation; what ran before it stays done.
    for (const op of ops) op();
  }
}

/** Normalises every form `load()` accepts into slash paths ("a", "b/c"); `items/` is stripped by collections. */
export function loadPaths(option: unknown): string[] {
  if (option === undefined || option === null) return [];
  if (typeof option === "string") return option.split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (Array.isArray(option)) return option.flatMap((o) => loadPaths(o));
  if (typeof option === "object") {
    const o = option as Record<string, unknown>;
    if (typeof o.select === "string" || typeof o.expand === "string") {
      return [...loadPaths(o.select), ...loadPaths(o.expand)];
    }
    return Object.entries(o).flatMap(([key, value]) => {
      if (value === true) return [key];
      if (value && typeof value === "object") {
        const inner = loadPaths(value);
        return inner.length === 0 ? [key] : inner.map((p) => `${key}/${p}`);
      }
      return [];
    });
  }
  return [];
}

/** Anything a load path can descend into. */
export interface Loadable {
  loadNow(paths: string[]): void;
}

/**
 * A proxy over a model object. The target is resolved when the first queued operation runs (as Word binds
 * object paths on the server), and kept from then on (`hold`), unless it is resolved again on every use
 * (`resolvesEachTime`: the body, a paragraph's range).
 */
export abstract class SimObject<T> implements Loadable {
  private values = new Map<string, unknown>();
  private bound: { target: T | null } | null = null;
  private nullLoaded = false;
  private children = new Map<string, unknown>();

  constructor(readonly context: SimContext, private readonly resolve: () => T | null, private readonly allowNull = false) {}

  /** Scalar properties by name, read from the target. */
  protected abstract scalars(): Record<string, (t: T) => unknown>;
  /** Navigation properties (child proxies) by name. */
  protected navigation(): Record<string, () => Loadable> {
    return {};
  }

  /** Whether the target is resolved afresh on every use instead of bound once. */
  protected resolvesEachTime(): boolean {
    return false;
  }

  /** What the proxy keeps of its target when it binds it; ranges keep a copy that follows edits (SimRange). */
  protected hold(target: T): T {
    return target;
  }

  /** The bound target; throws ItemNotFound for a missing object that is not a null object. */
  target(): T | null {
    if (this.resolvesEachTime()) this.bound = { target: this.resolve() };
    else if (!this.bound) {
      const t = this.resolve();
      this.bound = { target: t === null ? null : this.hold(t) };
    }
    if (this.bound.target === null && !this.allowNull) {
      throw new SimError("ItemNotFound", "Das angeforderte Element wurde nicht gefunden.");
    }
    return this.bound.target;
  }

  required(): T {
    const t = this.target();
    if (t === null) throw new SimError("GeneralException", "Aufruf auf einem Nullobjekt.");
    return t;
  }

  load(option?: unknown): this {
    const paths = loadPaths(option);
    this.context.enqueue(() => this.loadNow(paths), paths.join(","));
    return this;
  }

  loadNow(paths: string[]): void {
    this.context.check("read");
    const t = this.target();
    this.nullLoaded = true;
    if (t === null) return;
    const scalars = this.scalars();
    const navs = this.navigation();
    const wanted = paths.length === 0 ? Object.keys(scalars) : paths;
    // Paths into the same navigation property load that child once, with all their tails.
    const childPaths = new Map<string, string[]>();
    for (const path of wanted) {
      const [head, ...rest] = path.split("/");
      if (head in scalars) this.values.set(head, scalars[head](t));
      else if (head in navs) childPaths.set(head, [...(childPaths.get(head) ?? []), ...(rest.length ? [rest.join("/")] : [])]);
      else throw new SimError("InvalidArgument", `Unbekannte Eigenschaft "${head}".`);
    }
    for (const [head, tails] of childPaths) navs[head]().loadNow(tails);
  }

  /** The same child proxy on every access, as Office.js returns one object per navigation property. */
  protected child<C>(name: string, make: () => C): C {
    if (!this.children.has(name)) this.children.set(name, make());
    return this.children.get(name) as C;
  }

  /** Reads a loaded value; like Word, throws PropertyNotLoaded before load + sync. */
  protected get<V>(name: string): V {
    if (!this.values.has(name)) {
      throw new SimError("PropertyNotLoaded", `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.values.get(name) as V;
  }

  get isNullObject(): boolean {
    if (!this.nullLoaded) throw new SimError("PropertyNotLoaded", "The property 'isNullObject' is not available.");
    return this.bound?.target === null;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.values);
  }
}

/** Builds an item proxy over a lazily resolved target; null objects allowed or not. */
export type ProxyFactory<T, P> = (resolve: () => T | null, allowNull: boolean) => P;

/**
 * A proxy over a list of targets; `items` exists after load + sync. The list is bound when first used, unless it is
 * `live` (a body's paragraphs): then every load takes the list as it stands, as Word evaluates it again.
 */
export class SimCollection<T, P extends Loadable> implements Loadable {
  private loadedItems: P[] | null = null;
  private bound: T[] | null = null;

  constructor(readonly context: SimContext, private readonly resolve: () => T[], private readonly proxy: ProxyFactory<T, P>, private readonly live = false) {}

  targets(): T[] {
    if (!this.bound) this.bound = this.resolve();
    return this.bound;
  }

  load(option?: unknown): this {
    const paths = loadPaths(option)
      .map((p) => (p === "items" ? "" : p.startsWith("items/") ? p.slice(6) : p))
      .filter((p) => p !== "");
    this.context.enqueue(() => this.loadNow(paths), paths.join(","));
    return this;
  }

  loadNow(paths: string[]): void {
    paths = paths.map((p) => (p.startsWith("items/") ? p.slice(6) : p)).filter((p) => p !== "items");
    this.context.check("read");
    if (this.live) this.bound = null;
    this.loadedItems = this.targets().map((t) => {
      const item = this.proxy(() => t, false);
      item.loadNow(paths);
      return item;
    });
  }

  get items(): P[] {
    if (!this.loadedItems) throw new SimError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.loadedItems;
  }

  getFirst(): P {
    return this.proxy(() => this.targets()[0] ?? null, false);
  }

  getLast(): P {
    return this.proxy(() => this.targets()[this.targets().length - 1] ?? null, false);
  }

  getFirstOrNullObject(): P {
    return this.proxy(() => this.targets()[0] ?? null, true);
  }
}
