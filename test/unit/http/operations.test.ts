/**
 * Goal: /rests/operations invokes in-process rpcs as RFC 8040 §3.6 and §4.4.2 say (input and output
 * under `module:input`/`module:output`, 204 without output, 404 for what nobody implements, 400 for
 * bad input, RpcError tags as statuses, no internals leaked), and the toaster provider behaves as
 * OpenDaylight's sample: state in the operational datastore, in-use while toasting, resource-denied
 * without bread, notifications on running out and restocking, cancel, and a clean close.
 * Method: a real server with a real RpcService, NotificationService and the ToasterProvider over the
 * DataBroker; the toast timer is injected so each test decides when a toast is done (no sleeps).
 */
import { strict as assert } from 'node:assert';
import { ToasterProvider, type ToastTimer } from '../../../src/cli/toaster-provider.js';
import { call, restconfError, seed, startRestconf, type Harness } from './harness.js';
import { SseClient } from './sse-client.js';

/** A toast timer the test drives: each toast waits until `finish()` (or its cancellation). */
class ManualTimer {
  readonly durationsMs: number[] = [];
  private pending: (() => void)[] = [];
  private started: (() => void)[] = [];

  readonly timer: ToastTimer = (durationMs, signal) =>
    new Promise<void>((resolve, reject) => {
      this.durationsMs.push(durationMs);
      this.pending.push(resolve);
      signal.addEventListener('abort', () => reject(new Error('cancelled')), { once: true });
      for (const notify of this.started.splice(0)) {
        notify();
      }
    });

  /** Resolves once a toast is being made. */
  toasting(): Promise<void> {
    if (this.pending.length > 0) {
      return Promise.resolve();
    }
    return new Promise((resolve) => this.started.push(resolve));
  }

  finish(): void {
    for (const resolve of this.pending.splice(0)) {
      resolve();
    }
  }
}

async function toasterState(h: Harness): Promise<unknown> {
  return (await call(h, 'GET', '/rests/data/toaster:toaster?content=nonconfig')).json;
}

describe('restconf: operations with the toaster provider', () => {
  let h: Harness;
  let timer: ManualTimer;
  let toaster: ToasterProvider;
  beforeEach(async () => {
    h = await startRestconf();
    timer = new ManualTimer();
    toaster = await ToasterProvider.start({
      broker: h.broker,
      rpc: h.rpc,
      notifications: h.notifications,
      breadSlices: 2,
      toast: timer.timer,
    });
  });
  afterEach(async () => {
    timer.finish();
    await toaster.close();
    await h.close();
  });

  it('on start the operational toaster is up, and GET /rests/operations lists its rpcs', async () => {
    assert.deepStrictEqual(await toasterState(h), {
      'toaster:toaster': {
        toasterManufacturer: 'Opendaylight',
        toasterModelNumber: 'Model 1 - canopy',
        toasterStatus: 'up',
      },
    });
    const ops = await call(h, 'GET', '/rests/operations');
    assert.deepStrictEqual(ops.json, {
      'ietf-restconf:operations': {
        'toaster:cancel-toast': [null],
        'toaster:make-toast': [null],
        'toaster:restock-toaster': [null],
      },
    });
    const one = await call(h, 'GET', '/rests/operations/toaster:make-toast');
    assert.deepStrictEqual(one.json, { 'toaster:make-toast': [null] });
  });

  it('make-toast toasts for darknessFactor × doneness, is down meanwhile, refuses a second toast with in-use, then answers 204', async () => {
    assert.equal(
      (
        await call(h, 'PUT', '/rests/data/toaster:toaster', {
          'toaster:toaster': { darknessFactor: 200 },
        })
      ).status,
      201,
    );
    const first = call(h, 'POST', '/rests/operations/toaster:make-toast', {
      'toaster:input': { toasterDoneness: 3 },
    });
    await timer.toasting();
    assert.deepStrictEqual(timer.durationsMs, [600]);
    const busyState = (await toasterState(h)) as { 'toaster:toaster': { toasterStatus: string } };
    assert.equal(busyState['toaster:toaster'].toasterStatus, 'down');
    const second = await call(h, 'POST', '/rests/operations/toaster:make-toast', {});
    assert.equal(second.status, 409);
    const error = restconfError(second);
    assert.equal(error['error-tag'], 'in-use');
    assert.equal(error['error-type'], 'application');
    timer.finish();
    assert.equal((await first).status, 204);
    const after = (await toasterState(h)) as { 'toaster:toaster': { toasterStatus: string } };
    assert.equal(after['toaster:toaster'].toasterStatus, 'up');
    assert.equal(toaster.breadSlices, 1);
    // The config view merges the darkness factor with the operational state.
    const all = (await call(h, 'GET', '/rests/data/toaster:toaster')).json as {
      'toaster:toaster': Record<string, unknown>;
    };
    assert.equal(all['toaster:toaster']['darknessFactor'], 200);
    assert.equal(all['toaster:toaster']['toasterStatus'], 'up');
  });

  it('the last slice publishes toasterOutOfBread; then make-toast is resource-denied until restocked', async () => {
    const stream = await SseClient.open(`${h.url}/rests/streams/NETCONF`);
    try {
      for (let i = 0; i < 2; i++) {
        const pending = call(h, 'POST', '/rests/operations/toaster:make-toast');
        await timer.toasting();
        timer.finish();
        assert.equal((await pending).status, 204);
      }
      const outOfBread = (await stream.next()).data as Record<string, Record<string, unknown>>;
      assert.deepStrictEqual(
        outOfBread['ietf-restconf:notification']?.['toaster:toasterOutOfBread'],
        {},
      );
      const denied = await call(h, 'POST', '/rests/operations/toaster:make-toast');
      assert.equal(denied.status, 409);
      const error = restconfError(denied);
      assert.equal(error['error-tag'], 'resource-denied');
      assert.equal(error['error-app-tag'], 'out-of-stock');
      const restock = await call(h, 'POST', '/rests/operations/toaster:restock-toaster', {
        'toaster:input': { amountOfBreadToStock: 5 },
      });
      assert.equal(restock.status, 204);
      const restocked = (await stream.next()).data as Record<string, Record<string, unknown>>;
      assert.deepStrictEqual(
        restocked['ietf-restconf:notification']?.['toaster:toasterRestocked'],
        {
          amountOfBread: 5,
        },
      );
      assert.equal(toaster.breadSlices, 5);
    } finally {
      stream.close();
    }
  });

  it('cancel-toast stops the toast: make-toast fails with operation-failed, no bread is used, status is up', async () => {
    const pending = call(h, 'POST', '/rests/operations/toaster:make-toast');
    await timer.toasting();
    assert.equal((await call(h, 'POST', '/rests/operations/toaster:cancel-toast')).status, 204);
    const cancelled = await pending;
    assert.equal(cancelled.status, 500);
    const error = restconfError(cancelled);
    assert.equal(error['error-tag'], 'operation-failed');
    assert.equal(error['error-app-tag'], 'toast-cancelled');
    assert.equal(toaster.breadSlices, 2);
    const state = (await toasterState(h)) as { 'toaster:toaster': { toasterStatus: string } };
    assert.equal(state['toaster:toaster'].toasterStatus, 'up');
  });

  it('input that breaks the rpc’s input schema is 400 invalid-value and reaches no implementation', async () => {
    const reply = await call(h, 'POST', '/rests/operations/toaster:make-toast', {
      'toaster:input': { toasterDoneness: 11 },
    });
    assert.equal(reply.status, 400);
    const error = restconfError(reply);
    assert.equal(error['error-tag'], 'invalid-value');
    assert.match(String(error['error-message']), /toasterDoneness/);
    assert.deepStrictEqual(timer.durationsMs, []);
  });

  it('closing the provider withdraws its rpcs and removes the operational toaster', async () => {
    await toaster.close();
    assert.equal((await call(h, 'GET', '/rests/data/toaster:toaster')).status, 404);
    const reply = await call(h, 'POST', '/rests/operations/toaster:make-toast');
    assert.equal(reply.status, 404);
    assert.deepStrictEqual((await call(h, 'GET', '/rests/operations')).json, {
      'ietf-restconf:operations': {},
    });
  });
});

describe('restconf: operations resource', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startRestconf();
  });
  afterEach(async () => {
    await h.close();
  });

  it('an rpc with output answers 200 with module:output; input defaults are applied', async () => {
    h.rpc.registerRpcImplementation('rtest:echo', (input) =>
      Promise.resolve({
        echoed: Array.from({ length: Number(input['times']) }, () => input['message'] ?? ''),
      }),
    );
    const reply = await call(h, 'POST', '/rests/operations/rtest:echo', {
      'rtest:input': { message: 'hi' },
    });
    assert.equal(reply.status, 200);
    assert.match(reply.headers.get('content-type') ?? '', /^application\/yang-data\+json/);
    assert.deepStrictEqual(reply.json, { 'rtest:output': { echoed: ['hi'] } });
  });

  it('an rpc nobody implements, or no module defines, is 404', async () => {
    const unimplemented = await call(h, 'POST', '/rests/operations/rtest:nothing');
    assert.equal(unimplemented.status, 404);
    restconfError(unimplemented);
    const undefinedRpc = await call(h, 'POST', '/rests/operations/rtest:nope');
    assert.equal(undefinedRpc.status, 404);
    restconfError(undefinedRpc);
    assert.equal((await call(h, 'GET', '/rests/operations/rtest:nothing')).status, 404);
  });

  it('a body whose member is not module:input is 400 malformed-message', async () => {
    h.rpc.registerRpcImplementation('rtest:nothing', () => Promise.resolve(undefined));
    const reply = await call(h, 'POST', '/rests/operations/rtest:nothing', {
      'toaster:input': {},
    });
    assert.equal(reply.status, 400);
    assert.equal(restconfError(reply)['error-tag'], 'malformed-message');
  });

  it('an unqualified "input" member is 400 naming the qualified one (RFC 7951 §4)', async () => {
    h.rpc.registerRpcImplementation('rtest:nothing', () => Promise.resolve(undefined));
    const reply = await call(h, 'POST', '/rests/operations/rtest:nothing', { input: {} });
    assert.equal(reply.status, 400);
    const error = restconfError(reply);
    assert.equal(error['error-tag'], 'malformed-message');
    assert.match(String(error['error-message']), /"rtest:input" \(module-qualified/);
  });

  it('an implementation that throws is 500 operation-failed; the wire gets no internals, the log gets the cause', async () => {
    h.rpc.registerRpcImplementation('rtest:nothing', () =>
      Promise.reject(new Error('secret database password in a message')),
    );
    const reply = await call(h, 'POST', '/rests/operations/rtest:nothing');
    assert.equal(reply.status, 500);
    assert.equal(restconfError(reply)['error-tag'], 'operation-failed');
    assert.doesNotMatch(reply.text, /secret/);
    const logged = h.logger.lines.filter((l) => l.level === 'error');
    assert.equal(logged.length, 1);
    assert.match((logged[0]?.fields['err'] as Error).message, /rtest:nothing/);
  });

  it('OPTIONS on an operation lists POST', async () => {
    const reply = await call(h, 'OPTIONS', '/rests/operations/rtest:echo');
    assert.equal(reply.status, 200);
    assert.match(reply.headers.get('allow') ?? '', /POST/);
  });

  it('config written over RESTCONF is what an application reads through the broker', async () => {
    await seed(h, 'operational', '/toaster:toaster', { toasterStatus: 'up' });
    await call(h, 'PUT', '/rests/data/toaster:toaster', {
      'toaster:toaster': { darknessFactor: 5 },
    });
    const tx = h.broker.newReadOnlyTransaction();
    try {
      assert.deepStrictEqual(await tx.read('config', '/toaster:toaster'), { darknessFactor: 5 });
      assert.deepStrictEqual(await tx.read('operational', '/toaster:toaster'), {
        toasterStatus: 'up',
      });
    } finally {
      tx.close();
    }
  });
});
