/**
 * Goal: `canopy rpc-routes` and the get-rpc-routes rpc show the route registry as an operator needs
 * it: every route with its members, every bucket with status and version, RFC 7951 uint64 strings,
 * a member without a cluster listing its own rpcs. Method: the rpc registered on a real RpcService
 * over the built-in module's schema (so its output is checked against the YANG), and the formatter.
 */
import { strict as assert } from 'node:assert';
import {
  RPC_ROUTES_RPC,
  formatRpcRoutes,
  registerRpcRoutes,
  rpcAdminSource,
  rpcRoutesOutput,
} from '../../../src/cli/rpc-routes.js';
import { RpcService } from '../../../src/rpc/rpc-service.js';
import { compileSchema } from '../../../src/yang/compile.js';

const schema = compileSchema([rpcAdminSource()]);

describe('cli: rpc-routes', () => {
  it('the rpc output lists routes and buckets and conforms to canopy-rpc-admin', async () => {
    const rpc = new RpcService({ schema, memberName: 'member-2' });
    registerRpcRoutes(rpc, 'member-2', {
      routes: () => [
        { rpc: 'toaster:make-toast', path: undefined, members: ['member-1'] },
        { rpc: 'm:r', path: '/m:c', members: ['member-1', 'member-3'] },
      ],
      snapshot: () => [
        {
          member: 'member-1',
          status: 'up',
          bucket: { version: { incarnation: 1_765_155_000_123, counter: 4 }, routes: [] },
        },
        { member: 'member-2', status: 'self', bucket: undefined },
        { member: 'member-3', status: 'expired', bucket: undefined },
      ],
    });
    const { output } = await rpc.invokeRpc(RPC_ROUTES_RPC);
    assert.deepEqual(output, {
      'member-name': 'member-2',
      route: [
        { rpc: 'toaster:make-toast', path: '', member: ['member-1'] },
        { rpc: 'm:r', path: '/m:c', member: ['member-1', 'member-3'] },
      ],
      bucket: [
        {
          member: 'member-1',
          status: 'up',
          incarnation: '1765155000123',
          counter: '4',
          routes: 0,
        },
        { member: 'member-2', status: 'self' },
        { member: 'member-3', status: 'expired' },
      ],
    });
    assert.equal(
      formatRpcRoutes(output),
      [
        'route registry of member-2',
        '',
        'RPC                 PATH  MEMBERS',
        'toaster:make-toast  -     member-1',
        'm:r                 /m:c  member-1,member-3',
        '',
        'MEMBER    STATUS   VERSION          ROUTES',
        'member-1  up       1765155000123.4  0',
        'member-2  self     -                -',
        'member-3  expired  -                -',
        '',
      ].join('\n'),
    );
  });

  it('without a cluster the member lists its own rpcs', async () => {
    const rpc = new RpcService({ schema, memberName: 'member-1' });
    registerRpcRoutes(rpc, 'member-1', undefined);
    const { output } = await rpc.invokeRpc(RPC_ROUTES_RPC);
    assert.deepEqual(
      output,
      rpcRoutesOutput(
        'member-1',
        [{ rpc: RPC_ROUTES_RPC, path: undefined, members: ['member-1'] }],
        [],
      ),
    );
  });
});
