/**
 * The client history of a simulation run, in Jepsen's shape: one event per line, `invoke` when a client
 * starts an operation and `ok`, `fail` or `info` when it learns the outcome.
 *
 * - `ok`: the operation took effect, with the given result (a read's value; a write's value; a cas's
 *   [expected, new] pair; a transaction's micro-operations with the values it read).
 * - `fail`: the operation definitely did not change the state. With `error: 'mismatch'` a cas was applied
 *   and found a different value: that is still an observation the checker uses. Any other error means
 *   it was never applied (rejected before it reached the log).
 * - `info`: the outcome is unknown (a timeout); it may have taken effect at any point after its
 *   invocation, or never. A process never has two operations outstanding: after `info` the client
 *   continues as a new process id, as Jepsen does, so a late effect cannot be confused with later calls.
 *
 * `time` is the simulation's logical time in ticks; the checker orders events by their position in the
 * history, which the single-threaded simulation writes in real-time order.
 */

export type HistoryType = 'invoke' | 'ok' | 'fail' | 'info';
export type KvFunction = 'read' | 'write' | 'cas' | 'txn';
/**
 * One micro-operation of a transaction (Jepsen's and Elle's shape): a read of `key` (its value null on
 * `invoke`, what was read on `ok`, null for absent) or a write of a number.
 */
export type TxnMicro = readonly ['r', string, number | null] | readonly ['w', string, number];
/**
 * A read's value (null: key absent), a write's value, a cas's [expected, new], or a transaction's
 * micro-operations (`f: 'txn'`; its `key` lists the keys it touches, sorted, joined by commas).
 */
export type KvValue = number | null | readonly [number | null, number] | readonly TxnMicro[];

export interface HistoryEvent {
  readonly process: number;
  readonly type: HistoryType;
  readonly f: KvFunction;
  readonly key: string;
  readonly value: KvValue;
  readonly time: number;
  /** On `fail` and `info`: why (`mismatch`, `not-leader`, `timeout`, ...). */
  readonly error?: string | undefined;
}

/** Appends events in order and renders them as JSON lines. */
export class History {
  private readonly list: HistoryEvent[] = [];

  get events(): readonly HistoryEvent[] {
    return this.list;
  }

  add(event: HistoryEvent): void {
    this.list.push(event);
  }

  /** One JSON object per line, keys in the documented order. */
  toJsonLines(): string {
    return this.list.map((e) => JSON.stringify(e)).join('\n') + (this.list.length ? '\n' : '');
  }
}

/** Parses JSON lines written by `History.toJsonLines` (or by hand, for the checker's tests). */
export function parseHistory(text: string): HistoryEvent[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as HistoryEvent);
}
