/**
 * Runs one random program of concurrent transactions against a DOMStore and checks the history
 * against the reference model (store-model.ts). Used by test/unit/api/concurrency.property.test.ts.
 *
 * Method. A seeded interleaver moves one transaction at a time by one action (open, an operation, a
 * read, ready, a commit phase, abort, cancel), chosen by the program's choices among the transactions
 * that can move. After an action it lets the store settle for a few macrotask turns; an action whose
 * promise has not settled by then (a commit queued behind another cohort) leaves its transaction busy,
 * and the others go on. The model applies a commit when its promise resolves.
 *
 * Snapshots: the contract does not say when a transaction takes its snapshot; the in-memory store takes
 * it when the transaction opens, a distributed one (like MD-SAL's) at the first operation. So every
 * committed state between a transaction's opening and its first operation is a candidate snapshot;
 * reads narrow the candidates down, and verdicts are taken over those that remain. Opening and the first
 * operation wait while a commit is in flight, so that the candidates are exactly known.
 *
 * Checked, as the issue asks:
 * (a) the store's final state equals the serial application of the committed transactions' operations
 *     in commit order (and every read on the way agrees);
 * (b) each read equals the model at the transaction's snapshot plus its own earlier operations;
 * (c) aborted, cancelled and rejected transactions leave no trace (they never enter the model, and (a)
 *     and (b) would see a trace);
 * (d) a commit is rejected with OptimisticLockFailedError exactly when the modelled yangtools rules say
 *     it conflicts, up to the corners the contract leaves open (store-model.ts lists them), where
 *     either outcome is accepted; this includes the nodes a read-write transaction verified unchanged
 *     (verifyUnchanged), which also must never reach a listener;
 * (e) every listener receives exactly the committed changes under its path, in commit order, each
 *     candidate consistent, and its replayed view equals the store's data.
 */
import type {
  DOMStore,
  DOMStoreReadTransaction,
  DOMStoreReadWriteTransaction,
  DOMStoreThreePhaseCommitCohort,
  DOMStoreWriteTransaction,
  JsonValue,
  SchemaContext,
} from '../../src/index.js';
import { OptimisticLockFailedError } from '../../src/index.js';
import { candidateProblems, ListenerRecorder, waitUntil } from './store-candidates.js';
import type { PlannedAction, PlannedTransaction, Program } from './store-concurrency-model.js';
import {
  LATE_LISTENER_PATH,
  LISTENER_PATHS,
  MODULE,
  SCHEMA,
  SENTINEL,
} from './store-concurrency-model.js';
import { canonical, sameData, show } from './store-data.js';
import type { ConflictFlags, MData, ModelPath, Op, VNode } from './store-model.js';
import {
  ALL_CONFLICT_FLAGS,
  applyModification,
  applyOp,
  buildModification,
  conflictPaths,
  dataAt,
  dataOfV,
  equalData,
  isStructural,
  pathText,
  schemaAt,
  toJson,
} from './store-model.js';

/** One committed state of the model. */
export interface ModelState {
  readonly seq: number;
  readonly data: MData | undefined;
  /** The versioned tree, without and with version bumps for identical writes. */
  readonly trees: readonly [VNode | undefined, VNode | undefined];
}

/** Counts of how decided the model's verdicts were, across runs. */
export interface VerdictStats {
  decidedCommit: number;
  decidedConflict: number;
  either: number;
}

type Verdict = 'commit' | 'conflict';

interface Run {
  readonly tx: PlannedTransaction;
  readonly id: number;
  /** The next action: 0 is open, then the planned actions, then the end steps. */
  step: number;
  busy: boolean;
  done: boolean;
  ro: DOMStoreReadTransaction | undefined;
  rw: DOMStoreReadWriteTransaction | DOMStoreWriteTransaction | undefined;
  cohort: DOMStoreThreePhaseCommitCohort | undefined;
  /** The states the snapshot may be (see the file comment), oldest first. */
  snapshots: ModelState[];
  /** The first operation was issued: no later state can be the snapshot. */
  fixed: boolean;
  readonly ops: Op[];
  /** Verdicts seen since the first conflict-checking phase was issued; undefined before. */
  window: Set<Verdict> | undefined;
  conflictPaths: Set<string>;
  commitInFlight: boolean;
  /** The end steps, computed at open. */
  ends: readonly EndStep[];
}

type EndStep =
  'commit' | 'ready' | 'can-commit' | 'pre-commit' | 'cohort-commit' | 'abort' | 'cancel' | 'close';

function endSteps(tx: PlannedTransaction): EndStep[] {
  switch (tx.end) {
    case 'commit':
      return ['commit'];
    case 'three-phase':
      return ['ready', 'can-commit', 'pre-commit', 'cohort-commit'];
    case 'abort-after-ready':
      return ['ready', 'abort'];
    case 'abort-after-can-commit':
      return ['ready', 'can-commit', 'abort'];
    case 'abort-after-pre-commit':
      return ['ready', 'can-commit', 'pre-commit', 'abort'];
    case 'cancel':
      return ['cancel'];
    case 'close':
      return ['close'];
  }
}

interface Watcher {
  readonly path: ModelPath;
  readonly text: string;
  readonly recorder: ListenerRecorder;
  /** The model seq at registration. */
  readonly fromSeq: number;
}

/**
 * The open corners of the contract the verdicts range over (store-model.ts). By default all of them,
 * so either choice passes; CANOPY_CONFLICT_FLAGS (names of the flags that hold, comma-separated, or
 * `none`) and CANOPY_NOOP_BUMPS (0 or 1) pin one semantics, e.g. to check that a store implements
 * exactly what its documentation says.
 */
const CONFLICT_FLAGS: readonly ConflictFlags[] = ((): readonly ConflictFlags[] => {
  const pinned = process.env['CANOPY_CONFLICT_FLAGS'];
  if (pinned === undefined) return ALL_CONFLICT_FLAGS;
  const names = new Set(pinned.split(',').map((n) => n.trim()));
  return ALL_CONFLICT_FLAGS.filter((f) =>
    Object.entries(f).every(([name, on]) => on === names.has(name)),
  );
})();
const BUMP_VARIANTS: readonly (0 | 1)[] =
  process.env['CANOPY_NOOP_BUMPS'] === '0'
    ? [0]
    : process.env['CANOPY_NOOP_BUMPS'] === '1'
      ? [1]
      : [0, 1];

const SETTLE_TURNS = 4;
/** Liveness bound for the last deliveries (the sentinel's) to arrive. */
const LISTENER_WAIT_MS = 5000;
/**
 * Liveness bound for a commit in flight: "stuck" takes both this many event-loop turns and this much
 * time without a move (a persistent store's synced journal write can outlast 5,000 turns on a loaded
 * machine; the time alone would make an idle replay slow to fail). The chain runner uses them too.
 */
export const STALL_TURNS_MAX = 5000;
/** See STALL_TURNS_MAX. */
export const STALL_MS = 15_000;

/** Runs `program` on `store` (empty, schema holding concurrency.yang); throws on the first violation. */
export async function runProgram(
  store: DOMStore,
  schema: SchemaContext,
  program: Program,
  stats: VerdictStats,
): Promise<void> {
  const runner = new Runner(store, schema, stats);
  await runner.run(program);
}

class Runner {
  private readonly store: DOMStore;
  private readonly schema: SchemaContext;
  private readonly stats: VerdictStats;
  private readonly states: ModelState[] = [];
  private readonly failures: string[] = [];
  private readonly watchers: Watcher[] = [];
  private readonly runs: Run[] = [];
  private readonly log: string[] = [];

  constructor(store: DOMStore, schema: SchemaContext, stats: VerdictStats) {
    this.store = store;
    this.schema = schema;
    this.stats = stats;
    this.states.push({ seq: 0, data: undefined, trees: [undefined, undefined] });
  }

  private get current(): ModelState {
    return this.states[this.states.length - 1]!;
  }

  private fail(message: string): void {
    this.failures.push(message);
  }

  private check(): void {
    if (this.failures.length > 0) {
      throw new Error(`${this.failures.join('\n')}\nhistory:\n  ${this.log.join('\n  ')}`);
    }
  }

  async run(program: Program): Promise<void> {
    if (program.initial !== undefined) {
      await this.commitDirectly([{ type: 'write', path: ['top'], data: program.initial }]);
    }
    for (const path of LISTENER_PATHS) this.watch(path);
    program.transactions.forEach((tx, id) => {
      this.runs.push(newRun(tx, id));
    });
    let choice = 0;
    let stalls = 0;
    let stalledSince = 0;
    let steps = 0;
    let lateDone = false;
    while (this.runs.some((r) => !r.done)) {
      this.check();
      const inFlight = this.runs.some((r) => r.commitInFlight);
      if (!lateDone && steps >= program.lateListenerStep && !inFlight) {
        this.watch(LATE_LISTENER_PATH);
        lateDone = true;
      }
      const movable = this.runs.filter(
        (r) => !r.done && !r.busy && !(inFlight && (r.step === 0 || !r.fixed)),
      );
      if (movable.length === 0) {
        if (stalls++ === 0) stalledSince = Date.now();
        if (stalls > STALL_TURNS_MAX && Date.now() - stalledSince > STALL_MS) {
          this.fail(`stuck: no transaction can move and nothing settles (${this.describeRuns()})`);
          break;
        }
        await turn();
        continue;
      }
      stalls = 0;
      const pick = program.choices[choice++ % program.choices.length]!;
      await this.move(movable[pick % movable.length]!);
      steps++;
    }
    this.check();
    if (!lateDone) this.watch(LATE_LISTENER_PATH);
    await this.commitDirectly(SENTINEL.map(toOp));
    await this.verifyFinal();
    this.check();
  }

  private describeRuns(): string {
    return this.runs
      .map((r) => `#${r.id} step ${r.step}${r.busy ? ' busy' : ''}${r.done ? ' done' : ''}`)
      .join(', ');
  }

  private watch(path: ModelPath): void {
    const recorder = new ListenerRecorder();
    const text = pathText(path, SCHEMA, MODULE);
    this.store.registerTreeChangeListener(text, recorder.listener);
    this.watchers.push({ path, text, recorder, fromSeq: this.current.seq });
    this.log.push(`listen ${text} at seq ${this.current.seq}`);
  }

  /** Commits `ops` alone (nothing else is running) and applies them to the model. */
  private async commitDirectly(ops: readonly Op[]): Promise<void> {
    const tx = this.store.newWriteOnlyTransaction();
    for (const op of ops) issue(tx, op);
    await tx.commit();
    const snapshot = this.current;
    this.applyCommit(ops, snapshot, 'setup');
  }

  private async move(r: Run): Promise<void> {
    const planned = r.tx.actions;
    const step = r.step++;
    if (step === 0) {
      this.open(r);
    } else if (step <= planned.length) {
      await this.act(r, planned[step - 1]!);
    } else {
      await this.end(r, r.ends[step - planned.length - 1]!);
    }
  }

  /** After a failed phase the only step left is abort. */
  private abortNext(r: Run): void {
    r.ends = ['abort'];
    r.step = r.tx.actions.length + 1;
  }

  private open(r: Run): void {
    r.snapshots = [this.current];
    r.ends = endSteps(r.tx);
    switch (r.tx.kind) {
      case 'read-only':
        r.ro = this.store.newReadOnlyTransaction();
        break;
      case 'read-write':
        r.rw = this.store.newReadWriteTransaction();
        break;
      case 'write-only':
        r.rw = this.store.newWriteOnlyTransaction();
        break;
    }
    this.log.push(`#${r.id} open ${r.tx.kind} at seq ${this.current.seq}`);
  }

  /** The transaction's own view on snapshot `snap`: the snapshot plus its operations so far. */
  private view(r: Run, snap: ModelState): MData | undefined {
    let d = snap.data;
    for (const op of r.ops) d = applyOp(d, SCHEMA, op);
    return d;
  }

  private seqs(r: Run): string {
    return r.snapshots.map((c) => c.seq).join('|');
  }

  private async act(r: Run, a: PlannedAction): Promise<void> {
    if (a.type === 'read' || a.type === 'exists') {
      await this.read(r, a.type, a.path);
      return;
    }
    const op = toOp(a);
    if (op.type === 'verify') {
      r.fixed = true;
      try {
        (r.rw as DOMStoreReadWriteTransaction).verifyUnchanged(pathText(op.path, SCHEMA, MODULE));
      } catch (err) {
        this.fail(`#${r.id} ${describeOp(op)} threw ${String(err)}`);
        return;
      }
      r.ops.push(op);
      this.log.push(`#${r.id} ${describeOp(op)}`);
      return;
    }
    if (!r.snapshots.every((snap) => parentsExist(this.view(r, snap), op.path))) {
      // The store may refuse an operation below an absent list entry or presence container, or
      // create it; the contract does not say, so programs do not do it.
      this.log.push(`#${r.id} skip ${describeOp(op)}`);
      return;
    }
    r.fixed = true;
    try {
      issue(r.rw!, op);
    } catch (err) {
      this.fail(`#${r.id} ${describeOp(op)} threw ${String(err)}`);
      return;
    }
    r.ops.push(op);
    this.log.push(`#${r.id} ${describeOp(op)}`);
  }

  private async read(r: Run, type: 'read' | 'exists', path: ModelPath): Promise<void> {
    const text = pathText(path, SCHEMA, MODULE);
    const tx = r.ro ?? (r.rw as DOMStoreReadWriteTransaction);
    r.fixed = true;
    const node = schemaAt(SCHEMA, path)!;
    const expected = r.snapshots.map((snap) => {
      const d = dataAt(this.view(r, snap), path);
      return type === 'exists' ? d !== undefined : toJson(d, node, MODULE);
    });
    await this.settleAction(r, type === 'read' ? tx.read(text) : tx.exists(text), (outcome) => {
      if (!outcome.ok) {
        this.fail(`#${r.id} ${type} ${text} failed: ${String(outcome.error)}`);
        return;
      }
      const got = outcome.value as JsonValue | undefined;
      this.log.push(`#${r.id} ${type} ${text} -> ${show(got)}`);
      const fits = r.snapshots.filter((_, i) => sameData(got, expected[i]));
      if (fits.length === 0) {
        this.fail(
          `#${r.id} ${type} ${text}: got ${show(canonical(got))}, the model (snapshot seq ` +
            `${this.seqs(r)} + own operations) says ${expected.map((e) => show(canonical(e))).join(' or ')}`,
        );
        return;
      }
      r.snapshots = fits;
    });
  }

  private async end(r: Run, e: EndStep): Promise<void> {
    this.log.push(`#${r.id} ${e}`);
    const tx = r.rw;
    switch (e) {
      case 'close':
        r.ro!.close();
        r.done = true;
        return;
      case 'cancel':
        if (!tx!.cancel()) this.fail(`#${r.id} cancel of an open transaction returned false`);
        r.done = true;
        return;
      case 'ready':
        r.cohort = tx!.ready();
        return;
      case 'commit':
        this.openWindow(r);
        r.commitInFlight = true;
        await this.settleAction(r, tx!.commit(), (o) => this.onCommitOutcome(r, o));
        return;
      case 'can-commit':
        this.openWindow(r);
        await this.settleAction(r, r.cohort!.canCommit(), (o) => {
          if (o.ok) {
            if (o.value !== true) this.fail(`#${r.id} canCommit resolved ${show(o.value)}`);
            this.expectVerdict(r, 'commit', 'canCommit resolved');
          } else {
            this.onRejected(r, o.error, 'canCommit');
            this.abortNext(r);
          }
        });
        return;
      case 'pre-commit':
        await this.settleAction(r, r.cohort!.preCommit(), (o) => {
          if (!o.ok) {
            this.onRejected(r, o.error, 'preCommit');
            this.abortNext(r);
          }
        });
        return;
      case 'cohort-commit':
        r.commitInFlight = true;
        await this.settleAction(r, r.cohort!.commit(), (o) => this.onCommitOutcome(r, o));
        return;
      case 'abort':
        await this.settleAction(r, r.cohort!.abort(), (o) => {
          if (!o.ok) this.fail(`#${r.id} abort failed: ${String(o.error)}`);
          r.done = true;
        });
        return;
    }
  }

  private openWindow(r: Run): void {
    r.window ??= new Set();
    this.addVerdicts(r);
  }

  /** Adds the model's verdicts for `r` against the current state to its window. */
  private addVerdicts(r: Run): Set<Verdict> {
    const verdicts = this.verdicts(r);
    for (const v of verdicts.set) r.window!.add(v);
    for (const p of verdicts.paths) r.conflictPaths.add(p);
    return verdicts.set;
  }

  private verdicts(r: Run): { set: Set<Verdict>; paths: string[] } {
    const set = new Set<Verdict>();
    const paths: string[] = [];
    for (const snap of r.snapshots) {
      for (const bump of BUMP_VARIANTS) {
        const mod = buildModification(r.ops, snap.trees[bump], SCHEMA);
        for (const flags of CONFLICT_FLAGS) {
          const hits = conflictPaths(
            mod,
            snap.trees[bump],
            this.current.trees[bump],
            SCHEMA,
            flags,
          );
          set.add(hits.length === 0 ? 'commit' : 'conflict');
          for (const hit of hits) paths.push(pathText(hit, SCHEMA, MODULE));
        }
      }
    }
    return { set, paths };
  }

  private expectVerdict(r: Run, outcome: Verdict, what: string): void {
    if (!r.window!.has(outcome)) {
      this.fail(
        `#${r.id} ${what}, but the model says ${[...r.window!].join('/')} ` +
          `(ops: ${r.ops.map(describeOp).join('; ')}; snapshot seq ${this.seqs(r)}, now ${this.current.seq})`,
      );
    }
  }

  private onCommitOutcome(r: Run, o: Outcome): void {
    r.commitInFlight = false;
    r.done = true;
    if (!o.ok) {
      this.onRejected(r, o.error, 'commit');
      return;
    }
    const now = this.verdicts(r).set;
    this.count(now);
    if (!now.has('commit')) {
      this.fail(
        `#${r.id} committed, but against the state it committed on (seq ${this.current.seq}) the model ` +
          `finds a conflict (ops: ${r.ops.map(describeOp).join('; ')}; snapshot seq ${this.seqs(r)})`,
      );
    }
    this.applyCommit(r.ops, r.snapshots[0]!, `#${r.id}`);
  }

  private onRejected(r: Run, error: unknown, phase: string): void {
    r.commitInFlight = false;
    if (!(error instanceof OptimisticLockFailedError)) {
      this.fail(
        `#${r.id} ${phase} failed with ${String(error)}; only OptimisticLockFailedError is possible`,
      );
      return;
    }
    this.count(r.window!);
    this.log.push(`#${r.id} ${phase} rejected: ${error.message}`);
    this.expectVerdict(r, 'conflict', `${phase} was rejected (${error.message})`);
    const onBranch = [...r.conflictPaths].some(
      (p) =>
        p === error.path ||
        p.startsWith(`${error.path}/`) ||
        error.path.startsWith(`${p}/`) ||
        p.startsWith(`${error.path}=`) ||
        error.path.startsWith(`${p}=`),
    );
    if (r.window!.has('conflict') && !onBranch) {
      this.fail(
        `#${r.id} conflict reported at ${error.path}; the model finds it at ${[...r.conflictPaths].join(', ')}`,
      );
    }
  }

  private count(set: ReadonlySet<Verdict>): void {
    if (set.size > 1) this.stats.either++;
    else if (set.has('commit')) this.stats.decidedCommit++;
    else this.stats.decidedConflict++;
  }

  /** Applies committed `ops` (built on `snapshot`) to the model as the next state. */
  private applyCommit(ops: readonly Op[], snapshot: ModelState, who: string): void {
    const cur = this.current;
    const seq = cur.seq + 1;
    let data = cur.data;
    for (const op of ops) data = applyOp(data, SCHEMA, op);
    const trees = ([0, 1] as const).map((bump) =>
      applyModification(
        buildModification(ops, snapshot.trees[bump], SCHEMA),
        cur.trees[bump],
        SCHEMA,
        seq,
        bump === 1,
      ),
    ) as [VNode | undefined, VNode | undefined];
    for (const t of trees) {
      if (!equalData(dataOfV(t), data)) {
        throw new Error(
          `reference model bug: versioned tree ${show(toJson(dataOfV(t), SCHEMA, MODULE))} ` +
            `!= serial application ${show(toJson(data, SCHEMA, MODULE))} after ${who}`,
        );
      }
    }
    this.states.push({ seq, data, trees });
    this.log.push(`${who} committed as seq ${seq}: ${show(toJson(data, SCHEMA, MODULE))}`);
    for (const r of this.runs) {
      if (r.snapshots.length > 0 && !r.fixed) r.snapshots.push(this.current);
      if (r.window !== undefined && !r.done) this.addVerdicts(r);
    }
  }

  /** Issues a promise-returning action and waits a few turns; a slow one leaves `r` busy. */
  private async settleAction(
    r: Run,
    promise: Promise<unknown>,
    onOutcome: (o: Outcome) => void,
  ): Promise<void> {
    r.busy = true;
    let settled = false;
    promise.then(
      (value) => {
        settled = true;
        r.busy = false;
        onOutcome({ ok: true, value });
      },
      (error: unknown) => {
        settled = true;
        r.busy = false;
        onOutcome({ ok: false, error });
      },
    );
    for (let i = 0; i < SETTLE_TURNS && !settled; i++) await turn();
  }

  private async verifyFinal(): Promise<void> {
    const final = this.current;
    const top = toJson(dataAt(final.data, ['top']), SCHEMA.children!['top']!, MODULE);
    const ro = this.store.newReadOnlyTransaction();
    const got = await ro.read(`/${MODULE}:top`);
    ro.close();
    if (!sameData(got, top)) {
      this.fail(
        `final state: the store has ${show(canonical(got))}, the model ${show(canonical(top))}`,
      );
    }
    this.check(); // a wrong final state says enough; do not wait for listeners then
    await Promise.all(this.watchers.map((w) => this.verifyWatcher(w)));
  }

  /**
   * The listener's calls must be: the data at its path in some committed state k at or after its
   * registration (a store may register asynchronously), then exactly the changes of every later commit.
   */
  private async verifyWatcher(w: Watcher): Promise<void> {
    const schemaNode = schemaAt(SCHEMA, w.path)!;
    const json = (d: MData | undefined): JsonValue | undefined => toJson(d, schemaNode, MODULE);
    const at = (k: number): MData | undefined => dataAt(this.states[k]!.data, w.path);
    const changesAfter = (from: number): Change[] => {
      const out: Change[] = [];
      for (let k = from + 1; k < this.states.length; k++) {
        if (!equalData(at(k - 1), at(k))) out.push({ before: json(at(k - 1)), after: json(at(k)) });
      }
      return out;
    };
    // The sentinel commit changed every listener path last, to values no program writes: once its
    // change arrived, every earlier one has (delivery is in commit order).
    const finalJson = json(at(this.states.length - 1));
    const arrived = (): boolean => {
      const changes = w.recorder.changesAfterInitial();
      const last = changes[changes.length - 1];
      return last !== undefined && sameData(last.dataAfter, finalJson);
    };
    try {
      await waitUntil(arrived, `the listener on ${w.text} got the sentinel`, LISTENER_WAIT_MS);
    } catch {
      this.fail(
        `listener ${w.text}: the sentinel did not arrive; got ${show(w.recorder.calls)}, ` +
          `expected ${show(changesAfter(w.fromSeq))}`,
      );
      return;
    }
    const initial = w.recorder.calls[0]!;
    const initialOk =
      initial.length === 0 ||
      (initial.length === 1 &&
        initial[0]!.modificationType === 'write' &&
        initial[0]!.dataBefore === undefined);
    const initialData = initial.length === 0 ? undefined : initial[0]!.dataAfter;
    const got = w.recorder
      .changesAfterInitial()
      .map((c) => ({ before: c.dataBefore, after: c.dataAfter }));
    let matched = false;
    for (let k = w.fromSeq; k < this.states.length && !matched; k++) {
      if (!initialOk || !sameData(initialData, json(at(k)))) continue;
      const expected = changesAfter(k);
      matched =
        got.length === expected.length &&
        got.every(
          (g, i) =>
            sameData(g.before, expected[i]!.before) && sameData(g.after, expected[i]!.after),
        );
    }
    if (!matched) {
      this.fail(
        `listener ${w.text}: initial call ${show(initial)} and changes ${show(got)} are not the data ` +
          `at some commit since seq ${w.fromSeq} and the changes after it; from seq ${w.fromSeq}: ` +
          `initial ${show(json(at(w.fromSeq)))}, changes ${show(changesAfter(w.fromSeq))}`,
      );
    }
    for (const c of w.recorder.candidates) {
      if (c.path !== w.text) this.fail(`listener ${w.text}: candidate rooted at ${c.path}`);
      const problems = candidateProblems(this.schema, c);
      if (problems.length > 0) this.fail(`listener ${w.text}: ${problems.join('; ')}`);
    }
  }
}

interface Change {
  readonly before: JsonValue | undefined;
  readonly after: JsonValue | undefined;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function newRun(tx: PlannedTransaction, id: number): Run {
  return {
    tx,
    id,
    step: 0,
    busy: false,
    done: false,
    ro: undefined,
    rw: undefined,
    cohort: undefined,
    snapshots: [],
    fixed: false,
    ops: [],
    window: undefined,
    conflictPaths: new Set(),
    commitInFlight: false,
    ends: [],
  };
}

function toOp(a: PlannedAction): Op {
  switch (a.type) {
    case 'write':
    case 'merge':
      return { type: a.type, path: a.path, data: a.data };
    case 'delete':
    case 'verify':
      return { type: a.type, path: a.path };
    case 'read':
    case 'exists':
      throw new Error('a read is not an operation');
  }
}

function issue(tx: DOMStoreWriteTransaction, op: Op): void {
  const text = pathText(op.path, SCHEMA, MODULE);
  switch (op.type) {
    case 'write':
      tx.write(text, toJson(op.data, schemaAt(SCHEMA, op.path)!, MODULE));
      return;
    case 'merge':
      tx.merge(text, toJson(op.data, schemaAt(SCHEMA, op.path)!, MODULE));
      return;
    case 'delete':
      tx.delete(text);
      return;
    case 'verify':
      throw new Error('setup commits only write');
  }
}

/** Every list entry and presence container above `path` exists in `view`. */
function parentsExist(view: MData | undefined, path: ModelPath): boolean {
  for (let i = 1; i < path.length; i++) {
    const s = schemaAt(SCHEMA, path.slice(0, i))!;
    if (!isStructural(s.kind) && dataAt(view, path.slice(0, i)) === undefined) return false;
  }
  return true;
}

function describeOp(op: Op): string {
  const text = pathText(op.path, SCHEMA, MODULE);
  if (op.type === 'delete' || op.type === 'verify') return `${op.type} ${text}`;
  return `${op.type} ${text} ${show(toJson(op.data, schemaAt(SCHEMA, op.path)!, MODULE))}`;
}

async function turn(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
}
