/**
 * What `canopy patch` prints for a YANG Patch status (RFC 8072 §2.3): one line per edit of the patch
 * that was sent, `EDIT-ID OPERATION TARGET: ok`, or the edit's errors (one line each, `error-tag
 * [app-tag]: message (at path)` as every client command prints a RESTCONF error), or `not tried` for
 * the edits after a failed one; then a summary. A patch is all or nothing, so the summary of a failed
 * one says that nothing was committed, even for the edits reported ok before the failure. Pure.
 */
import { errorList, formatErrorEntry } from './restconf-client.js';

/** An edit as the patch document sent it, for naming it in the report. */
export interface PatchEditSent {
  readonly id: string;
  readonly operation: string;
  readonly target: string;
}

/** The report: whether the patch applied, and its text (stdout when ok, stderr when not). */
export interface PatchReport {
  readonly ok: boolean;
  readonly text: string;
}

const PATCH = 'ietf-yang-patch:yang-patch';
const STATUS = 'ietf-yang-patch:yang-patch-status';

function record(json: unknown): Readonly<Record<string, unknown>> {
  return typeof json === 'object' && json !== null && !Array.isArray(json)
    ? (json as Record<string, unknown>)
    : {};
}

function text(json: unknown, fallback: string): string {
  return typeof json === 'string' ? json : fallback;
}

/**
 * The edits of a YANG Patch document, read leniently (the member checks the document; this only names
 * the edits in the report): an edit without an id or target is named by what it has.
 */
export function patchEdits(body: unknown): PatchEditSent[] {
  const edits = record(record(body)[PATCH])['edit'];
  if (!Array.isArray(edits)) return [];
  return edits.map((raw: unknown, i) => {
    const edit = record(raw);
    return {
      id: text(edit['edit-id'], `#${i + 1}`),
      operation: text(edit['operation'], '?'),
      target: text(edit['target'], '?'),
    };
  });
}

/** The report of the yang-patch-status `body` for the patch of `sent` edits applied at `path`. */
export function formatPatchStatus(
  path: string,
  sent: readonly PatchEditSent[],
  body: unknown,
): PatchReport {
  const status = record(record(body)[STATUS]);
  const patchId = text(status['patch-id'], '?');
  const globalErrors = errorList(status['errors']);
  const editStatus = record(status['edit-status'])['edit'];
  const reported = Array.isArray(editStatus) ? editStatus.map(record) : [];
  const ok = status['ok'] !== undefined && globalErrors.length === 0;
  const label = (id: string): string => {
    const edit = sent.find((e) => e.id === id);
    return edit === undefined ? id : `${id} ${edit.operation} ${edit.target}`;
  };
  const lines: string[] = [];
  if (ok) {
    for (const edit of sent) lines.push(`${label(edit.id)}: ok`);
    lines.push(`patched ${path} (patch ${patchId})`);
    return { ok, text: `${lines.join('\n')}\n` };
  }
  const seen = new Set<string>();
  for (const entry of reported) {
    const id = text(entry['edit-id'], '?');
    seen.add(id);
    const errors = errorList(entry['errors']);
    if (errors.length === 0) lines.push(`${label(id)}: ok`);
    for (const error of errors) lines.push(`${label(id)}: ${formatErrorEntry(error)}`);
  }
  if (reported.length > 0) {
    for (const edit of sent) if (!seen.has(edit.id)) lines.push(`${label(edit.id)}: not tried`);
  }
  for (const error of globalErrors) lines.push(formatErrorEntry(error));
  lines.push(`canopy: patch ${patchId} failed; nothing was committed`);
  return { ok, text: `${lines.join('\n')}\n` };
}
