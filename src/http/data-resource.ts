/**
 * The RESTCONF data resource, /rests/data (RFC 8040 §3.3.1, §3.5, §4): the datastore and every data
 * node below it, read and edited through the DataBroker. Framework-free: each method takes what it
 * needs from the request and returns an `HttpResponse`; restconf-server.ts wires them to fastify.
 *
 * Semantics, with their sections:
 * - GET/HEAD (§4.3): `content` (§4.8.1) picks the configuration datastore (`config`), the operational
 *   one (`nonconfig`, as OpenDaylight does: its data is state whatever the nodes' config statement), or
 *   both merged (`all`, the default; data-view.ts); then `fields` (§4.8.3, fields.ts) and `depth`
 *   (§4.8.2). A missing resource is 404 with `invalid-value` (§4.3); the datastore resource itself
 *   always exists. The response carries a strong ETag (a hash of the representation) and honours
 *   If-None-Match with 304.
 * - PUT (§4.5): create or replace; 201 when it created, 204 when it replaced.
 * - POST (§4.4.1): create the one child the body names; 201 with Location; 409 `data-exists` if present.
 * - PATCH (§4.6.1, plain): merge into an existing resource; 404 `data-missing` if absent (the
 *   resource is never created by a plain patch). A YANG Patch body (RFC 8072) goes to yang-patch.ts.
 * - DELETE (§4.7): 204; 404 `data-missing` if absent.
 * Edits go to the configuration datastore, in one transaction each; the existence check and the edit
 * share the transaction, so a concurrent commit that invalidates the check fails the commit with
 * OptimisticLockFailedError (409 `in-use`) rather than silently racing.
 *
 * Paths under a system module (system-data.ts) read the server's own state and refuse edits (405).
 */
import { hash } from 'node:crypto';
import type { DataParent, JsonValue, SchemaContext } from '../yang/schema.js';
import type { DataBroker, LogicalDatastoreType } from '../api/data-broker.js';
import type { DOMStore } from '../api/dom-store.js';
import { pathCodec, type ResolvedPath } from '../tree/path.js';
import {
  type DataTarget,
  limitDepth,
  mergeViews,
  postedChild,
  targetOf,
  unwrapBody,
  wrapContent,
} from './data-view.js';
import {
  contentParam,
  depthParam,
  queryParams,
  resourcePath,
  type ContentParam,
} from './request-params.js';
import { parseFields, selectFields } from './fields.js';
import { instanceIdentifier, RestconfError } from './restconf-error.js';
import { absoluteUris, isSystemModule, systemDataSchema } from './system-data.js';
import {
  type DefaultsReader,
  tagDefaults,
  withDefaultsParam,
  withDefaultsView,
} from './with-defaults.js';

/** A response, framework-free. */
export interface HttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON value to send, serialised by the server; undefined for none. */
  readonly body?: JsonValue | undefined;
  /**
   * `JSON.stringify(body)`, when the resource already had it (GET hashes it for the ETag): the server
   * sends it as is rather than serialising the body a second time.
   */
  readonly text?: string | undefined;
}

/** The URL prefix of the data resource. */
export const DATA_PREFIX = '/rests/data';

/** The datastores a `content` view reads. */
const STORES_OF: Readonly<Record<ContentParam, readonly LogicalDatastoreType[]>> = {
  config: ['config'],
  nonconfig: ['operational'],
  all: ['config', 'operational'],
};

const DATA_METHODS = 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT';
const SYSTEM_METHODS = 'GET, HEAD, OPTIONS';

export interface DataResourceOptions {
  readonly broker: DataBroker;
  readonly schema: SchemaContext;
  /** The store of the server's own state (yang-library, restconf-state), from system-data.ts. */
  readonly system: DOMStore;
}

interface Resolved {
  readonly path: ResolvedPath;
  readonly target: DataTarget;
  /** True for the server's own state (system-data.ts). */
  readonly system: boolean;
}

/** The module of the first segment of an RFC 8040 path (`/m:a=k/...` -> `m`); '' for none. */
export function firstModule(path: string): string {
  // Only the first segment's name counts: a ':' after its '/' or '=' belongs to something else.
  const colon = path.indexOf(':', 1);
  if (colon < 0) {
    return '';
  }
  const slash = path.indexOf('/', 1);
  const equals = path.indexOf('=', 1);
  if ((slash >= 0 && slash < colon) || (equals >= 0 && equals < colon)) {
    return '';
  }
  return path.slice(1, colon);
}

/**
 * A strong entity tag for a representation (RFC 9110 §8.8.3). NB: the one-shot `hash` (the same
 * digest as createHash) costs a fraction of a Hash object for the small bodies most GETs return.
 */
function entityTag(representation: string): string {
  return `"${hash('sha256', representation, 'base64url').slice(0, 27)}"`;
}

function matchesAny(header: string | undefined, etag: string): boolean {
  if (header === undefined) {
    return false;
  }
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || t === etag);
}

function notAllowed(method: string, allow: string, why: string): RestconfError {
  return new RestconfError('operation-not-supported', `${method} is not allowed here: ${why}`, {
    headers: { Allow: allow },
  });
}

export class DataResource {
  private readonly broker: DataBroker;
  private readonly schema: SchemaContext;
  private readonly system: DOMStore;
  /** The datastore resource's children: the loaded schema's top-level nodes and the system modules'. */
  private readonly root: DataParent;

  constructor(options: DataResourceOptions) {
    this.broker = options.broker;
    this.schema = options.schema;
    this.system = options.system;
    const systemRoot = systemDataSchema().root;
    this.root = {
      children: new Map([...systemRoot.children, ...options.schema.root.children]),
      choices: options.schema.root.choices,
    };
  }

  /**
   * GET (and HEAD) of `rawUrl`; `ifNoneMatch` is the request's If-None-Match header; `baseUrl` the
   * base URL the request reached (base-url.ts), against which the server's own state's URIs are made
   * absolute.
   */
  async get(
    rawUrl: string,
    ifNoneMatch: string | undefined,
    baseUrl?: string,
  ): Promise<HttpResponse> {
    const params = queryParams(rawUrl, ['content', 'depth', 'fields', 'with-defaults']);
    const content = contentParam(params);
    const depth = depthParam(params);
    const withDefaults = withDefaultsParam(params);
    const fieldsText = params.get('fields');
    const fields = fieldsText === undefined ? undefined : parseFields(fieldsText);
    const { path, target, system } = this.resolve(rawUrl);
    let data = system
      ? await this.readSystem(path, content, baseUrl)
      : await this.readData(path, content);
    if (target.kind === 'root') {
      data = mergeViews(target, data ?? {}, await this.readSystem(path, content, baseUrl));
    }
    if (withDefaults !== undefined) {
      const scope = content === 'config' ? 'config' : 'all';
      const reader = this.defaultsReader(content, system);
      data = await withDefaultsView(
        withDefaults,
        target,
        path.text,
        data,
        this.root,
        scope,
        reader,
      );
    }
    if (data === undefined) {
      const view = `content=${content}${withDefaults === undefined ? '' : `, with-defaults=${withDefaults}`}`;
      throw new RestconfError('invalid-value', `no data at ${path.text} (${view})`, {
        status: 404,
        errorPath: instanceIdentifier(path),
      });
    }
    const selected = fields === undefined ? data : selectFields(target, data, fields);
    const wrapped = wrapContent(target, limitDepth(target, selected, depth));
    const body = withDefaults === 'report-all-tagged' ? tagDefaults(target, wrapped) : wrapped;
    const text = JSON.stringify(body);
    const etag = entityTag(text);
    if (matchesAny(ifNoneMatch, etag)) {
      return { status: 304, headers: { ETag: etag } };
    }
    return { status: 200, headers: { ETag: etag, 'Cache-Control': 'no-cache' }, body, text };
  }

  /** PUT: create or replace the target with the body's content. */
  async put(rawUrl: string, body: unknown): Promise<HttpResponse> {
    queryParams(rawUrl, []);
    const { path, target } = this.resolveForEdit(rawUrl, 'PUT');
    const content = unwrapBody(target, body);
    const tx = this.broker.newReadWriteTransaction();
    try {
      const existed = target.kind === 'root' || (await tx.exists('config', path));
      tx.write('config', path, content);
      await tx.commit();
      return { status: existed ? 204 : 201, headers: {} };
    } finally {
      tx.cancel();
    }
  }

  /** POST: create the child resource the body names; 201 with its Location, 409 if it exists. */
  async post(rawUrl: string, body: unknown): Promise<HttpResponse> {
    queryParams(rawUrl, []);
    const { path, target } = this.resolveForEdit(rawUrl, 'POST');
    const child = postedChild(target, body);
    const childText = `${path.text === '/' ? '' : path.text}/${child.segment}`;
    const childPath = pathCodec(this.schema).parse(childText);
    const tx = this.broker.newReadWriteTransaction();
    try {
      if (await tx.exists('config', childPath)) {
        throw new RestconfError(
          'data-exists',
          `${childPath.text} already exists; PUT replaces it`,
          {
            errorType: 'application',
            errorPath: instanceIdentifier(childPath),
          },
        );
      }
      tx.write('config', childPath, child.content);
      await tx.commit();
      return { status: 201, headers: { Location: `${DATA_PREFIX}${childPath.text}` } };
    } finally {
      tx.cancel();
    }
  }

  /** Plain PATCH: merge the body into the existing target. */
  async patch(rawUrl: string, body: unknown): Promise<HttpResponse> {
    queryParams(rawUrl, []);
    const { path, target } = this.resolveForEdit(rawUrl, 'PATCH');
    const content = unwrapBody(target, body);
    const tx = this.broker.newReadWriteTransaction();
    try {
      if (target.kind !== 'root' && !(await tx.exists('config', path))) {
        throw this.missing(
          path,
          'a plain PATCH merges into an existing resource; PUT or POST creates one',
        );
      }
      tx.merge('config', path, content);
      await tx.commit();
      return { status: 204, headers: {} };
    } finally {
      tx.cancel();
    }
  }

  /** DELETE: remove the existing target. */
  async delete(rawUrl: string): Promise<HttpResponse> {
    queryParams(rawUrl, []);
    const { path, target } = this.resolveForEdit(rawUrl, 'DELETE');
    if (target.kind === 'root') {
      throw notAllowed(
        'DELETE',
        'GET, HEAD, OPTIONS, PATCH, POST, PUT',
        'the datastore resource cannot be deleted; PUT an empty {} to clear it',
      );
    }
    const tx = this.broker.newReadWriteTransaction();
    try {
      if (!(await tx.exists('config', path))) {
        throw this.missing(path, 'nothing to delete');
      }
      tx.delete('config', path);
      await tx.commit();
      return { status: 204, headers: {} };
    } finally {
      tx.cancel();
    }
  }

  /** OPTIONS (RFC 8040 §4.1): the methods the resource allows, and the patch formats it accepts. */
  options(rawUrl: string): HttpResponse {
    const { system } = this.resolve(rawUrl);
    return {
      status: 200,
      headers: system
        ? { Allow: SYSTEM_METHODS }
        : {
            Allow: DATA_METHODS,
            'Accept-Patch': 'application/yang-data+json, application/yang-patch+json',
          },
    };
  }

  /** The path and target of `rawUrl`, refusing edits of the server's own state. */
  resolveForEdit(rawUrl: string, method: string): Resolved {
    const resolved = this.resolve(rawUrl);
    if (resolved.system) {
      throw notAllowed(
        method,
        SYSTEM_METHODS,
        `${resolved.path.text} is state the server computes`,
      );
    }
    return resolved;
  }

  /** Resolves the resource path of `rawUrl` (InvalidPathError → 400). */
  resolve(rawUrl: string): Resolved {
    const text = resourcePath(rawUrl, DATA_PREFIX);
    const system = text !== '/' && isSystemModule(firstModule(text));
    const path = pathCodec(system ? systemDataSchema() : this.schema).parse(text);
    return { path, target: targetOf(path, this.root), system };
  }

  private missing(path: ResolvedPath, what: string): RestconfError {
    return new RestconfError('data-missing', `no data at ${path.text}: ${what}`, {
      status: 404,
      errorType: 'application',
      errorPath: instanceIdentifier(path),
    });
  }

  private async readData(
    path: ResolvedPath,
    content: ContentParam,
  ): Promise<JsonValue | undefined> {
    const tx = this.broker.newReadOnlyTransaction();
    try {
      switch (content) {
        case 'config':
          return await tx.read('config', path);
        case 'nonconfig':
          return await tx.read('operational', path);
        case 'all': {
          const [config, operational] = await Promise.all([
            tx.read('config', path),
            tx.read('operational', path),
          ]);
          return mergeViews(targetOf(path, this.schema.root), config, operational);
        }
      }
    } finally {
      tx.close();
    }
  }

  /** How with-defaults looks at ancestors of an absent target, in the same `content` view. */
  private defaultsReader(content: ContentParam, system: boolean): DefaultsReader {
    const codec = pathCodec(system ? systemDataSchema() : this.schema);
    const read = (text: string): Promise<JsonValue | undefined> =>
      system
        ? this.readSystem(codec.parse(text), content)
        : this.readData(codec.parse(text), content);
    return {
      target: (text) => targetOf(codec.parse(text), this.root),
      read,
      exists: async (text) => {
        if (system) {
          return (await read(text)) !== undefined;
        }
        const path = codec.parse(text);
        const tx = this.broker.newReadOnlyTransaction();
        try {
          for (const store of STORES_OF[content]) {
            if (await tx.exists(store, path)) {
              return true;
            }
          }
          return false;
        } finally {
          tx.close();
        }
      },
    };
  }

  private async readSystem(
    path: ResolvedPath,
    content: ContentParam,
    baseUrl?: string,
  ): Promise<JsonValue | undefined> {
    if (content === 'config') {
      return undefined;
    }
    const tx = this.system.newReadOnlyTransaction();
    try {
      // The root of the user schema is also the system store's root: read '/' there.
      const json = await tx.read(path.steps.length === 0 ? '/' : path);
      return json === undefined ? undefined : absoluteUris(json, baseUrl, path.target?.name);
    } finally {
      tx.close();
    }
  }
}
