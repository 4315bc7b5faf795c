/**
 * HTTP conditional requests (RFC 9110 §13) as RESTCONF uses them for edit collision prevention (RFC 8040
 * §3.4.1): parsing `If-Match`, `If-None-Match`, `If-Modified-Since` and `If-Unmodified-Since`,
 * evaluating them in RFC 9110 §13.2.2's order against the current state of a resource, and the
 * HTTP-dates. Pure: the current time is a parameter.
 *
 * Entity-tags (§8.8.3): `If-Match` uses the strong comparison (a weak tag never matches), `If-None-Match`
 * the weak one; `*` matches any current representation. A resource may have more than one current
 * representation that counts (a data resource's configuration and its configuration merged with
 * state): a tag of any of them matches, which `CurrentState.hasTag` decides.
 *
 * Last-Modified times come from last-modified.ts; here a representation is "unmodified since" a date
 * when `CurrentState.unmodifiedSince` says so.
 *
 * Malformed If-Match / If-None-Match (an unquoted tag) and a malformed If-Unmodified-Since are 400
 * rather than ignored: a client that asked for a condition is never served unconditionally. A
 * malformed If-Modified-Since is ignored as RFC 9110 §13.1.3 says (a GET then answers in full).
 */
import { RestconfError } from './restconf-error.js';

/** An entity-tag as sent: `"xyz"` with its quotes, and whether it was marked weak (`W/"xyz"`). */
export interface EntityTag {
  readonly weak: boolean;
  readonly opaque: string;
}

/** `*` or a list of entity-tags. */
export type EntityTagList = '*' | readonly EntityTag[];

/** The conditional headers of one request, parsed. */
export interface Preconditions {
  readonly ifMatch: EntityTagList | undefined;
  readonly ifNoneMatch: EntityTagList | undefined;
  /** Milliseconds since the epoch; only read requests use it. */
  readonly ifModifiedSince: number | undefined;
  readonly ifUnmodifiedSince: number | undefined;
}

/** The conditional headers as they arrive (undefined when absent). */
export interface ConditionalHeaders {
  readonly ifMatch?: string | undefined;
  readonly ifNoneMatch?: string | undefined;
  readonly ifModifiedSince?: string | undefined;
  readonly ifUnmodifiedSince?: string | undefined;
}

function badHeader(name: string, value: string, expected: string): RestconfError {
  return new RestconfError(
    'invalid-value',
    `${name}: ${JSON.stringify(value)} is not ${expected} (RFC 9110 §13.1)`,
  );
}

/**
 * Parses `*` or a comma-separated list of entity-tags (RFC 9110 §8.8.3: `"opaque"` or `W/"opaque"`;
 * the opaque part may hold commas). Throws RestconfError 400 naming the header.
 */
export function parseEntityTags(name: string, value: string): EntityTagList {
  const text = value.trim();
  if (text === '*') {
    return '*';
  }
  const tags: EntityTag[] = [];
  let i = 0;
  const expected = '"*" or a list of quoted entity-tags like "abc", W/"abc"';
  while (i < text.length) {
    const c = text[i]!;
    if (c === ',' || c === ' ' || c === '\t') {
      i++;
      continue;
    }
    const weak = text.startsWith('W/', i);
    const open = weak ? i + 2 : i;
    const close = text[open] === '"' ? text.indexOf('"', open + 1) : -1;
    if (close < 0) {
      throw badHeader(name, value, expected);
    }
    tags.push({ weak, opaque: text.slice(open, close + 1) });
    i = close + 1;
    if (i < text.length && text[i] !== ',' && text[i] !== ' ' && text[i] !== '\t') {
      throw badHeader(name, value, expected);
    }
  }
  if (tags.length === 0) {
    throw badHeader(name, value, expected);
  }
  return tags;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const IMF_FIXDATE = /^[A-Z][a-z]{2}, (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const RFC850_DATE = /^[A-Z][a-z]+, (\d{2})-([A-Z][a-z]{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const ASCTIME_DATE = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/;

/**
 * An HTTP-date (RFC 9110 §5.6.7: IMF-fixdate, and the obsolete RFC 850 and asctime forms recipients
 * must accept) as milliseconds since the epoch; undefined when it is none of them. `nowMs` places an
 * RFC 850 two-digit year: one more than 50 years ahead is in the past century.
 */
export function parseHttpDate(value: string, nowMs: number): number | undefined {
  const text = value.trim();
  let parts: { y: string; mon: string; d: string; h: string; m: string; s: string } | undefined;
  let match: RegExpExecArray | null;
  if ((match = IMF_FIXDATE.exec(text)) !== null) {
    const [, d = '', mon = '', y = '', h = '', m = '', s = ''] = match;
    parts = { y, mon, d, h, m, s };
  } else if ((match = RFC850_DATE.exec(text)) !== null) {
    const [, d = '', mon = '', yy = '', h = '', m = '', s = ''] = match;
    const thisYear = new Date(nowMs).getUTCFullYear();
    let y = Math.floor(thisYear / 100) * 100 + Number(yy);
    if (y > thisYear + 50) {
      y -= 100;
    }
    parts = { y: String(y), mon, d, h, m, s };
  } else if ((match = ASCTIME_DATE.exec(text)) !== null) {
    const [, mon = '', d = '', h = '', m = '', s = '', y = ''] = match;
    parts = { y, mon, d, h, m, s };
  }
  if (parts === undefined) {
    return undefined;
  }
  const month = MONTHS.indexOf(parts.mon);
  const [y, d, h, m, s] = [parts.y, parts.d, parts.h, parts.m, parts.s].map((p) =>
    Number(p.trim()),
  );
  if (month < 0 || d! < 1 || d! > 31 || h! > 23 || m! > 59 || s! > 60) {
    return undefined;
  }
  const ms = Date.UTC(y!, month, d, h, m, Math.min(s!, 59));
  // Date.UTC rolls 31 Feb over into March: refuse a day the month does not have.
  return new Date(ms).getUTCDate() === d ? ms : undefined;
}

/** An HTTP-date (IMF-fixdate) for milliseconds since the epoch, to the second below. */
export function formatHttpDate(ms: number): string {
  return new Date(ms).toUTCString();
}

/**
 * The preconditions of a request; undefined when it has none (the common case, which costs nothing
 * more). `now` gives the current time in milliseconds (for RFC 850 dates), when a date is given. Throws RestconfError 400 for a malformed If-Match, If-None-Match or If-Unmodified-Since.
 */
export function parsePreconditions(
  headers: ConditionalHeaders,
  now: () => number,
): Preconditions | undefined {
  const { ifMatch, ifNoneMatch, ifModifiedSince, ifUnmodifiedSince } = headers;
  if (
    ifMatch === undefined &&
    ifNoneMatch === undefined &&
    ifModifiedSince === undefined &&
    ifUnmodifiedSince === undefined
  ) {
    return undefined;
  }
  let unmodifiedSince: number | undefined;
  if (ifUnmodifiedSince !== undefined) {
    unmodifiedSince = parseHttpDate(ifUnmodifiedSince, now());
    if (unmodifiedSince === undefined) {
      throw badHeader(
        'If-Unmodified-Since',
        ifUnmodifiedSince,
        'an HTTP-date like "Sun, 06 Nov 1994 08:49:37 GMT"',
      );
    }
  }
  return {
    ifMatch: ifMatch === undefined ? undefined : parseEntityTags('If-Match', ifMatch),
    ifNoneMatch:
      ifNoneMatch === undefined ? undefined : parseEntityTags('If-None-Match', ifNoneMatch),
    ifModifiedSince:
      ifModifiedSince === undefined ? undefined : parseHttpDate(ifModifiedSince, now()),
    ifUnmodifiedSince: unmodifiedSince,
  };
}

/** What the preconditions are evaluated against: the resource as the request's transaction sees it. */
export interface CurrentState {
  /** Whether the resource has a current representation. */
  readonly exists: boolean;
  /**
   * Whether `opaque` (with its quotes) is the entity-tag of a current representation that counts.
   * Only called when `exists`.
   */
  hasTag(opaque: string): Promise<boolean> | boolean;
  /**
   * Whether a current representation has been unmodified since `ms` (its Last-Modified is at or
   * before it). Only called when `exists`.
   */
  unmodifiedSince(ms: number): Promise<boolean> | boolean;
}

/** The outcome of evaluating preconditions: go on, 304 (reads), or 412 naming the failed header. */
export type PreconditionOutcome =
  | { readonly kind: 'proceed' }
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'failed'; readonly header: string; readonly why: string };

const PROCEED: PreconditionOutcome = { kind: 'proceed' };
const NOT_MODIFIED: PreconditionOutcome = { kind: 'not-modified' };

async function anyTag(
  current: CurrentState,
  tags: readonly EntityTag[],
  strong: boolean,
): Promise<boolean> {
  for (const tag of tags) {
    if (strong && tag.weak) {
      continue;
    }
    if (await current.hasTag(tag.opaque)) {
      return true;
    }
  }
  return false;
}

/**
 * Evaluates `p` against `current` in RFC 9110 §13.2.2's order: If-Match, else If-Unmodified-Since;
 * then If-None-Match, else (reads only) If-Modified-Since. `read` is true for GET and HEAD, where a
 * false If-None-Match or If-Modified-Since is 304; for an edit a false If-None-Match is 412.
 *
 * NB: If-Unmodified-Since on a resource that does not exist is false (412), where RFC 9110 would
 * ignore the header: the resource was deleted since the client read it, and an edit that recreated
 * it would silently undo that delete.
 */
export async function evaluatePreconditions(
  p: Preconditions,
  current: CurrentState,
  read: boolean,
): Promise<PreconditionOutcome> {
  if (p.ifMatch !== undefined) {
    const ok = current.exists && (p.ifMatch === '*' || (await anyTag(current, p.ifMatch, true)));
    if (!ok) {
      return {
        kind: 'failed',
        header: 'If-Match',
        why: current.exists
          ? 'the resource has changed: its entity-tag is no longer one of those given'
          : 'the resource does not exist',
      };
    }
  } else if (p.ifUnmodifiedSince !== undefined) {
    const ok = current.exists && (await current.unmodifiedSince(p.ifUnmodifiedSince));
    if (!ok) {
      return {
        kind: 'failed',
        header: 'If-Unmodified-Since',
        why: current.exists
          ? `the resource may have changed after ${formatHttpDate(p.ifUnmodifiedSince)}`
          : 'the resource does not exist',
      };
    }
  }
  if (p.ifNoneMatch !== undefined) {
    const matched =
      current.exists && (p.ifNoneMatch === '*' || (await anyTag(current, p.ifNoneMatch, false)));
    if (matched) {
      return read
        ? NOT_MODIFIED
        : {
            kind: 'failed',
            header: 'If-None-Match',
            why:
              p.ifNoneMatch === '*'
                ? 'the resource exists'
                : 'the resource still has one of the entity-tags given',
          };
    }
  } else if (read && p.ifModifiedSince !== undefined && current.exists) {
    if (await current.unmodifiedSince(p.ifModifiedSince)) {
      return NOT_MODIFIED;
    }
  }
  return PROCEED;
}
