/**
 * Goal: the replicated-shard simulation (test/support/shard-sim) runs real ShardCores under the
 * production drain step, and the production transaction proxies, on several members, and its checkers
 * hold on healthy runs: each shard elects one leader, survives the loss of its leader's member, its
 * replicas converge, and the clients' history of transactions, within one shard or spanning shards
 * (two-phase commit across shards led by different members, multi-shard reads), is strictly
 * serializable. Method: seeded worlds of three members with three shards replicated on all three.
 */
import { strict as assert } from 'node:assert';
import { faultMixes } from '../support/sim-faults.js';
import type { TxnMicro } from '../support/sim-history.js';
import { checkTxnHistory, describeTxnViolation } from '../support/linearizability-txn.js';
import type { MemberWire } from '../support/shard-sim/member.js';
import { loadSimSchema, ShardSimWorld } from '../support/shard-sim/world.js';
import type { SchemaContext } from '../../src/yang/schema.js';

describe('sim: replicated shards (shard-sim)', function () {
  this.timeout(120_000);
  let schema: SchemaContext;
  before(async () => {
    schema = await loadSimSchema();
  });

  function world(seed: number, mix = 'calm'): ShardSimWorld {
    return new ShardSimWorld({
      seed,
      members: 3,
      placements: ['a', 'b', 'c'].map((name) => ({ name, members: ['m1', 'm2', 'm3'] })),
      faults: faultMixes[mix]!,
      schema,
    });
  }

  it('each shard elects one leader among its replicas', async () => {
    for (let seed = 1; seed <= 5; seed++) {
      const w = world(seed);
      w.startAll();
      const elected = await w.runUntil(
        () => ['a', 'b', 'c'].every((s) => w.leaderOf(s) !== undefined),
        5_000,
      );
      assert.ok(elected, `seed ${seed}: no leader within 5 s: ${w.trace.tail(20).join('\n')}`);
      await w.runFor(1_000);
      w.checkConverged();
    }
  });

  it("a shard elects a new leader when its leader's member crashes, and the old one rejoins", async () => {
    const w = world(11);
    w.startAll();
    assert.ok(await w.runUntil(() => w.leaderOf('a') !== undefined, 5_000));
    const first = w.leaderOf('a')!;
    w.crash(first);
    const next = await w.runUntil(() => {
      const l = w.leaderOf('a');
      return l !== undefined && l !== first;
    }, 5_000);
    assert.ok(next, `no new leader after ${first} crashed`);
    w.start(first);
    await w.runFor(2_000);
    w.checkConverged();
  });

  it('transactions within one shard from clients on every member, with the leader of a shard crashing and returning: replicas converge and the history is strictly serializable', async () => {
    for (let seed = 1; seed <= 3; seed++) {
      const w = world(seed);
      w.startAll();
      await w.runUntil(() => ['a', 'b', 'c'].every((s) => w.leaderOf(s) !== undefined), 5_000);
      w.addClients(4, 3, false);
      await w.runFor(2_000);
      const victim = w.leaderOf('a')!;
      w.crash(victim);
      await w.runFor(1_500);
      w.start(victim);
      await w.runFor(1_500);
      w.stopClients();
      await w.runFor(2_000);
      w.checkConverged();
      const commits = w.history.events.filter(
        (e) => e.type === 'ok' && (e.value as readonly TxnMicro[]).some((m) => m[0] === 'w'),
      ).length;
      assert.ok(commits >= 200, `seed ${seed}: only ${commits} commits`);
      const verdict = checkTxnHistory(w.history.events);
      assert.equal(verdict.kind, 'ok', `seed ${seed}: ${describeTxnViolation(verdict)}`);
    }
  });

  it('transactions spanning shards (reads, writes and increments over two or three shards led by different members), with the leader of a shard crashing and returning: replicas converge, every multi-shard commit is all or nothing, and the history is strictly serializable', async function () {
    // SHARD_SIM_SPAN_SEEDS=1-500 (ranges and seeds, comma separated) runs a longer sweep
    // (docs/TESTING.md records one). Of the default seeds, 28 fails without the participant's read
    // hold, 24 without the proxy's cut check, 99 without the read-only confirmation, 118 when a
    // withdrawn one-shard commit that the replica no longer holds is reported as not committed.
    const seeds = (process.env.SHARD_SIM_SPAN_SEEDS ?? '21-30,99,118')
      .split(',')
      .flatMap((part) => {
        const [from, to] = part.split('-').map(Number);
        return Array.from({ length: (to ?? from!) - from! + 1 }, (_, i) => from! + i);
      });
    this.timeout(Math.max(120_000, seeds.length * 10_000));
    let multiShard = 0;
    for (const seed of seeds) {
      const w = world(seed);
      w.startAll();
      await w.runUntil(() => ['a', 'b', 'c'].every((s) => w.leaderOf(s) !== undefined), 5_000);
      w.addClients(4, 3, true);
      await w.runFor(2_000);
      const victim = w.leaderOf(['a', 'b', 'c'][seed % 3]!);
      if (victim !== undefined) {
        w.crash(victim);
        await w.runFor(1_500);
        w.start(victim);
      }
      await w.runFor(1_500);
      w.stopClients();
      await w.runFor(3_000);
      w.checkConverged();
      const commits = w.history.events.filter(
        (e) => e.type === 'ok' && (e.value as readonly TxnMicro[]).some((m) => m[0] === 'w'),
      );
      const spanning = commits.filter(
        (e) => new Set((e.value as readonly TxnMicro[]).map((m) => m[1].split('/')[0])).size > 1,
      ).length;
      assert.ok(spanning >= 5, `seed ${seed}: only ${spanning} multi-shard commits`);
      multiShard += spanning;
      const verdict = checkTxnHistory(w.history.events);
      assert.equal(verdict.kind, 'ok', `seed ${seed}: ${describeTxnViolation(verdict)}`);
    }
    assert.ok(multiShard >= 20 * seeds.length, `only ${multiShard} multi-shard commits`);
  });

  /**
   * Runs clients spanning shards on a calm world whose `lose` drops scripted messages (seed 3: the
   * three shards led by three different members, so the messages cross the network), settles, and
   * returns the longest time a replica held a prepare, the messages dropped, and the multi-shard
   * commits (the resolution's figures: world.prepareHolds).
   */
  async function lossyRun(
    seed: number,
    resolveRetryTicks: number,
    lose: (wire: MemberWire) => boolean,
  ): Promise<{ longest: number; lost: number; spanning: number }> {
    const w = new ShardSimWorld({
      seed,
      members: 3,
      placements: ['a', 'b', 'c'].map((name) => ({ name, members: ['m1', 'm2', 'm3'] })),
      faults: faultMixes['calm']!,
      schema,
      // Commit timeout 600 ms (10 ms ticks).
      core: { commitTimeoutTicks: 60, resolveRetryTicks },
      lose: (_from, _to, wire) => lose(wire),
    });
    w.startAll();
    await w.runUntil(() => ['a', 'b', 'c'].every((s) => w.leaderOf(s) !== undefined), 5_000);
    w.addClients(4, 3, true);
    await w.runFor(3_000);
    w.stopClients();
    await w.runFor(3_000);
    w.checkConverged();
    const verdict = checkTxnHistory(w.history.events);
    assert.equal(verdict.kind, 'ok', `seed ${seed}: ${describeTxnViolation(verdict)}`);
    const spanning = w.history.events.filter(
      (e) =>
        e.type === 'ok' &&
        new Set(
          (e.value as readonly TxnMicro[])
            .filter((m) => m[0] === 'w')
            .map((m) => m[1].split('/')[0]),
        ).size > 1,
    ).length;
    return { longest: Math.max(0, ...w.prepareHolds), lost: w.selectedLosses, spanning };
  }

  /** The proxy's commit to every participant but the coordinator (a transaction's second and later commits). */
  function participantCommits(): (wire: MemberWire) => boolean {
    const committed = new Set<string>();
    return (wire) => {
      if (wire.kind !== 'call' || wire.call.op !== 'commit') return false;
      if (committed.has(wire.call.txId)) return true;
      committed.add(wire.call.txId);
      return false;
    };
  }

  it("a participant whose proxy's commit is lost settles at once on the coordinator's pushed decision, not at its commit timeout", async () => {
    // Without the push (and the resolve interval), such a participant held its queue head and its
    // readers until its commit timeout: 600 ms here, 30 s by default (docs/ARCHITECTURE.md).
    // The resolve interval is 400 ms here, so only the push settles a participant sooner.
    const run = await lossyRun(3, 40, participantCommits());
    assert.ok(run.longest < 150, `a prepare held ${run.longest} ms: ${JSON.stringify(run)}`);
    assert.ok(run.lost >= 5 && run.spanning >= 20, JSON.stringify(run));
  });

  it("a participant whose proxy's commit and the coordinator's pushed decision are both lost asks the coordinator after the resolve interval, far below the commit timeout", async () => {
    const commits = participantCommits();
    const queried = new Set<string>();
    // Resolve interval 50 ms.
    const run = await lossyRun(3, 5, (wire) => {
      if (commits(wire)) return true;
      if (wire.kind !== 'peer') return false;
      if (wire.message.type === 'outcome-query') queried.add(wire.message.txId);
      // The answer to a question goes through; the push (before any question) is lost.
      return wire.message.type === 'resolve-answer' && !queried.has(wire.message.txId);
    });
    const what = `${JSON.stringify(run)}, ${queried.size} transactions asked about`;
    assert.ok(run.longest < 150, `a prepare held ${run.longest} ms: ${what}`);
    assert.ok(run.lost >= 5 && run.spanning >= 20 && queried.size >= 5, what);
  });

  it('expected: the planted follower-local-read (a linearizable read served from the local tree) is caught by the history check', async () => {
    let caught: number | undefined;
    for (let seed = 1; seed <= 5 && caught === undefined; seed++) {
      const w = new ShardSimWorld({
        seed,
        members: 3,
        placements: ['a', 'b', 'c'].map((name) => ({ name, members: ['m1', 'm2', 'm3'] })),
        faults: faultMixes['calm']!,
        schema,
        bugs: new Set(['follower-local-read']),
      });
      w.startAll();
      await w.runUntil(() => ['a', 'b', 'c'].every((s) => w.leaderOf(s) !== undefined), 5_000);
      w.addClients(4, 3, false);
      await w.runFor(3_000);
      w.stopClients();
      await w.runFor(1_000);
      if (checkTxnHistory(w.history.events).kind === 'illegal') caught = seed;
    }
    assert.ok(caught !== undefined, 'the planted stale reads were not caught in 5 seeds');
    console.log(`      expected: planted bug follower-local-read caught at seed ${caught}`);
  });
});
