/**
 * Goal: `canopy start` on three members whose module-shards.conf places every shard on all three forms
 * replicated shard groups over real TCP (issue 11 point 4, the shard network half): members started
 * one after another each serve before the others exist (no bootstrap step); one leader per shard;
 * a write through RESTCONF on the leader's member is acknowledged and then visible on the other
 * members through a local read (`?consistency=local`); an event stream on a follower member receives
 * the changes in commit order, once each, across a leader change; a linearizable read on a follower
 * member sees every acknowledged write (ReadIndex through the leader); a write on a follower member
 * is taken to the leader's member and acknowledged once committed there;
 * after SIGKILL of the leader's member the two others elect a new leader (the failover time is
 * printed), writes continue there, and the killed member restarts and catches up: every replica ends
 * with the same content.
 *
 * Method: test/support/cluster-harness.ts (real processes, real sockets, real LevelDB journals), with
 * the default election timing (heartbeats every 100 ms, elections after 4 to 8 of them), so the
 * printed failover is the defaults'.
 */
import { strict as assert } from 'node:assert';
import { ClusterHarness, eventually } from '../support/cluster-harness.js';
import { stopAll } from '../support/proc-member.js';

const SHARD = 'inventory';
const NODES = '/opendaylight-inventory:nodes';

async function put(url: string, id: string): Promise<Response> {
  return fetch(`${url}/rests/data${NODES}/node=${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/yang-data+json' },
    body: JSON.stringify({ 'opendaylight-inventory:node': [{ id }] }),
  });
}

/** The node ids under NODES on the member at `url`, read as `consistency` says. */
async function ids(url: string, consistency?: 'local' | 'linearizable'): Promise<string[]> {
  const q = consistency === undefined ? '' : `&consistency=${consistency}`;
  const res = await fetch(`${url}/rests/data${NODES}?content=config${q}`);
  if (res.status === 404) return [];
  assert.equal(res.status, 200, await res.clone().text());
  const body = (await res.json()) as Record<string, { node?: { id: string }[] }>;
  return (body['opendaylight-inventory:nodes']?.node ?? []).map((n) => n.id).sort();
}

/** The node ids an edit creates: its list entry's, or every entry of the container it creates. */
function nodeIds(target: string, value: unknown): string[] {
  const entry = /node=([^/]+)$/.exec(target);
  if (entry !== null) return [entry[1]!];
  const nodes = (value as Record<string, { node?: { id: string }[] }> | undefined)?.[
    'opendaylight-inventory:nodes'
  ];
  return (nodes?.node ?? []).map((n) => n.id);
}

/** A data-change event stream on NODES: every edit target, in arrival order. */
class Stream {
  /** The node ids each data-change event's edits create, in arrival order. */
  readonly targets: string[] = [];
  /** The node ids of the initial-data event. */
  readonly initial: string[] = [];
  private readonly controller = new AbortController();
  ended = false;

  static async open(url: string): Promise<Stream> {
    const s = new Stream();
    const res = await fetch(`${url}/rests/streams/data-change?path=${NODES}&datastore=config`, {
      signal: s.controller.signal,
    });
    assert.equal(res.status, 200);
    void s.read(res.body!);
    return s;
  }

  close(): void {
    this.controller.abort();
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          const data = block
            .split('\n')
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5).trim())
            .join('\n');
          if (data === '') continue;
          const event = JSON.parse(data) as { edits?: { target: string; value?: unknown }[] };
          const edits = event.edits ?? [];
          const into = /initial/.test(block) ? this.initial : this.targets;
          for (const e of edits) into.push(...nodeIds(e.target, e.value));
        }
      }
    } catch {
      // Aborted, or the member went away.
    }
    this.ended = true;
  }
}

describe('cluster replication: three canopy start processes, every shard on every member', function () {
  this.timeout(240_000);
  let cluster: ClusterHarness | undefined;

  after(async () => {
    await cluster?.close();
    await stopAll();
  });

  it('replicates writes, serves listeners on followers, fails over after SIGKILL, and converges', async () => {
    cluster = await ClusterHarness.create({});
    const c = cluster;
    // Any start order, one at a time: each member serves before the next exists.
    for (const name of ['member-3', 'member-1', 'member-2']) await c.start(name);
    const leader = await c.waitForLeader(SHARD);
    const followers = c.names.filter((n) => n !== leader);
    const [f1, f2] = followers as [string, string];

    const stream = await Stream.open(c.url(f1));
    // The stream's initial event, before any write.
    await new Promise((r) => setTimeout(r, 300));

    for (let i = 0; i < 5; i++) {
      const res = await put(c.url(leader), `a${i}`);
      assert.equal(res.status, 201, await res.text());
    }
    const first = ['a0', 'a1', 'a2', 'a3', 'a4'];
    assert.deepEqual(await ids(c.url(leader)), first, 'a linearizable read on the leader');
    // A linearizable read (the default) on a follower member right after the acknowledgement sees
    // every acknowledged write: its replica asks the leader for the read index (Raft ReadIndex).
    assert.deepEqual(await ids(c.url(f2)), first, 'a linearizable read on a follower');
    for (const f of followers) {
      assert.ok(
        await eventually(async () => (await ids(c.url(f), 'local')).length === 5, 10_000),
        `${f} never showed the writes in a local read`,
      );
      assert.deepEqual(await ids(c.url(f), 'local'), first, f);
    }

    // A write on a follower member is taken to the leader's member (the remote shard proxy) and
    // acknowledged once committed there: a linearizable read on any member sees it.
    const viaFollower = await put(c.url(f2), 'a5');
    assert.equal(viaFollower.status, 201, await viaFollower.text());
    for (const m of c.names) {
      assert.deepEqual(await ids(c.url(m)), [...first, 'a5'], `a linearizable read on ${m}`);
    }

    // SIGKILL the leader's member: the two others elect a new leader.
    const killedAt = performance.now();
    await c.kill(leader);
    const next = await c.waitForLeader(SHARD, 30_000, leader);
    const failoverMs = Math.round(performance.now() - killedAt);
    console.log(
      `      failover: a new leader of ${SHARD} (${next}) ${failoverMs} ms after SIGKILL of ${leader}`,
    );
    assert.notEqual(next, leader);
    for (let i = 0; i < 5; i++) {
      const res = await put(c.url(next), `b${i}`);
      assert.equal(res.status, 201, await res.text());
    }

    // The killed member restarts from its journal and catches up.
    await c.start(leader);
    const all = [...first, 'a5', 'b0', 'b1', 'b2', 'b3', 'b4'];
    for (const m of c.names) {
      assert.ok(
        await eventually(async () => (await ids(c.url(m), 'local')).length === all.length, 20_000),
        `${m} did not converge:\n${c.member(m).logTail(10)}`,
      );
      assert.deepEqual(await ids(c.url(m), 'local'), all, m);
    }
    // Same content everywhere, byte for byte in the canonical JSON.
    const bodies = await Promise.all(
      c.names.map(async (m) =>
        (await fetch(`${c.url(m)}/rests/data${NODES}?content=config&consistency=local`)).text(),
      ),
    );
    assert.equal(new Set(bodies).size, 1, bodies.join('\n'));

    // The follower's stream saw every change once, in commit order (f1 stayed up throughout).
    assert.ok(
      await eventually(() => Promise.resolve(stream.targets.length >= all.length), 10_000),
      `the stream on ${f1} saw ${JSON.stringify(stream.targets)} (initial ${JSON.stringify(stream.initial)})`,
    );
    stream.close();
    assert.deepEqual(stream.initial, []);
    assert.deepEqual(stream.targets, all);
  });
});
