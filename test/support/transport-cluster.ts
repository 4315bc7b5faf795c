/**
 * Starts ClusterTransports of several members in this process on 127.0.0.1 with free ports, for the
 * transport's tests and benchmark: real sockets, real frames, no mocks.
 */
import type { ClusterMember, TransportSettings } from '../../src/config/types.js';
import { TRANSPORT_DEFAULTS } from '../../src/config/settings.js';
import { ClusterTransport, type TransportOptions } from '../../src/cluster/transport.js';
import { memoryLogger } from '../../src/runtime/logger.js';
import { SeededRng } from '../../src/util/rng.js';
import { freePort } from './proc-member.js';

export type MemoryLogger = ReturnType<typeof memoryLogger>;

/** `count` members named member-1.. with free ports on 127.0.0.1. */
export async function membersOnFreePorts(count: number): Promise<ClusterMember[]> {
  const members: ClusterMember[] = [];
  for (let i = 1; i <= count; i++) {
    members.push({ name: `member-${i}`, host: '127.0.0.1', port: await freePort() });
  }
  return members;
}

/** Fast settings for tests: short backoff and timeouts. */
export const TEST_TRANSPORT_SETTINGS: TransportSettings = Object.freeze({
  ...TRANSPORT_DEFAULTS,
  connectTimeoutMs: 2000,
  backoffMinMs: 10,
  backoffMaxMs: 100,
  heartbeatIntervalMs: 100,
  idleTimeoutMs: 1000,
});

export interface StartOptions extends Partial<Omit<TransportOptions, 'members' | 'self'>> {
  readonly seed?: number | undefined;
}

/** Starts the transport of `self` with a memory logger (returned with it). */
export async function startTransport(
  members: readonly ClusterMember[],
  self: string,
  options: StartOptions = {},
): Promise<{ transport: ClusterTransport; log: MemoryLogger }> {
  const log = options.logger === undefined ? memoryLogger() : (options.logger as MemoryLogger);
  const transport = await ClusterTransport.start({
    cluster: options.cluster ?? 'test-cluster',
    self,
    members,
    settings: options.settings ?? TEST_TRANSPORT_SETTINGS,
    rng: options.rng ?? new SeededRng(options.seed ?? self.length * 7919),
    logger: log,
    listen: options.listen,
    protocolVersion: options.protocolVersion,
    minProtocolVersion: options.minProtocolVersion,
  });
  return { transport, log };
}

/** Resolves when `predicate` holds, polling every 5 ms; rejects after `timeoutMs`. */
export async function until(
  predicate: () => boolean,
  timeoutMs = 5000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
