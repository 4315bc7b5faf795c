/**
 * Goal: the fifteen clustering scenarios of the source design (seeds/003, "Clustering Scenarios") hold
 * for canopy's Raft core, stated as what Raft actually guarantees. Method: each scenario builds a small
 * simulated cluster (calm network, fixed Raft settings, one seed), brings members up and down in the
 * document's order, and checks leadership, availability and data with a scripted client; the safety
 * checker runs throughout, and each scenario's client history must be linearizable at the end.
 *
 * How the document's words map onto Raft (and where they differ):
 * - "primary" is the Raft leader. It is elected by a majority, not fixed by start order (assumption 1)
 *   nor kept by decree (assumption 2): whoever times out first with a majority reachable wins, and a log
 *   less up-to-date than a voter's cannot win that voter (§5.4.1). Where a scenario follows another
 *   with "Node 1: primary", the test arranges it with a leadership transfer, and says so.
 * - "a write is successful once on the primary's journal and one secondary's" (assumption 3) is Raft's
 *   majority rule only for two and three members; Raft needs a majority of voters in general, and a
 *   write counts only once the leader has committed it.
 * - "cluster operations suspended" is the absence of a majority: no leader can be elected or keep
 *   leading (with check-quorum it steps down), so writes and linearizable reads time out. They are not
 *   refused up front: a client cannot tell a slow cluster from a suspended one.
 * - "stores messages for the node that is down" needs nothing extra: the leader's log is the store, and
 *   a returning follower is caught up from it (or from a snapshot); other followers keep no copies.
 * - Scenarios 14 and 15: entries a member accepted but never replicated to a majority were never
 *   acknowledged, and Raft may keep or drop them; acknowledged writes survive any minority of crashes.
 */
import { strict as assert } from 'node:assert';
import { checkKvHistory, describeKvViolation } from '../support/linearizability-kv.js';
import { faultMixes } from '../support/sim-faults.js';
import type { ClientReply } from '../support/sim-protocol.js';
import { SimWorld } from '../support/sim-world.js';

const callTimeoutMs = 1500;
/** Long enough for any election under the fixed settings (electionTicks 10 at 10 ms, doubled). */
const settleMs = 1500;

function cluster(nodes: number, seed = currentSeed): SimWorld {
  return new SimWorld({
    seed,
    nodes,
    faults: faultMixes.calm!,
    raft: {
      electionTicks: 10,
      heartbeatTicks: 1,
      preVote: true,
      checkQuorum: true,
      inflightAppendsMax: 4,
      appendBytesMax: 4096,
      snapshotChunkBytes: 4096,
    },
    snapshotEveryEntries: 1_000_000,
  });
}

/** Every scenario runs under each of these seeds: timings differ, the guarantees must not. */
const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
let currentSeed = 1;

/** A scenario test: `body` runs once per seed, and a failure names its seed. */
function scenario(title: string, body: () => void): void {
  it(title, () => {
    for (const seed of seeds) {
      currentSeed = seed;
      try {
        body();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`seed ${seed}: ${message}`, { cause: error });
      }
    }
  });
}

function start(world: SimWorld, ...ids: string[]): void {
  for (const id of ids) world.node(id).start();
}

function crash(world: SimWorld, ...ids: string[]): void {
  for (const id of ids) world.node(id).crash();
}

function leaderId(world: SimWorld): string | undefined {
  return world.leader()?.id;
}

/** Runs until some member leads (true) or `settleMs` passes (false). */
function awaitLeader(world: SimWorld, maxMs = settleMs): boolean {
  return world.runUntil(() => world.leader() !== undefined, maxMs);
}

/** Arranges for `id` to lead, by leadership transfer when another member leads (§3.10). */
function makeLeader(world: SimWorld, id: string): void {
  assert.ok(awaitLeader(world), 'no leader to transfer from');
  const current = world.leader()!;
  if (current.id !== id) current.transferLeadership(id);
  assert.ok(
    world.runUntil(() => leaderId(world) === id, settleMs),
    `${id} did not take over`,
  );
}

/** Writes through whoever leads now (or `via`); returns the reply, undefined on timeout. */
function write(
  world: SimWorld,
  key: string,
  via?: string,
): { value: number; reply: ClientReply | undefined } {
  const value = world.freshValue();
  const target = via ?? leaderId(world) ?? 'n1';
  return { value, reply: world.call(target, { f: 'write', key, value }, callTimeoutMs) };
}

function writeOk(world: SimWorld, key: string): number {
  assert.ok(awaitLeader(world), 'no leader to write through');
  const { value, reply } = write(world, key);
  assert.equal(reply?.outcome, 'ok', `write ${key}=${value}: ${JSON.stringify(reply)}`);
  return value;
}

function readOk(world: SimWorld, key: string, via?: string): number | null {
  const target = via ?? leaderId(world) ?? 'n1';
  const reply = world.call(target, { f: 'read', key }, callTimeoutMs);
  assert.equal(reply?.outcome, 'ok', `read ${key} via ${target}: ${JSON.stringify(reply)}`);
  return reply.value ?? null;
}

/** Nothing succeeds: a write through each member that is up does not come back ok. */
function assertSuspended(world: SimWorld): void {
  for (const node of world.nodes.values()) {
    if (!node.up) continue;
    const { reply } = write(world, 'suspended', node.id);
    assert.notEqual(reply?.outcome, 'ok', `${node.id} accepted a write without a majority`);
  }
  assert.equal(world.leader(), undefined, 'a leader without a majority');
}

/** Every member listed has applied the same value of `key` (after letting replication finish). */
function assertReplicated(world: SimWorld, key: string, value: number, ...ids: string[]): void {
  const done = () => ids.every((id) => world.node(id).readLocal(key) === value);
  assert.ok(
    world.runUntil(done, settleMs),
    `${key}=${value} not applied on all of ${ids.join(',')}`,
  );
}

function assertLinearizable(world: SimWorld): void {
  const result = checkKvHistory(world.history.events);
  assert.equal(result.kind, 'ok', describeKvViolation(result));
}

/** Scenario 2's state: two members up, a leader, replication working. */
function twoNodesRunning(): SimWorld {
  const world = cluster(2);
  start(world, 'n1', 'n2');
  makeLeader(world, 'n1');
  return world;
}

/** Scenario 8's state: three members started in order 1, 2, 3, with n1 arranged to lead. */
function threeNodesStartedInOrder(): SimWorld {
  const world = cluster(3);
  start(world, 'n1');
  world.runFor(settleMs);
  start(world, 'n2');
  world.runFor(200);
  start(world, 'n3');
  makeLeader(world, 'n1');
  return world;
}

/** Scenario 9's steps: n2 goes down, writes continue on n1 and n3. Returns the values written. */
function node2Down(world: SimWorld): number[] {
  crash(world, 'n2');
  return [writeOk(world, 'a'), writeOk(world, 'b'), writeOk(world, 'a')];
}

describe('sim: design 003 clustering scenarios', function () {
  this.timeout(60_000);

  scenario('scenario 1: a single member leads itself and commits alone (replication off)', () => {
    const world = cluster(1);
    start(world, 'n1');
    assert.ok(awaitLeader(world));
    assert.equal(leaderId(world), 'n1');
    const value = writeOk(world, 'k');
    assert.equal(readOk(world, 'k'), value);
    assertLinearizable(world);
  });

  scenario(
    'scenario 2: with both of two members running, a write is acknowledged only once both store it',
    () => {
      // Raft: the majority of two is two, which matches the document's "primary and one secondary".
      const world = twoNodesRunning();
      const { value, reply } = write(world, 'k');
      assert.equal(reply?.outcome, 'ok');
      for (const id of ['n1', 'n2']) {
        assert.equal(
          world.node(id).stableLog!.term(reply.index!),
          reply.term,
          `${id} lacks the entry`,
        );
      }
      assertReplicated(world, 'k', value, 'n1', 'n2');
      assertLinearizable(world);
    },
  );

  scenario(
    'scenario 3: when node 2 of two goes down, node 1 commits nothing (cluster operations suspended)',
    () => {
      // Document: "Node 1: primary". Raft: with check-quorum n1 steps down once it cannot hear a
      // majority, so there is no leader at all; either way no write is acknowledged.
      const world = twoNodesRunning();
      crash(world, 'n2');
      world.runFor(settleMs);
      assertSuspended(world);
      assertLinearizable(world);
    },
  );

  scenario(
    'scenario 4: when node 2 returns, node 1 leads again, node 2 catches up, operations resume',
    () => {
      // Document: "Node 1: primary". Raft: here n1 must win, because the writes it accepted while alone
      // make its log more up-to-date than n2's (§5.4.1). Those timed-out writes may now commit: they
      // were indeterminate, never failed.
      const world = twoNodesRunning();
      const before = writeOk(world, 'k');
      crash(world, 'n2');
      // Sent while n1 still believes it leads: appended on n1 only, never acknowledged.
      assert.notEqual(write(world, 'k', 'n1').reply?.outcome, 'ok');
      world.runFor(settleMs);
      assertSuspended(world);
      start(world, 'n2');
      assert.ok(awaitLeader(world));
      assert.equal(leaderId(world), 'n1');
      const after = writeOk(world, 'k');
      assert.notEqual(after, before);
      assertReplicated(world, 'k', after, 'n1', 'n2');
      assertLinearizable(world);
    },
  );

  scenario(
    'scenario 5: when node 1 of two goes down, node 2 cannot lead (cluster operations suspended)',
    () => {
      // Document: "Node 2: primary". Raft: n2 alone is not a majority of two and is never elected.
      const world = twoNodesRunning();
      crash(world, 'n1');
      world.runFor(settleMs);
      assertSuspended(world);
      assertLinearizable(world);
    },
  );

  scenario(
    'scenario 6: when node 1 returns, a leader is elected again and operations resume',
    () => {
      // Document: "Node 2: primary". Raft: both logs are equally up-to-date, so either may win.
      const world = twoNodesRunning();
      crash(world, 'n1');
      world.runFor(settleMs);
      start(world, 'n1');
      const value = writeOk(world, 'k');
      assertReplicated(world, 'k', value, 'n1', 'n2');
      assertLinearizable(world);
    },
  );

  scenario(
    'scenario 7: when node 2 of two starts first, nobody leads until node 1 starts too',
    () => {
      // Document: "Node 2: primary" (first up). Raft: the first member up cannot elect itself alone;
      // after the second starts, whichever times out first wins (often, not always, the first one).
      const world = cluster(2);
      start(world, 'n2');
      world.runFor(settleMs);
      assert.equal(world.leader(), undefined);
      start(world, 'n1');
      assert.ok(awaitLeader(world));
      const value = writeOk(world, 'k');
      assertReplicated(world, 'k', value, 'n1', 'n2');
      assertLinearizable(world);
    },
  );

  it('scenario 7: the member started first usually wins, but some seed elects the other one', () => {
    // The document's "Node 2: primary" is a tendency of timing (n2's election timer has been running),
    // not a guarantee: search for a seed where n1 wins.
    const winners = new Set<string>();
    for (let seed = 1; seed <= 50 && winners.size < 2; seed++) {
      const world = cluster(2, seed);
      start(world, 'n2');
      world.runFor(settleMs);
      start(world, 'n1');
      assert.ok(awaitLeader(world), `seed ${seed}: no leader`);
      winners.add(leaderId(world)!);
    }
    assert.deepEqual([...winners].sort(), ['n1', 'n2']);
  });

  scenario('scenario 8: of three members started in order, a leader exists once two are up', () => {
    // Document: "Node 1: primary". Raft: n1 alone cannot lead; once n2 is up, n1 or n2 is elected
    // (start order does not decide), and writes commit on those two before n3 starts.
    const world = cluster(3);
    start(world, 'n1');
    world.runFor(settleMs);
    assert.equal(world.leader(), undefined);
    start(world, 'n2');
    assert.ok(awaitLeader(world));
    assert.ok(['n1', 'n2'].includes(leaderId(world)!));
    const value = writeOk(world, 'k');
    start(world, 'n3');
    assertReplicated(world, 'k', value, 'n1', 'n2', 'n3');
    assertLinearizable(world);
  });

  scenario(
    'scenario 9: with node 2 down, node 1 keeps leading and node 3 holds every committed write',
    () => {
      // Document: n1 "stores messages destined for node 2", n3 "saves replicated messages". Raft: the
      // leader's log is the only store needed; n1 and n3 form the majority.
      const world = threeNodesStartedInOrder();
      const values = node2Down(world);
      assert.equal(leaderId(world), 'n1');
      assertReplicated(world, 'a', values[2]!, 'n1', 'n3');
      assertReplicated(world, 'b', values[1]!, 'n1', 'n3');
      assertLinearizable(world);
    },
  );

  scenario('scenario 10: when node 2 returns, node 1 brings it up to date from its log', () => {
    // Document: n3 "discards the stored messages for node 2". Raft: n3 stored nothing extra.
    const world = threeNodesStartedInOrder();
    const values = node2Down(world);
    start(world, 'n2');
    assertReplicated(world, 'a', values[2]!, 'n1', 'n2', 'n3');
    assertReplicated(world, 'b', values[1]!, 'n1', 'n2', 'n3');
    assert.equal(leaderId(world), 'n1');
    assertLinearizable(world);
  });

  scenario(
    'scenario 11: when node 1 goes down and the stale node 2 returns, node 3 leads and catches node 2 up',
    () => {
      // Document: "Node 3: primary". Raft guarantees it: n2 missed committed writes, so n3 refuses to
      // vote for it and n3 wins with n2's vote (§5.4.1).
      const world = threeNodesStartedInOrder();
      const values = node2Down(world);
      crash(world, 'n1');
      start(world, 'n2');
      assert.ok(awaitLeader(world, 3 * settleMs));
      assert.equal(leaderId(world), 'n3');
      assertReplicated(world, 'a', values[2]!, 'n2', 'n3');
      const value = writeOk(world, 'c');
      assertReplicated(world, 'c', value, 'n2', 'n3');
      assertLinearizable(world);
    },
  );

  scenario(
    'scenario 12: when node 1 returns to a cluster led by node 3, it follows and catches up',
    () => {
      // Document: n1 "discards any stored messages for node 2". Raft: a returning member truncates only
      // entries that conflict with the leader's log; with pre-vote it does not depose n3.
      const world = threeNodesStartedInOrder();
      node2Down(world);
      crash(world, 'n1');
      start(world, 'n2');
      assert.ok(awaitLeader(world, 3 * settleMs));
      const value = writeOk(world, 'c');
      start(world, 'n1');
      assertReplicated(world, 'c', value, 'n1', 'n2', 'n3');
      assert.equal(leaderId(world), 'n3');
      assertLinearizable(world);
    },
  );

  scenario(
    'scenario 13: with nodes 1 and 2 down, node 3 alone serves no writes (cluster operations suspended)',
    () => {
      // Document: "Node 3: primary". Raft: one of three is no majority: no leader, nothing commits.
      const world = threeNodesStartedInOrder();
      writeOk(world, 'k');
      crash(world, 'n1', 'n2');
      world.runFor(settleMs);
      assertSuspended(world);
      assertLinearizable(world);
    },
  );

  /**
   * Scenario 14's steps: n1 goes down; writes commit on n2 and n3; n2 then accepts writes it cannot
   * replicate (cut off from n3) and goes down; n3 goes down too; n1 comes back alone. Returns the
   * acknowledged values of key `k`.
   */
  function scenario14(world: SimWorld): { acked: number[]; lastAcked: number } {
    crash(world, 'n1');
    assert.ok(awaitLeader(world, 3 * settleMs));
    const acked = [writeOk(world, 'k'), writeOk(world, 'k')];
    const leader = leaderId(world)!;
    const other = leader === 'n2' ? 'n3' : 'n2';
    world.network.partition([[leader], [other]]);
    // Unreplicated writes: accepted by the leader, never acknowledged.
    for (let i = 0; i < 3; i++) assert.notEqual(write(world, 'k', leader).reply?.outcome, 'ok');
    const lastIndex = (id: string) => world.node(id).stableLog!.lastIndex();
    assert.ok(lastIndex(leader) > lastIndex(other), `${leader} holds no unreplicated entry`);
    crash(world, 'n2', 'n3');
    world.network.heal();
    start(world, 'n1');
    return { acked, lastAcked: acked[acked.length - 1]! };
  }

  scenario(
    'scenario 14: with unreplicated writes on downed nodes 2 and 3, the returning node 1 alone is suspended',
    () => {
      // Document: "Node 1: primary, suspended". Raft: n1 alone is no majority; it does not lead.
      const world = threeNodesStartedInOrder();
      scenario14(world);
      world.runFor(settleMs);
      assertSuspended(world);
      assertLinearizable(world);
    },
  );

  scenario(
    'scenario 15: the more up-to-date node 2 returns and leads; acknowledged writes survive',
    () => {
      // Document: "Node 2: primary". Raft guarantees it here: n2 holds committed writes n1 lacks, so n1
      // cannot win and n2 wins with n1's vote (§5.4.1). n2's unreplicated writes were never acknowledged:
      // as leader it keeps and commits them, which Raft allows but does not promise.
      const world = threeNodesStartedInOrder();
      const { lastAcked } = scenario14(world);
      const n2Last = world.node('n2').disk.durableState().entries.at(-1)!.index;
      assert.ok(n2Last > world.node('n1').stableLog!.lastIndex(), 'n2 is not more up-to-date');
      start(world, 'n2');
      assert.ok(awaitLeader(world, 3 * settleMs));
      assert.equal(leaderId(world), 'n2');
      const seen = readOk(world, 'k');
      assert.ok(seen !== null && seen >= lastAcked, `read ${seen} lost acknowledged ${lastAcked}`);
      assertLinearizable(world);
    },
  );
});
