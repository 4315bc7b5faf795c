/**
 * Goal: membership and failure detection work over real sockets and in real processes. Members that
 * heartbeat each other see each other up; a member that falls silent (its process stopped with
 * SIGSTOP, or its transport gone without a word) is marked unreachable by the others within the bound
 * its phi-accrual settings give, and reachable again once it resumes (SIGCONT); a member that stops
 * cleanly is removed at once; a restarted member is a new life. `canopy status` and the
 * get-member-status JSON show every member's state, and the log names each change.
 * Method: ClusterServices over real ClusterTransports on 127.0.0.1 in this process (fast settings),
 * and three `canopy start` processes (each shard replicated on its own member only, which the
 * placement check of this release accepts) with SIGSTOP / SIGCONT / SIGTERM.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ClusterService, checkIntervalMs } from '../../src/cluster/cluster-service.js';
import type { MembershipEvent } from '../../src/cluster/membership-core.js';
import { detectionTimeMs } from '../../src/cluster/phi-accrual-core.js';
import type { ClusterTransport } from '../../src/cluster/transport.js';
import type { ClusterMember, MembershipSettings } from '../../src/config/types.js';
import {
  copyShippedConf,
  freePort,
  MemberProcess,
  removeDir,
  runCli,
  stopAll,
  tempDir,
} from '../support/proc-member.js';
import { membersOnFreePorts, startTransport, until } from '../support/transport-cluster.js';

const FAST: MembershipSettings = {
  heartbeatIntervalMs: 50,
  phiThreshold: 8,
  acceptableHeartbeatPauseMs: 150,
  minStdDeviationMs: 30,
  firstHeartbeatEstimateMs: 50,
  maxSampleSize: 200,
  downAfterMs: 1500,
};

interface Node {
  readonly name: string;
  readonly transport: ClusterTransport;
  readonly service: ClusterService;
  readonly events: MembershipEvent[];
}

describe('cluster membership: ClusterService over real transports', () => {
  const open: Node[] = [];

  /** `seed` sets the transport's incarnation: a restarted member needs another one. */
  async function startNode(
    members: readonly ClusterMember[],
    name: string,
    seed?: number,
  ): Promise<Node> {
    const { transport } = await startTransport(members, name, { seed });
    const service = ClusterService.start({
      transport,
      members: members.map((m) => m.name),
      settings: FAST,
    });
    const events: MembershipEvent[] = [];
    service.onEvent((e) => events.push(e));
    const node = { name, transport, service, events };
    open.push(node);
    return node;
  }

  async function stopNode(node: Node, clean: boolean): Promise<void> {
    if (clean) await node.service.close();
    await node.transport.close();
    if (!clean) await node.service.close();
  }

  afterEach(async () => {
    for (const node of open.splice(0)) {
      await node.service.close();
      await node.transport.close();
    }
  });

  const allUp = (nodes: readonly Node[]): boolean =>
    nodes.every((n) => n.service.members().every((m) => m.state === 'up'));

  it('three members see each other up, then the silent one unreachable within the bound, then down', async () => {
    const members = await membersOnFreePorts(3);
    const nodes = await Promise.all(members.map((m) => startNode(members, m.name)));
    await until(() => allUp(nodes), 5000, 'every member up everywhere');
    // Let the detectors learn the real intervals.
    await new Promise((r) => setTimeout(r, 500));
    const [a, b, c] = nodes as [Node, Node, Node];
    const silencedAt = performance.now();
    // Gone without a word: the leave notice is not sent.
    await stopNode(c, false);
    await until(
      () => a.service.state(c.name) === 'unreachable' && b.service.state(c.name) === 'unreachable',
      10_000,
      'member-3 unreachable',
    );
    const tookMs = performance.now() - silencedAt;
    // The bound: the silence at which phi reaches the threshold for a steady sender, plus one
    // check interval, plus slack for a loaded machine's timers. Not earlier than a pause.
    const bound = detectionTimeMs(FAST, FAST.heartbeatIntervalMs) + checkIntervalMs(FAST);
    assert.ok(tookMs <= bound + 1000, `unreachable after ${tookMs} ms, bound ${bound} ms`);
    assert.ok(tookMs >= FAST.acceptableHeartbeatPauseMs, `unreachable after only ${tookMs} ms`);
    assert.equal(a.service.state(b.name), 'up');
    const ev = a.events.find((e) => e.type === 'member-unreachable');
    assert.ok(ev !== undefined && ev.member === c.name);
    await until(() => a.service.state(c.name) === 'down', 5000, 'member-3 down');
    assert.deepEqual(
      a.events.filter((e) => e.member === c.name).map((e) => e.type),
      ['member-up', 'member-unreachable', 'member-down'],
    );
  });

  it('a member that stops cleanly is removed at once; started again it is a new life, up', async () => {
    const members = await membersOnFreePorts(2);
    const a = await startNode(members, 'member-1');
    const b = await startNode(members, 'member-2');
    await until(() => allUp([a, b]), 5000, 'both up');
    const firstLife = a.service.members()[1]!.incarnation;
    const stoppedAt = performance.now();
    await stopNode(b, true);
    await until(() => a.service.state('member-2') === 'removed', 2000, 'member-2 removed');
    assert.ok(performance.now() - stoppedAt < FAST.acceptableHeartbeatPauseMs + 500);
    assert.deepEqual(a.events.at(-1), {
      type: 'member-removed',
      member: 'member-2',
      incarnation: firstLife,
      reason: 'left',
    });
    open.splice(open.indexOf(b), 1);
    const again = await startNode(members, 'member-2', 2);
    await until(() => a.service.state('member-2') === 'up', 5000, 'member-2 up again');
    const secondLife = a.service.members()[1]!.incarnation;
    assert.notEqual(secondLife, firstLife);
    assert.equal(secondLife, again.transport.incarnation);
  });

  it('a member restarted without a word (a crash) is a new life: its old one is removed', async () => {
    const members = await membersOnFreePorts(2);
    const a = await startNode(members, 'member-1');
    const b = await startNode(members, 'member-2');
    await until(() => allUp([a, b]), 5000, 'both up');
    await stopNode(b, false);
    open.splice(open.indexOf(b), 1);
    await startNode(members, 'member-2', 2);
    await until(
      () => a.events.some((e) => e.type === 'member-removed' && e.reason === 'restarted'),
      5000,
      'the old life removed',
    );
    await until(() => a.service.state('member-2') === 'up', 5000, 'the new life up');
  });
});

describe('cluster membership: canopy start processes', function () {
  this.timeout(180_000);
  const dirs: string[] = [];

  after(async () => {
    await stopAll();
    for (const d of dirs) removeDir(d);
  });

  /** A configuration directory for `name`: the shipped one with every shard on `name` alone. */
  function confFor(root: string, name: string): string {
    const conf = copyShippedConf(join(root, name));
    const shards = join(conf, 'module-shards.conf');
    writeFileSync(shards, readFileSync(shards, 'utf8').replaceAll('"member-1"', `"${name}"`));
    return conf;
  }

  async function status(member: MemberProcess): Promise<{ member?: Record<string, unknown>[] }> {
    const run = await runCli(['status', '--json', '--url', member.url]);
    assert.equal(run.code, 0, run.stderr);
    return JSON.parse(run.stdout) as { member?: Record<string, unknown>[] };
  }

  /** Polls `check` every 100 ms; true once it holds, false after `timeoutMs`. */
  async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await check()) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  }

  const stateOf = async (at: MemberProcess, name: string): Promise<unknown> =>
    (await status(at)).member?.find((m) => m.name === name)?.state;

  it('a member whose cluster address is taken refuses to start, saying which address and setting', async () => {
    const root = tempDir('membership-port');
    dirs.push(root);
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    try {
      const port = (taken.address() as AddressInfo).port;
      const members = [
        { name: 'member-1', host: '127.0.0.1', port },
        { name: 'member-2', host: '127.0.0.1', port: await freePort() },
      ];
      const dataDir = join(root, 'member-1', 'data');
      const run = await MemberProcess.startExpectingFailure({
        confDir: confFor(root, 'member-1'),
        dataDir,
        args: ['--set', `cluster.members=${JSON.stringify(members)}`],
      });
      assert.equal(run.code, 1, run.stderr);
      assert.match(
        run.stderr,
        new RegExp(
          `cannot listen for the cluster transport on 127\\.0\\.0\\.1:${port}: EADDRINUSE; ` +
            'another process holds the port; stop it or choose another for this member in cluster.members',
        ),
      );
      assert.ok(!existsSync(join(dataDir, 'journal')), 'the refused start opened no journal');
    } finally {
      await new Promise((r) => taken.close(r));
    }
  });

  it('three members form a membership; SIGSTOP makes one unreachable, SIGCONT reachable, SIGTERM removed', async () => {
    const root = tempDir('membership');
    dirs.push(root);
    const ports = [await freePort(), await freePort(), await freePort()];
    const members = ports.map((port, i) => ({ name: `member-${i + 1}`, host: '127.0.0.1', port }));
    const args = (name: string): string[] => [
      '--member',
      name,
      '--set',
      `cluster.members=${JSON.stringify(members)}`,
      '--set',
      'cluster.membership.heartbeat-interval-ms=100',
      '--set',
      'cluster.membership.acceptable-heartbeat-pause-ms=300',
      '--set',
      'cluster.membership.first-heartbeat-estimate-ms=100',
      '--set',
      'cluster.membership.down-after-ms=0',
    ];
    const procs: MemberProcess[] = [];
    for (const m of members) {
      procs.push(
        await MemberProcess.start({
          confDir: confFor(root, m.name),
          dataDir: join(root, m.name, 'data'),
          args: args(m.name),
        }),
      );
    }
    const [p1, p2, p3] = procs as [MemberProcess, MemberProcess, MemberProcess];
    assert.ok(
      await eventually(async () => {
        const s = await status(p1);
        return s.member?.length === 3 && s.member.every((m) => m.state === 'up');
      }, 15_000),
      `member-1 never saw every member up:\n${p1.logTail()}`,
    );
    // The transport's per-peer counters are on /metrics.
    const metrics = await (await fetch(`${p1.url}/metrics`)).text();
    assert.match(metrics, /^canopy_transport_received_bytes_total\{peer="member-3"\} [1-9]/m);
    assert.match(metrics, /^canopy_cluster_member_state\{member="member-3",state="up"\} 1$/m);
    assert.match(metrics, /^canopy_cluster_member_state\{member="member-3",state="down"\} 0$/m);
    assert.match(metrics, /^canopy_cluster_member_phi\{member="member-2"\} \d/m);
    const text = await runCli(['status', '--url', p2.url]);
    assert.match(text.stdout, /cluster: 3 members \(3 up\)/, text.stdout);
    assert.match(text.stdout, /^member-2 \*\s+up/m);

    // SIGSTOP: the process holds its sockets open but says nothing.
    const stoppedAt = Date.now();
    process.kill(p3.pid, 'SIGSTOP');
    try {
      const logged = await p1.waitForLog(
        (l) => l.member === 'member-3' && l.state === 'unreachable',
        15_000,
      );
      assert.ok(logged, `member-1 did not log member-3 unreachable:\n${p1.logTail()}`);
      const tookMs = Date.now() - stoppedAt;
      // Bound for these settings: 100 + 300 + ~5.2 x 100 ms, plus timers on a loaded machine.
      const bound =
        detectionTimeMs({ ...FAST, acceptableHeartbeatPauseMs: 300, minStdDeviationMs: 100 }, 100) +
        1500;
      assert.ok(tookMs <= bound, `unreachable after ${tookMs} ms, bound ${bound} ms`);
      assert.equal(await stateOf(p2, 'member-3'), 'unreachable');
      assert.equal(await stateOf(p1, 'member-2'), 'up');
    } finally {
      process.kill(p3.pid, 'SIGCONT');
    }
    assert.ok(
      await p1.waitForLog(
        (l) => l.msg === 'cluster membership: member-3 is reachable again',
        15_000,
      ),
      `member-1 did not log member-3 reachable:\n${p1.logTail()}`,
    );
    assert.equal(await stateOf(p2, 'member-3'), 'up');

    // A clean stop: the others are told, and remove it at once.
    const exit = await p3.stop();
    assert.equal(exit.code, 0, p3.logTail());
    assert.ok(
      await p1.waitForLog(
        (l) => l.member === 'member-3' && l.state === 'removed' && l.reason === 'left',
        5000,
      ),
      p1.logTail(),
    );
    assert.equal(await stateOf(p2, 'member-3'), 'removed');
    assert.ok(
      p3.logLines().some((l) => l.msg === 'cluster membership: left'),
      'member-3 logged that it left',
    );
    await Promise.all([p1.stop(), p2.stop()]);
  });
});
