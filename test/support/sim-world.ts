/**
 * The simulated world: one seeded Rng, one event queue (simulated time), one network, and the members,
 * disks and clients living in it. Everything that happens is an event on the queue, run one at a time;
 * randomness is drawn from forks of the root Rng, one per component, so adding draws to one component
 * does not reshuffle the others' choices. Nothing here reads a clock, a timer or Math.random: one seed
 * replays one run exactly (TigerBeetle's VOPR and FoundationDB's simulator work the same way).
 *
 * The world builds the cluster (members n1..nN bootstrapped as voters; spare members with empty disks
 * that may join later), routes messages, and offers the primitives that the randomized runner
 * (sim-run.ts) and the scripted scenario tests share: start, crash, partition, run for a while, find
 * the leader, and call one operation as a client and wait for its outcome.
 */
import { bootstrapState } from '../../src/raft/memory-log.js';
import type { RaftBug, RaftConfig } from '../../src/raft/raft-core.js';
import { SeededRng, type Rng } from '../../src/util/rng.js';
import { SimClient, type ClientParams } from './sim-client.js';
import { SimDisk } from './sim-disk.js';
import type { FaultMix } from './sim-faults.js';
import { History } from './sim-history.js';
import { SafetyChecker } from './sim-invariants.js';
import { SimNetwork, type Envelope } from './sim-network.js';
import { SimNode, type NodeParams } from './sim-node.js';
import type { ClientOp, ClientReply, SimMessage } from './sim-protocol.js';
import { EventQueue } from './sim-queue.js';
import { Trace } from './sim-trace.js';

/** Nominal Raft tick period in simulated ms. */
export const tickMs = 10;

export type RaftParams = Omit<RaftConfig, 'id' | 'bugs'>;

export interface WorldOptions {
  readonly seed: number;
  /** Initial voters, n1..nN. */
  readonly nodes: number;
  /** Members with empty disks, outside the initial configuration (n(N+1)...). */
  readonly spares?: number | undefined;
  readonly bugs?: ReadonlySet<RaftBug> | undefined;
  readonly faults: FaultMix;
  /** Overrides of the Raft configuration drawn from the seed. */
  readonly raft?: Partial<RaftParams> | undefined;
  readonly snapshotEveryEntries?: number | undefined;
  readonly traceKeep?: number | undefined;
  readonly traceSink?: ((line: string) => void) | undefined;
}

/** Raft settings drawn from the seed, so sweeps cover the configuration space too. */
export function drawRaftParams(rng: Rng): RaftParams {
  return {
    electionTicks: rng.range(8, 14),
    heartbeatTicks: rng.range(1, 3),
    preVote: rng.chance(0.5),
    checkQuorum: rng.chance(0.7),
    inflightAppendsMax: rng.range(1, 8),
    appendBytesMax: rng.pick([64, 256, 1024, 4096]),
    snapshotChunkBytes: rng.pick([64, 256, 4096]),
  };
}

export class SimWorld {
  readonly options: WorldOptions;
  readonly queue: EventQueue;
  readonly trace: Trace;
  readonly history = new History();
  readonly safety: SafetyChecker;
  readonly network: SimNetwork<SimMessage>;
  readonly nodes = new Map<string, SimNode>();
  readonly clients: SimClient[] = [];
  readonly raftParams: RaftParams;
  readonly snapshotEveryEntries: number;
  /** Randomness for the runner's own choices (nemesis, workload shape). */
  readonly rng: Rng;
  private readonly root: SeededRng;
  private nextProcess = 0;
  private nextValue = 0;
  private scriptSeq = 0;
  private scriptReply: ClientReply | undefined;
  private readonly keyUses = new Map<string, number>();
  /** Called whenever a member becomes leader, after its Ready was persisted. */
  readonly electionListeners: ((member: string, term: number) => void)[] = [];
  /** Operations per key before a key slot moves to a fresh key. */
  opsPerKey = 100;

  constructor(options: WorldOptions) {
    this.options = options;
    this.safety = new SafetyChecker(options.nodes);
    this.root = new SeededRng(options.seed);
    this.queue = new EventQueue(this.root.fork());
    this.rng = this.root.fork();
    this.trace = new Trace(options.traceKeep ?? 80, options.traceSink);
    this.network = new SimNetwork<SimMessage>(
      this.queue,
      this.root.fork(),
      options.faults.links,
      (envelope) => this.deliver(envelope),
      // Members talk in datagrams that may arrive twice; a client holds a connection to a member, so
      // its requests are never duplicated (a duplicate could be applied after the member refused the
      // first copy, and the client would have recorded a definite failure).
      (from, to) => !from.startsWith('c') && !to.startsWith('c'),
    );
    const configRng = this.root.fork();
    this.raftParams = { ...drawRaftParams(configRng), ...options.raft };
    this.snapshotEveryEntries =
      options.snapshotEveryEntries ?? configRng.pick([8, 16, 32, 64, 1_000_000]);
    const voters = Array.from({ length: options.nodes }, (_, i) => `n${i + 1}`);
    const spares = Array.from(
      { length: options.spares ?? 0 },
      (_, i) => `n${options.nodes + i + 1}`,
    );
    for (const id of [...voters, ...spares]) {
      const nodeRng = this.root.fork();
      const initial = voters.includes(id) ? bootstrapState(voters) : undefined;
      const disk = new SimDisk(nodeRng.fork(), options.faults.disk, initial);
      const drift = options.faults.clockDriftMax;
      const period = Math.round(tickMs * (1 + (nodeRng.next() * 2 - 1) * drift));
      const params: NodeParams = {
        raft: this.raftParams,
        tickMs: Math.max(1, period),
        snapshotEveryEntries: this.snapshotEveryEntries,
        snapshotKeepEntries: nodeRng.range(0, 10),
      };
      const node = new SimNode(
        id,
        disk,
        params,
        {
          queue: this.queue,
          trace: this.trace,
          safety: this.safety,
          send: (from, to, message) => this.network.send(from, to, message),
          bugs: options.bugs ?? new Set(),
          durableLog: (member) => this.node(member).disk.durableLog(),
          onElected: (member, term) => {
            for (const listener of this.electionListeners) listener(member, term);
          },
        },
        nodeRng,
      );
      this.nodes.set(id, node);
    }
  }

  get now(): number {
    return this.queue.now;
  }

  get memberIds(): string[] {
    return [...this.nodes.keys()];
  }

  node(id: string): SimNode {
    const node = this.nodes.get(id);
    if (node === undefined) throw new RangeError(`no member ${id}`);
    return node;
  }

  /** Adds `count` workload clients (c1...) that start issuing operations at once. */
  addClients(count: number, params: ClientParams): void {
    for (let i = 0; i < count; i++) {
      const id = this.clients.length + 1;
      const client = new SimClient(
        id,
        params,
        {
          queue: this.queue,
          trace: this.trace,
          history: this.history,
          send: (from, to, message) => this.network.send(from, to, message),
          members: () => this.memberIds,
          newProcess: () => this.nextProcess++,
          newValue: () => ++this.nextValue,
          keyFor: (slot) => this.keyFor(slot),
        },
        this.root.fork(),
      );
      this.clients.push(client);
      client.start();
    }
  }

  /** The member that leads in the highest term, among those up and believing they lead. */
  leader(): SimNode | undefined {
    let best: SimNode | undefined;
    for (const node of this.nodes.values()) {
      if (node.up && node.role === 'leader' && (!best || node.currentTerm > best.currentTerm)) {
        best = node;
      }
    }
    return best;
  }

  /** Runs every event due within the next `ms`. */
  runFor(ms: number): void {
    const until = this.queue.now + ms;
    while (this.queue.runNext(until)) {
      // each event ran
    }
  }

  /** Runs until `done()` holds (checked after every event) or `maxMs` passed; returns done(). */
  runUntil(done: () => boolean, maxMs: number): boolean {
    const until = this.queue.now + maxMs;
    while (!done()) {
      if (!this.queue.runNext(until)) return done();
    }
    return true;
  }

  /**
   * Scenario client: sends `op` to `target` as client c0 and runs the world until the reply comes or
   * `timeoutMs` passes. Records the operation in the history like any client. Returns the reply, or
   * undefined on timeout (an `info` outcome).
   */
  call(target: string, op: ClientOp, timeoutMs: number): ClientReply | undefined {
    const seq = ++this.scriptSeq;
    const process = this.nextProcess++;
    const value =
      op.f === 'read' ? null : op.f === 'write' ? op.value : ([op.expected, op.value] as const);
    this.history.add({ process, type: 'invoke', f: op.f, key: op.key, value, time: this.now });
    this.scriptReply = undefined;
    this.trace.add(this.now, 'c0', 'invoke', `#${seq} ${op.f} ${op.key} -> ${target}`);
    this.network.send('c0', target, { kind: 'request', client: 0, seq, op });
    this.runUntil(() => this.scriptReply?.seq === seq, timeoutMs);
    const reply = this.scriptReply as ClientReply | undefined;
    const done = reply?.seq === seq ? reply : undefined;
    const base = { process, f: op.f, key: op.key, time: this.now };
    if (done === undefined || done.outcome === 'unknown') {
      this.history.add({ ...base, type: 'info', value, error: 'timeout' });
    } else if (done.outcome === 'ok') {
      this.history.add({
        ...base,
        type: 'ok',
        value: op.f === 'read' ? (done.value ?? null) : value,
      });
    } else {
      this.history.add({
        ...base,
        type: 'fail',
        value,
        error: done.outcome === 'mismatch' ? 'mismatch' : done.error,
      });
    }
    return done;
  }

  /** See ClientContext.keyFor: `slot` for the first opsPerKey operations, then `slot.1`, `slot.2`... */
  private keyFor(slot: string): string {
    const used = (this.keyUses.get(slot) ?? 0) + 1;
    this.keyUses.set(slot, used);
    const generation = Math.floor((used - 1) / this.opsPerKey);
    return generation === 0 ? slot : `${slot}.${generation}`;
  }

  /** A value never written before in this run. */
  freshValue(): number {
    return ++this.nextValue;
  }

  private deliver(envelope: Envelope<SimMessage>): void {
    const { from, to, message } = envelope;
    if (to === 'c0') {
      if (message.kind === 'reply') this.scriptReply = message;
      return;
    }
    if (to.startsWith('c')) {
      this.clients[Number(to.slice(1)) - 1]?.receive(message);
      return;
    }
    const node = this.nodes.get(to);
    if (node && !node.up && message.kind === 'request') {
      // Connection refused: the member is down, so the request was certainly not acted on.
      this.network.send(to, from, {
        kind: 'reply',
        client: message.client,
        seq: message.seq,
        outcome: 'fail',
        error: 'unavailable',
      });
      return;
    }
    node?.receive(from, message);
  }
}
