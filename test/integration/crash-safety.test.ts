/**
 * Goal: a member never loses an acknowledged commit and never shows part of a transaction, whatever
 * moment it dies at, and never silently drops data from a damaged journal (issue 4, point 8).
 *
 * Method: a child process (test/support/proc-crash-writer.ts) starts the member's datastores exactly
 * as `canopy start` does and commits as fast as it can with seven writers (single-shard commits of
 * several leaves, and multi-shard commits writing one token into two or three shards), printing each
 * commit only after its commit promise resolved. The test SIGKILLs it at seeded random moments (after
 * a random number of acknowledgements, a few milliseconds after a shard reported a durable snapshot,
 * or at a random time during start-up and recovery), restarts it on the same data directory, and
 * checks the recovered state with proc-crash-check.ts: every acknowledged commit present, counters
 * never backwards, no partial transaction, and no shard recovering a snapshot older than one it
 * reported durable. Each start draws its settings: the shipped ones (a shard snapshots every 20,000
 * journal entries, which a run never reaches) or a small prime `shard-snapshot-batch-count` (23 or
 * 37), with which every shard snapshots and compacts its journal every few dozen commits, so kills
 * land among snapshot writes and the deletions of the entries they cover (NB: at these sizes both go
 * in one LevelDB batch, which a kill keeps or loses whole; leftover covered entries need a snapshot
 * of more than 10,000 entries, see test/unit/persistence), and restarts recover from a snapshot plus
 * a journal written under either setting. The run must have seen snapshots taken and recovered from
 * (asserted), whatever the seed and the number of kills. Then the journal is
 * damaged between runs: its last write torn (a crash mid-write: at most each writer's last commit may
 * go, since only it can be in the last batch; as the tear comes after the kill, that batch may have
 * been synced and acknowledged, and when the journal's high-water file knew it the start refuses for
 * a lost synced tail and starts with --accept-lost-synced-tail) and a byte flipped in an older record
 * (a failing disk: the member must either recover everything acknowledged or refuse to start naming
 * the shard). Kills alone must never look like a lost synced tail.
 *
 *   CANOPY_CRASH_SEED=N CANOPY_CRASH_KILLS=200 npm run test:integration   # reproduce, or soak
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SeededRng, type Rng } from '../../src/util/rng.js';
import { checkCrashState, type Counters, type CrashState } from '../support/proc-crash-check.js';
import {
  flipRecord,
  LOG_BLOCK_BYTES,
  newestLog,
  tearLastBatch,
} from '../support/proc-leveldb-log.js';
import {
  MemberProcess,
  removeDir,
  shippedConfDir,
  stopAll,
  tempDir,
  waitFor,
} from '../support/proc-member.js';

const SEED = Number(process.env.CANOPY_CRASH_SEED ?? 8_004_004);
const KILLS = Number(process.env.CANOPY_CRASH_KILLS ?? 30);
const writerScript = fileURLToPath(new URL('../support/proc-crash-writer.js', import.meta.url));
const reproduce = `reproduce: CANOPY_CRASH_SEED=${SEED} CANOPY_CRASH_KILLS=${KILLS}`;
/** The small snapshot batch counts a start may draw (primes, so snapshots drift against batches). */
const SMALL_SNAPSHOT_BATCH_COUNTS = [23, 37] as const;

/** One run of the writer child: its lines as they arrive. */
class WriterRun {
  readonly child: ChildProcess;
  readonly acked = new Map<string, number>();
  ackCount = 0;
  /** The newest durable snapshot each shard replica reported in this run, and how many it reported. */
  readonly snapshots = new Map<string, number>();
  snapshotCount = 0;
  /** The snapshot index each replica recovered at start (from its status). */
  recoveredSnapshots: Record<string, number> | undefined;
  backend: string | undefined;
  state: CrashState | undefined;
  ready = false;
  refused: string | undefined;
  stderr = '';
  exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  readonly exited: Promise<void>;
  private pending = '';

  constructor(dataDir: string, set: readonly string[] = [], args: readonly string[] = []) {
    this.child = spawn(
      process.execPath,
      [
        writerScript,
        '--conf',
        shippedConfDir(),
        '--data-dir',
        dataDir,
        ...set.flatMap((s) => ['--set', s]),
        ...args,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child.stdout!.setEncoding('utf8').on('data', (s: string) => {
      this.onData(s);
    });
    this.child.stderr!.setEncoding('utf8').on('data', (s: string) => (this.stderr += s));
    this.exited = new Promise((resolve) => {
      this.child.once('close', (code, signal) => {
        this.exit = { code, signal };
        resolve();
      });
    });
  }

  /** Waits until `condition` holds or the child exits; false in the second case. */
  async until(condition: () => boolean): Promise<boolean> {
    const done = await Promise.race([
      waitFor(() => condition() || this.exit !== undefined, 300_000),
      this.exited.then(() => false),
    ]);
    return done && condition();
  }

  async kill(): Promise<void> {
    if (this.exit === undefined) this.child.kill('SIGKILL');
    await this.exited;
  }

  explain(): string {
    return `exit ${JSON.stringify(this.exit)}; stderr:\n${this.stderr.slice(-3000)}`;
  }

  private onData(chunk: string): void {
    this.pending += chunk;
    const lines = this.pending.split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) {
      const space = line.indexOf(' ');
      const kind = space < 0 ? line : line.slice(0, space);
      const rest = space < 0 ? '' : line.slice(space + 1);
      if (kind === 'ack') {
        const [w, n] = rest.split(' ');
        this.acked.set(w!, Math.max(this.acked.get(w!) ?? 0, Number(n)));
        this.ackCount++;
      } else if (kind === 'snapshot') {
        const [replica, index] = rest.split(' ');
        this.snapshots.set(replica!, Math.max(this.snapshots.get(replica!) ?? 0, Number(index)));
        this.snapshotCount++;
      } else if (kind === 'snapshots') {
        this.recoveredSnapshots = JSON.parse(rest) as Record<string, number>;
      } else if (kind === 'state') this.state = JSON.parse(rest) as CrashState;
      else if (kind === 'backend') this.backend = rest;
      else if (kind === 'ready') this.ready = true;
      else if (kind === 'refused') this.refused = rest;
    }
  }
}

/**
 * What the test knows across runs: the highest acknowledged counter and the last recovered one; the
 * newest snapshot each replica reported durable, and the snapshot index it recovered last.
 */
class Ledger {
  acked: Record<string, number> = {};
  baseline: Counters = {};
  totalAcks = 0;
  snapshotFloor: Record<string, number> = {};
  recoveredSnapshots: Record<string, number> = {};
  /** Snapshots reported durable, over all runs. */
  snapshotsTaken = 0;
  /** Starts at which some replica recovered a newer snapshot than at the start before. */
  startsFromNewerSnapshot = 0;
  /** Tears of the journal's last batch that took a snapshot with it. */
  tornSnapshots = 0;
  /** Starts after a tear refused for a lost synced tail (then accepted). */
  lostTailRefusals = 0;

  absorb(run: WriterRun): void {
    for (const [w, n] of run.acked) this.acked[w] = Math.max(this.acked[w] ?? 0, n);
    this.totalAcks += run.ackCount;
    for (const [r, i] of run.snapshots) {
      this.snapshotFloor[r] = Math.max(this.snapshotFloor[r] ?? 0, i);
    }
    this.snapshotsTaken += run.snapshotCount;
  }

  /**
   * A durable snapshot is never lost: each persistent replica (those in `recovered`) recovers at
   * least the newest snapshot it reported; unless the test tore the journal's last batch
   * (`tornLastBatch`), which may have held that snapshot (it is then counted in `tornSnapshots`).
   */
  checkSnapshots(
    recovered: Readonly<Record<string, number>>,
    tornLastBatch: boolean,
    context: string,
  ): void {
    let torn = false;
    for (const [replica, floor] of Object.entries(this.snapshotFloor)) {
      if (!(replica in recovered)) continue; // a volatile replica keeps nothing
      const index = recovered[replica] ?? 0;
      if (tornLastBatch && index < floor) {
        torn = true;
        this.snapshotFloor[replica] = index;
        continue;
      }
      assert.ok(
        index >= floor,
        `${context}: ${replica} reported its snapshot at ${floor} durable but recovered the one at ` +
          `${index}: ${reproduce}`,
      );
    }
    if (torn) this.tornSnapshots++;
    if (Object.entries(recovered).some(([r, i]) => i > (this.recoveredSnapshots[r] ?? 0))) {
      this.startsFromNewerSnapshot++;
    }
    this.recoveredSnapshots = { ...recovered };
  }

  check(state: CrashState, ackSlackPerWriter: number, context: string): void {
    const result = checkCrashState({
      state,
      baseline: this.baseline,
      acked: this.acked,
      ackSlackPerWriter,
    });
    assert.deepEqual(
      result.violations,
      [],
      `${context}: ${reproduce}\nacked ${JSON.stringify(this.acked)}\nstate ${JSON.stringify(state)}`,
    );
    this.baseline = result.recovered;
  }
}

/**
 * Starts a writer (with `--set` options `set`) and waits for its recovered state; checks it. After the
 * test tore the journal's last write (`ackSlackPerWriter` > 0), the start may be refused for a lost
 * synced tail: the torn batch was synced and acknowledged before the kill, and the journal's
 * high-water file may know it. The refusal must say so; the operator's way forward,
 * `--accept-lost-synced-tail`, then starts it, and the check follows.
 */
async function startAndCheck(
  dataDir: string,
  ledger: Ledger,
  ackSlackPerWriter: number,
  context: string,
  set: readonly string[] = [],
): Promise<WriterRun> {
  let run = new WriterRun(dataDir, set);
  if (ackSlackPerWriter > 0) {
    await run.until(() => run.state !== undefined || run.refused !== undefined);
    if (run.refused !== undefined) {
      assert.match(
        run.refused,
        /journal corruption .*: the journal's high-water file records sync stamp \d+, but the newest stamp in the database is \d+: synced, acknowledged writes are gone/,
        `${context}: ${reproduce}`,
      );
      ledger.lostTailRefusals++;
      await run.kill();
      run = new WriterRun(dataDir, set, ['--accept-lost-synced-tail']);
    }
  }
  const gotState = await run.until(() => run.state !== undefined);
  assert.equal(run.backend, 'sharded', run.explain());
  assert.ok(gotState, `${context}: the writer did not recover: ${run.explain()}\n${reproduce}`);
  ledger.check(run.state!, ackSlackPerWriter, context);
  const recovered = run.recoveredSnapshots;
  assert.ok(recovered !== undefined && Object.keys(recovered).length > 0, run.explain());
  ledger.checkSnapshots(recovered, ackSlackPerWriter > 0, context);
  return run;
}

/** The settings of one start: the shipped ones, or a small snapshot batch count (see the top). */
function drawSnapshotSettings(rng: Rng, small: boolean): readonly string[] {
  if (!small) return [];
  const count = SMALL_SNAPSHOT_BATCH_COUNTS[rng.int(SMALL_SNAPSHOT_BATCH_COUNTS.length)]!;
  return [`datastore.shard-snapshot-batch-count=${count}`];
}

/**
 * Runs until some shard has reported `snapshots` durable snapshots in this run, waits 0-4 ms (the
 * compaction of the covered entries, and other shards' snapshots, are under way), then SIGKILL.
 */
async function killAfterSnapshots(
  run: WriterRun,
  snapshots: number,
  rng: Rng,
  context: string,
): Promise<void> {
  // A shard snapshots every 23 or 37 entries: 2,000 acknowledgements without one is a failure.
  const reached = await run.until(() => run.snapshotCount >= snapshots || run.ackCount >= 2000);
  assert.ok(
    reached && run.snapshotCount >= snapshots,
    `${context}: ${run.snapshotCount} of ${snapshots} snapshots after ${run.ackCount} acks: ` +
      `${run.explain()}\n${reproduce}`,
  );
  const delayMs = rng.int(5);
  if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
  await run.kill();
}

/** Runs until `acks` acknowledgements (plus a short random delay), then SIGKILL. */
async function killAfterAcks(
  run: WriterRun,
  acks: number,
  rng: Rng,
  context: string,
): Promise<void> {
  const reached = await run.until(() => run.ackCount >= acks);
  assert.ok(reached, `${context}: the writer stopped before ${acks} acks: ${run.explain()}`);
  const delayMs = rng.int(20);
  if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
  await run.kill();
}

/**
 * Runs the writer until the journal's log spans several blocks, kills it, flips a byte of a record
 * (`where`), restarts, and checks: either everything acknowledged is recovered, or the start is refused
 * naming the shard or the damaged log file, by the writer and by `canopy start` alike.
 */
async function flipAndRestart(
  dir: string,
  rng: Rng,
  where: 'middle' | 'last-block',
): Promise<void> {
  const dataDir = join(dir, 'data');
  const journal = join(dataDir, 'journal');
  const ledger = new Ledger();
  const run = await startAndCheck(dataDir, ledger, 0, 'before the flip');
  // Enough batches that good ones follow the damaged record.
  const grown = await run.until(() => newestLog(journal).bytes > 4 * LOG_BLOCK_BYTES);
  assert.ok(grown, run.explain());
  await run.kill();
  ledger.absorb(run);
  const flipped = flipRecord(journal, rng, where);
  assert.ok(flipped, `the log has a record to damage (${where})`);

  // A shard holding a transaction in doubt with a shard that stopped waits for it until
  // shard-initialization-timeout (300 s by default) before the start gives up: shorten it.
  const set = ['datastore.shard-initialization-timeout-in-seconds=10'];
  const after = new WriterRun(dataDir, set);
  await after.until(() => after.state !== undefined || after.refused !== undefined);
  await after.kill();
  if (after.refused !== undefined) {
    // Two ways to refuse, both naming where: a damaged record LevelDB replayed (a shard names itself and
    // the entry), or records LevelDB dropped from its write-ahead log while replaying it (the journal
    // names the .log file and the bytes dropped, for all groups).
    const shardRefusal = /journal corruption.*member-1-shard-[a-z]+-(config|operational)/s;
    const walRefusal = /journal corruption \(directory .*\d+\.log: \d+ bytes dropped/s;
    assert.ok(
      shardRefusal.test(after.refused) || walRefusal.test(after.refused),
      `the refusal names neither a shard nor a log file: ${after.refused}`,
    );
    // canopy start refuses the same way, exit 1.
    const start = await MemberProcess.startExpectingFailure({
      dataDir,
      args: set.flatMap((s) => ['--set', s]),
    });
    assert.equal(start.code, 1, start.stderr);
    assert.ok(
      /shard replica member-1-shard-[a-z]+-config could not recover/.test(start.stderr) ||
        walRefusal.test(start.stderr),
      start.stderr,
    );
  } else {
    assert.ok(after.state, `neither recovered nor refused: ${after.explain()}`);
    ledger.check(
      after.state,
      0,
      `after flipping byte ${flipped.offset} of ${flipped.file} (${flipped.recordsAfter} records after it)`,
    );
  }
}

describe('crash safety: SIGKILL at random moments', function () {
  this.timeout(900_000);
  let dir: string;

  beforeEach(() => {
    dir = tempDir('crash');
  });

  afterEach(async () => {
    await stopAll();
    removeDir(dir);
  });

  it(`every acknowledged commit survives ${KILLS} kills, snapshots and compactions included, and no transaction is ever partial (seed ${SEED})`, async function () {
    const rng = new SeededRng(SEED);
    const dataDir = join(dir, 'data');
    const ledger = new Ledger();
    let plannedAcks = 0;
    let snapshotKills = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const context = `kill ${kill + 1} of ${KILLS}`;
      // Whatever the seed and the number of kills, at least one kill follows a snapshot.
      const mustSnapshot = kill === KILLS - 1 && snapshotKills === 0;
      const small = mustSnapshot || rng.chance(2 / 3);
      const set = drawSnapshotSettings(rng, small);
      const label = `${context}, ${set.length === 0 ? 'shipped settings' : set.join(' ')}`;
      if (kill > 0 && !mustSnapshot && rng.chance(0.15)) {
        // Die during start-up or recovery, before or while reading back.
        const run = new WriterRun(dataDir, set);
        await new Promise((r) => setTimeout(r, rng.int(1500)));
        await run.kill();
        // Its state was read before any of its own commits: check it before counting its acks.
        if (run.state !== undefined) ledger.check(run.state, 0, `${label} (early)`);
        if (run.recoveredSnapshots !== undefined) {
          ledger.checkSnapshots(run.recoveredSnapshots, false, `${label} (early)`);
        }
        ledger.absorb(run);
        continue;
      }
      const run = await startAndCheck(dataDir, ledger, 0, label, set);
      if (small && (mustSnapshot || rng.chance(0.5))) {
        snapshotKills++;
        await killAfterSnapshots(run, rng.range(1, 4), rng, label);
      } else {
        const acks = rng.range(1, 300);
        plannedAcks += acks;
        await killAfterAcks(run, acks, rng, label);
      }
      ledger.absorb(run);
    }
    // A last start checks the last kill; then a clean SIGTERM loses nothing either.
    const last = await startAndCheck(dataDir, ledger, 0, 'after the last kill');
    await last.until(() => last.ackCount >= 50);
    last.child.kill('SIGTERM');
    await last.exited;
    assert.equal(last.exit?.code, 0, `SIGTERM: ${last.explain()}`);
    ledger.absorb(last);
    const final = await startAndCheck(dataDir, ledger, 0, 'after SIGTERM');
    await final.kill();
    // The kills interrupted real work: at least the acknowledgements waited for were seen.
    assert.ok(ledger.totalAcks >= plannedAcks, `${ledger.totalAcks} acks < ${plannedAcks}`);
    // Snapshots were taken while kills landed, and restarts recovered from them.
    assert.ok(snapshotKills >= 1, 'no kill followed a snapshot');
    assert.ok(
      ledger.snapshotsTaken >= snapshotKills && ledger.startsFromNewerSnapshot >= 1,
      `snapshots: ${ledger.snapshotsTaken} taken, ${ledger.startsFromNewerSnapshot} starts from a ` +
        `newer one, ${snapshotKills} kills after one: ${reproduce}`,
    );
    console.log(
      `      seed ${SEED}: ${ledger.totalAcks} commits acknowledged, ${ledger.snapshotsTaken} ` +
        `snapshots, ${snapshotKills} kills right after one, ${ledger.startsFromNewerSnapshot} ` +
        'starts from a newer snapshot',
    );
  });

  it("a torn last write loses at most each writer's last commit, and never part of one", async function () {
    const rng = new SeededRng(SEED + 1);
    const dataDir = join(dir, 'data');
    const ledger = new Ledger();
    let torn = 0;
    for (let round = 0; round < 8 && torn < 5; round++) {
      // As above, a start may snapshot every few dozen entries: the torn batch may hold a snapshot.
      const small = rng.chance(2 / 3);
      // Half the rounds record every synced write in the high-water file before acknowledging it
      // (`strict`), so that a tear of an acknowledged batch is refused, then accepted, now and then.
      const strict = rng.chance(0.5) ? ['journal.synced-high-water=strict'] : [];
      const set = [...drawSnapshotSettings(rng, small), ...strict];
      const context = `tear round ${round + 1}, ${set.length === 0 ? 'shipped settings' : set.join(' ')}`;
      const run = await startAndCheck(dataDir, ledger, 1, context, set);
      if (small && rng.chance(0.5)) await killAfterSnapshots(run, rng.range(1, 4), rng, context);
      else await killAfterAcks(run, rng.range(50, 400), rng, context);
      ledger.absorb(run);
      // An empty newest log (LevelDB just switched files) has nothing to tear; the next round will.
      if (tearLastBatch(join(dataDir, 'journal'), rng) !== undefined) torn++;
    }
    assert.ok(torn >= 1, 'no round left a write to tear');
    const final = await startAndCheck(dataDir, ledger, 1, 'after the last tear');
    await final.kill();
    console.log(
      `      seed ${SEED + 1}: ${torn} tears, ${ledger.lostTailRefusals} refused as a lost synced ` +
        `tail and accepted, ${ledger.snapshotsTaken} snapshots, ${ledger.tornSnapshots} torn with ` +
        'the last batch',
    );
  });

  it('a flipped byte in an older journal record: everything acknowledged recovered, or a refusal naming the shard or the log file', async () => {
    await flipAndRestart(dir, new SeededRng(SEED + 2), 'middle');
  });

  // Former finding (for src/persistence): LevelDB opens its log without paranoid checks, and on a
  // checksum mismatch it drops the rest of that 32 KiB block without an error. Damage in the log's last
  // block therefore removed every batch after it in that block (tens of acknowledged commits per writer)
  // and the member started without them: no gap follows for recovery to notice. The journal now reads
  // LevelDB's report of its replay (the LOG file, "dropping N bytes") on open and refuses, durably (the
  // damaged log is gone after that first open), so the member refuses to start naming the journal and
  // the log file rather than lose acknowledged commits silently.
  it('finding: a flipped byte in the last block of the journal log makes the member refuse to start, naming the log file, instead of silently dropping the acknowledged batches after it', async () => {
    const rng = new SeededRng(SEED + 3);
    const dataDir = join(dir, 'data');
    const journal = join(dataDir, 'journal');
    const ledger = new Ledger();
    let flipped: ReturnType<typeof flipRecord>;
    // Merged batches are often fragments spanning blocks: until the last block holds a whole batch to
    // damage, restart (LevelDB then starts a new log) and grow it again, checking each recovery.
    for (let attempt = 1; flipped === undefined && attempt <= 10; attempt++) {
      const run = await startAndCheck(dataDir, ledger, 0, `attempt ${attempt}, before the flip`);
      const grown = await run.until(() => newestLog(journal).bytes > 4 * LOG_BLOCK_BYTES);
      assert.ok(grown, run.explain());
      await new Promise((r) => setTimeout(r, rng.int(30)));
      await run.kill();
      ledger.absorb(run);
      flipped = flipRecord(journal, rng, 'last-block');
    }
    assert.ok(flipped, "in 10 runs the log's last block never held a whole batch to damage");
    const logFile = /\d+\.log$/.exec(flipped.file)![0];
    const context = `after flipping byte ${flipped.offset} of ${flipped.file} (${flipped.recordsAfter} records after it)`;
    const refusal = new RegExp(`journal corruption \\(directory .*${logFile}: \\d+ bytes dropped`);
    // The writer opens first (LevelDB replays and deletes the damaged log), then canopy start.
    const after = new WriterRun(dataDir);
    await after.until(() => after.state !== undefined || after.refused !== undefined);
    await after.kill();
    assert.ok(after.refused !== undefined, `${context}: started: ${after.explain()}`);
    assert.match(after.refused, refusal, context);
    assert.ok(after.refused.includes(`directory ${journal}`), after.refused);
    const start = await MemberProcess.startExpectingFailure({ dataDir });
    assert.equal(start.code, 1, start.stderr);
    assert.match(start.stderr, /canopy: the member could not start: journal corruption/);
    assert.match(start.stderr, refusal, `${context}: the refusal outlives the deleted log`);
  });
});
