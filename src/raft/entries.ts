/**
 * Helpers over log entries: their payload size (what the byte limits of RaftConfig count) and size-limited
 * prefixes, the rule etcd-io/raft calls `limitSize`: a batch holds at least one entry however large, so a
 * single oversized entry still makes progress.
 */
import type { ConfChange, ConfState, Entry } from './types.js';

/** Payload bytes of one entry: its data for a normal entry, a small constant for a membership change. */
export function entryBytes(entry: Entry): number {
  return entry.type === 'normal' ? entry.data.byteLength : 16 + entry.change.node.length;
}

/** Sum of entryBytes over `entries`. */
export function entriesBytes(entries: readonly Entry[]): number {
  let total = 0;
  for (const e of entries) total += entryBytes(e);
  return total;
}

/** The longest prefix of `entries` within `maxBytes`, and never empty when `entries` is not. */
export function limitBytes(entries: readonly Entry[], maxBytes: number): readonly Entry[] {
  if (entries.length === 0) return entries;
  let size = entryBytes(entries[0]!);
  let n = 1;
  while (n < entries.length) {
    size += entryBytes(entries[n]!);
    if (size > maxBytes) break;
    n++;
  }
  return n === entries.length ? entries : entries.slice(0, n);
}

/** An empty membership: no voters, no learners. */
export const EMPTY_CONF_STATE: ConfState = Object.freeze({
  voters: Object.freeze([]),
  learners: Object.freeze([]),
});

/**
 * Applies one membership change to `conf` and returns the new membership (ids sorted). Total and
 * idempotent: adding a voter that is one already, or removing a non-member, changes nothing. Validation
 * (a change that makes no sense) happens when it is proposed, not here, because every member applies
 * the same committed entry and must reach the same result.
 */
export function applyConfChange(conf: ConfState, change: ConfChange): ConfState {
  const voters = new Set(conf.voters);
  const learners = new Set(conf.learners);
  switch (change.type) {
    case 'add-voter':
      learners.delete(change.node);
      voters.add(change.node);
      break;
    case 'add-learner':
      voters.delete(change.node);
      learners.add(change.node);
      break;
    case 'remove-node':
      voters.delete(change.node);
      learners.delete(change.node);
      break;
  }
  return { voters: [...voters].sort(), learners: [...learners].sort() };
}

/** Whether `node` is a voter or learner of `conf`. */
export function isMember(conf: ConfState, node: string): boolean {
  return conf.voters.includes(node) || conf.learners.includes(node);
}

/** Renders an entry compactly for traces and messages: `2/7 normal "put x"` or `2/8 conf add-voter n4`. */
export function describeEntry(entry: Entry): string {
  if (entry.type === 'config-change') {
    return `${entry.term}/${entry.index} conf ${entry.change.type} ${entry.change.node}`;
  }
  return `${entry.term}/${entry.index} ${describeData(entry.data)}`;
}

function describeData(data: Uint8Array): string {
  if (data.byteLength === 0) return 'noop';
  let printable = data.byteLength <= 32;
  for (const b of data) {
    if (b < 0x20 || b > 0x7e) printable = false;
  }
  return printable ? JSON.stringify(String.fromCharCode(...data)) : `<${data.byteLength} bytes>`;
}
