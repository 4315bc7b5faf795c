/**
 * A linearizability checker of the Wing & Gong / Lowe kind, written for canopy's simulation tests.
 *
 * Given a concurrent history (operations with a call and a return position) and an executable sequential
 * model, it searches for a total order that respects real time (an operation that returned before another
 * was called comes first) and in which every operation's observed output is what the model produces. The
 * search is Lowe's refinement of Wing & Gong ("Testing for linearizability", 2017): the history is a
 * doubly linked list of call and return entries; linearizing an operation lifts its two entries out of
 * the list; meeting a return entry whose call is still in the list means the current prefix cannot be
 * extended, so the search backtracks. Two prefixes that linearized the same set of operations and reached
 * the same model state have the same future, so each (set, state) pair is explored once (the memo of
 * Lowe, and of Porcupine's checker.go, which we studied and did not copy).
 *
 * Invariants and choices:
 * - An operation whose outcome is unknown (`output` undefined, Jepsen's `info`) has no return entry: it
 *   may take effect at any point after its call, or never. The search succeeds as soon as every operation
 *   with a known outcome is linearized; unknown ones still in the list are the "never" (or "later") case.
 * - The search is bounded by a step budget. Running out yields `unknown`, never a false `ok`.
 * - P-compositionality (Horn and Kroening, 2015) is the caller's business: partition the history (per
 *   key for a key-value store) and check each part; `checkPartitions` does that and stops at the first
 *   illegal part.
 * - On an illegal history the checker first finds its shortest illegal prefix (binary search: illegality
 *   is prefix-closed), then shrinks that greedily to a 1-minimal illegal sub-history (removing
 *   any single remaining operation would make it linearizable, or would remove the write of a value
 *   that is read), which is what a human needs to read.
 */

/** One operation of a history. Positions are any totally ordered numbers (event indexes). */
export interface Operation<I, O> {
  /** Stable identity for reports (an index into the original history). */
  readonly id: number;
  readonly process: number;
  readonly input: I;
  /** The observed output; undefined when the outcome is unknown (the operation may or may not apply). */
  readonly output: O | undefined;
  readonly call: number;
  /** Return position; ignored (treated as infinite) when `output` is undefined. */
  readonly ret: number;
}

/** An executable sequential specification. */
export interface Model<S, I, O> {
  init(): S;
  /**
   * The state after applying `input` in `state`, when doing so can produce `output`; undefined when the
   * output is impossible. With `output` undefined the operation's outcome was not observed: return the
   * state it leads to when it takes effect.
   */
  step(state: S, input: I, output: O | undefined): S | undefined;
  /** A string identifying `state` exactly (used for memoization). */
  stateKey(state: S): string;
  /** A one-line rendering of an operation, for reports. */
  describe(op: Operation<I, O>): string;
  /**
   * Whether a sub-history of `all` is worth showing a human: shrinking only removes an operation when
   * the rest still satisfies this (a register keeps the write of every value it shows read, when `all`
   * has one). Default: always.
   */
  explains?(ops: readonly Operation<I, O>[], all: readonly Operation<I, O>[]): boolean;
}

export type CheckResult<I, O> =
  | { readonly kind: 'ok' }
  | {
      readonly kind: 'illegal';
      /** The illegal part (a partition), all of it. */
      readonly operations: readonly Operation<I, O>[];
      /** A 1-minimal illegal sub-history of it (may equal `operations` when shrinking ran out). */
      readonly minimal: readonly Operation<I, O>[];
      /** The longest prefix of operations the search managed to linearize, in order. */
      readonly longestPrefix: readonly Operation<I, O>[];
    }
  | { readonly kind: 'unknown'; readonly reason: string };

export interface CheckOptions {
  /** Search steps allowed per partition before answering `unknown`. */
  readonly stepBudget?: number | undefined;
  /** Extra search steps allowed for shrinking an illegal partition. */
  readonly shrinkBudget?: number | undefined;
}

const defaultStepBudget = 5_000_000;
const defaultShrinkBudget = 2_000_000;

interface Node {
  /** Index of the operation in the array being checked; -1 for the list head. */
  readonly op: number;
  readonly isCall: boolean;
  /** The call's return node; undefined for unknown-outcome calls and for return nodes. */
  readonly match: Node | undefined;
  readonly position: number;
  prev: Node | undefined;
  next: Node | undefined;
}

/** A fixed-size set of operation indexes with a cheap string form for the memo. */
class Bitset {
  private readonly words: Uint32Array;
  constructor(size: number) {
    this.words = new Uint32Array(Math.ceil(size / 32) + 1);
  }
  set(i: number): void {
    this.words[i >>> 5]! |= 1 << (i & 31);
  }
  clear(i: number): void {
    this.words[i >>> 5]! &= ~(1 << (i & 31));
  }
  key(): string {
    return this.words.join(',');
  }
}

type SearchResult = (
  { kind: 'ok' } | { kind: 'illegal'; longestPrefix: number[] } | { kind: 'unknown' }
) & { steps: number };

function buildList<I, O>(ops: readonly Operation<I, O>[]): Node {
  const nodes: Node[] = [];
  ops.forEach((op, i) => {
    const ret: Node | undefined =
      op.output === undefined
        ? undefined
        : {
            op: i,
            isCall: false,
            match: undefined,
            position: op.ret,
            prev: undefined,
            next: undefined,
          };
    const call: Node = {
      op: i,
      isCall: true,
      match: ret,
      position: op.call,
      prev: undefined,
      next: undefined,
    };
    nodes.push(call);
    if (ret) nodes.push(ret);
  });
  // Calls sort before returns at the same position, so touching operations count as concurrent.
  nodes.sort((a, b) => a.position - b.position || (a.isCall ? 0 : 1) - (b.isCall ? 0 : 1));
  const head: Node = {
    op: -1,
    isCall: false,
    match: undefined,
    position: -Infinity,
    prev: undefined,
    next: undefined,
  };
  let last = head;
  for (const node of nodes) {
    last.next = node;
    node.prev = last;
    last = node;
  }
  return head;
}

function unlink(node: Node): void {
  node.prev!.next = node.next;
  if (node.next) node.next.prev = node.prev;
}

function relink(node: Node): void {
  node.prev!.next = node;
  if (node.next) node.next.prev = node;
}

function lift(call: Node): void {
  unlink(call);
  if (call.match) unlink(call.match);
}

function unlift(call: Node): void {
  if (call.match) relink(call.match);
  relink(call);
}

/** Lowe's search over one partition. */
function search<S, I, O>(
  model: Model<S, I, O>,
  ops: readonly Operation<I, O>[],
  budget: number,
): SearchResult {
  for (const op of ops) {
    if (op.output !== undefined && op.ret < op.call) {
      throw new RangeError(`operation ${op.id} returns (${op.ret}) before its call (${op.call})`);
    }
  }
  const head = buildList(ops);
  let remainingKnown = ops.filter((op) => op.output !== undefined).length;
  const linearized = new Bitset(ops.length);
  const memo = new Set<string>();
  const stack: { node: Node; state: S }[] = [];
  let longestPrefix: number[] = [];
  let state = model.init();
  let entry = head.next;
  let steps = 0;
  while (remainingKnown > 0) {
    if (++steps > budget) return { kind: 'unknown', steps };
    if (entry === undefined) {
      // Only unknown-outcome calls were left to try at this point; fall back like at a return entry.
      throw new Error('linearizability: walked off the list with known operations remaining');
    }
    if (entry.isCall) {
      const op = ops[entry.op]!;
      const next = model.step(state, op.input, op.output);
      if (next !== undefined) {
        linearized.set(entry.op);
        const key = `${linearized.key()}|${model.stateKey(next)}`;
        if (!memo.has(key)) {
          memo.add(key);
          stack.push({ node: entry, state });
          state = next;
          if (op.output !== undefined) remainingKnown--;
          lift(entry);
          if (stack.length > longestPrefix.length) longestPrefix = stack.map((s) => s.node.op);
          entry = head.next;
          continue;
        }
        linearized.clear(entry.op);
      }
      entry = entry.next;
    } else {
      // A return entry whose operation is not linearized: undo the last choice and try the next one.
      const top = stack.pop();
      if (top === undefined) return { kind: 'illegal', longestPrefix, steps };
      state = top.state;
      linearized.clear(top.node.op);
      if (ops[top.node.op]!.output !== undefined) remainingKnown++;
      unlift(top.node);
      entry = top.node.next;
    }
  }
  return { kind: 'ok', steps };
}

/**
 * Greedy shrinking: drop one operation at a time while the rest stays illegal (and, if the model says so,
 * self-explaining). The result is 1-minimal when the budget allows finishing: removing any single
 * operation makes it linearizable or no longer self-explaining.
 */
function shrink<S, I, O>(
  model: Model<S, I, O>,
  ops: readonly Operation<I, O>[],
  budget: number,
): Operation<I, O>[] {
  let current = [...ops];
  let left = budget;
  // Passes until none removes anything: removing one operation can make another removable again.
  for (let changed = true; changed && left > 0;) {
    changed = false;
    // From the last operation back, so an index stays valid after a removal.
    for (let i = current.length - 1; i >= 0 && left > 0; i--) {
      const candidate = current.filter((_, j) => j !== i);
      if (model.explains && !model.explains(candidate, ops)) continue;
      const result = search(model, candidate, left);
      left -= result.steps;
      if (result.kind === 'illegal') {
        current = candidate;
        changed = true;
      }
    }
  }
  return current;
}

/**
 * The history cut at `position`: operations called before it, those still running there with their
 * outcome unknown.
 */
function cutAt<I, O>(ops: readonly Operation<I, O>[], position: number): Operation<I, O>[] {
  return ops
    .filter((op) => op.call < position)
    .map((op) =>
      op.output === undefined || op.ret < position ? op : { ...op, output: undefined },
    );
}

/**
 * The shortest illegal prefix, by binary search over cut positions: linearizability is prefix-closed
 * (a cut of a linearizable history is linearizable), so illegality is monotone in the cut. Falls back to
 * the whole history when a check runs out of budget.
 */
function shortestIllegalPrefix<S, I, O>(
  model: Model<S, I, O>,
  ops: readonly Operation<I, O>[],
  budget: number,
): Operation<I, O>[] {
  const positions = [...new Set(ops.flatMap((op) => [op.call, op.ret]))]
    .filter((p) => Number.isFinite(p))
    .sort((a, b) => a - b);
  let lo = 0;
  let hi = positions.length; // cutting after positions[hi - 1] + 1 keeps everything
  let left = budget;
  while (lo < hi && left > 0) {
    const mid = (lo + hi) >> 1;
    const result = search(model, cutAt(ops, positions[mid]! + 1), left);
    left -= result.steps;
    if (result.kind === 'illegal') hi = mid;
    else if (result.kind === 'ok') lo = mid + 1;
    else return [...ops];
  }
  return hi < positions.length ? cutAt(ops, positions[hi]! + 1) : [...ops];
}

/** Checks one history (one partition) against `model`. */
export function checkOperations<S, I, O>(
  model: Model<S, I, O>,
  ops: readonly Operation<I, O>[],
  options: CheckOptions = {},
): CheckResult<I, O> {
  const result = search(model, ops, options.stepBudget ?? defaultStepBudget);
  switch (result.kind) {
    case 'ok':
      return { kind: 'ok' };
    case 'unknown':
      return {
        kind: 'unknown',
        reason: `search gave up after ${result.steps} steps over ${ops.length} operations`,
      };
    case 'illegal': {
      const budget = options.shrinkBudget ?? defaultShrinkBudget;
      const prefix = shortestIllegalPrefix(model, ops, budget);
      return {
        kind: 'illegal',
        operations: ops,
        minimal: shrink(model, prefix, budget),
        longestPrefix: result.longestPrefix.map((i) => ops[i]!),
      };
    }
  }
}

/**
 * Checks each partition independently (P-compositionality): the whole history is linearizable iff every
 * part is. Returns the first illegal part; `unknown` if some part was undecided and none was illegal.
 */
export function checkPartitions<S, I, O>(
  model: Model<S, I, O>,
  partitions: readonly (readonly Operation<I, O>[])[],
  options: CheckOptions = {},
): CheckResult<I, O> {
  let unknown: CheckResult<I, O> | undefined;
  for (const part of partitions) {
    const result = checkOperations(model, part, options);
    if (result.kind === 'illegal') return result;
    if (result.kind === 'unknown') unknown ??= result;
  }
  return unknown ?? { kind: 'ok' };
}

/** Renders operations one per line, sorted by call position, with their real-time interval. */
export function formatOperations<S, I, O>(
  model: Model<S, I, O>,
  ops: readonly Operation<I, O>[],
): string {
  return [...ops]
    .sort((a, b) => a.call - b.call)
    .map((op) => {
      const end = op.output === undefined ? '...' : String(op.ret);
      return `  [${op.call}, ${end}] p${op.process} ${model.describe(op)}`;
    })
    .join('\n');
}
