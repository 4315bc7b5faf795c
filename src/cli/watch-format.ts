/**
 * What `canopy watch` prints for the events of a data-change stream (docs/API.md, "Event streams"). Pure.
 *
 * Readable form (the default), one line per edit, so `grep` and `tail` work on it:
 * ```
 * 2025-06-01T10:00:00.000Z initial /toaster:toaster {"darknessFactor":1000}
 * 2025-06-01T10:00:05.120Z replace /toaster:toaster/darknessFactor 200
 * 2025-06-01T10:00:06.000Z create /opendaylight-inventory:nodes/node=a {"id":"a"}
 * 2025-06-01T10:00:07.000Z delete /opendaylight-inventory:nodes/node=a
 * ```
 * `initial` lines are the subtree as it was when the watch began (`(absent)` when it did not exist,
 * `(empty)` for an empty datastore);
 * the others are one commit's edits in YANG Patch words (create, replace, delete), each commit's edits
 * together and the commits in commit order. A value is shown without the node's own name (which the
 * target already says), a list entry as its object.
 *
 * JSON form (`--json`), one JSON document per event and line (JSON Lines): the member's event with its
 * name first, `{"event": "initial-data" | "data-change", "eventTime", "datastore", "path", "edits":
 * [{"operation", "target", "value"?}]}`: apply the edits in order and you hold a mirror of the subtree.
 */
import type { SseEvent } from './sse-parser.js';

/** One edit of a data-change event (RFC 8072 vocabulary). */
export interface WatchEdit {
  readonly operation: string;
  readonly target: string;
  /** The node after the change under its qualified name; absent for `delete`. */
  readonly value?: unknown;
}

/** An `initial-data` or `data-change` event of the stream. */
export interface DataChangeEvent {
  readonly event: 'initial-data' | 'data-change';
  readonly eventTime: string;
  readonly datastore: string;
  readonly path: string;
  readonly edits: readonly WatchEdit[];
  /** The event's data as the member sent it (the JSON form prints it, unknown members included). */
  readonly raw: Readonly<Record<string, unknown>>;
}

/** The event types that carry data; the stream's others end it (`close`, `overflow`). */
export function isDataChangeType(type: string): type is DataChangeEvent['event'] {
  return type === 'initial-data' || type === 'data-change';
}

/**
 * Reads the data of an `initial-data` or `data-change` event; throws `Error` with what is wrong when
 * the member sent something else (not JSON, no edits list), which is a bug to report, not a state.
 */
export function parseDataChangeEvent(event: SseEvent): DataChangeEvent {
  if (!isDataChangeType(event.type)) {
    throw new Error(`event ${event.type} is not a data-change event`);
  }
  let data: unknown;
  try {
    data = JSON.parse(event.data) as unknown;
  } catch (e) {
    throw new Error(`the ${event.type} event is not JSON: ${(e as Error).message}`, { cause: e });
  }
  const record = (
    typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {}
  ) as Record<string, unknown>;
  const edits = record['edits'];
  if (!Array.isArray(edits)) {
    throw new Error(`the ${event.type} event has no "edits" list: ${event.data.slice(0, 200)}`);
  }
  const str = (v: unknown): string => (typeof v === 'string' ? v : '');
  return {
    event: event.type,
    eventTime: str(record['eventTime']),
    datastore: str(record['datastore']),
    path: str(record['path']),
    edits: edits.map((raw: unknown) => {
      const edit = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
      return {
        operation: str(edit['operation']),
        target: str(edit['target']),
        ...(edit['value'] === undefined ? {} : { value: edit['value'] }),
      };
    }),
    raw: record,
  };
}

/** The readable lines of one event (each ending in a newline); `''` for a change without edits. */
export function formatReadable(event: DataChangeEvent): string {
  const initial = event.event === 'initial-data';
  if (initial && event.edits.length === 0) {
    return `${event.eventTime} initial ${event.path} ${event.path === '/' ? '(empty)' : '(absent)'}\n`;
  }
  return event.edits
    .map((edit) => {
      const operation = initial ? 'initial' : edit.operation;
      const value = edit.value === undefined ? '' : ` ${JSON.stringify(shownValue(edit))}`;
      return `${event.eventTime} ${operation} ${edit.target}${value}\n`;
    })
    .join('');
}

/** The JSON Lines form of one event: its name, then its data as the member sent it. */
export function formatJsonLine(event: DataChangeEvent): string {
  const { event: _ignored, ...data } = event.raw;
  return `${JSON.stringify({ event: event.event, ...data })}\n`;
}

/**
 * An edit's value without its node name: `{"toaster:darknessFactor": 200}` is `200`; a list entry
 * (`{"m:node": [{"id": "a"}]}` at a target ending in a key) is its object. Anything else is shown whole.
 */
function shownValue(edit: WatchEdit): unknown {
  const value = edit.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const members = Object.values(value as Record<string, unknown>);
  if (members.length !== 1) return value;
  const inner = members[0];
  const lastStep = edit.target.slice(edit.target.lastIndexOf('/') + 1);
  if (Array.isArray(inner) && inner.length === 1 && lastStep.includes('=')) return inner[0];
  return inner;
}
