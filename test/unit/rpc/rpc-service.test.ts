/**
 * Goal: the in-process RPC service keeps its contract: only schema-defined rpcs, input checked and
 * normalised before any implementation runs, output checked after, typed errors, registration order
 * and withdrawal, route-change notices for the future route registry, and the remote router port.
 * Method: a real RpcService over the toaster + rtest schema (operations-schema.ts); implementations
 * are small closures that record what they were given.
 */
import { strict as assert } from 'node:assert';
import { DataValidationFailedError } from '../../../src/tree/errors.js';
import {
  RpcError,
  RpcImplementationFailedError,
  RpcNotFoundError,
  UnknownOperationError,
} from '../../../src/rpc/errors.js';
import { RpcService } from '../../../src/rpc/rpc-service.js';
import type { JsonObject } from '../../../src/yang/schema.js';
import { operationsSchema } from './operations-schema.js';

function service(): RpcService {
  return new RpcService({ schema: operationsSchema(), memberName: 'member-1' });
}

describe('rpc: registration and invocation', () => {
  it('registering an rpc that no module defines throws UnknownOperationError', () => {
    const rpc = service();
    assert.throws(
      () => rpc.registerRpcImplementation('rtest:nope', () => Promise.resolve(undefined)),
      (e: unknown) => e instanceof UnknownOperationError && e.code === 'unknown-operation',
    );
    assert.throws(
      () => rpc.registerRpcImplementation('nomodule:echo', () => Promise.resolve(undefined)),
      /no loaded YANG module is named "nomodule"/,
    );
  });

  it('invoking an rpc with no implementation rejects with RpcNotFoundError (rpc-not-found)', async () => {
    await assert.rejects(
      service().invokeRpc('rtest:nothing'),
      (e: unknown) => e instanceof RpcNotFoundError && e.code === 'rpc-not-found',
    );
  });

  it('the implementation gets checked input with defaults filled and names unqualified', async () => {
    const rpc = service();
    const seen: JsonObject[] = [];
    rpc.registerRpcImplementation('rtest:echo', (input) => {
      seen.push(input);
      return Promise.resolve(undefined);
    });
    await rpc.invokeRpc('rtest:echo', { 'rtest:message': 'hi', part: [{ name: 'x', weight: 3 }] });
    assert.deepStrictEqual(seen, [{ message: 'hi', part: [{ name: 'x', weight: 3 }], times: 1 }]);
  });

  it('a result carries the checked output and the member that ran it', async () => {
    const rpc = service();
    rpc.registerRpcImplementation('rtest:echo', (input) =>
      Promise.resolve({ echoed: Array.from({ length: Number(input['times']) }, (_, i) => `${i}`) }),
    );
    const result = await rpc.invokeRpc('rtest:echo', { message: 'm', times: 2 });
    assert.deepStrictEqual(result, { output: { echoed: ['0', '1'] }, member: 'member-1' });
  });

  it('an rpc that returns nothing has undefined output', async () => {
    const rpc = service();
    rpc.registerRpcImplementation('rtest:nothing', () => Promise.resolve(undefined));
    assert.deepStrictEqual(await rpc.invokeRpc('rtest:nothing'), {
      output: undefined,
      member: 'member-1',
    });
  });

  const badInputs: [string, unknown, RegExp][] = [
    ['a value out of range', { message: 'm', times: 9 }, /\/rtest:echo\/input\/times/],
    ['a missing mandatory leaf', { times: 2 }, /mandatory leaf message is missing/],
    ['an unknown member', { message: 'm', volume: 3 }, /unknown member "volume"/],
    [
      'data from two cases of one choice',
      { message: 'm', loud: [null], quiet: [null] },
      /two cases/,
    ],
    [
      'duplicate list keys',
      { message: 'm', part: [{ name: 'a' }, { name: 'a' }] },
      /duplicate list entry part=a/,
    ],
    ['a list entry without its key', { message: 'm', part: [{ weight: 1 }] }, /lacks its key/],
    ['a body that is not an object', ['m'], /takes an object/],
  ];
  for (const [what, input, message] of badInputs) {
    it(`input with ${what} is refused with DataValidationFailedError before the implementation runs`, async () => {
      const rpc = service();
      let calls = 0;
      rpc.registerRpcImplementation('rtest:echo', () => {
        calls++;
        return Promise.resolve(undefined);
      });
      await assert.rejects(
        rpc.invokeRpc('rtest:echo', input),
        (e: unknown) => e instanceof DataValidationFailedError && message.test(e.message),
      );
      assert.equal(calls, 0);
    });
  }

  it('output that breaks the output schema is the implementation’s failure, not the caller’s', async () => {
    const rpc = service();
    rpc.registerRpcImplementation('rtest:echo', () => Promise.resolve({ echoed: 'not-a-list' }));
    await assert.rejects(
      rpc.invokeRpc('rtest:echo', { message: 'm' }),
      (e: unknown) =>
        e instanceof RpcImplementationFailedError &&
        e.cause instanceof DataValidationFailedError &&
        /output is invalid/.test(e.message),
    );
  });

  it('an RpcError from the implementation reaches the caller unchanged', async () => {
    const rpc = service();
    const refusal = new RpcError('in-use', 'busy');
    rpc.registerRpcImplementation('rtest:nothing', () => Promise.reject(refusal));
    await assert.rejects(rpc.invokeRpc('rtest:nothing'), (e: unknown) => e === refusal);
  });

  it('a plain error (even a synchronous throw) becomes RpcImplementationFailedError with the cause', async () => {
    const rpc = service();
    const boom = new TypeError('boom');
    rpc.registerRpcImplementation('rtest:nothing', () => {
      throw boom;
    });
    await assert.rejects(
      rpc.invokeRpc('rtest:nothing'),
      (e: unknown) => e instanceof RpcImplementationFailedError && e.cause === boom,
    );
  });

  it('the caller’s abort signal reaches the implementation', async () => {
    const rpc = service();
    const controller = new AbortController();
    let aborted: boolean | undefined;
    rpc.registerRpcImplementation('rtest:nothing', (_input, ctx) => {
      controller.abort();
      aborted = ctx.signal.aborted;
      return Promise.resolve(undefined);
    });
    await rpc.invokeRpc('rtest:nothing', undefined, { signal: controller.signal });
    assert.equal(aborted, true);
  });
});

describe('rpc: several registrations and route changes', () => {
  it('the oldest open registration serves; closing it hands over to the next; closing all leaves none', async () => {
    const rpc = service();
    const first = rpc.registerRpcImplementation('rtest:echo', () =>
      Promise.resolve({ echoed: ['first'] }),
    );
    const second = rpc.registerRpcImplementation('rtest:echo', () =>
      Promise.resolve({ echoed: ['second'] }),
    );
    assert.deepStrictEqual((await rpc.invokeRpc('rtest:echo', { message: 'm' })).output, {
      echoed: ['first'],
    });
    first.close();
    first.close();
    assert.deepStrictEqual((await rpc.invokeRpc('rtest:echo', { message: 'm' })).output, {
      echoed: ['second'],
    });
    second.close();
    await assert.rejects(rpc.invokeRpc('rtest:echo', { message: 'm' }), RpcNotFoundError);
  });

  it('route listeners hear when an rpc gains its first or loses its last implementation, only then', () => {
    const rpc = service();
    const heard: (readonly string[])[] = [];
    const sub = rpc.onLocalRoutesChanged((rpcs) => heard.push(rpcs));
    const a = rpc.registerRpcImplementation('rtest:echo', () => Promise.resolve(undefined));
    const b = rpc.registerRpcImplementation('rtest:echo', () => Promise.resolve(undefined));
    const c = rpc.registerRpcImplementation('rtest:nothing', () => Promise.resolve(undefined));
    a.close();
    b.close();
    sub.close();
    c.close();
    assert.deepStrictEqual(heard, [
      ['rtest:echo'],
      ['rtest:echo', 'rtest:nothing'],
      ['rtest:nothing'],
    ]);
  });

  it('an rpc without a local implementation goes to the remote router with checked input', async () => {
    const routed: [string, JsonObject][] = [];
    const rpc = new RpcService({
      schema: operationsSchema(),
      memberName: 'member-1',
      remote: {
        remoteRpcs: () => ['rtest:echo'],
        invoke: (name, input) => {
          routed.push([name, input]);
          return Promise.resolve({ output: { echoed: ['remote'] }, member: 'member-2' });
        },
      },
    });
    rpc.registerRpcImplementation('rtest:nothing', () => Promise.resolve(undefined));
    assert.deepStrictEqual(rpc.availableRpcs(), ['rtest:echo', 'rtest:nothing']);
    assert.deepStrictEqual(rpc.localRpcs(), ['rtest:nothing']);
    const result = await rpc.invokeRpc('rtest:echo', { message: 'm' });
    assert.deepStrictEqual(result, { output: { echoed: ['remote'] }, member: 'member-2' });
    assert.deepStrictEqual(routed, [['rtest:echo', { message: 'm', times: 1 }]]);
  });

  it("the remote router's output is checked on the caller too; localOnly never reaches the router", async () => {
    let calls = 0;
    const rpc = new RpcService({ schema: operationsSchema(), memberName: 'member-1' });
    rpc.setRemoteRouter({
      remoteRpcs: () => ['rtest:echo'],
      invoke: () => {
        calls++;
        return Promise.resolve({ output: { echoed: 'x', bogus: 1 }, member: 'member-2' });
      },
    });
    await assert.rejects(
      rpc.invokeRpc('rtest:echo', { message: 'm' }),
      (e: unknown) => e instanceof RpcImplementationFailedError && /output/.test(e.message),
    );
    assert.equal(calls, 1);
    await assert.rejects(
      rpc.invokeRpc('rtest:echo', { message: 'm' }, { localOnly: true }),
      RpcNotFoundError,
    );
    assert.equal(calls, 1);
    assert.throws(() => {
      rpc.setRemoteRouter({ remoteRpcs: () => [], invoke: () => Promise.reject(new Error()) });
    });
  });
});
