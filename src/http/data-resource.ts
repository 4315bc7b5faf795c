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
 *   always exists. The response carries a strong ETag, a hash of the representation (so it changes
 *   whenever the resource or anything below it does, §3.5.2), and for `content=config|all` without
 *   other parameters a Last-Modified (last-modified.ts); If-None-Match and If-Modified-Since give 304.
 * - PUT (§4.5): create or replace; 201 when it created, 204 when it replaced.
 * - POST (§4.4.1): create the one child the body names; 201 with Location; 409 `data-exists` if present.
 * - PATCH (§4.6.1, plain): merge into an existing resource; 404 `data-missing` if absent (the
 *   resource is never created by a plain patch). A YANG Patch body (RFC 8072) goes to yang-patch.ts.
 * - DELETE (§4.7): 204; 404 `data-missing` if absent.
 * Edits go to the configuration datastore, in one transaction each; the existence check and the edit
 * share the transaction, so a concurrent commit that invalidates the check fails the commit with
 * OptimisticLockFailedError (409 `in-use`) rather than silently racing.
 *
 * Conditional edits (RFC 8040 §3.4.1, RFC 9110 §13; preconditions.ts): If-Match, If-None-Match and
 * If-Unmodified-Since are evaluated against the target resource as the edit's own transaction reads
 * it, before the edit (a false one is 412 `operation-failed`). The entity-tags that count are those a
 * GET of the resource gives with `content=config` and with the default `content=all`. The check holds
 * until the commit: the edit's transaction verifies the target unchanged in the configuration
 * datastore (`verifyUnchanged`), so the commit fails if anyone created, deleted, replaced or changed
 * anything at or below it since the transaction read it, without the edit writing more than it asks
 * (listeners hear only what it changed; writers outside the target never conflict with it). A commit
 * refused that way is 412, never a silent lost update. A successful conditional PUT or plain PATCH
 * answers with the new ETag and Last-Modified.
 *
 * Paths under a system module (system-data.ts) read the server's own state and refuse edits (405).
 */
import { hash } from 'node:crypto';
import type { DataParent, JsonObject, JsonValue, SchemaContext } from '../yang/schema.js';
import type {
  BrokerReadWriteTransaction,
  DataBroker,
  LogicalDatastoreType,
} from '../api/data-broker.js';
import type { DOMStore, ReadConsistency } from '../api/dom-store.js';
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
  consistencyParam,
  contentParam,
  depthParam,
  queryParams,
  resourcePath,
  type ContentParam,
} from './request-params.js';
import { parseFields, selectFields, type FieldSelection } from './fields.js';
import { LastModifiedClock, type ModifiedView } from './last-modified.js';
import {
  evaluatePreconditions,
  parsePreconditions,
  type ConditionalHeaders,
  type CurrentState,
  type Preconditions,
} from './preconditions.js';
import { instanceIdentifier, RestconfError } from './restconf-error.js';
import { absoluteUris, isSystemModule, systemDataSchema } from './system-data.js';
import { CanopyError } from '../util/errors.js';
import {
  type DefaultsReader,
  tagDefaults,
  withDefaultsParam,
  withDefaultsView,
  type WithDefaultsMode,
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
  /** The clock of Last-Modified, in milliseconds since the epoch; default Date.now. */
  readonly now?: (() => number) | undefined;
}

/** What a data request carries besides its URL and body: its conditional headers and base URL. */
export interface DataRequest extends ConditionalHeaders {
  /**
   * The URL clients reach this server at (`http://127.0.0.1:8181`, no trailing '/'), for the absolute
   * URLs in the server's own state (stream locations).
   */
  readonly baseUrl: string;
}

/** The target of a conditional edit as its transaction reads it. */
export interface EditTarget {
  readonly resolved: Resolved;
  /** The configuration content; undefined when absent (the datastore resource always exists). */
  readonly data: JsonValue | undefined;
  readonly exists: boolean;
  /** The preconditions state of the target, for evaluatePreconditions. */
  readonly current: CurrentState;
}

/** A data resource URL resolved against the schema. */
export interface Resolved {
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

const MODIFIED_VIEWS: readonly ModifiedView[] = ['config', 'all'];

/**
 * The canonical paths of the resources at and above `text` (itself canonical), the datastore first:
 * `/a:b/c=x` gives `/`, `/a:b`, `/a:b/c` (the whole list) and `/a:b/c=x`.
 */
export function resourcesAtOrAbove(text: string): string[] {
  const out = ['/'];
  let prefix = '';
  for (const segment of text.split('/').slice(1)) {
    if (segment === '') {
      continue;
    }
    const equals = segment.indexOf('=');
    if (equals >= 0) {
      out.push(`${prefix}/${segment.slice(0, equals)}`);
    }
    prefix = `${prefix}/${segment}`;
    out.push(prefix);
  }
  return out;
}

/** The 412 of a precondition that does not hold (RFC 8040 §7: `operation-failed`). */
function preconditionFailed(path: ResolvedPath, message: string, cause?: unknown): RestconfError {
  return new RestconfError('operation-failed', message, {
    status: 412,
    errorPath: instanceIdentifier(path),
    cause,
  });
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
  private readonly now: () => number;
  private readonly clock: LastModifiedClock;

  constructor(options: DataResourceOptions) {
    this.broker = options.broker;
    this.schema = options.schema;
    this.system = options.system;
    this.now = options.now ?? Date.now;
    this.clock = new LastModifiedClock(this.now);
    const systemRoot = systemDataSchema().root;
    this.root = {
      children: new Map([...systemRoot.children, ...options.schema.root.children]),
      choices: options.schema.root.choices,
    };
  }

  /** GET (and HEAD) of `rawUrl`. */
  async get(rawUrl: string, request: DataRequest): Promise<HttpResponse> {
    const params = queryParams(rawUrl, [
      'content',
      'depth',
      'fields',
      'with-defaults',
      'consistency',
    ]);
    const content = contentParam(params);
    const consistency = consistencyParam(params);
    const depth = depthParam(params);
    const withDefaults = withDefaultsParam(params);
    const fieldsText = params.get('fields');
    const fields = fieldsText === undefined ? undefined : parseFields(fieldsText);
    const conditions = parsePreconditions(request, this.now);
    const resolved = this.resolve(rawUrl);
    const { path, target, system } = resolved;
    let data = await this.readView(resolved, content, request.baseUrl, consistency);
    if (withDefaults !== undefined) {
      const scope = content === 'config' ? 'config' : 'all';
      const reader = this.defaultsReader(content, system, consistency);
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
    const { body, text, etag } = this.representation(target, data, fields, depth, withDefaults);
    // Last-Modified for the views an edit's If-Unmodified-Since is checked against (last-modified.ts):
    // a linearizable read only (a local one may show an older state than the clock already saw).
    const onlyContent = params.size === (params.has('content') ? 1 : 0);
    const view: ModifiedView | undefined =
      !system && onlyContent && content !== 'nonconfig' ? content : undefined;
    const since = view === undefined ? undefined : this.clock.observe(path.text, view, etag);
    const headers: Record<string, string> = { ETag: etag };
    if (since !== undefined) {
      headers['Last-Modified'] = this.clock.header(since);
    }
    if (conditions !== undefined) {
      const outcome = await evaluatePreconditions(
        conditions,
        {
          exists: true,
          hasTag: (tag) => tag === etag,
          // Without a Last-Modified there is no date to compare: If-Modified-Since is then ignored
          // (the response is 200), If-Unmodified-Since false (412).
          unmodifiedSince: (date) => since !== undefined && since <= date,
        },
        true,
      );
      if (outcome.kind === 'not-modified') {
        return { status: 304, headers };
      }
      if (outcome.kind === 'failed') {
        throw preconditionFailed(path, `${outcome.header}: ${outcome.why}`);
      }
    }
    headers['Cache-Control'] = 'no-cache';
    return { status: 200, headers, body, text };
  }

  /** PUT: create or replace the target with the body's content. */
  async put(rawUrl: string, body: unknown, request: DataRequest): Promise<HttpResponse> {
    queryParams(rawUrl, []);
    const conditions = parsePreconditions(request, this.now);
    const resolved = this.resolveForEdit(rawUrl, 'PUT');
    const { path, target } = resolved;
    const content = unwrapBody(target, body);
    const tx = this.broker.newReadWriteTransaction();
    try {
      let existed: boolean;
      if (conditions === undefined) {
        existed = target.kind === 'root' || (await tx.exists('config', path));
      } else {
        const edit = await this.editTarget(tx, resolved, request);
        await this.checkPreconditions(conditions, edit);
        this.holdPreconditions(tx, edit);
        existed = edit.exists;
      }
      tx.write('config', path, content);
      const validators = conditions === undefined ? undefined : await this.validators(tx, resolved);
      await this.commit(tx, conditions, path);
      return { status: existed ? 204 : 201, headers: validators ?? {} };
    } finally {
      tx.cancel();
    }
  }

  /** POST: create the child resource the body names; 201 with its Location, 409 if it exists. */
  async post(rawUrl: string, body: unknown, request: DataRequest): Promise<HttpResponse> {
    queryParams(rawUrl, []);
    const conditions = parsePreconditions(request, this.now);
    const resolved = this.resolveForEdit(rawUrl, 'POST');
    const { path, target } = resolved;
    const child = postedChild(target, body);
    const childText = `${path.text === '/' ? '' : path.text}/${child.segment}`;
    const childPath = pathCodec(this.schema).parse(childText);
    const tx = this.broker.newReadWriteTransaction();
    try {
      if (conditions !== undefined) {
        // The preconditions are about the target, the parent of the new child.
        const edit = await this.editTarget(tx, resolved, request);
        await this.checkPreconditions(conditions, edit);
        this.holdPreconditions(tx, edit);
      }
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
      await this.commit(tx, conditions, path);
      return { status: 201, headers: { Location: `${DATA_PREFIX}${childPath.text}` } };
    } finally {
      tx.cancel();
    }
  }

  /** Plain PATCH: merge the body into the existing target. */
  async patch(rawUrl: string, body: unknown, request: DataRequest): Promise<HttpResponse> {
    queryParams(rawUrl, []);
    const conditions = parsePreconditions(request, this.now);
    const resolved = this.resolveForEdit(rawUrl, 'PATCH');
    const { path, target } = resolved;
    const content = unwrapBody(target, body);
    const tx = this.broker.newReadWriteTransaction();
    try {
      const absent = 'a plain PATCH merges into an existing resource; PUT or POST creates one';
      if (conditions === undefined) {
        if (target.kind !== 'root' && !(await tx.exists('config', path))) {
          throw this.missing(path, absent);
        }
      } else {
        const edit = await this.editTarget(tx, resolved, request);
        if (!edit.exists) {
          // RFC 9110 §13.2.1: preconditions do not apply to a request that would fail anyway.
          throw this.missing(path, absent);
        }
        await this.checkPreconditions(conditions, edit);
        this.holdPreconditions(tx, edit);
      }
      tx.merge('config', path, content);
      const validators = conditions === undefined ? undefined : await this.validators(tx, resolved);
      await this.commit(tx, conditions, path);
      return { status: 204, headers: validators ?? {} };
    } finally {
      tx.cancel();
    }
  }

  /** DELETE: remove the existing target. */
  async delete(rawUrl: string, request: DataRequest): Promise<HttpResponse> {
    queryParams(rawUrl, []);
    const conditions = parsePreconditions(request, this.now);
    const resolved = this.resolveForEdit(rawUrl, 'DELETE');
    const { path, target } = resolved;
    if (target.kind === 'root') {
      throw notAllowed(
        'DELETE',
        'GET, HEAD, OPTIONS, PATCH, POST, PUT',
        'the datastore resource cannot be deleted; PUT an empty {} to clear it',
      );
    }
    const tx = this.broker.newReadWriteTransaction();
    try {
      if (conditions === undefined) {
        if (!(await tx.exists('config', path))) {
          throw this.missing(path, 'nothing to delete');
        }
      } else {
        const edit = await this.editTarget(tx, resolved, request);
        if (!edit.exists) {
          throw this.missing(path, 'nothing to delete');
        }
        await this.checkPreconditions(conditions, edit);
        // NB: the delete alone would let a concurrent delete pass (two deletes agree), though the
        // resource then no longer has the tag the condition named.
        this.holdPreconditions(tx, edit);
      }
      tx.delete('config', path);
      await this.commit(tx, conditions, path);
      return { status: 204, headers: {} };
    } finally {
      tx.cancel();
    }
  }

  /**
   * The target of a conditional edit as `tx` reads it, with its preconditions state: the entity-tags
   * that count are those of GET with content=config (from `tx`) and with content=all (read on demand,
   * only when the first does not match).
   */
  async editTarget(
    tx: BrokerReadWriteTransaction,
    resolved: Resolved,
    request: DataRequest,
  ): Promise<EditTarget> {
    const { path, target } = resolved;
    const root = target.kind === 'root';
    const read = await tx.read('config', path);
    const data = root ? (read ?? {}) : read;
    const exists = data !== undefined;
    const configTag = exists ? this.representation(target, data).etag : '';
    let allTag: Promise<string | undefined> | undefined;
    const tagOfAll = (): Promise<string | undefined> => {
      allTag ??= this.readView(resolved, 'all', request.baseUrl).then((all) =>
        all === undefined ? undefined : this.representation(target, all).etag,
      );
      return allTag;
    };
    const current: CurrentState = {
      exists,
      hasTag: async (tag) => tag === configTag || tag === (await tagOfAll()),
      unmodifiedSince: (date) =>
        this.unmodifiedSince(date, path.text, (text, view) => {
          if (text === path.text) {
            return view === 'config' ? configTag : tagOfAll();
          }
          return this.viewTag(tx, text, view, request.baseUrl);
        }),
    };
    return { resolved, data, exists, current };
  }

  /**
   * Whether the resource at `pathText` is unmodified since `date` (last-modified.ts): every view the
   * clock remembers of it and of the resources above it (a client may have read any of them) still
   * has the tag it had, seen at or before `date`; and at least one was asked. `tagOf` gives a view's
   * current entity-tag (undefined when the resource is absent).
   */
  private async unmodifiedSince(
    date: number,
    pathText: string,
    tagOf: (text: string, view: ModifiedView) => Promise<string | undefined> | string | undefined,
  ): Promise<boolean> {
    if (this.clock.forgets(date)) {
      return false;
    }
    let asked = false;
    for (const text of resourcesAtOrAbove(pathText)) {
      for (const view of MODIFIED_VIEWS) {
        if (!this.clock.knows(text, view)) {
          continue;
        }
        asked = true;
        const tag = await tagOf(text, view);
        if (tag === undefined || this.clock.observe(text, view, tag) > date) {
          return false;
        }
      }
    }
    return asked;
  }

  /** The current entity-tag of view `view` of the resource at `text`; `tx` reads the configuration. */
  private async viewTag(
    tx: BrokerReadWriteTransaction,
    text: string,
    view: ModifiedView,
    baseUrl: string,
  ): Promise<string | undefined> {
    const path = pathCodec(this.schema).parse(text);
    const target = targetOf(path, this.root);
    const data =
      view === 'config'
        ? await tx.read('config', path)
        : await this.readView({ path, target, system: false }, 'all', baseUrl);
    const shown = target.kind === 'root' ? (data ?? {}) : data;
    return shown === undefined ? undefined : this.representation(target, shown).etag;
  }

  /** Throws the 412 of a precondition of `edit` that does not hold. */
  async checkPreconditions(conditions: Preconditions, edit: EditTarget): Promise<void> {
    const outcome = await evaluatePreconditions(conditions, edit.current, false);
    if (outcome.kind !== 'proceed') {
      throw preconditionFailed(
        edit.resolved.path,
        `${outcome.kind === 'failed' ? `${outcome.header}: ${outcome.why}` : 'not modified'}; read the resource again and redo the edit`,
      );
    }
  }

  /**
   * Makes `tx`'s commit fail (OptimisticLockFailedError, 412 through `commit`) if the edit target
   * changes in the configuration datastore before it: created, deleted, replaced or changed below
   * since `tx` read it for the preconditions. It verifies the target unchanged and writes nothing, so
   * the edit's own change is all listeners hear, and commits outside the target never conflict with
   * it (a merge or a write below the target alone would not hold the condition).
   */
  holdPreconditions(tx: BrokerReadWriteTransaction, edit: EditTarget): void {
    tx.verifyUnchanged('config', edit.resolved.path);
  }

  /** The ETag and Last-Modified of the target as `tx` leaves it (to answer a conditional edit). */
  private async validators(
    tx: BrokerReadWriteTransaction,
    { path, target }: Resolved,
  ): Promise<Record<string, string>> {
    const read = await tx.read('config', path);
    const data = target.kind === 'root' ? (read ?? {}) : read;
    if (data === undefined) {
      return {};
    }
    const etag = this.representation(target, data).etag;
    return {
      ETag: etag,
      'Last-Modified': this.clock.header(this.clock.observe(path.text, 'config', etag)),
    };
  }

  /**
   * Commits an edit; for a conditional one (`conditions` defined), a conflict with a concurrent commit
   * means the target changed after the preconditions were checked: 412, not 409.
   */
  async commit(
    tx: BrokerReadWriteTransaction,
    conditions: Preconditions | undefined,
    path: ResolvedPath,
  ): Promise<void> {
    try {
      await tx.commit();
    } catch (e) {
      if (
        conditions !== undefined &&
        e instanceof CanopyError &&
        e.code === 'optimistic-lock-failed'
      ) {
        throw preconditionFailed(
          path,
          `the resource changed while this conditional edit was applied (${e.message}); read it again and redo the edit`,
          e,
        );
      }
      throw e;
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

  /**
   * The content GET shows for `resolved` with `content` (before fields and depth); undefined when
   * there is none. The datastore resource merges in the server's own state.
   */
  private async readView(
    { path, target, system }: Resolved,
    content: ContentParam,
    baseUrl: string,
    consistency?: ReadConsistency,
  ): Promise<JsonValue | undefined> {
    if (system) {
      return this.readSystem(path, content, baseUrl);
    }
    const data = await this.readData(path, content, consistency);
    if (target.kind !== 'root') {
      return data;
    }
    return mergeViews(target, data ?? {}, await this.readSystem(path, content, baseUrl));
  }

  /** The response body of `data` for `target`, its text and its entity-tag. */
  private representation(
    target: DataTarget,
    data: JsonValue,
    fields?: FieldSelection,
    depth?: number,
    withDefaults?: WithDefaultsMode,
  ): { body: JsonObject; text: string; etag: string } {
    const selected = fields === undefined ? data : selectFields(target, data, fields);
    const wrapped = wrapContent(target, limitDepth(target, selected, depth));
    // Tags come last: after fields and depth chose what is shown.
    const body = withDefaults === 'report-all-tagged' ? tagDefaults(target, wrapped) : wrapped;
    const text = JSON.stringify(body);
    return { body, text, etag: entityTag(text) };
  }

  private async readData(
    path: ResolvedPath,
    content: ContentParam,
    consistency?: ReadConsistency,
  ): Promise<JsonValue | undefined> {
    const tx = this.broker.newReadOnlyTransaction(
      consistency === undefined ? undefined : { consistency },
    );
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
  private defaultsReader(
    content: ContentParam,
    system: boolean,
    consistency?: ReadConsistency,
  ): DefaultsReader {
    const codec = pathCodec(system ? systemDataSchema() : this.schema);
    const read = (text: string): Promise<JsonValue | undefined> =>
      system
        ? this.readSystem(codec.parse(text), content)
        : this.readData(codec.parse(text), content, consistency);
    return {
      target: (text) => targetOf(codec.parse(text), this.root),
      read,
      exists: async (text) => {
        if (system) {
          return (await read(text)) !== undefined;
        }
        const path = codec.parse(text);
        const tx = this.broker.newReadOnlyTransaction(
          consistency === undefined ? undefined : { consistency },
        );
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
