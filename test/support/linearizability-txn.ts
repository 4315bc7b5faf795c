/**
 * Strict serializability of multi-key transactions, with the linearizability checker (linearizability.ts):
 * the model for client histories whose operations are transactions of reads and writes over several keys
 * (spanning shards in the replicated-shard simulation), and the conversion of a Jepsen-shaped history
 * (sim-history.ts, `f: 'txn'`) into operations.
 *
 * A transaction is one operation: a list of micro-operations applied in order, `['r', key, value]` and
 * `['w', key, value]` (Jepsen's and Elle's shape). On `invoke` a read's value is null (not yet known);
 * on `ok` it is what the transaction read (null: the key was absent), reading its own earlier writes.
 * A history is legal when some total order of the transactions, respecting real time (one that returned
 * before another was invoked comes first), gives every committed transaction exactly the reads it saw:
 * strict serializability, which is linearizability with transactions as the operations.
 *
 * What it demands of the system, and of the workload that feeds it. canopy checks write-write conflicts
 * (and the read set a transaction declares with verifyUnchanged); it does not track plain reads. That is
 * snapshot isolation, which admits write skew: two transactions each reading what the other writes. So a
 * workload checked here must give every read of an updating transaction either a write of the same key
 * (read-modify-write) or a verifyUnchanged; read-only transactions may read anything (a read-only
 * transaction on a consistent snapshot is serializable when updaters are). Then a history the checker
 * refuses is a real bug: a lost update, a stale read, or half of a multi-shard commit seen.
 *
 * Outcomes. `fail` means the transaction definitely did not commit (a conflict, a refusal before
 * proposal): it is dropped. `info` or no completion means the outcome is unknown: it may have committed
 * at any point after its invocation, or never; if it did, its writes took effect (its reads are not
 * known and not checked). Read-only transactions of unknown outcome carry nothing and are dropped.
 *
 * Compositionality: transactions that share no key are independent, so the history is checked per
 * connected component of the "shares a key" relation (union-find over keys). A workload of many small
 * transactions over a few hot keys usually forms one component: keep histories small (hundreds of
 * transactions, a handful of concurrent clients) or the search answers `unknown` (never a false `ok`).
 */
import {
  checkOperations,
  formatOperations,
  type CheckOptions,
  type CheckResult,
  type Model,
  type Operation,
} from './linearizability.js';
import { historyWindow, pairInvocations } from './linearizability-kv.js';
import type { HistoryEvent, TxnMicro } from './sim-history.js';

/** The micro-operations of a transaction as invoked (reads' values unknown, null). */
export type TxnInput = readonly TxnMicro[];
/** What a committed transaction read, in the order of its reads (null: absent). */
export type TxnOutput = readonly (number | null)[];
export type TxnOperation = Operation<TxnInput, TxnOutput> & { readonly keys: readonly string[] };

/** The state: every key's value; a key not in the map is absent. */
type TxnState = ReadonlyMap<string, number>;

/** The sequential specification: a map of registers, one transaction at a time. */
export const txnModel: Model<TxnState, TxnInput, TxnOutput> = {
  init: () => new Map(),
  step(state, input, output) {
    let next: Map<string, number> | undefined;
    let read = 0;
    for (const [f, key, value] of input) {
      if (f === 'w') {
        next ??= new Map(state);
        next.set(key, value);
        continue;
      }
      if (output === undefined) continue;
      const seen = (next ?? state).get(key) ?? null;
      if (output[read++] !== seen) return undefined;
    }
    return next ?? state;
  },
  stateKey(state) {
    return [...state.entries()]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
  },
  describe(op) {
    let read = 0;
    const parts = op.input.map(([f, key, value]) => {
      if (f === 'w') return `w ${key}=${value}`;
      const seen = op.output === undefined ? '?' : String(op.output[read++]);
      return `r ${key}=${seen}`;
    });
    return `txn [${parts.join(', ')}] -> ${op.output === undefined ? '?' : 'ok'}`;
  },
  explains(ops, all) {
    // Keep the write of every value the kept transactions read, when the whole history has one.
    const written = (list: readonly Operation<TxnInput, TxnOutput>[]): Set<string> => {
      const set = new Set<string>();
      for (const op of list) for (const [f, k, v] of op.input) if (f === 'w') set.add(`${k}=${v}`);
      return set;
    };
    const kept = written(ops);
    const ever = written(all);
    return ops.every((op) => {
      if (op.output === undefined) return true;
      let read = 0;
      return op.input.every(([f, key]) => {
        if (f === 'w') return true;
        const value = op.output![read++];
        if (value === null || value === undefined) return true;
        const id = `${key}=${value}`;
        return kept.has(id) || !ever.has(id);
      });
    });
  },
};

function microOf(event: HistoryEvent, position: number): TxnInput {
  if (event.f === 'txn') {
    if (!Array.isArray(event.value)) {
      throw new TypeError(`txn needs a list of micro-operations (event ${position})`);
    }
    return (event.value as readonly TxnMicro[]).map(([f, key, value]) => {
      if ((f !== 'r' && f !== 'w') || typeof key !== 'string') {
        throw new TypeError(`bad micro-operation ${JSON.stringify([f, key])} (event ${position})`);
      }
      if (f === 'w' && typeof value !== 'number') {
        throw new TypeError(`a write needs a number (event ${position})`);
      }
      return f === 'r' ? (['r', key, null] as const) : (['w', key, value] as const);
    });
  }
  // A single-key read or write is a transaction of one micro-operation.
  if (event.f === 'read') return [['r', event.key, null]];
  if (event.f === 'write' && typeof event.value === 'number') {
    return [['w', event.key, event.value]];
  }
  throw new TypeError(
    `event ${position}: ${event.f} cannot be checked with transactions (only read, write, txn)`,
  );
}

function readsOf(event: HistoryEvent, input: TxnInput, position: number): TxnOutput {
  if (event.f === 'read') {
    if (typeof event.value !== 'number' && event.value !== null) {
      throw new TypeError(`read must return a number or null (event ${position})`);
    }
    return [event.value];
  }
  if (event.f !== 'txn') return [];
  const done = event.value as readonly TxnMicro[];
  if (!Array.isArray(done) || done.length !== input.length) {
    throw new TypeError(
      `the completion of a txn must repeat its micro-operations (event ${position})`,
    );
  }
  const reads: (number | null)[] = [];
  done.forEach(([f, key, value]: TxnMicro, i) => {
    if (f !== input[i]![0] || key !== input[i]![1]) {
      throw new TypeError(
        `completion differs from invocation at micro-op ${i} (event ${position})`,
      );
    }
    if (f === 'r') reads.push(typeof value === 'number' ? value : null);
  });
  return reads;
}

/**
 * Pairs each invocation with its process's next completion (positions are event indexes) and converts
 * them to transactions; definite failures and read-only transactions of unknown outcome are dropped.
 */
export function txnOperations(events: readonly HistoryEvent[]): TxnOperation[] {
  const ops: TxnOperation[] = [];
  const add = (
    invoke: HistoryEvent,
    call: number,
    done: HistoryEvent | undefined,
    ret: number,
  ): void => {
    if (done?.type === 'fail') return;
    const input = microOf(invoke, call);
    const known = done !== undefined && done.type === 'ok';
    if (!known && input.every(([f]) => f === 'r')) return;
    const keys = [...new Set(input.map(([, k]) => k))].sort();
    ops.push({
      id: call,
      process: invoke.process,
      input,
      output: known ? readsOf(done, input, ret) : undefined,
      call,
      ret: known ? ret : Infinity,
      keys,
    });
  };
  for (const { invoke, call, done, ret } of pairInvocations(events)) add(invoke, call, done, ret);
  return ops;
}

/** Groups transactions into the connected components of "shares a key", in order of first call. */
export function txnComponents(ops: readonly TxnOperation[]): TxnOperation[][] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let node = k;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const op of ops) {
    for (const k of op.keys) if (!parent.has(k)) parent.set(k, k);
    for (const k of op.keys.slice(1)) {
      const a = find(op.keys[0]!);
      const b = find(k);
      if (a !== b) parent.set(b, a);
    }
  }
  const groups = new Map<string, TxnOperation[]>();
  for (const op of ops) {
    if (op.keys.length === 0) continue;
    const root = find(op.keys[0]!);
    const list = groups.get(root) ?? [];
    list.push(op);
    groups.set(root, list);
  }
  return [...groups.values()];
}

export type TxnCheckResult = CheckResult<TxnInput, TxnOutput> & {
  /** The keys of the illegal component. */
  readonly keys?: readonly string[] | undefined;
  /** Simulated time span (the history's `time`) of the minimal sub-history. */
  readonly window?: { readonly fromMs: number; readonly toMs: number } | undefined;
};

/** Checks a history of transactions (and single-key reads and writes) for strict serializability. */
export function checkTxnHistory(
  events: readonly HistoryEvent[],
  options: CheckOptions = {},
): TxnCheckResult {
  let result: CheckResult<TxnInput, TxnOutput> = { kind: 'ok' };
  for (const component of txnComponents(txnOperations(events))) {
    const verdict = checkOperations(txnModel, component, options);
    if (verdict.kind === 'illegal') {
      result = verdict;
      break;
    }
    if (verdict.kind === 'unknown' && result.kind === 'ok') result = verdict;
  }
  if (result.kind !== 'illegal') return result;
  const keys = [...new Set(result.operations.flatMap((op) => (op as TxnOperation).keys))].sort();
  const window = historyWindow(events, result.minimal);
  return { ...result, keys, window };
}

/** A human report of an illegal result: the keys, the minimal history and the longest prefix. */
export function describeTxnViolation(result: TxnCheckResult): string {
  if (result.kind !== 'illegal') return `strict serializability: ${result.kind}`;
  const span = result.window
    ? `, between ${result.window.fromMs} and ${result.window.toMs} ms`
    : '';
  return [
    `transactions over ${(result.keys ?? []).join(', ')} are not strictly serializable ` +
      `(${result.operations.length} transactions${span}; positions are history event indexes)`,
    `minimal illegal sub-history (${result.minimal.length} transactions):`,
    formatOperations(txnModel, result.minimal),
    `longest serial order found (${result.longestPrefix.length} transactions), last 8 in order:`,
    result.longestPrefix
      .slice(-8)
      .map((op) => `  p${op.process} ${txnModel.describe(op)}`)
      .join('\n'),
  ].join('\n');
}
