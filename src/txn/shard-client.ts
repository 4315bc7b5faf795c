/**
 * How the transaction proxies send a request to a shard's leader (ODL's ActorUtils primary-shard
 * lookup and the retries of its RemoteTransactionContextSupport): a cache of each shard's leader, and
 * the rule for following answers.
 *
 * - A request goes to the cached leader of its shard (at first, the locator's first replica).
 * - A NotShardLeaderError naming another replica: the request goes there at once (it was refused
 *   before it was queued, so sending it again is safe) and the cache follows. After as many hops in
 *   a row as the shard has replicas (they disagree: an election), it backs off as below.
 * - A NotShardLeaderError naming a replica the locator does not know (a leader on a member this one
 *   cannot reach): passed on at once; waiting would not change it.
 * - A NotShardLeaderError naming no leader: the cache
 *   forgets the leader; the request waits (exponential backoff from `backoffMinMs` up to
 *   `backoffMaxMs`) and goes to the next replica in turn.
 * - Any other answer is the request's: success (the replica becomes the cached leader) or the
 *   shard's error, passed on unchanged. In particular a CommitOutcomeUnknownError (the leader lost
 *   its leadership after proposing) is never retried: the request may have taken effect.
 * - A NotShardLeaderError naming no leader while every replica's member is unreachable
 *   (ShardReplica.reachable, ClusterService's view): the request fails at once with
 *   NoShardLeaderError (issue 11 point 3) rather than waiting out the timeout. A request refused
 *   because its replica's member is unreachable was never sent (remote-replica.ts), so this is safe.
 * - The operation timeout runs from the first send. When it passes with the request at a replica,
 *   the caller's `onTimeout` decides (a timeout, an unknown outcome, a withdrawal); when it passes
 *   while no replica holds it (backing off), the request fails with NoShardLeaderError naming the
 *   shard and every replica asked. Never a hang.
 *
 * Every decision takes time from the Timers port: the simulator and the tests drive it.
 *
 * The client also holds the order in which the datastore's commits are acknowledged (`acks`,
 * ack-order.ts): the order their shards answered them.
 */
import type { Timers, TimerHandle } from '../util/timers.js';
import {
  NoShardLeaderError,
  NotShardLeaderError,
  ShardOperationTimeoutError,
} from '../shard/errors.js';
import { AckOrder } from './ack-order.js';
import type { ShardLocator, ShardReplica } from './shard-locator.js';

/** How long the client waits before asking again when no leader is known. */
export interface LeaderRetryPolicy {
  /** The first wait, in ms; each wait in a row doubles it. */
  readonly backoffMinMs: number;
  /** The longest wait, in ms. */
  readonly backoffMaxMs: number;
}

/**
 * The default waits: 10 ms, doubling up to 320 ms. A Raft election takes one to two election
 * timeouts (1 s and more with the default settings), so most of the wait is spent at the cap, and
 * a timeout of 5 s asks each replica a dozen times at most.
 */
export const LEADER_RETRY_DEFAULTS: LeaderRetryPolicy = { backoffMinMs: 10, backoffMaxMs: 320 };

/** What a replica answered: a value or an error. */
export type Answer<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/** A request at a replica when its operation timeout passed. */
export interface InFlight<T> {
  readonly replica: ShardReplica;
  /** The replica's answer, once it came (it may come after the timeout); undefined until then. */
  readonly answer: () => Answer<T> | undefined;
}

/** One request to a shard's leader. */
export interface ShardRequest<T> {
  /** The shard's name. */
  readonly shard: string;
  readonly txId: string;
  /** What errors call the request (`commit`, `preCommit`, `read`). */
  readonly operation: string;
  /** The operation timeout, from the first send. */
  readonly timeoutMs: number;
  /** Sends the request to `replica`. */
  send(replica: ShardReplica): Promise<T>;
  /**
   * The timeout passed while the request was at a replica: what the caller gets. Default: a
   * ShardOperationTimeoutError naming the replica (for requests that cannot have taken effect unseen).
   */
  onTimeout?: ((inFlight: InFlight<T>) => Promise<T>) | undefined;
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

/** The leaders of one datastore's shards, as this member believes them, and the requests to them. */
export class ShardClient {
  readonly locator: ShardLocator;
  /** The order in which the commits sent through this client are acknowledged (ack-order.ts). */
  readonly acks = new AckOrder();
  private readonly timers: Timers;
  private readonly retry: LeaderRetryPolicy;
  private readonly leaders = new Map<string, ShardReplica>();

  constructor(
    locator: ShardLocator,
    timers: Timers,
    retry: LeaderRetryPolicy = LEADER_RETRY_DEFAULTS,
  ) {
    this.locator = locator;
    this.timers = timers;
    this.retry = retry;
  }

  /** The replicas of shard `name`; throws ShardUnavailableError when there is none to reach. */
  replicas(name: string): readonly ShardReplica[] {
    return this.locator.replicas(name);
  }

  /** The replica believed to lead shard `name` (the first replica while none is known). */
  leader(name: string): ShardReplica {
    return this.leaders.get(name) ?? this.locator.replicas(name)[0]!;
  }

  /** Sends `request` to its shard's leader, following the answers (see the file comment). */
  request<T>(request: ShardRequest<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      new RequestRun(this, request, resolve, reject).start();
    });
  }

  /** @internal a replica answered as leader. */
  learned(name: string, replica: ShardReplica): void {
    if (this.leaders.get(name) !== replica) this.leaders.set(name, replica);
  }

  /** @internal no leader known, or `replica` named by a refusal. */
  forget(name: string, replica: ShardReplica | undefined): void {
    if (replica === undefined) this.leaders.delete(name);
    else this.leaders.set(name, replica);
  }

  /** @internal */
  get clock(): Timers {
    return this.timers;
  }

  /** @internal */
  get policy(): LeaderRetryPolicy {
    return this.retry;
  }
}

/** One request's life: sends, follows refusals, backs off, and meets its timeout. */
class RequestRun<T> {
  private readonly client: ShardClient;
  private readonly request: ShardRequest<T>;
  private readonly resolve: (value: T) => void;
  private readonly reject: (error: Error) => void;
  private done = false;
  private deadline: TimerHandle | undefined;
  private backoff: TimerHandle | undefined;
  private current: { replica: ShardReplica; answer: Answer<T> | undefined } | undefined;
  private readonly tried: string[] = [];
  /** Redirects followed in a row without a wait, and waits in a row. */
  private hops = 0;
  private waits = 0;
  private lastRefusal: Error | undefined;
  private startedMs = 0;

  constructor(
    client: ShardClient,
    request: ShardRequest<T>,
    resolve: (value: T) => void,
    reject: (error: Error) => void,
  ) {
    this.client = client;
    this.request = request;
    this.resolve = resolve;
    this.reject = reject;
  }

  start(): void {
    let first: ShardReplica;
    try {
      first = this.client.leader(this.request.shard);
    } catch (error) {
      this.finish();
      this.reject(asError(error));
      return;
    }
    this.startedMs = this.client.clock.now();
    this.deadline = this.client.clock.schedule(this.request.timeoutMs, () => {
      this.timedOut();
    });
    this.send(first);
  }

  private send(replica: ShardReplica): void {
    this.backoff = undefined;
    if (!this.tried.includes(replica.id)) this.tried.push(replica.id);
    const attempt: { replica: ShardReplica; answer: Answer<T> | undefined } = {
      replica,
      answer: undefined,
    };
    this.current = attempt;
    let sent: Promise<T>;
    try {
      sent = this.request.send(replica);
    } catch (error) {
      sent = Promise.reject(asError(error));
    }
    sent.then(
      (value) => {
        attempt.answer = { ok: true, value };
        if (this.done || this.current !== attempt) return;
        this.finish();
        this.client.learned(this.request.shard, replica);
        this.resolve(value);
      },
      (error: unknown) => {
        attempt.answer = { ok: false, error };
        if (this.done || this.current !== attempt) return;
        this.current = undefined;
        this.refused(replica, error);
      },
    );
  }

  /** A replica answered with an error: follow it, wait, or pass it on. */
  private refused(replica: ShardReplica, error: unknown): void {
    const name = this.request.shard;
    const replicas = this.client.replicas(name);
    if (!(error instanceof NotShardLeaderError)) {
      this.finish();
      this.reject(asError(error));
      return;
    }
    this.lastRefusal = error;
    const leaderId = error instanceof NotShardLeaderError ? error.leader?.replica : undefined;
    const named = leaderId === undefined ? undefined : replicas.find((r) => r.id === leaderId);
    if (leaderId !== undefined && named === undefined) {
      // The shard has a leader this member cannot send to (no remote proxy to it): waiting will not
      // change that, so the caller gets the answer naming it now, not a NoShardLeaderError later.
      this.finish();
      this.reject(error);
      return;
    }
    if (named !== undefined && named !== replica && this.hops < replicas.length) {
      this.hops += 1;
      this.client.forget(name, named);
      this.send(named);
      return;
    }
    this.hops = 0;
    this.client.forget(name, named);
    if (replicas.every((r) => r.reachable?.() === false)) {
      // Fail fast (issue 11 point 3): no replica's member can be reached, so no leader can answer
      // before the members come back; waiting out the timeout would only delay the same answer.
      this.finish();
      const { shard, txId, operation } = this.request;
      this.reject(
        new NoShardLeaderError(shard, txId, operation, this.elapsedMs(), this.tried, {
          cause: error,
        }),
      );
      return;
    }
    const next = named ?? replicas[(replicas.indexOf(replica) + 1) % replicas.length]!;
    const { backoffMinMs, backoffMaxMs } = this.client.policy;
    const waitMs = Math.min(backoffMaxMs, backoffMinMs * 2 ** Math.min(this.waits, 30));
    this.waits += 1;
    this.backoff = this.client.clock.schedule(waitMs, () => {
      if (!this.done) this.send(next);
    });
  }

  /** How long the request has been running (ms). */
  private elapsedMs(): number {
    return Math.max(0, Math.round(this.client.clock.now() - this.startedMs));
  }

  private timedOut(): void {
    if (this.done) return;
    const attempt = this.current;
    this.finish();
    const { shard, txId, operation, timeoutMs } = this.request;
    if (attempt === undefined) {
      const cause = this.lastRefusal;
      this.reject(
        new NoShardLeaderError(shard, txId, operation, timeoutMs, this.tried, cause && { cause }),
      );
      return;
    }
    const onTimeout = this.request.onTimeout;
    if (onTimeout === undefined) {
      this.reject(new ShardOperationTimeoutError(attempt.replica.id, txId, operation, timeoutMs));
      return;
    }
    onTimeout({ replica: attempt.replica, answer: () => attempt.answer }).then(
      this.resolve,
      (error: unknown) => {
        this.reject(asError(error));
      },
    );
  }

  private finish(): void {
    this.done = true;
    const clock = this.client.clock;
    if (this.deadline !== undefined) clock.cancel(this.deadline);
    if (this.backoff !== undefined) clock.cancel(this.backoff);
  }
}
