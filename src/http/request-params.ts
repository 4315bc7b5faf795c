/**
 * The parts of a RESTCONF request that are not the body: the resource path taken from the raw URL (not
 * from the router's decoded parameter, so `%2F` inside a key stays a key character, RFC 8040 §3.5.3),
 * query parameters (§4.8: each at most once, only those the resource supports, 400 otherwise), and the
 * response media type chosen from `Accept` (§5.2: JSON only; 406 for a client that accepts no JSON).
 */
import { RestconfError } from './restconf-error.js';

/** The media type of RESTCONF JSON (RFC 8040 §11.3.2). */
export const YANG_DATA_JSON = 'application/yang-data+json';
/** The media type of a YANG Patch in JSON (RFC 8072 §4.2.1). */
export const YANG_PATCH_JSON = 'application/yang-patch+json';

/**
 * The RFC 8040 path below `prefix` in a raw request URL (`/rests/data/a:b/c=x%2Fy?depth=1` with prefix
 * `/rests/data` is `/a:b/c=x%2Fy`), still percent-encoded; `/` for the prefix itself.
 */
export function resourcePath(rawUrl: string, prefix: string): string {
  const q = rawUrl.indexOf('?');
  const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const rest = path.slice(prefix.length);
  if (rest === '' || rest === '/') {
    return '/';
  }
  return rest;
}

/** The raw query string of a URL, without the `?`. */
export function rawQuery(rawUrl: string): string {
  const q = rawUrl.indexOf('?');
  return q < 0 ? '' : rawUrl.slice(q + 1);
}

/**
 * Query parameters by name, checked: every name must be in `allowed` and appear once (RFC 8040 §4.8).
 * Throws RestconfError 400 invalid-value naming the parameter and what the resource takes.
 */
export function queryParams(rawUrl: string, allowed: readonly string[]): Map<string, string> {
  const params = new Map<string, string>();
  // Most requests have no query: skip URLSearchParams and its iterator.
  if (!rawUrl.includes('?')) {
    return params;
  }
  for (const [name, value] of new URLSearchParams(rawQuery(rawUrl))) {
    if (!allowed.includes(name)) {
      throw new RestconfError(
        'invalid-value',
        `query parameter ${JSON.stringify(name)} is not supported here; this resource takes ${allowed.length === 0 ? 'none' : allowed.join(', ')}`,
      );
    }
    if (params.has(name)) {
      throw new RestconfError(
        'invalid-value',
        `query parameter ${JSON.stringify(name)} is given more than once (RFC 8040 §4.8)`,
      );
    }
    params.set(name, value);
  }
  return params;
}

/**
 * canopy's `consistency` (not an RFC 8040 parameter; §4.8 reserves none of this name): `linearizable`
 * (what a GET without it does: every commit acknowledged before the request is seen, read at each
 * shard's leader) or `local` (this member's replicas as they are: no round trip to a leader, may lag
 * it). Undefined when absent.
 */
export function consistencyParam(
  params: ReadonlyMap<string, string>,
): 'linearizable' | 'local' | undefined {
  const value = params.get('consistency');
  if (value === undefined || value === 'linearizable' || value === 'local') return value;
  throw new RestconfError(
    'invalid-value',
    `consistency=${value} is not one of linearizable, local (docs/API.md, read consistency)`,
  );
}

/** RFC 8040 §4.8.1. */
export type ContentParam = 'config' | 'nonconfig' | 'all';

export function contentParam(params: ReadonlyMap<string, string>): ContentParam {
  const value = params.get('content') ?? 'all';
  if (value !== 'config' && value !== 'nonconfig' && value !== 'all') {
    throw new RestconfError(
      'invalid-value',
      `content=${value} is not one of config, nonconfig, all (RFC 8040 §4.8.1)`,
    );
  }
  return value;
}

/** RFC 8040 §4.8.2: 1..65535 or `unbounded` (undefined). */
export function depthParam(params: ReadonlyMap<string, string>): number | undefined {
  const value = params.get('depth');
  if (value === undefined || value === 'unbounded') {
    return undefined;
  }
  const depth = /^[0-9]{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(depth >= 1 && depth <= 65535)) {
    throw new RestconfError(
      'invalid-value',
      `depth=${value} is not an integer from 1 to 65535 or "unbounded" (RFC 8040 §4.8.2)`,
    );
  }
  return depth;
}

interface MediaRange {
  readonly type: string;
  readonly q: number;
}

function parseAccept(header: string): MediaRange[] {
  return header.split(',').flatMap((part) => {
    const [type, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (type === undefined || type === '') {
      return [];
    }
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    return [{ type, q: Number.isFinite(q) ? q : 0 }];
  });
}

/** Accept header values already answered (clients send a handful of values), with their limits. */
const mediaTypes = new Map<string, string>();
const MEDIA_TYPES_MAX = 64;
const MEDIA_TYPE_KEY_CHARS_MAX = 256;

/**
 * The media type of a JSON response for `accept` (RFC 8040 §5.2): `application/yang-data+json`
 * unless the client asks only for `application/json`. Throws RestconfError 406 when the client accepts
 * neither (canopy does not serve XML).
 *
 * Answers are remembered per header value (values up to MEDIA_TYPE_KEY_CHARS_MAX long, up to
 * MEDIA_TYPES_MAX of them, then the memo starts over): parsing an Accept header cost more than reading
 * a leaf. Refusals are not remembered, so each gets its own error.
 */
export function responseMediaType(accept: string | undefined): string {
  if (accept === undefined) {
    return YANG_DATA_JSON;
  }
  const known = mediaTypes.get(accept);
  if (known !== undefined) {
    return known;
  }
  const type = negotiate(accept);
  if (accept.length <= MEDIA_TYPE_KEY_CHARS_MAX) {
    if (mediaTypes.size >= MEDIA_TYPES_MAX) {
      mediaTypes.clear();
    }
    mediaTypes.set(accept, type);
  }
  return type;
}

function negotiate(accept: string): string {
  if (accept.trim() === '') {
    return YANG_DATA_JSON;
  }
  const ranges = parseAccept(accept).filter((r) => r.q > 0);
  const rank = (type: string): number =>
    Math.max(
      -1,
      ...ranges
        .filter((r) => r.type === type || r.type === '*/*' || r.type === 'application/*')
        .map((r) => (r.type === type ? r.q + 0.001 : r.q)),
    );
  const yang = rank(YANG_DATA_JSON);
  const json = rank('application/json');
  if (yang < 0 && json < 0) {
    throw new RestconfError(
      'invalid-value',
      `cannot answer in any type of Accept: ${accept}; canopy serves ${YANG_DATA_JSON} and application/json (no XML)`,
      { status: 406 },
    );
  }
  return json > yang ? 'application/json' : YANG_DATA_JSON;
}
