/**
 * Goal: the route registry shell's pieces that need no network: the incarnation of a new life
 * outranks every earlier one (persisted + 1, or the wall clock when that is later), is written to
 * `<data-dir>/rpc-incarnation` before anything is sent, and a missing or damaged file counts as none.
 * Method: RouteRegistry over a transport and membership that only record (no peer is up, so nothing
 * is gossiped), and the file store in a temporary directory.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RpcMembership, RpcTransport } from '../../../src/rpc/route-registry.js';
import {
  INCARNATION_FILE,
  RouteRegistry,
  fileIncarnationStore,
} from '../../../src/rpc/route-registry.js';
import { SeededRng } from '../../../src/util/rng.js';

const transport: RpcTransport = {
  self: 'member-1',
  send: () => 'queued',
  onMessage: () => () => undefined,
  onPeerEvent: () => () => undefined,
  peerState: () => 'disconnected',
};

const membership: RpcMembership = {
  onEvent: () => () => undefined,
  state: () => 'unreachable',
  members: () => [],
};

const SETTINGS = { gossipIntervalMs: 1000, downMemberExpiryMs: 5000, requestTimeoutMs: 1000 };

describe('rpc: route registry shell', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'canopy-registry-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function start(nowMs: number): RouteRegistry {
    return new RouteRegistry({
      transport,
      membership,
      settings: SETTINGS,
      incarnations: fileIncarnationStore(join(dir, 'data')),
      rng: new SeededRng(1),
      nowMs: () => nowMs,
    });
  }

  const persisted = (): string => readFileSync(join(dir, 'data', INCARNATION_FILE), 'utf8');

  it('each life outranks the last: the persisted incarnation + 1, or the wall clock when later', () => {
    const first = start(1000);
    assert.equal(first.snapshot()[0]!.bucket!.version.incarnation, 1000);
    assert.equal(persisted(), '1000\n');
    first.close();
    // The clock went back: the persisted one still orders the lives.
    const second = start(10);
    assert.equal(second.snapshot()[0]!.bucket!.version.incarnation, 1001);
    assert.equal(persisted(), '1001\n');
    second.close();
    const third = start(5000);
    assert.equal(third.snapshot()[0]!.bucket!.version.incarnation, 5000);
    third.close();
  });

  it('a damaged incarnation file counts as none', () => {
    start(1000).close();
    writeFileSync(join(dir, 'data', INCARNATION_FILE), 'garbage');
    const registry = start(700);
    assert.equal(registry.snapshot()[0]!.bucket!.version.incarnation, 700);
    registry.close();
  });

  it("this member's routes are its bucket, and lookups and the route view see them", () => {
    const registry = start(1000);
    registry.setLocalRoutes([{ rpc: 'toaster:make-toast' }, { rpc: 'm:r', path: '/m:c' }]);
    assert.deepEqual(registry.lookup('toaster:make-toast'), ['member-1']);
    assert.deepEqual(registry.routes(), [
      { rpc: 'm:r', path: '/m:c', members: ['member-1'] },
      { rpc: 'toaster:make-toast', path: undefined, members: ['member-1'] },
    ]);
    assert.equal(registry.snapshot()[0]!.bucket!.version.counter, 2);
    registry.close();
    // Closed: changes are ignored.
    registry.setLocalRoutes([]);
    assert.deepEqual(registry.lookup('toaster:make-toast'), ['member-1']);
  });
});
