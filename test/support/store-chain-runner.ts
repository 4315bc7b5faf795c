/**
 * A random program of one transaction chain interleaved with outside transactions, run against a
 * DOMStore and checked against the reference model's data semantics (store-model.ts). Used by
 * test/unit/api/concurrency.property.test.ts.
 *
 * The chain modifies only its own part of the key space (top/a, top/tags, the entry k1); each outside
 * transaction modifies its own other part (top/b and top/inner, top/box, the entries k2 and k3), so no
 * commit may fail and the checks are exact:
 * - a chain transaction reads what the previous chain transaction left (its snapshot plus its
 *   operations) while that one is ready but not committed, and a fresh snapshot of the store once it
 *   committed; plus its own operations;
 * - a chain transaction that verifies its own part unchanged commits (what the previous one changed
 *   there is its snapshot, not a change);
 * - the chain's transactions commit in chain order, even when a later one is driven first;
 * - every transaction commits, and the final state is the serial application of all commits in commit
 *   order: a chain commit applies its modifications, it never writes back the stale rest of its
 *   snapshot over what outside transactions committed meanwhile.
 * As in the main runner, a transaction is only opened while no commit is in flight, so that its
 * snapshot is exactly known.
 */
import fc from 'fast-check';
import type {
  DOMStore,
  DOMStoreReadTransaction,
  DOMStoreReadWriteTransaction,
  DOMStoreThreePhaseCommitCohort,
  DOMStoreTransactionChain,
  DOMStoreWriteTransaction,
  JsonValue,
} from '../../src/index.js';
import type { PlannedAction } from './store-concurrency-model.js';
import { dataArb, MODULE, SCHEMA, TARGETS } from './store-concurrency-model.js';
import { canonical, sameData, show } from './store-data.js';
import { STALL_MS, STALL_TURNS_MAX } from './store-concurrency-runner.js';
import type { MData, ModelPath, Op } from './store-model.js';
import { applyOp, dataAt, isStructural, pathText, schemaAt, toJson } from './store-model.js';

const under = (prefixes: readonly ModelPath[]): ModelPath[] =>
  TARGETS.filter((t) => prefixes.some((p) => p.every((step, i) => t[i] === step)));

/** The chain's part of the key space, and each outside transaction's. */
const CHAIN_KEYS = under([
  ['top', 'a'],
  ['top', 'tags'],
  ['top', 'item', 'k1'],
]);
const OUTSIDE_KEYS = [
  under([
    ['top', 'b'],
    ['top', 'inner'],
  ]),
  under([['top', 'box']]),
  under([['top', 'item', 'k2']]),
  under([['top', 'item', 'k3']]),
];

function actionArb(keys: readonly ModelPath[], reads: boolean): fc.Arbitrary<PlannedAction> {
  const path = fc.constantFrom(...keys);
  const modify = fc.oneof(
    path.chain((p) => dataArb(p).map((data): PlannedAction => ({ type: 'write', path: p, data }))),
    path.chain((p) => dataArb(p).map((data): PlannedAction => ({ type: 'merge', path: p, data }))),
    path.map((p): PlannedAction => ({ type: 'delete', path: p })),
  );
  if (!reads) return modify;
  const read = fc.constantFrom(...TARGETS).map((p): PlannedAction => ({ type: 'read', path: p }));
  // Verifications of the transaction's own part, which the previous chain transaction may have
  // changed: its changes are the snapshot, not a change, so they never conflict.
  const verify = path.map((p): PlannedAction => ({ type: 'verify', path: p }));
  return fc.oneof(
    { weight: 2, arbitrary: modify },
    { weight: 1, arbitrary: read },
    { weight: 1, arbitrary: verify },
  );
}

interface ChainTxPlan {
  readonly kind: 'read-write' | 'write-only' | 'read-only';
  readonly actions: readonly PlannedAction[];
  readonly end: 'commit' | 'three-phase' | 'cancel' | 'close';
}

const chainTxArb: fc.Arbitrary<ChainTxPlan> = fc.oneof(
  fc.record({
    kind: fc.constant<'read-write'>('read-write'),
    actions: fc.array(actionArb(CHAIN_KEYS, true), { minLength: 1, maxLength: 5 }),
    end: fc.constantFrom<'commit' | 'three-phase' | 'cancel'>(
      'commit',
      'three-phase',
      'three-phase',
      'cancel',
    ),
  }),
  fc.record({
    kind: fc.constant<'write-only'>('write-only'),
    actions: fc.array(actionArb(CHAIN_KEYS, false), { minLength: 1, maxLength: 4 }),
    end: fc.constantFrom<'commit' | 'three-phase'>('commit', 'three-phase'),
  }),
  fc.record({
    kind: fc.constant<'read-only'>('read-only'),
    actions: fc.array(
      fc.constantFrom(...TARGETS).map((p): PlannedAction => ({ type: 'read', path: p })),
      { minLength: 1, maxLength: 3 },
    ),
    end: fc.constant<'close'>('close'),
  }),
);

export interface ChainProgram {
  readonly chain: readonly ChainTxPlan[];
  readonly outside: readonly (readonly PlannedAction[])[];
  readonly choices: readonly number[];
}

export const chainProgramArb: fc.Arbitrary<ChainProgram> = fc.record({
  chain: fc.array(chainTxArb, { minLength: 2, maxLength: 5 }),
  outside: fc
    .tuple(
      ...OUTSIDE_KEYS.map((keys) =>
        fc.array(actionArb(keys, false), { minLength: 1, maxLength: 3 }),
      ),
    )
    .chain((all) => fc.subarray(all)),
  choices: fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 40 }),
});

/** Something the interleaver can move. */
interface Agent {
  readonly name: string;
  done: boolean;
  busy: boolean;
  /** Has something to do now (besides not being busy). */
  canMove(): boolean;
  /** Opens a transaction on its next move (so it must wait while a commit is in flight). */
  opensNext(): boolean;
  move(): Promise<void>;
}

interface Committed {
  readonly data: MData | undefined;
}

/** Runs `program` on `store` (empty, with concurrency.yang); throws on the first violation. */
export async function runChainProgram(store: DOMStore, program: ChainProgram): Promise<void> {
  const state = new ChainRun(store);
  await state.run(program);
}

class ChainRun {
  readonly store: DOMStore;
  readonly log: string[] = [];
  readonly failures: string[] = [];
  data: MData | undefined = undefined;
  inFlight = 0;
  readonly chainCommitOrder: number[] = [];

  constructor(store: DOMStore) {
    this.store = store;
  }

  fail(message: string): void {
    this.failures.push(message);
  }

  /** Applies committed operations to the model, in commit order. */
  commit(ops: readonly Op[], who: string): Committed {
    for (const op of ops) this.data = applyOp(this.data, SCHEMA, op);
    this.log.push(`${who} committed: ${show(toJson(this.data, SCHEMA, MODULE))}`);
    return { data: this.data };
  }

  async run(program: ChainProgram): Promise<void> {
    const chain = this.store.createTransactionChain();
    const chainAgent = new ChainAgent(this, chain, program.chain);
    const agents: Agent[] = [chainAgent, chainAgent.cohortAgent];
    program.outside.forEach((actions, i) => agents.push(new OutsideAgent(this, i, actions)));
    let choice = 0;
    let stalls = 0;
    let stalledSince = 0;
    for (;;) {
      if (this.failures.length > 0) break;
      const live = agents.filter((a) => !a.done);
      if (live.length === 0) break;
      const movable = live.filter(
        (a) => !a.busy && a.canMove() && !(a.opensNext() && this.inFlight > 0),
      );
      if (movable.length === 0) {
        if (stalls++ === 0) stalledSince = Date.now();
        if (stalls > STALL_TURNS_MAX && Date.now() - stalledSince > STALL_MS) {
          this.fail(`stuck: ${live.map((a) => a.name).join(', ')} cannot move`);
          break;
        }
        await turn();
        continue;
      }
      stalls = 0;
      const agent = movable[program.choices[choice++ % program.choices.length]! % movable.length]!;
      await agent.move();
    }
    chain.close();
    if (this.failures.length === 0) {
      const expected = toJson(dataAt(this.data, ['top']), SCHEMA.children!['top']!, MODULE);
      const ro = this.store.newReadOnlyTransaction();
      const got = await ro.read(`/${MODULE}:top`);
      ro.close();
      if (!sameData(got, expected)) {
        this.fail(`final state: store ${show(canonical(got))}, model ${show(canonical(expected))}`);
      }
      const sorted = [...this.chainCommitOrder].sort((a, b) => a - b);
      if (sorted.join() !== this.chainCommitOrder.join()) {
        this.fail(`chain transactions committed in the order ${this.chainCommitOrder.join(', ')}`);
      }
    }
    if (this.failures.length > 0) {
      throw new Error(`${this.failures.join('\n')}\nhistory:\n  ${this.log.join('\n  ')}`);
    }
  }

  /** Issues `promise`, lets it settle for a few turns, and leaves `agent` busy if it has not. */
  async settle(
    agent: Agent,
    promise: Promise<unknown>,
    onOutcome: (o: { ok: true; value: unknown } | { ok: false; error: unknown }) => void,
  ): Promise<void> {
    agent.busy = true;
    let settled = false;
    promise.then(
      (value) => {
        settled = true;
        agent.busy = false;
        onOutcome({ ok: true, value });
      },
      (error: unknown) => {
        settled = true;
        agent.busy = false;
        onOutcome({ ok: false, error });
      },
    );
    for (let i = 0; i < 4 && !settled; i++) await turn();
  }

  /** Issues a modification or a read against `tx`, whose view before it is `view`. */
  async act(
    agent: Agent,
    tx: DOMStoreReadTransaction | DOMStoreReadWriteTransaction | DOMStoreWriteTransaction,
    a: PlannedAction,
    view: MData | undefined,
    ops: Op[],
    who: string,
  ): Promise<void> {
    const text = pathText(a.path, SCHEMA, MODULE);
    if (a.type === 'read' || a.type === 'exists') {
      const expected = toJson(dataAt(view, a.path), schemaAt(SCHEMA, a.path)!, MODULE);
      await this.settle(agent, (tx as DOMStoreReadTransaction).read(text), (o) => {
        if (!o.ok) this.fail(`${who} read ${text} failed: ${String(o.error)}`);
        else if (!sameData(o.value as JsonValue | undefined, expected)) {
          this.fail(`${who} read ${text}: got ${show(o.value)}, the model says ${show(expected)}`);
        }
        this.log.push(`${who} read ${text} -> ${show(o.ok ? o.value : o.error)}`);
      });
      return;
    }
    if (a.type === 'verify') {
      try {
        (tx as DOMStoreReadWriteTransaction).verifyUnchanged(text);
      } catch (err) {
        this.fail(`${who} verify ${text} threw ${String(err)}`);
        return;
      }
      this.log.push(`${who} verify ${text}`);
      return;
    }
    const op: Exclude<Op, { type: 'verify' }> =
      a.type === 'write' || a.type === 'merge'
        ? { type: a.type, path: a.path, data: a.data }
        : { type: 'delete', path: a.path };
    if (!parentsExist(view, op.path)) return;
    const w = tx as DOMStoreWriteTransaction;
    const data =
      op.type === 'delete' ? undefined : toJson(op.data, schemaAt(SCHEMA, op.path)!, MODULE);
    try {
      if (op.type === 'delete') w.delete(text);
      else if (op.type === 'write') w.write(text, data);
      else w.merge(text, data);
    } catch (err) {
      this.fail(`${who} ${op.type} ${text} threw ${String(err)}`);
      return;
    }
    ops.push(op);
    this.log.push(`${who} ${op.type} ${text} ${show(data)}`);
  }
}

interface ChainTxState {
  readonly index: number;
  readonly base: MData | undefined;
  readonly ops: Op[];
  /** The view the next chain transaction builds on while this one is not yet committed. */
  view(): MData | undefined;
  committed: boolean;
}

/** Drives the chain's transactions one after another; `cohortAgent` drives their cohorts' phases. */
class ChainAgent implements Agent {
  readonly name = 'chain';
  done = false;
  busy = false;
  readonly cohortAgent: Agent;
  private readonly run: ChainRun;
  private readonly chain: DOMStoreTransactionChain;
  private readonly plans: readonly ChainTxPlan[];
  private next = 0;
  private open:
    | {
        plan: ChainTxPlan;
        tx: DOMStoreReadTransaction | DOMStoreWriteTransaction;
        step: number;
        state: ChainTxState;
      }
    | undefined;
  /** The last chain transaction that was made ready. */
  private lastReady: ChainTxState | undefined;
  /** Cohorts waiting for their phases, in chain order. */
  private readonly cohorts: {
    state: ChainTxState;
    cohort: DOMStoreThreePhaseCommitCohort;
    phase: number;
  }[] = [];

  constructor(run: ChainRun, chain: DOMStoreTransactionChain, plans: readonly ChainTxPlan[]) {
    this.run = run;
    this.chain = chain;
    this.plans = plans;
    this.done = plans.length === 0;
    this.cohortAgent = new CohortAgent(this);
  }

  get waitingCohorts(): number {
    return this.cohorts.length;
  }

  canMove(): boolean {
    return this.open !== undefined || this.next < this.plans.length;
  }

  opensNext(): boolean {
    return this.open === undefined && this.next < this.plans.length;
  }

  async move(): Promise<void> {
    if (this.open !== undefined) await this.step();
    else this.openNext();
    this.done = this.open === undefined && this.next >= this.plans.length;
    this.cohortAgent.done = this.done && this.cohorts.length === 0;
  }

  private openNext(): void {
    const plan = this.plans[this.next]!;
    const index = this.next++;
    const base =
      this.lastReady !== undefined && !this.lastReady.committed
        ? this.lastReady.view()
        : this.run.data;
    const ops: Op[] = [];
    const state: ChainTxState = {
      index,
      base,
      ops,
      committed: false,
      view(): MData | undefined {
        let d = base;
        for (const op of ops) d = applyOp(d, SCHEMA, op);
        return d;
      },
    };
    const tx =
      plan.kind === 'read-only'
        ? this.chain.newReadOnlyTransaction()
        : plan.kind === 'read-write'
          ? this.chain.newReadWriteTransaction()
          : this.chain.newWriteOnlyTransaction();
    this.open = { plan, tx, step: 0, state };
    this.run.log.push(`chain #${index} open ${plan.kind}`);
  }

  private async step(): Promise<void> {
    const open = this.open!;
    const { plan, tx, state } = open;
    const who = `chain #${state.index}`;
    if (open.step < plan.actions.length) {
      const a = plan.actions[open.step++]!;
      await this.run.act(this, tx, a, state.view(), state.ops, who);
      return;
    }
    this.open = undefined;
    this.run.log.push(`${who} ${plan.end}`);
    switch (plan.end) {
      case 'close':
        (tx as DOMStoreReadTransaction).close();
        return;
      case 'cancel':
        (tx as DOMStoreWriteTransaction).cancel();
        return;
      case 'three-phase':
        this.lastReady = state;
        this.cohorts.push({ state, cohort: (tx as DOMStoreWriteTransaction).ready(), phase: 0 });
        return;
      case 'commit': {
        this.lastReady = state;
        this.run.inFlight++;
        // Not awaited through `settle`: the chain may queue it behind earlier cohorts that this agent
        // has yet to drive, so it must not make the agent busy.
        (tx as DOMStoreWriteTransaction).commit().then(
          () => this.committed(state),
          (err: unknown) => {
            this.run.inFlight--;
            this.run.fail(`${who} commit() failed: ${String(err)}`);
          },
        );
        for (let i = 0; i < 4; i++) await turn();
        return;
      }
    }
  }

  private committed(state: ChainTxState): void {
    this.run.inFlight--;
    state.committed = true;
    this.run.chainCommitOrder.push(state.index);
    this.run.commit(state.ops, `chain #${state.index}`);
  }

  async drivePhase(agent: Agent): Promise<void> {
    const c = this.cohorts[0]!;
    const who = `chain #${c.state.index}`;
    const phase = c.phase++;
    if (phase === 2) {
      this.cohorts.shift();
      this.run.inFlight++;
    }
    const call =
      phase === 0 ? c.cohort.canCommit() : phase === 1 ? c.cohort.preCommit() : c.cohort.commit();
    this.run.log.push(`${who} ${['canCommit', 'preCommit', 'commit'][phase]!}`);
    await this.run.settle(agent, call, (o) => {
      if (!o.ok) {
        if (phase === 2) this.run.inFlight--;
        this.run.fail(`${who} phase ${phase} failed: ${String(o.error)}`);
      } else if (phase === 2) this.committed(c.state);
    });
  }
}

/** Drives the phases of the chain's ready cohorts, in chain order. */
class CohortAgent implements Agent {
  readonly name = 'chain cohorts';
  done = false;
  busy = false;
  private readonly chain: ChainAgent;

  constructor(chain: ChainAgent) {
    this.chain = chain;
  }

  canMove(): boolean {
    return this.chain.waitingCohorts > 0;
  }

  opensNext(): boolean {
    return false;
  }

  async move(): Promise<void> {
    await this.chain.drivePhase(this);
    this.done = this.chain.done && this.chain.waitingCohorts === 0;
  }
}

/** One outside transaction over its own part of the key space, committed with commit(). */
class OutsideAgent implements Agent {
  readonly name: string;
  done = false;
  busy = false;
  private readonly run: ChainRun;
  private readonly actions: readonly PlannedAction[];
  private tx: DOMStoreReadWriteTransaction | undefined;
  private base: MData | undefined;
  private readonly ops: Op[] = [];
  private step = 0;

  constructor(run: ChainRun, index: number, actions: readonly PlannedAction[]) {
    this.run = run;
    this.name = `outside #${index}`;
    this.actions = actions;
  }

  canMove(): boolean {
    return true;
  }

  opensNext(): boolean {
    return this.tx === undefined;
  }

  async move(): Promise<void> {
    if (this.tx === undefined) {
      this.tx = this.run.store.newReadWriteTransaction();
      this.base = this.run.data;
      this.run.log.push(`${this.name} open`);
      return;
    }
    if (this.step < this.actions.length) {
      let view = this.base;
      for (const op of this.ops) view = applyOp(view, SCHEMA, op);
      await this.run.act(this, this.tx, this.actions[this.step++]!, view, this.ops, this.name);
      return;
    }
    this.run.inFlight++;
    await this.run.settle(this, this.tx.commit(), (o) => {
      this.run.inFlight--;
      this.done = true;
      if (o.ok) this.run.commit(this.ops, this.name);
      else this.run.fail(`${this.name} commit failed: ${String(o.error)}`);
    });
  }
}

function parentsExist(view: MData | undefined, path: ModelPath): boolean {
  for (let i = 1; i < path.length; i++) {
    const s = schemaAt(SCHEMA, path.slice(0, i))!;
    if (!isStructural(s.kind) && dataAt(view, path.slice(0, i)) === undefined) return false;
  }
  return true;
}

async function turn(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
}
