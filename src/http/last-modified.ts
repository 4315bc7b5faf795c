/**
 * Last-Modified times of data resources (RFC 8040 §3.5.1, RFC 9110 §8.8.2), and whether a resource is
 * unmodified since a date (If-Unmodified-Since, If-Modified-Since). Pure: the clock is a parameter.
 *
 * The datastore keeps no modification times, so the server infers them from what it serves. For each
 * *view* of a resource that gets a Last-Modified (its configuration, `content=config`, and its
 * configuration merged with state, `content=all`; GETs with `depth`, `fields` or other parameters get
 * none) it remembers the entity-tag it last saw and `since`, the time it first saw that tag there,
 * rounded UP to a whole second. A view whose tag differs from the one remembered changed: it is
 * remembered anew, `since` now (rounded up). So `since` is never earlier than the real change, and any
 * change after a client's read has a `since` later than the Last-Modified that client was given:
 *
 * - Last-Modified sent = `since`, or the current second when `since` is still ahead (a header may not
 *   be later than the response). NB: so a client that reads in the same second as the server first
 *   sees a state gets a date a little earlier than `since`, and a conditional edit with it is refused
 *   (412) until it reads again a second later: one-second resolution cannot tell a change in that
 *   second apart, and the clock fails safe.
 * - Unmodified since D (data-resource.ts asks): every remembered view of the resource and of the
 *   resources above it (a client may have read any of them: a change below changes them all) still
 *   has its remembered tag, with `since` <= D. A view never remembered is not asked (a client cannot
 *   have its date); a resource with no view remembered is not known to be unmodified. A view
 *   forgotten to make room raises the `forgotten` watermark: a date at or before the latest `since`
 *   forgotten is not trusted either (the client may hold a date from that view).
 *
 * An A-B-A change the server never saw (B came and went between two reads) keeps A's time: the
 * content is the one the client read, so an edit based on it loses nothing.
 */

/** The views of a resource that get a Last-Modified. */
export type ModifiedView = 'config' | 'all';

/** How many views LastModifiedClock remembers by default. */
export const LAST_MODIFIED_VIEWS_MAX = 10_000;

interface Seen {
  readonly tag: string;
  /** Milliseconds since the epoch, a whole second. */
  readonly since: number;
}

const SECOND_MS = 1000;

/** Remembers the Last-Modified of up to `viewsMax` resource views (see the file comment). */
export class LastModifiedClock {
  private readonly seen = new Map<string, Seen>();
  private readonly now: () => number;
  private readonly viewsMax: number;
  /** The latest `since` of a view forgotten to make room; dates up to it are not trusted. */
  private forgotten = 0;
  private lastHeaderTime = NaN;
  private lastHeader = '';

  constructor(now: () => number, viewsMax = LAST_MODIFIED_VIEWS_MAX) {
    this.now = now;
    this.viewsMax = viewsMax;
  }

  /**
   * Records that view `view` of the resource at `path` (canonical RFC 8040 path text) has entity-tag
   * `tag` now; returns its modification time (ms, a whole second).
   */
  observe(path: string, view: ModifiedView, tag: string): number {
    const key = `${view} ${path}`;
    const known = this.seen.get(key);
    if (known !== undefined && known.tag === tag) {
      return known.since;
    }
    const since = Math.ceil(this.now() / SECOND_MS) * SECOND_MS;
    // Delete then set: the map's order stays the order of `since`, so the oldest goes first.
    if (known !== undefined) {
      this.seen.delete(key);
    } else if (this.seen.size >= this.viewsMax) {
      const [oldestKey, oldest] = this.seen.entries().next().value!;
      this.seen.delete(oldestKey);
      this.forgotten = Math.max(this.forgotten, oldest.since);
    }
    this.seen.set(key, { tag, since });
    return since;
  }

  /** Whether `view` of `path` is remembered (so an unmodified-since check must ask it). */
  knows(path: string, view: ModifiedView): boolean {
    return this.seen.has(`${view} ${path}`);
  }

  /** Whether a date (ms) is too old to trust: a view with a `since` at or after it was forgotten. */
  forgets(date: number): boolean {
    return date <= this.forgotten;
  }

  /** The Last-Modified header for modification time `since` (from `observe`). */
  header(since: number): string {
    const second = Math.floor(this.now() / SECOND_MS) * SECOND_MS;
    const time = Math.min(since, second);
    // Most GETs answer with the same few dates: format each once.
    if (time !== this.lastHeaderTime) {
      this.lastHeaderTime = time;
      this.lastHeader = new Date(time).toUTCString();
    }
    return this.lastHeader;
  }
}
