/**
 * Schema download: the YANG text of every module and submodule the server loaded, at the location
 * the YANG library names (RFC 8525 `location`, RFC 7895 `schema`), as OpenDaylight serves it:
 *
 * - `GET /rests/modules/{name}/{revision}`: that revision (a unit without revision is only at the next
 *   form);
 * - `GET /rests/modules/{name}` and `GET /rests/modules/{name}?revision={revision}` (newer
 *   OpenDaylight): the loaded unit of that name (canopy loads one revision per name), or the one named.
 *
 * The body is the text as the member read it, byte for byte, as `application/yang` (RFC 6020 §14).
 * An unknown name or revision is 404 `invalid-value` with an errors body; a client that accepts
 * neither `application/yang` nor any type (`*` wildcards, `text/plain` for browsers and curl) is 406;
 * YIN is not served. Framework-free like the other resources.
 */
import { queryParams, resourcePath } from './request-params.js';
import { RestconfError } from './restconf-error.js';
import { MODULES_PREFIX } from './yang-library.js';
import type { YangSources } from './yang-sources.js';

/** The media type of YANG text (RFC 6020 §14). */
export const YANG_MEDIA_TYPE = 'application/yang';

/** A text response. */
export interface TextResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
}

const ACCEPTED = new Set([YANG_MEDIA_TYPE, 'application/*', '*/*', 'text/plain', 'text/*']);

function acceptsYang(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') {
    return true;
  }
  return accept.split(',').some((part) => {
    const [type, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return type !== undefined && ACCEPTED.has(type) && (q === undefined || Number(q.slice(2)) > 0);
  });
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch (e) {
    throw new RestconfError('invalid-value', `bad percent-encoding in ${JSON.stringify(segment)}`, {
      cause: e,
    });
  }
}

export class SchemaResource {
  private readonly sources: YangSources;

  constructor(sources: YangSources) {
    this.sources = sources;
  }

  /** GET (and HEAD) of `rawUrl` under /rests/modules; `accept` is the request's Accept header. */
  get(rawUrl: string, accept: string | undefined): TextResponse {
    const params = queryParams(rawUrl, ['revision']);
    const segments = resourcePath(rawUrl, MODULES_PREFIX).split('/').slice(1);
    if (segments.length < 1 || segments.length > 2 || segments[0] === '') {
      throw new RestconfError(
        'invalid-value',
        `a schema is at ${MODULES_PREFIX}/{module}[/{revision}]; GET /rests/data/ietf-yang-library:yang-library lists every location`,
        { status: 404 },
      );
    }
    const name = decode(segments[0]!);
    const inPath = segments[1] === undefined ? undefined : decode(segments[1]);
    const inQuery = params.get('revision');
    if (inPath !== undefined && inQuery !== undefined && inPath !== inQuery) {
      throw new RestconfError(
        'invalid-value',
        `the revision is given twice, differently: ${inPath} in the path and ${inQuery} in ?revision=`,
      );
    }
    const revision = inPath ?? (inQuery === '' ? undefined : inQuery);
    const unit = this.sources.find(name, revision);
    if (unit === undefined) {
      const loaded = this.sources.find(name);
      const hint =
        loaded === undefined
          ? 'no module or submodule of that name is loaded'
          : `the loaded revision is ${loaded.revision ?? 'none'}`;
      throw new RestconfError(
        'invalid-value',
        `no schema for ${name}${revision === undefined ? '' : `@${revision}`}: ${hint}`,
        { status: 404 },
      );
    }
    if (!acceptsYang(accept)) {
      throw new RestconfError(
        'invalid-value',
        `cannot answer in any type of Accept: ${accept ?? ''}; a schema is served as ${YANG_MEDIA_TYPE} (YIN is not served)`,
        { status: 406 },
      );
    }
    return {
      status: 200,
      headers: { 'Content-Type': `${YANG_MEDIA_TYPE}; charset=utf-8` },
      text: unit.text,
    };
  }
}
