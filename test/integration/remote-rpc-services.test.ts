/**
 * Goal: remote RPC and notifications across members (src/rpc/route-registry.ts, remote-rpc.ts) over
 * the real transport and membership: the route registry's gossip converges, a call with no local
 * implementation runs on the member that has one (a local one preferred), the callee's errors reach
 * the caller typed (RpcError with its tag, RpcImplementationFailedError, RpcNotFoundError), a silent
 * callee times out (RpcTimeoutError), an unreachable one fails at once (RpcUnavailableError, before
 * the timeout, for new calls and calls in flight), routes of a member that left or crashed disappear,
 * and notifications reach every member in publication order.
 * Method: three members in this process, each a ClusterTransport on 127.0.0.1 with a free port, a
 * ClusterService with fast heartbeats, an RpcService and NotificationService on the rtest+toaster
 * schema, and the shipped RouteRegistry and RemoteRpc. A crash is the transport closed without the
 * leave notice.
 */
import { strict as assert } from 'node:assert';
import { ClusterService } from '../../src/cluster/cluster-service.js';
import type { ClusterTransport } from '../../src/cluster/transport.js';
import { MEMBERSHIP_DEFAULTS } from '../../src/config/settings.js';
import type { ClusterMember, MembershipSettings, RpcConfig } from '../../src/config/types.js';
import {
  RpcError,
  RpcImplementationFailedError,
  RpcNotFoundError,
  RpcTimeoutError,
  RpcUnavailableError,
} from '../../src/rpc/errors.js';
import { NotificationService, type NotificationEvent } from '../../src/rpc/notification-service.js';
import { RemoteRpc } from '../../src/rpc/remote-rpc.js';
import { RouteRegistry, type IncarnationStore } from '../../src/rpc/route-registry.js';
import { RpcService } from '../../src/rpc/rpc-service.js';
import { DataValidationFailedError } from '../../src/tree/errors.js';
import { SeededRng } from '../../src/util/rng.js';
import { operationsSchema } from '../unit/rpc/operations-schema.js';
import { membersOnFreePorts, startTransport, until } from '../support/transport-cluster.js';

const FAST_MEMBERSHIP: MembershipSettings = {
  ...MEMBERSHIP_DEFAULTS,
  heartbeatIntervalMs: 50,
  acceptableHeartbeatPauseMs: 150,
  firstHeartbeatEstimateMs: 50,
  minStdDeviationMs: 20,
  downAfterMs: 600,
};

const RPC_SETTINGS: RpcConfig = {
  gossipIntervalMs: 30,
  downMemberExpiryMs: 300,
  requestTimeoutMs: 1500,
};

interface Member {
  readonly name: string;
  readonly transport: ClusterTransport;
  readonly service: ClusterService;
  readonly rpc: RpcService;
  readonly notifications: NotificationService;
  readonly registry: RouteRegistry;
  readonly remote: RemoteRpc;
  /** Stops cleanly: leave notices, then the transport. */
  stop(): Promise<void>;
  /** Crashes: the transport closes without a leave notice. */
  kill(): Promise<void>;
}

function memoryIncarnations(): IncarnationStore & { saved: number[] } {
  const saved: number[] = [];
  return { saved, load: () => saved.at(-1) ?? 0, save: (n) => saved.push(n) };
}

async function startMember(
  members: readonly ClusterMember[],
  name: string,
  settings: RpcConfig = RPC_SETTINGS,
): Promise<Member> {
  const schema = operationsSchema();
  const { transport } = await startTransport(members, name);
  const service = ClusterService.start({
    transport,
    members: members.map((m) => m.name),
    settings: FAST_MEMBERSHIP,
  });
  const rpc = new RpcService({ schema, memberName: name });
  const notifications = new NotificationService({ schema });
  const registry = new RouteRegistry({
    transport,
    membership: service,
    settings,
    incarnations: memoryIncarnations(),
    rng: new SeededRng(name.length * 31 + 7),
  });
  const remote = new RemoteRpc({
    transport,
    membership: service,
    registry,
    rpc,
    notifications,
    requestTimeoutMs: settings.requestTimeoutMs,
  });
  let stopped = false;
  const shut = async (clean: boolean): Promise<void> => {
    if (stopped) return;
    stopped = true;
    remote.close();
    registry.close();
    if (clean) await service.close();
    await transport.close();
    if (!clean) await service.close();
  };
  return {
    name,
    transport,
    service,
    rpc,
    notifications,
    registry,
    remote,
    stop: () => shut(true),
    kill: () => shut(false),
  };
}

const running: Member[] = [];

async function cluster(count: number, settings?: RpcConfig): Promise<Member[]> {
  const members = await membersOnFreePorts(count);
  const started = await Promise.all(members.map((m) => startMember(members, m.name, settings)));
  running.push(...started);
  await until(
    () => started.every((m) => m.service.members().every((v) => v.state === 'up')),
    5000,
    'every member up',
  );
  return started;
}

/** Until every member's registry lists exactly `expected` as implementing `rpc`. */
async function converged(
  members: readonly Member[],
  rpc: string,
  expected: string[],
): Promise<void> {
  await until(
    () => members.every((m) => m.registry.lookup(rpc).join() === expected.join()),
    5000,
    `${rpc} routed to [${expected.join()}] on every member`,
  );
}

const echo = (input: { message?: unknown; times?: unknown }) =>
  Promise.resolve({
    echoed: Array.from({ length: Number(input.times) }, (_, i) => `${String(input.message)}-${i}`),
  });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  assert.fail('expected a rejection');
}

describe('remote rpc over the transport (three members in one process)', function () {
  this.timeout(20_000);

  afterEach(async () => {
    await Promise.all(running.splice(0).map((m) => m.stop()));
  });

  it('a call with no local implementation runs on the member that registered it, input and output checked', async () => {
    const [a, b, c] = await cluster(3);
    a!.rpc.registerRpcImplementation('rtest:echo', echo);
    await converged([a!, b!, c!], 'rtest:echo', ['member-1']);
    const result = await b!.rpc.invokeRpc('rtest:echo', { message: 'hi', times: 2 });
    assert.deepEqual(result, { output: { echoed: ['hi-0', 'hi-1'] }, member: 'member-1' });
    // The default (times = 1) was filled in on the caller, and the call still went to member-1.
    assert.deepEqual((await c!.rpc.invokeRpc('rtest:echo', { message: 'x' })).output, {
      echoed: ['x-0'],
    });
    assert.deepEqual(b!.rpc.availableRpcs(), ['rtest:echo']);
    // Bad input is refused on the caller, before anything is sent.
    const bad = await rejection(b!.rpc.invokeRpc('rtest:echo', { times: 9 }));
    assert.ok(bad instanceof DataValidationFailedError, String(bad));
  });

  it('a local implementation is preferred over a remote one', async () => {
    const [a, b] = await cluster(2);
    a!.rpc.registerRpcImplementation('rtest:echo', echo);
    b!.rpc.registerRpcImplementation('rtest:echo', () => Promise.resolve({ echoed: ['b'] }));
    await converged([a!, b!], 'rtest:echo', ['member-1', 'member-2']);
    assert.equal((await b!.rpc.invokeRpc('rtest:echo', { message: 'm' })).member, 'member-2');
    assert.equal((await a!.rpc.invokeRpc('rtest:echo', { message: 'm' })).member, 'member-1');
  });

  it("the callee's errors reach the caller typed: RpcError with its tag, app-tag and info; failures; bad output", async () => {
    const [a, b] = await cluster(2);
    a!.rpc.registerRpcImplementation('toaster:make-toast', () =>
      Promise.reject(
        new RpcError('resource-denied', 'no bread', {
          appTag: 'out-of-stock',
          info: { slices: 0 },
        }),
      ),
    );
    a!.rpc.registerRpcImplementation('toaster:cancel-toast', () =>
      Promise.reject(new Error('boom')),
    );
    a!.rpc.registerRpcImplementation('rtest:echo', () =>
      Promise.resolve({ echoed: 'not a list', bogus: 1 }),
    );
    await converged([a!, b!], 'rtest:echo', ['member-1']);
    await converged([a!, b!], 'toaster:cancel-toast', ['member-1']);
    await converged([a!, b!], 'toaster:make-toast', ['member-1']);

    const refused = await rejection(b!.rpc.invokeRpc('toaster:make-toast', {}));
    assert.ok(refused instanceof RpcError, String(refused));
    assert.equal(refused.tag, 'resource-denied');
    assert.equal(refused.appTag, 'out-of-stock');
    assert.equal(refused.message, 'no bread');
    assert.deepEqual(refused.info, { slices: 0 });

    const failed = await rejection(b!.rpc.invokeRpc('toaster:cancel-toast'));
    assert.ok(failed instanceof RpcImplementationFailedError, String(failed));
    assert.match(failed.message, /member-1/);

    const badOutput = await rejection(b!.rpc.invokeRpc('rtest:echo', { message: 'm' }));
    assert.ok(badOutput instanceof RpcImplementationFailedError, String(badOutput));
    assert.match(badOutput.message, /output/);
  });

  it('an rpc nobody implements is RpcNotFoundError', async () => {
    const [, b] = await cluster(2);
    const e = await rejection(b!.rpc.invokeRpc('rtest:nothing'));
    assert.ok(e instanceof RpcNotFoundError, String(e));
  });

  it('a callee that does not answer in time is RpcTimeoutError after rpc.request-timeout-ms', async () => {
    const [a, b] = await cluster(2, { ...RPC_SETTINGS, requestTimeoutMs: 300 });
    let aborted = false;
    a!.rpc.registerRpcImplementation(
      'rtest:nothing',
      (_input, { signal }) =>
        new Promise((resolve) => {
          signal.addEventListener('abort', () => {
            aborted = true;
            resolve(undefined);
          });
        }),
    );
    await converged([a!, b!], 'rtest:nothing', ['member-1']);
    const started = Date.now();
    const e = await rejection(b!.rpc.invokeRpc('rtest:nothing'));
    assert.ok(e instanceof RpcTimeoutError, String(e));
    assert.equal(e.member, 'member-1');
    assert.ok(Date.now() - started >= 290, `${Date.now() - started} ms`);
    // The callee's implementation is told the caller gave up.
    await until(() => aborted, 2000, 'the implementation aborted');
  });

  it('a caller that aborts stops waiting at once; the callee keeps its own deadline', async () => {
    const [a, b] = await cluster(2, { ...RPC_SETTINGS, requestTimeoutMs: 10_000 });
    a!.rpc.registerRpcImplementation('rtest:nothing', () => new Promise(() => undefined));
    await converged([a!, b!], 'rtest:nothing', ['member-1']);
    const controller = new AbortController();
    const call = b!.rpc.invokeRpc('rtest:nothing', undefined, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const t0 = Date.now();
    controller.abort(new Error('client went away'));
    const e = await rejection(call);
    assert.ok(e instanceof Error && e.message === 'client went away', String(e));
    assert.ok(Date.now() - t0 < 100, `took ${Date.now() - t0} ms`);
    // Already aborted: refused without waiting.
    const e2 = await rejection(
      b!.rpc.invokeRpc('rtest:nothing', undefined, {
        signal: AbortSignal.abort(new Error('gone')),
      }),
    );
    assert.ok(e2 instanceof Error && e2.message === 'gone', String(e2));
  });

  it('a crashed member: calls in flight and new calls fail at once with RpcUnavailableError, then its routes disappear', async () => {
    const [a, b, c] = await cluster(3, { ...RPC_SETTINGS, requestTimeoutMs: 10_000 });
    a!.rpc.registerRpcImplementation('rtest:nothing', () => new Promise(() => undefined));
    await converged([a!, b!, c!], 'rtest:nothing', ['member-1']);
    const inFlight = b!.rpc.invokeRpc('rtest:nothing');
    inFlight.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const killedAt = Date.now();
    await a!.kill();
    const e = await rejection(inFlight);
    assert.ok(e instanceof RpcUnavailableError, String(e));
    assert.equal(e.inFlight, true);
    assert.ok(Date.now() - killedAt < 5000, `failed after ${Date.now() - killedAt} ms`);
    // Unreachable, routes not yet expired: a new call fails at once without being sent.
    if (b!.registry.lookup('rtest:nothing').includes('member-1')) {
      const t0 = Date.now();
      const e2 = await rejection(b!.rpc.invokeRpc('rtest:nothing'));
      assert.ok(e2 instanceof RpcUnavailableError || e2 instanceof RpcNotFoundError, String(e2));
      assert.ok(Date.now() - t0 < 100, `took ${Date.now() - t0} ms`);
    }
    // The route goes after rpc.down-member-expiry-ms (300 ms) past unreachability.
    await converged([b!, c!], 'rtest:nothing', []);
    const e3 = await rejection(c!.rpc.invokeRpc('rtest:nothing'));
    assert.ok(e3 instanceof RpcNotFoundError, String(e3));
  });

  it("a member that leaves cleanly has its routes dropped at once; another's registration takes over", async () => {
    const [a, b, c] = await cluster(3, { ...RPC_SETTINGS, downMemberExpiryMs: 60_000 });
    a!.rpc.registerRpcImplementation('rtest:echo', echo);
    await converged([a!, b!, c!], 'rtest:echo', ['member-1']);
    await a!.stop();
    // Removed (left): dropped well before the 60 s expiry.
    await converged([b!, c!], 'rtest:echo', []);
    c!.rpc.registerRpcImplementation('rtest:echo', () => Promise.resolve({ echoed: ['c'] }));
    await converged([b!, c!], 'rtest:echo', ['member-3']);
    assert.deepEqual(await b!.rpc.invokeRpc('rtest:echo', { message: 'm' }), {
      output: { echoed: ['c'] },
      member: 'member-3',
    });
  });

  it('a withdrawn registration leaves the registry of every member', async () => {
    const [a, b] = await cluster(2);
    const reg = a!.rpc.registerRpcImplementation('rtest:echo', echo);
    await converged([a!, b!], 'rtest:echo', ['member-1']);
    reg.close();
    await converged([a!, b!], 'rtest:echo', []);
  });

  it('notifications published on one member reach subscribers on every member in publication order', async () => {
    const [a, b, c] = await cluster(3);
    const seen = new Map<string, NotificationEvent[]>();
    for (const m of [a!, b!, c!]) {
      const list: NotificationEvent[] = [];
      seen.set(m.name, list);
      m.notifications.subscribe((e) => list.push(e), ['rtest:ping']);
    }
    for (let n = 1; n <= 50; n++) a!.notifications.publish('rtest:ping', { n });
    c!.notifications.publish('rtest:ping', { n: 1000 });
    await until(
      () => [...seen.values()].every((list) => list.length === 51),
      5000,
      'every member saw 51 notifications',
    );
    for (const [name, list] of seen) {
      const fromA = list
        .filter((e) => (e.member ?? name) === 'member-1')
        .map((e) => e.content['n']);
      assert.deepEqual(
        fromA,
        Array.from({ length: 50 }, (_, i) => i + 1),
        `${name}: member-1's notifications in order`,
      );
      const fromC = list.filter((e) => (e.member ?? name) === 'member-3');
      assert.deepEqual(
        fromC.map((e) => e.content['n']),
        [1000],
      );
    }
    // Relayed events carry the publisher's member; local ones none.
    assert.equal(seen.get('member-2')![0]!.member, 'member-1');
    assert.equal(seen.get('member-1')![0]!.member, undefined);
  });
});
