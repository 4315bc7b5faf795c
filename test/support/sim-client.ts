/**
 * A simulated client: it runs one operation at a time against the member it believes leads, and writes
 * every invocation and outcome to the history (Jepsen's shape, sim-history.ts).
 *
 * Rules that keep the history honest:
 * - A reply decides the outcome only when it says so definitely: `ok`, `mismatch` (a cas observed another
 *   value) or `fail` (the member guarantees the operation did not and will not apply).
 * - No reply within the timeout, or an `unknown` reply, is `info`: the operation may still apply later.
 *   The client then continues as a fresh process id, so a late effect is never confused with its next
 *   operations (Jepsen's convention).
 * - Nothing is retried behind the history's back. After a failure the client issues a new operation, with
 *   a new sequence number and a new value, at the member the reply named as leader.
 * - Reads go to a member, which serves them through ReadIndex; they are never answered from a cache.
 */
import type { Rng } from '../../src/util/rng.js';
import type { History } from './sim-history.js';
import type { ClientOp, ClientReply, SimMessage } from './sim-protocol.js';
import type { EventQueue, Scheduled } from './sim-queue.js';
import type { Trace } from './sim-trace.js';

export interface ClientParams {
  /** Key slots; each slot moves to a fresh key after `opsPerKey` operations (see ClientContext.keyFor). */
  readonly keys: readonly string[];
  /** Think time between operations, ms. */
  readonly thinkMinMs: number;
  readonly thinkMaxMs: number;
  /** How long to wait for a reply before recording `info`. */
  readonly timeoutMs: number;
  /** Operation mix: chances of read and write; the rest is cas. */
  readonly readChance: number;
  readonly writeChance: number;
}

export interface ClientContext {
  readonly queue: EventQueue;
  readonly trace: Trace;
  readonly history: History;
  readonly send: (from: string, to: string, message: SimMessage) => void;
  /** Members the client may address. */
  readonly members: () => readonly string[];
  /** A fresh process id (unique in the run). */
  readonly newProcess: () => number;
  /** A fresh value to write (unique in the run, so every read names its write). */
  readonly newValue: () => number;
  /**
   * The key a new operation on `slot` uses. Jepsen's `independent` trick: each key sees a bounded
   * number of operations before the slot moves on to a fresh key, which bounds the checker's search
   * per key without weakening what one key's history can reveal.
   */
  readonly keyFor: (slot: string) => string;
}

interface Outstanding {
  readonly seq: number;
  readonly op: ClientOp;
  readonly timer: Scheduled;
}

export class SimClient {
  readonly id: number;
  readonly name: string;
  private readonly ctx: ClientContext;
  private readonly params: ClientParams;
  private readonly rng: Rng;
  private process: number;
  private seq = 0;
  private target: string;
  private outstanding: Outstanding | undefined;
  private stopped = false;
  /** Last value this client saw under each key: a likely cas expectation. */
  private readonly seen = new Map<string, number | null>();
  /** Operations completed with a definite outcome, and with `info`. */
  completed = 0;
  indeterminate = 0;
  succeeded = 0;

  constructor(id: number, params: ClientParams, ctx: ClientContext, rng: Rng) {
    this.id = id;
    this.name = `c${id}`;
    this.params = params;
    this.ctx = ctx;
    this.rng = rng;
    this.process = ctx.newProcess();
    this.target = rng.pick(ctx.members());
  }

  /** Begins issuing operations after a think time. */
  start(): void {
    this.scheduleNext();
  }

  /** Issues no new operations; the outstanding one still completes or times out. */
  stop(): void {
    this.stopped = true;
  }

  get busy(): boolean {
    return this.outstanding !== undefined;
  }

  /** A reply arrives from the network. */
  receive(message: SimMessage): void {
    if (message.kind !== 'reply') return;
    const out = this.outstanding;
    if (out === undefined || message.seq !== out.seq) return; // late or duplicated reply
    out.timer.cancelled = true;
    this.outstanding = undefined;
    this.complete(out, message);
    this.scheduleNext();
  }

  private scheduleNext(): void {
    if (this.stopped) return;
    const think = this.rng.range(this.params.thinkMinMs, this.params.thinkMaxMs);
    this.ctx.queue.after(think, () => this.invoke());
  }

  private nextOp(): ClientOp {
    const key = this.ctx.keyFor(this.rng.pick(this.params.keys));
    const roll = this.rng.next();
    if (roll < this.params.readChance) return { f: 'read', key };
    const value = this.ctx.newValue();
    if (roll < this.params.readChance + this.params.writeChance) return { f: 'write', key, value };
    const expected = this.rng.chance(0.8) ? (this.seen.get(key) ?? null) : null;
    return { f: 'cas', key, expected, value };
  }

  private invoke(): void {
    if (this.stopped || this.outstanding) return;
    const op = this.nextOp();
    const seq = ++this.seq;
    this.ctx.history.add({
      process: this.process,
      type: 'invoke',
      f: op.f,
      key: op.key,
      value: historyValue(op),
      time: this.ctx.queue.now,
    });
    const timer = this.ctx.queue.after(this.params.timeoutMs, () => this.timeout(seq));
    this.outstanding = { seq, op, timer };
    this.ctx.trace.add(
      this.ctx.queue.now,
      this.name,
      'invoke',
      `#${seq} ${describe(op)} -> ${this.target}`,
    );
    this.ctx.send(this.name, this.target, { kind: 'request', client: this.id, seq, op });
  }

  private timeout(seq: number): void {
    const out = this.outstanding;
    if (out === undefined || out.seq !== seq) return;
    this.outstanding = undefined;
    this.indeterminate++;
    this.record(out.op, 'info', historyValue(out.op), 'timeout');
    this.process = this.ctx.newProcess();
    this.target = this.rng.pick(this.ctx.members());
    this.scheduleNext();
  }

  private complete(out: Outstanding, reply: ClientReply): void {
    const op = out.op;
    switch (reply.outcome) {
      case 'ok':
        this.completed++;
        this.succeeded++;
        if (op.f === 'read') {
          this.seen.set(op.key, reply.value ?? null);
          this.record(op, 'ok', reply.value ?? null);
        } else {
          this.seen.set(op.key, op.value);
          this.record(op, 'ok', historyValue(op));
        }
        return;
      case 'mismatch':
        this.completed++;
        this.seen.set(op.key, reply.value ?? null);
        this.record(op, 'fail', historyValue(op), 'mismatch');
        return;
      case 'fail':
        this.completed++;
        this.record(op, 'fail', historyValue(op), reply.error ?? 'fail');
        this.target =
          reply.leader !== undefined && reply.leader !== null && reply.leader !== this.target
            ? reply.leader
            : this.rng.pick(this.ctx.members());
        return;
      case 'unknown':
        this.indeterminate++;
        this.record(op, 'info', historyValue(op), reply.error ?? 'unknown');
        this.process = this.ctx.newProcess();
        return;
    }
  }

  private record(
    op: ClientOp,
    type: 'ok' | 'fail' | 'info',
    value: ReturnType<typeof historyValue>,
    error?: string,
  ): void {
    this.ctx.history.add({
      process: this.process,
      type,
      f: op.f,
      key: op.key,
      value,
      time: this.ctx.queue.now,
      ...(error === undefined ? {} : { error }),
    });
    this.ctx.trace.add(
      this.ctx.queue.now,
      this.name,
      type,
      `${describe(op)}${type === 'ok' && op.f === 'read' ? ` = ${JSON.stringify(value)}` : ''}${error ? ` (${error})` : ''}`,
    );
  }
}

function historyValue(op: ClientOp): number | null | readonly [number | null, number] {
  switch (op.f) {
    case 'read':
      return null;
    case 'write':
      return op.value;
    case 'cas':
      return [op.expected, op.value];
  }
}

function describe(op: ClientOp): string {
  switch (op.f) {
    case 'read':
      return `read ${op.key}`;
    case 'write':
      return `write ${op.key}=${op.value}`;
    case 'cas':
      return `cas ${op.key} ${op.expected}->${op.value}`;
  }
}
