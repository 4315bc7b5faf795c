/**
 * YANG Patch (RFC 8072): a PATCH with `Content-Type: application/yang-patch+json` applies an ordered
 * list of edits to the target resource, all or nothing, in one configuration transaction.
 *
 * Edits: `create` (fails with `data-exists` when present), `delete` (fails with `data-missing` when
 * absent), `remove` (delete, absent is fine), `merge`, `replace`; each edit's `target` is relative to
 * the request's resource (`/item=a` under /rests/data/rtest:box; `/` is the resource itself) and its
 * `value` names the target node, as a PUT body does (module-qualified). `insert` and `move` need
 * positions in ordered-by user lists, which the DOMStore does not offer: they fail with
 * `operation-not-supported` (501, a deliberate refusal logged at info without a stack), and so does
 * an edit naming `point` or `where` (their positioning parameters). Members RFC 8072 does not define
 * are refused (400), so a misspelt one is never silently ignored.
 *
 * Conditional patches (If-Match, If-None-Match, If-Unmodified-Since) are checked against the
 * request's target resource before the first edit, and hold until the commit as for a plain PATCH
 * (data-resource.ts); a failed one is 412.
 *
 * Result (RFC 8072 §2.3): 200 with `{"ietf-yang-patch:yang-patch-status": {"patch-id", "ok": [null]}}`
 * when every edit applied and the transaction committed. When an edit fails, nothing is committed and
 * the status is that edit's error's; `edit-status` lists the edits before it as ok and it with its
 * errors (RFC 8072 §A.1.2's shape). A failed commit is reported in `errors` at the top. A malformed
 * patch document is a plain RESTCONF error (400 `malformed-message`). A failed patch is logged once,
 * at info, like every refused request.
 */
import type { JsonObject, JsonValue, SchemaContext } from '../yang/schema.js';
import type { DataBroker, BrokerReadWriteTransaction } from '../api/data-broker.js';
import type { Logger } from '../runtime/logger.js';
import { pathCodec, type ResolvedPath } from '../tree/path.js';
import { targetOf, unwrapBody } from './data-view.js';
import type { DataRequest, DataResource, HttpResponse } from './data-resource.js';
import { parsePreconditions } from './preconditions.js';
import { queryParams } from './request-params.js';
import { instanceIdentifier, RestconfError, toRestconfError } from './restconf-error.js';

const PATCH_MEMBER = 'ietf-yang-patch:yang-patch';
const STATUS_MEMBER = 'ietf-yang-patch:yang-patch-status';

type Operation = 'create' | 'delete' | 'insert' | 'merge' | 'move' | 'replace' | 'remove';
const OPERATIONS: readonly Operation[] = [
  'create',
  'delete',
  'insert',
  'merge',
  'move',
  'replace',
  'remove',
];

interface Edit {
  readonly id: string;
  readonly operation: Operation;
  readonly target: string;
  readonly value: unknown;
}

interface Patch {
  readonly id: string;
  readonly edits: readonly Edit[];
}

function malformed(message: string): RestconfError {
  return new RestconfError('malformed-message', `YANG Patch: ${message}`);
}

function isObject(json: unknown): json is Readonly<Record<string, unknown>> {
  return typeof json === 'object' && json !== null && !Array.isArray(json);
}

const PATCH_MEMBERS = ['patch-id', 'comment', 'edit'];
const EDIT_MEMBERS = ['edit-id', 'operation', 'target', 'point', 'where', 'value'];

/** Refuses a member of `object` RFC 8072 does not define there (`what` names the object). */
function checkMembers(
  object: Readonly<Record<string, unknown>>,
  allowed: readonly string[],
  what: string,
): void {
  for (const member of Object.keys(object)) {
    if (!allowed.includes(member)) {
      throw malformed(
        `${what} has the member ${JSON.stringify(member)}, which RFC 8072 does not define there (allowed: ${allowed.join(', ')})`,
      );
    }
  }
}

function notSupported(message: string): RestconfError {
  return new RestconfError('operation-not-supported', message, { status: 501 });
}

/** Checks the structure of a YANG Patch document (RFC 8072 §2.1); throws RestconfError 400. */
export function parsePatch(body: unknown): Patch {
  if (!isObject(body) || !isObject(body[PATCH_MEMBER]) || Object.keys(body).length !== 1) {
    throw malformed(`the body must be {"${PATCH_MEMBER}": {"patch-id": ..., "edit": [...]}}`);
  }
  const patch = body[PATCH_MEMBER];
  checkMembers(patch, PATCH_MEMBERS, 'the patch');
  const id = patch['patch-id'];
  if (typeof id !== 'string' || id === '') {
    throw malformed('"patch-id" must be a non-empty string');
  }
  const rawEdits = patch['edit'] ?? [];
  if (!Array.isArray(rawEdits)) {
    throw malformed('"edit" must be a list (a JSON array)');
  }
  const seen = new Set<string>();
  const edits = rawEdits.map((raw: unknown, i): Edit => {
    if (!isObject(raw)) {
      throw malformed(`edit ${i} must be an object`);
    }
    checkMembers(raw, EDIT_MEMBERS, `edit ${i}`);
    const editId = raw['edit-id'];
    const operation = raw['operation'];
    const target = raw['target'];
    if (typeof editId !== 'string' || editId === '' || seen.has(editId)) {
      throw malformed(`edit ${i}: "edit-id" must be a non-empty string, unique in the patch`);
    }
    seen.add(editId);
    if (typeof operation !== 'string' || !OPERATIONS.includes(operation as Operation)) {
      throw malformed(`edit ${editId}: "operation" must be one of ${OPERATIONS.join(', ')}`);
    }
    if (typeof target !== 'string' || !target.startsWith('/')) {
      throw malformed(`edit ${editId}: "target" must be a path starting with '/'`);
    }
    const needsValue = ['create', 'merge', 'replace', 'insert'].includes(operation);
    if (needsValue !== (raw['value'] !== undefined)) {
      throw malformed(
        `edit ${editId}: operation ${operation} ${needsValue ? 'needs' : 'takes no'} "value"`,
      );
    }
    const positions = operation === 'insert' || operation === 'move';
    if (!positions && (raw['point'] !== undefined || raw['where'] !== undefined)) {
      throw notSupported(
        `edit ${editId}: "point" and "where" position entries of ordered-by user lists, which canopy does not support`,
      );
    }
    return { id: editId, operation: operation as Operation, target, value: raw['value'] };
  });
  return { id, edits };
}

export class YangPatchResource {
  private readonly data: DataResource;
  private readonly broker: DataBroker;
  private readonly schema: SchemaContext;
  private readonly logger: Logger;

  constructor(data: DataResource, broker: DataBroker, schema: SchemaContext, logger: Logger) {
    this.data = data;
    this.broker = broker;
    this.schema = schema;
    this.logger = logger;
  }

  /** Applies the YANG Patch `body` to the resource of `rawUrl`. */
  async patch(rawUrl: string, body: unknown, request: DataRequest): Promise<HttpResponse> {
    queryParams(rawUrl, []);
    const conditions = parsePreconditions(request, () => Date.now());
    const resolved = this.data.resolveForEdit(rawUrl, 'PATCH');
    const path = resolved.path;
    const patch = parsePatch(body);
    const tx = this.broker.newReadWriteTransaction();
    try {
      if (conditions !== undefined) {
        const target = await this.data.editTarget(tx, resolved, request);
        await this.data.checkPreconditions(conditions, target);
        this.data.pin(tx, target);
      }
      for (let i = 0; i < patch.edits.length; i++) {
        const edit = patch.edits[i]!;
        try {
          await this.apply(tx, path, edit);
        } catch (e) {
          return this.editFailed(rawUrl, patch, i, e);
        }
      }
      try {
        await this.data.commit(tx, conditions, path);
      } catch (e) {
        const { error, internal } = toRestconfError(this.schema, e);
        if (internal) {
          throw e;
        }
        this.logFailure(rawUrl, error, undefined);
        return status(error.status, {
          'patch-id': patch.id,
          errors: { error: [error.toErrorEntry()] },
        });
      }
      return status(200, { 'patch-id': patch.id, ok: [null] });
    } finally {
      tx.cancel();
    }
  }

  /** Logs a refused patch once, at info, without a stack (as the server logs every 4xx). */
  private logFailure(rawUrl: string, error: RestconfError, editId: string | undefined): void {
    const fields: Record<string, unknown> = {
      method: 'PATCH',
      url: rawUrl,
      status: error.status,
      tag: error.tag,
    };
    if (editId !== undefined) {
      fields['edit'] = editId;
    }
    const which = editId === undefined ? '' : ` edit ${JSON.stringify(editId)}`;
    this.logger.info(fields, `restconf: YANG Patch${which} failed: ${error.message}`);
  }

  private async apply(
    tx: BrokerReadWriteTransaction,
    base: ResolvedPath,
    edit: Edit,
  ): Promise<void> {
    const text =
      edit.target === '/' ? base.text : `${base.text === '/' ? '' : base.text}${edit.target}`;
    const path = pathCodec(this.schema).parse(text);
    const target = targetOf(path, this.schema.root);
    switch (edit.operation) {
      case 'create':
        if (await tx.exists('config', path)) {
          throw new RestconfError('data-exists', `${path.text} already exists`, {
            errorType: 'application',
            errorPath: instanceIdentifier(path),
          });
        }
        tx.write('config', path, unwrapBody(target, edit.value));
        return;
      case 'replace':
        tx.write('config', path, unwrapBody(target, edit.value));
        return;
      case 'merge':
        tx.merge('config', path, unwrapBody(target, edit.value));
        return;
      case 'delete':
        if (!(await tx.exists('config', path))) {
          throw new RestconfError('data-missing', `no data at ${path.text} to delete`, {
            status: 404,
            errorType: 'application',
            errorPath: instanceIdentifier(path),
          });
        }
        tx.delete('config', path);
        return;
      case 'remove':
        tx.delete('config', path);
        return;
      case 'insert':
      case 'move':
        throw notSupported(
          `${edit.operation} positions entries of ordered-by user lists, which canopy does not support; use create or replace`,
        );
    }
  }

  private editFailed(rawUrl: string, patch: Patch, index: number, e: unknown): HttpResponse {
    const { error, internal } = toRestconfError(this.schema, e);
    if (internal) {
      throw e;
    }
    this.logFailure(rawUrl, error, patch.edits[index]!.id);
    const edits: JsonValue[] = patch.edits
      .slice(0, index)
      .map((edit) => ({ 'edit-id': edit.id, ok: [null] }));
    edits.push({
      'edit-id': patch.edits[index]!.id,
      errors: { error: [error.toErrorEntry()] },
    });
    return status(error.status, { 'patch-id': patch.id, 'edit-status': { edit: edits } });
  }
}

function status(code: number, content: JsonObject): HttpResponse {
  return { status: code, headers: {}, body: { [STATUS_MEMBER]: content } };
}
