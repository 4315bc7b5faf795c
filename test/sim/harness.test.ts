/**
 * Goal: the simulator's parts do what the fault model says, and each safety check fires on the
 * violation it exists for; otherwise a green sweep could mean a blind harness. Method: drive each part
 * directly with fixed seeds: the event queue's ordering, the network's loss, duplication and partitions,
 * the disk's crash semantics, the key-value machine's sessions, and the safety checker fed hand-made
 * histories of leaders, appends and applies that break one property each.
 */
import { strict as assert } from 'node:assert';
import { SeededRng } from '../../src/util/rng.js';
import type { Entry } from '../../src/raft/types.js';
import { MemoryRaftLog } from '../../src/raft/memory-log.js';
import { EventQueue } from '../support/sim-queue.js';
import { SimNetwork, perfectLinks } from '../support/sim-network.js';
import { SimDisk, reliableDisk } from '../support/sim-disk.js';
import { KvStateMachine, encodeCommand } from '../support/sim-kv.js';
import { SafetyChecker, SafetyViolation } from '../support/sim-invariants.js';
import { Trace } from '../support/sim-trace.js';

function entry(index: number, term: number, text = `e${index}.${term}`): Entry {
  return { type: 'normal', index, term, data: new TextEncoder().encode(text) };
}

describe('sim: harness: event queue', () => {
  it('runs events in time order and never goes back in time', () => {
    const q = new EventQueue(new SeededRng(1));
    const seen: number[] = [];
    for (const t of [30, 10, 20, 10, 0]) q.at(t, () => seen.push(q.now));
    while (q.runNext(100)) {
      // drain
    }
    assert.deepEqual(seen, [0, 10, 10, 20, 30]);
    assert.throws(() => q.at(50, () => undefined), RangeError);
  });

  it('orders events due at the same time by the seed, the same way every time', () => {
    const order = (seed: number): number[] => {
      const q = new EventQueue(new SeededRng(seed));
      const out: number[] = [];
      for (let i = 0; i < 8; i++) q.at(5, () => out.push(i));
      while (q.runNext(5)) {
        // drain
      }
      return out;
    };
    assert.deepEqual(order(7), order(7));
    const orders = new Set([1, 2, 3, 4, 5].map((s) => order(s).join()));
    assert.ok(orders.size > 1, 'ties are not always broken the same way');
  });

  it('skips cancelled events', () => {
    const q = new EventQueue(new SeededRng(1));
    let ran = false;
    const ev = q.after(5, () => (ran = true));
    ev.cancelled = true;
    q.runNext(10);
    assert.equal(ran, false);
  });
});

describe('sim: harness: network', () => {
  function net(faults = perfectLinks, duplicable?: (f: string, t: string) => boolean) {
    const q = new EventQueue(new SeededRng(3));
    const got: string[] = [];
    const n = new SimNetwork<string>(
      q,
      new SeededRng(4),
      faults,
      (e) => got.push(`${e.from}>${e.to}:${e.message}`),
      duplicable,
    );
    const run = () => {
      while (q.runNext(q.now + 1_000_000)) {
        // drain
      }
    };
    return { q, n, got, run };
  }

  it('delivers every message once on perfect links, reordering them by random delays', () => {
    const { n, got, run } = net({ ...perfectLinks, delayMinMs: 1, delayMaxMs: 50 });
    for (let i = 0; i < 50; i++) n.send('a', 'b', String(i));
    run();
    assert.equal(got.length, 50);
    assert.equal(new Set(got).size, 50);
    assert.notDeepEqual(
      got,
      [...got].sort((x, y) => Number(x.split(':')[1]) - Number(y.split(':')[1])),
    );
  });

  it('loses and duplicates messages at roughly the configured rates', () => {
    const { n, got, run } = net({ ...perfectLinks, lossChance: 0.2, duplicateChance: 0.1 });
    for (let i = 0; i < 5000; i++) n.send('a', 'b', String(i));
    run();
    assert.ok(n.stats.lost > 800 && n.stats.lost < 1200, `lost ${n.stats.lost}`);
    assert.ok(
      n.stats.duplicated > 300 && n.stats.duplicated < 500,
      `duplicated ${n.stats.duplicated}`,
    );
    assert.equal(got.length, 5000 - n.stats.lost + n.stats.duplicated);
  });

  it('never duplicates on links declared not duplicable', () => {
    const { n, got, run } = net({ ...perfectLinks, duplicateChance: 1 }, (f) => f !== 'c1');
    for (let i = 0; i < 100; i++) n.send('c1', 'n1', String(i));
    run();
    assert.equal(got.length, 100);
  });

  it('a one-way cut blocks one direction only, and a partition both', () => {
    const { n, got, run } = net();
    n.block('a', 'b');
    n.send('a', 'b', 'x');
    n.send('b', 'a', 'y');
    run();
    assert.deepEqual(got, ['b>a:y']);
    n.heal();
    n.partition([['a'], ['b', 'c']]);
    n.send('a', 'c', '1');
    n.send('c', 'a', '2');
    n.send('b', 'c', '3');
    run();
    assert.deepEqual(got, ['b>a:y', 'b>c:3']);
  });

  it('a cut made while a message is in flight loses it', () => {
    const { q, n, got, run } = net({ ...perfectLinks, delayMinMs: 10, delayMaxMs: 10 });
    n.send('a', 'b', 'late');
    q.runNext(5);
    n.block('a', 'b');
    run();
    assert.deepEqual(got, []);
  });
});

describe('sim: harness: disk', () => {
  it('a crash loses writes that were never synced and keeps synced ones', () => {
    const disk = new SimDisk(new SeededRng(1), reliableDisk);
    disk.write({ entries: [entry(1, 1)], hardState: { term: 1, vote: null, commit: 0 } });
    disk.sync();
    disk.write({ entries: [entry(2, 1)] });
    assert.equal(disk.unsynced(), 1);
    const report = disk.crash();
    assert.equal(report.lostOps, 1);
    const state = disk.durableState();
    assert.deepEqual(
      state.entries.map((e) => e.index),
      [1],
    );
    assert.equal(new MemoryRaftLog(state).lastIndex(), 1);
  });

  it('with partial flushes, a crash keeps a prefix of the unsynced writes, in order', () => {
    const disk = new SimDisk(new SeededRng(5), { ...reliableDisk, partialFlushChance: 1 });
    for (let i = 1; i <= 5; i++) disk.write({ entries: [entry(i, 1)] });
    const report = disk.crash();
    const kept = disk.durableState().entries.map((e) => e.index);
    assert.deepEqual(kept, [1, 2, 3, 4, 5].slice(0, report.keptOps));
  });

  it('a torn write keeps the writes before it and some of its entries, never its hard state', () => {
    const disk = new SimDisk(new SeededRng(7), { ...reliableDisk, tornWriteChance: 1 });
    disk.write({ entries: [], hardState: { term: 2, vote: 'n1', commit: 0 } });
    disk.write({
      entries: [entry(1, 2), entry(2, 2), entry(3, 2)],
      hardState: { term: 2, vote: 'n1', commit: 3 },
    });
    const report = disk.crash();
    assert.equal(report.keptOps, 1, 'the hard-state write before the torn one reached the disk');
    assert.ok(report.tornEntriesKept >= 1 && report.tornEntriesKept <= 3);
    const state = disk.durableState();
    assert.deepEqual(state.hardState, { term: 2, vote: 'n1', commit: 0 });
    assert.equal(state.entries.length, report.tornEntriesKept);
  });

  it('a synced snapshot drops the entries it covers: a restart reads it and the entries after it', () => {
    const disk = new SimDisk(new SeededRng(1), reliableDisk);
    disk.write({ entries: [1, 2, 3, 4, 5].map((i) => entry(i, 1)) });
    disk.sync();
    const confState = { voters: ['n1'], learners: [] };
    disk.write({
      entries: [],
      snapshot: { meta: { index: 3, term: 1, confState }, data: new Uint8Array(1) },
    });
    disk.sync();
    disk.write({ entries: [entry(6, 1)] });
    disk.crash();
    const state = disk.durableState();
    assert.equal(state.snapshot?.meta.index, 3);
    assert.deepEqual(
      state.entries.map((e) => e.index),
      [4, 5],
    );
    const log = new MemoryRaftLog(state);
    assert.deepEqual([log.firstIndex(), log.lastIndex()], [4, 5]);
    assert.equal(disk.durableLog().firstIndex(), 4);
  });
});

describe('sim: harness: key-value state machine', () => {
  it('applies writes and compare-and-set, and reports a mismatch with the current value', () => {
    const kv = new KvStateMachine();
    assert.deepEqual(kv.apply({ client: 1, seq: 1, f: 'write', key: 'k', value: 5 }), {
      kind: 'ok',
    });
    assert.deepEqual(kv.apply({ client: 1, seq: 2, f: 'cas', key: 'k', expected: 4, value: 6 }), {
      kind: 'mismatch',
      current: 5,
    });
    assert.deepEqual(kv.apply({ client: 1, seq: 3, f: 'cas', key: 'k', expected: 5, value: 6 }), {
      kind: 'ok',
    });
    assert.equal(kv.read('k'), 6);
    assert.equal(kv.read('other'), null);
  });

  it('applies a command at most once per client sequence number', () => {
    const kv = new KvStateMachine();
    kv.apply({ client: 1, seq: 1, f: 'write', key: 'k', value: 1 });
    kv.apply({ client: 2, seq: 1, f: 'write', key: 'k', value: 2 });
    assert.deepEqual(kv.apply({ client: 1, seq: 1, f: 'write', key: 'k', value: 1 }), {
      kind: 'ok',
    });
    assert.equal(kv.read('k'), 2, 'the duplicate did not overwrite the later write');
    kv.apply({ client: 1, seq: 3, f: 'write', key: 'k', value: 3 });
    assert.deepEqual(kv.apply({ client: 1, seq: 2, f: 'write', key: 'k', value: 9 }), {
      kind: 'skipped',
    });
    assert.equal(kv.read('k'), 3);
  });

  it('a snapshot restores the same state, with the same checksum', () => {
    const kv = new KvStateMachine();
    kv.apply({ client: 1, seq: 1, f: 'write', key: 'b', value: 1 });
    kv.apply({ client: 2, seq: 1, f: 'write', key: 'a', value: 2 });
    const copy = new KvStateMachine();
    copy.restore(kv.snapshot());
    assert.equal(copy.hash(), kv.hash());
    assert.equal(copy.read('a'), 2);
    assert.deepEqual(copy.apply({ client: 1, seq: 1, f: 'write', key: 'b', value: 7 }), {
      kind: 'ok',
    });
    assert.equal(copy.read('b'), 1, 'sessions survive the snapshot');
    assert.ok(encodeCommand({ client: 1, seq: 1, f: 'write', key: 'b', value: 1 }).byteLength > 0);
  });
});

describe('sim: harness: safety checker catches each violation', () => {
  const log = (entries: Entry[], term = 1): MemoryRaftLog => {
    const l = new MemoryRaftLog();
    l.save({ entries, hardState: { term, vote: null, commit: 0 } });
    return l;
  };
  const violates = (property: string, fn: () => void): void => {
    assert.throws(fn, (e: unknown) => e instanceof SafetyViolation && e.property === property);
  };

  it('two leaders in one term break election safety', () => {
    const s = new SafetyChecker();
    s.onLeader('n1', 3);
    s.onLeader('n1', 3);
    s.onLeader('n2', 4);
    violates('election safety', () => s.onLeader('n2', 3));
  });

  it('two different entries at one index and term break log matching', () => {
    const s = new SafetyChecker();
    s.onAppend('n1', [entry(1, 1, 'a')], log([entry(1, 1, 'a')]));
    violates('log matching', () => s.onAppend('n2', [entry(1, 1, 'b')], log([entry(1, 1, 'b')])));
  });

  it('the same entry after different previous terms breaks log matching', () => {
    const s = new SafetyChecker();
    const a = [entry(1, 1), entry(2, 3, 'x')];
    const b = [entry(1, 2), entry(2, 3, 'x')];
    s.onAppend('n1', a, log(a));
    violates('log matching', () => s.onAppend('n2', [b[1]!], log(b)));
  });

  it('a leader elected without a committed entry breaks leader completeness', () => {
    const s = new SafetyChecker();
    s.onApply('n1', entry(1, 1), 1, 11);
    s.onLeaderLog('n2', 2, log([entry(1, 1)]));
    violates('leader completeness', () => s.onLeaderLog('n3', 3, log([entry(1, 2)])));
  });

  it('a commit a sitting leader of a later term lacks breaks leader completeness', () => {
    const s = new SafetyChecker();
    s.onLeaderLog('n3', 5, log([entry(1, 5)], 5));
    violates('leader completeness', () => s.onApply('n1', entry(1, 1), 2, 11));
  });

  it('different entries applied at one index break state machine safety', () => {
    const s = new SafetyChecker();
    s.onApply('n1', entry(1, 1), 1, 11);
    violates('state machine safety', () => s.onApply('n2', entry(1, 2), 2, 11));
  });

  it('different state checksums at one index break state machine safety', () => {
    const s = new SafetyChecker();
    s.onApply('n1', entry(1, 1), 1, 11);
    violates('state machine safety', () => s.onRestore('n2', 1, 12));
  });

  it('a later leader without an acknowledged write reports it lost', () => {
    const s = new SafetyChecker();
    s.onAck(1, 1, 1, 'write k=1');
    violates('acknowledged write lost', () => s.onLeaderLog('n2', 2, log([entry(1, 2)])));
  });
});

describe('sim: harness: trace', () => {
  it('keeps the last lines and hashes every line', () => {
    const a = new Trace(3);
    const b = new Trace(10);
    for (let i = 0; i < 5; i++) {
      a.add(i, 'n1', 'tick', String(i));
      b.add(i, 'n1', 'tick', String(i));
    }
    assert.equal(a.tail().length, 3);
    assert.match(a.tail()[2]!, /tick +4$/);
    assert.equal(a.hash(), b.hash());
    b.add(5, 'n1', 'tick');
    assert.notEqual(a.hash(), b.hash());
  });
});
