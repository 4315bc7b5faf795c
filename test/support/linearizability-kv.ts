/**
 * The key-value register model for the linearizability checker, and the conversion of a Jepsen-shaped
 * client history (sim-history.ts) into per-key operations.
 *
 * Each key is an independent register (null until written), so a history is linearizable iff each key's
 * sub-history is (P-compositionality). Reads observe the register; writes set it; compare-and-set sets it
 * when it holds `expected` and otherwise reports a mismatch, which is an observation too ("the value was
 * not `expected` at some instant inside the call"). Operations that definitely did not apply (`fail`
 * other than a mismatch) and reads with unknown outcome carry no information and are dropped.
 */
import {
  checkOperations,
  formatOperations,
  type CheckOptions,
  type CheckResult,
  type Model,
  type Operation,
} from './linearizability.js';
import type { HistoryEvent } from './sim-history.js';

export type KvInput =
  | { readonly f: 'read' }
  | { readonly f: 'write'; readonly value: number }
  | { readonly f: 'cas'; readonly expected: number | null; readonly value: number };

/** A read's observed value, a write's acknowledgement, or a cas's verdict. */
export type KvOutput = 'ok' | 'mismatch' | { readonly value: number | null };

export type KvOperation = Operation<KvInput, KvOutput> & { readonly key: string };

/** One register: its value, null when never written. */
export const registerModel: Model<number | null, KvInput, KvOutput> = {
  init: () => null,
  step(state, input, output) {
    switch (input.f) {
      case 'read':
        if (output === undefined) return state;
        return typeof output === 'object' && output.value === state ? state : undefined;
      case 'write':
        return output === undefined || output === 'ok' ? input.value : undefined;
      case 'cas':
        if (output === undefined) return state === input.expected ? input.value : state;
        if (output === 'ok') return state === input.expected ? input.value : undefined;
        if (output === 'mismatch') return state !== input.expected ? state : undefined;
        return undefined;
    }
  },
  stateKey: (state) => String(state),
  explains(ops, all) {
    const writes = (list: typeof ops): Set<number> => {
      const set = new Set<number>();
      for (const op of list) if (op.input.f !== 'read') set.add(op.input.value);
      return set;
    };
    const kept = writes(ops);
    const everWritten = writes(all);
    const explained = (value: number | null): boolean =>
      value === null || kept.has(value) || !everWritten.has(value);
    return ops.every((op) => {
      if (op.input.f === 'read')
        return explained(typeof op.output === 'object' ? op.output.value : null);
      if (op.input.f === 'cas' && op.output === 'ok') return explained(op.input.expected);
      return true;
    });
  },
  describe(op) {
    const out =
      op.output === undefined ? '?' : typeof op.output === 'object' ? op.output.value : op.output;
    switch (op.input.f) {
      case 'read':
        return `read -> ${out}`;
      case 'write':
        return `write ${op.input.value} -> ${out}`;
      case 'cas':
        return `cas ${op.input.expected}->${op.input.value} -> ${out}`;
    }
  },
};

function inputOf(event: HistoryEvent): KvInput {
  const v = event.value;
  switch (event.f) {
    case 'read':
      return { f: 'read' };
    case 'write':
      if (typeof v !== 'number')
        throw new TypeError(`write needs a number value: ${JSON.stringify(event)}`);
      return { f: 'write', value: v };
    case 'cas':
      if (!Array.isArray(v))
        throw new TypeError(`cas needs [expected, new]: ${JSON.stringify(event)}`);
      return { f: 'cas', expected: v[0] as number | null, value: v[1] as number };
    case 'txn':
      throw new TypeError(
        `a transaction is not a register operation (check with linearizability-txn.ts): ${JSON.stringify(event)}`,
      );
  }
}

/**
 * The output an operation's completion event tells, `undefined` when unknown, or `'dropped'` when the
 * operation definitely had no effect and observed nothing.
 */
function outputOf(
  invoke: HistoryEvent,
  done: HistoryEvent | undefined,
): KvOutput | undefined | 'dropped' {
  if (done === undefined || done.type === 'info')
    return invoke.f === 'read' ? 'dropped' : undefined;
  if (done.type === 'fail')
    return invoke.f === 'cas' && done.error === 'mismatch' ? 'mismatch' : 'dropped';
  if (done.type !== 'ok') throw new TypeError(`not a completion: ${JSON.stringify(done)}`);
  if (invoke.f === 'read') {
    if (typeof done.value !== 'number' && done.value !== null) {
      throw new TypeError(`read must return a number or null: ${JSON.stringify(done)}`);
    }
    return { value: done.value };
  }
  return 'ok';
}

/** An invocation and its process's next completion (undefined: never completed, `ret` Infinity). */
export interface InvocationPair {
  readonly invoke: HistoryEvent;
  readonly call: number;
  readonly done: HistoryEvent | undefined;
  readonly ret: number;
}

/**
 * Pairs each invocation with its process's next completion, in order of invocation; positions are
 * event indexes. Throws when a process invokes twice without completing, or completes uninvoked.
 */
export function pairInvocations(events: readonly HistoryEvent[]): InvocationPair[] {
  const open = new Map<number, { event: HistoryEvent; position: number }>();
  const pairs: InvocationPair[] = [];
  events.forEach((event, position) => {
    if (event.type === 'invoke') {
      if (open.has(event.process)) {
        throw new Error(
          `process ${event.process} invoked twice without completing (event ${position})`,
        );
      }
      open.set(event.process, { event, position });
      return;
    }
    const started = open.get(event.process);
    if (!started) throw new Error(`completion without invocation at event ${position}`);
    open.delete(event.process);
    pairs.push({ invoke: started.event, call: started.position, done: event, ret: position });
  });
  for (const { event, position } of open.values()) {
    pairs.push({ invoke: event, call: position, done: undefined, ret: Infinity });
  }
  return pairs.sort((a, b) => a.call - b.call);
}

/** The simulated time span (the history's `time`) of `ops`: where to read the trace. */
export function historyWindow(
  events: readonly HistoryEvent[],
  ops: readonly { readonly call: number; readonly ret: number }[],
): { readonly fromMs: number; readonly toMs: number } | undefined {
  const times = ops.flatMap((op) => {
    const call = events[op.call]?.time;
    const ret = Number.isFinite(op.ret) ? events[op.ret]?.time : undefined;
    return [call, ret].filter((t): t is number => t !== undefined);
  });
  return times.length ? { fromMs: Math.min(...times), toMs: Math.max(...times) } : undefined;
}

/**
 * Pairs each invocation with its process's next completion and groups the operations by key. An
 * invocation never completed counts as `info`. Positions are event indexes in the history.
 */
export function kvOperationsByKey(events: readonly HistoryEvent[]): Map<string, KvOperation[]> {
  const pairs = pairInvocations(events);
  const byKey = new Map<string, KvOperation[]>();
  for (const { invoke, call, done, ret } of pairs) {
    const output = outputOf(invoke, done);
    if (output === 'dropped') continue;
    const ops = byKey.get(invoke.key) ?? [];
    ops.push({
      id: call,
      key: invoke.key,
      process: invoke.process,
      input: inputOf(invoke),
      output,
      call,
      ret: output === undefined ? Infinity : ret,
    });
    byKey.set(invoke.key, ops);
  }
  return byKey;
}

/**
 * Checks one key's register. A write or cas of unknown outcome whose value no operation read or
 * expected is *silent*: when it takes effect the register holds a value nothing can tell apart from any
 * other unseen value, which only a cas mismatch ("not the expected value") can use. So the key is first
 * checked without its silent operations: a pass is a pass (an unknown operation may never have taken
 * effect), and without any mismatch a failure is a failure. Otherwise it is checked again with them.
 * This removes the blow-up of many timed-out writes during an outage, without changing any verdict.
 */
export function checkRegister(
  ops: readonly KvOperation[],
  options: CheckOptions = {},
): CheckResult<KvInput, KvOutput> {
  const seen = new Set<number | null>();
  for (const op of ops) {
    if (typeof op.output === 'object') seen.add(op.output.value);
    if (op.input.f === 'cas') seen.add(op.input.expected);
  }
  const silent = (op: KvOperation): boolean =>
    op.output === undefined && op.input.f !== 'read' && !seen.has(op.input.value);
  const audible = ops.filter((op) => !silent(op));
  if (audible.length === ops.length) return checkOperations(registerModel, ops, options);
  const first = checkOperations(registerModel, audible, options);
  if (first.kind === 'ok') return first;
  if (first.kind === 'illegal' && !ops.some((op) => op.output === 'mismatch')) return first;
  return checkOperations(registerModel, ops, options);
}

export type KvCheckResult = CheckResult<KvInput, KvOutput> & {
  /** The key whose history is illegal. */
  readonly key?: string | undefined;
  /**
   * Operations the checker dropped (definite failures) that wrote a value the minimal history reads:
   * a write that failed and was seen anyway is the usual story, and the checker alone cannot show it.
   */
  readonly dropped?: readonly string[] | undefined;
  /** Simulated time span (the history's `time`) of the minimal sub-history: where to read the trace. */
  readonly window?: { readonly fromMs: number; readonly toMs: number } | undefined;
};

/** Checks a whole key-value history, one register per key. */
export function checkKvHistory(
  events: readonly HistoryEvent[],
  options: CheckOptions = {},
): KvCheckResult {
  const byKey = kvOperationsByKey(events);
  const keys = [...byKey.keys()].sort();
  let result: CheckResult<KvInput, KvOutput> = { kind: 'ok' };
  for (const key of keys) {
    const verdict = checkRegister(byKey.get(key)!, options);
    if (verdict.kind === 'illegal') {
      result = verdict;
      break;
    }
    if (verdict.kind === 'unknown' && result.kind === 'ok') result = verdict;
  }
  if (result.kind !== 'illegal') return result;
  const key = (result.operations[0] as KvOperation | undefined)?.key;
  const seen = new Set<number>();
  for (const op of result.minimal) {
    if (typeof op.output === 'object' && op.output.value !== null) seen.add(op.output.value);
    if (op.input.f === 'cas' && op.output === 'ok' && op.input.expected !== null) {
      seen.add(op.input.expected);
    }
  }
  const dropped: string[] = [];
  events.forEach((e, position) => {
    if (e.key !== key || e.type !== 'fail' || e.error === 'mismatch') return;
    const v = e.value;
    const written: unknown = e.f === 'write' ? v : e.f === 'cas' && Array.isArray(v) ? v[1] : null;
    if (typeof written === 'number' && seen.has(written)) {
      dropped.push(
        `  [.., ${position}] p${e.process} ${e.f} ${JSON.stringify(e.value)} -> fail (${e.error ?? ''})`,
      );
    }
  });
  const window = historyWindow(events, result.minimal);
  return { ...result, key, dropped, window };
}

/** A human report of an illegal result: the key, the minimal history and the longest linearizable prefix. */
export function describeKvViolation(result: KvCheckResult): string {
  if (result.kind !== 'illegal') return `linearizability: ${result.kind}`;
  const span = result.window
    ? `, between ${result.window.fromMs} and ${result.window.toMs} ms`
    : '';
  return [
    `history of key ${result.key ?? '?'} is not linearizable ` +
      `(${result.operations.length} operations${span}; positions are history event indexes)`,
    `minimal non-linearizable sub-history (${result.minimal.length} operations):`,
    formatOperations(registerModel, result.minimal),
    ...(result.dropped?.length
      ? ['definite failures whose value the minimal history reads:', ...result.dropped]
      : []),
    `longest linearizable prefix found (${result.longestPrefix.length} operations), last 8 in order:`,
    result.longestPrefix
      .slice(-8)
      .map((op) => `  p${op.process} ${registerModel.describe(op)}`)
      .join('\n'),
  ].join('\n');
}
