/**
 * Goal: the toaster end to end across real processes (issue 12, point 4). Three `canopy start`
 * members, the toaster provider placed on member-1 alone by `examples.toaster-provider`: every
 * member's RESTCONF invokes make-toast, cancel-toast and restock-toaster and gets the provider's
 * answers and refusals; the provider's notifications reach a stream on member-3; `canopy rpc-routes`
 * shows the registry converged on every member. Then member-1 is SIGKILLed: calls on the others fail
 * cleanly and at once (503 `rpc-unavailable`, or 404 once the route is gone; never a hang or a 500),
 * the route disappears within ROUTE_GONE_BOUND_MS (detection + rpc.down-member-expiry-ms), and calls succeed again once member-3 is restarted
 * with the provider on.
 * Method: `canopy start` processes on 127.0.0.1 with free ports (test/support/proc-member.ts), each
 * shard on its own member only (every member keeps its own data here), fast membership and gossip
 * settings; RESTCONF over fetch, the SSE client of the stream tests.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkIntervalMs } from '../../src/cluster/cluster-service.js';
import { detectionTimeMs } from '../../src/cluster/phi-accrual-core.js';
import { MEMBERSHIP_DEFAULTS } from '../../src/config/settings.js';
import type { MembershipSettings } from '../../src/config/types.js';
import {
  copyShippedConf,
  freePort,
  MemberProcess,
  removeDir,
  runCli,
  stopAll,
  tempDir,
} from '../support/proc-member.js';
import { SseClient } from '../unit/http/sse-client.js';

const HEARTBEAT_MS = 100;
const PAUSE_MS = 300;
const EXPIRY_MS = 1000;
const GOSSIP_MS = 100;
const MEMBERSHIP: MembershipSettings = {
  ...MEMBERSHIP_DEFAULTS,
  heartbeatIntervalMs: HEARTBEAT_MS,
  acceptableHeartbeatPauseMs: PAUSE_MS,
  firstHeartbeatEstimateMs: HEARTBEAT_MS,
};
/**
 * How soon a SIGKILLed member's routes are gone from the others: detection of the silence (phi
 * reaches the threshold, plus one check interval), then rpc.down-member-expiry-ms counted in gossip
 * ticks (one more tick of rounding), plus 2 s for timers on a loaded machine: about 4 s here; it
 * measured 1.9 s on an idle one.
 */
const ROUTE_GONE_BOUND_MS =
  detectionTimeMs(MEMBERSHIP, HEARTBEAT_MS) +
  checkIntervalMs(MEMBERSHIP) +
  EXPIRY_MS +
  GOSSIP_MS +
  2000;

interface Routes {
  'member-name'?: string;
  route?: { rpc: string; path: string; member?: string[] }[];
  bucket?: { member: string; status: string; incarnation?: string; counter?: string }[];
}

describe('remote rpc: the toaster across three canopy processes', function () {
  this.timeout(240_000);
  const dirs: string[] = [];

  after(async () => {
    await stopAll();
    for (const d of dirs) removeDir(d);
  });

  /** The shipped configuration with every shard on `name` alone. */
  function confFor(root: string, name: string): string {
    const conf = copyShippedConf(join(root, name));
    const shards = join(conf, 'module-shards.conf');
    writeFileSync(shards, readFileSync(shards, 'utf8').replaceAll('"member-1"', `"${name}"`));
    return conf;
  }

  async function routes(at: MemberProcess): Promise<Routes> {
    const run = await runCli(['rpc-routes', '--json', '--url', at.url]);
    assert.equal(run.code, 0, run.stderr);
    return JSON.parse(run.stdout) as Routes;
  }

  /** The same view over RESTCONF directly (the polling loop: no process per poll). */
  async function routesOverHttp(at: MemberProcess): Promise<Routes> {
    const answer = await rpc(at, 'canopy-rpc-admin:get-rpc-routes');
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    return (answer.body as { 'canopy-rpc-admin:output': Routes })['canopy-rpc-admin:output'];
  }

  const membersOf = (r: Routes, rpc: string): string[] =>
    r.route?.find((x) => x.rpc === rpc)?.member ?? [];

  async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await check()) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  }

  /** POSTs an rpc; the status, the body (parsed) and how long it took. */
  async function rpc(
    at: MemberProcess,
    name: string,
    input?: unknown,
  ): Promise<{ status: number; body: unknown; ms: number }> {
    const started = Date.now();
    const response = await fetch(`${at.url}/rests/operations/${name}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/yang-data+json',
        accept: 'application/yang-data+json',
      },
      ...(input === undefined ? {} : { body: JSON.stringify(input) }),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text === '' ? undefined : (JSON.parse(text) as unknown),
      ms: Date.now() - started,
    };
  }

  const errorOf = (body: unknown): Record<string, unknown> =>
    (body as { 'ietf-restconf:errors': { error: Record<string, unknown>[] } })[
      'ietf-restconf:errors'
    ].error[0]!;

  it('every member invokes the toaster on member-1, streams its notifications, and fails over cleanly', async () => {
    const root = tempDir('remote-rpc');
    dirs.push(root);
    const members = [1, 2, 3].map((i) => ({ name: `member-${i}`, host: '127.0.0.1', port: 0 }));
    for (const m of members) m.port = await freePort();
    const args = (name: string, toaster: boolean): string[] => [
      '--member',
      name,
      '--set',
      `cluster.members=${JSON.stringify(members)}`,
      '--set',
      `cluster.membership.heartbeat-interval-ms=${HEARTBEAT_MS}`,
      '--set',
      `cluster.membership.acceptable-heartbeat-pause-ms=${PAUSE_MS}`,
      '--set',
      `cluster.membership.first-heartbeat-estimate-ms=${HEARTBEAT_MS}`,
      '--set',
      `rpc.gossip-interval-ms=${GOSSIP_MS}`,
      '--set',
      `rpc.down-member-expiry-ms=${EXPIRY_MS}`,
      '--set',
      'rpc.request-timeout-ms=15000',
      '--set',
      `examples.toaster-provider=${toaster}`,
    ];
    const start = (name: string, toaster: boolean, httpPort?: number): Promise<MemberProcess> =>
      MemberProcess.start({
        confDir: join(root, name, 'conf'),
        dataDir: join(root, name, 'data'),
        httpPort,
        args: args(name, toaster),
      });
    for (const m of members) confFor(root, m.name);
    const p1 = await start('member-1', true);
    const p2 = await start('member-2', false);
    let p3 = await start('member-3', false);

    // The registry converges: every member routes the toaster's rpcs to member-1.
    for (const p of [p1, p2, p3]) {
      assert.ok(
        await eventually(
          async () => membersOf(await routes(p), 'toaster:make-toast').join() === 'member-1',
          20_000,
        ),
        `${p.url}: make-toast never routed to member-1:\n${JSON.stringify(await routes(p))}`,
      );
    }
    const view = await routes(p2);
    assert.deepEqual(membersOf(view, 'toaster:restock-toaster'), ['member-1']);
    // get-member-status and get-rpc-routes are on every member.
    assert.deepEqual(membersOf(view, 'canopy-cluster-admin:get-member-status'), [
      'member-1',
      'member-2',
      'member-3',
    ]);
    assert.deepEqual(
      view.bucket?.map((b) => b.member),
      ['member-1', 'member-2', 'member-3'],
    );
    const text = await runCli(['rpc-routes', '--url', p3.url]);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^toaster:make-toast\s+-\s+member-1$/m, text.stdout);
    assert.match(text.stdout, /^member-3\s+self\s+\d+\.\d+/m, text.stdout);

    // The provider's notifications, on a stream of member-3.
    const stream = await SseClient.open(
      `${p3.url}/rests/streams/NETCONF?notification=toaster:toasterRestocked,toaster:toasterOutOfBread`,
    );
    try {
      assert.equal(stream.status, 200);
      // restock-toaster from member-2: one slice.
      const restock = await rpc(p2, 'toaster:restock-toaster', {
        'toaster:input': { amountOfBreadToStock: 1 },
      });
      assert.equal(restock.status, 204, JSON.stringify(restock.body));
      // make-toast from member-3 uses the last slice.
      const toast = await rpc(p3, 'toaster:make-toast', {
        'toaster:input': { toasterDoneness: 1 },
      });
      assert.equal(toast.status, 204, JSON.stringify(toast.body));
      const first = (await stream.next()).data as Record<string, Record<string, unknown>>;
      const second = (await stream.next()).data as Record<string, Record<string, unknown>>;
      assert.deepEqual(first['ietf-restconf:notification']!['toaster:toasterRestocked'], {
        amountOfBread: 1,
      });
      assert.ok('toaster:toasterOutOfBread' in second['ietf-restconf:notification']!);
    } finally {
      stream.close();
    }
    // Out of bread: the provider's refusal reaches member-2 with its tag and app-tag.
    const refused = await rpc(p2, 'toaster:make-toast', {
      'toaster:input': { toasterDoneness: 1 },
    });
    assert.equal(refused.status, 409, JSON.stringify(refused.body));
    assert.equal(errorOf(refused.body)['error-tag'], 'resource-denied');
    assert.equal(errorOf(refused.body)['error-app-tag'], 'out-of-stock');
    // cancel-toast from member-3 stops a toast started from member-2.
    assert.equal(
      (await rpc(p3, 'toaster:restock-toaster', { 'toaster:input': { amountOfBreadToStock: 5 } }))
        .status,
      204,
    );
    const long = rpc(p2, 'toaster:make-toast', { 'toaster:input': { toasterDoneness: 10 } });
    await new Promise((r) => setTimeout(r, 500));
    assert.equal((await rpc(p3, 'toaster:cancel-toast')).status, 204);
    const cancelled = await long;
    assert.ok(cancelled.ms < 9000, `the cancelled toast took ${cancelled.ms} ms`);
    assert.equal(errorOf(cancelled.body)['error-app-tag'], 'toast-cancelled');

    // SIGKILL the provider's member.
    await p1.kill();
    const killedAt = Date.now();
    const seen = new Set<number>();
    let goneAfterMs: number | undefined;
    while (Date.now() - killedAt < ROUTE_GONE_BOUND_MS + 5000) {
      const call = await rpc(p2, 'toaster:restock-toaster', {
        'toaster:input': { amountOfBreadToStock: 1 },
      });
      seen.add(call.status);
      // Never a hang: a call to a dead member fails fast, or is answered as not found.
      assert.ok(call.ms < 5000, `a call took ${call.ms} ms`);
      assert.ok(
        [503, 404].includes(call.status),
        `status ${call.status}: ${JSON.stringify(call.body)}`,
      );
      if (call.status === 503) {
        assert.equal(errorOf(call.body)['error-tag'], 'resource-denied');
      }
      const r2 = await routesOverHttp(p2);
      const r3 = await routesOverHttp(p3);
      if (
        membersOf(r2, 'toaster:make-toast').length === 0 &&
        membersOf(r3, 'toaster:make-toast').length === 0
      ) {
        goneAfterMs = Date.now() - killedAt;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(goneAfterMs !== undefined, 'the route of the killed member never disappeared');
    assert.ok(goneAfterMs <= ROUTE_GONE_BOUND_MS, `the route disappeared after ${goneAfterMs} ms`);
    const notFound = await rpc(p3, 'toaster:make-toast');
    assert.equal(notFound.status, 404, JSON.stringify(notFound.body));

    // A second provider: member-3 restarted with the toaster on.
    const p3port = p3.httpPort;
    assert.equal((await p3.stop()).code, 0, p3.logTail());
    p3 = await start('member-3', true, p3port);
    assert.ok(
      await eventually(
        async () => membersOf(await routes(p2), 'toaster:make-toast').join() === 'member-3',
        20_000,
      ),
      `member-2 never routed make-toast to member-3:\n${JSON.stringify(await routes(p2))}`,
    );
    const again = await rpc(p2, 'toaster:make-toast', { 'toaster:input': { toasterDoneness: 1 } });
    assert.equal(again.status, 204, JSON.stringify(again.body));
    // member-3 runs it: its operational datastore has the toaster, member-2's does not.
    const state = await fetch(`${p3.url}/rests/data/toaster:toaster?content=nonconfig`);
    assert.equal(state.status, 200);
    const none = await fetch(`${p2.url}/rests/data/toaster:toaster?content=nonconfig`);
    assert.equal(none.status, 404);
    await Promise.all([p2.stop(), p3.stop()]);
  });
});
