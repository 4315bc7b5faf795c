/**
 * The nact actor system behind a small typed surface; the only file that imports nact. Actors here are
 * the shells of design 003 (ShardManager, Shard, TransactionProxy...): each handles one message at a
 * time, so a shell's state needs no locks. nact runs every message on its own setImmediate turn, so a
 * handler must never await slow work (a disk sync) itself: it starts the work and posts the outcome
 * back to its own mailbox, which is what lets many commits share one sync.
 *
 * nact's loose types (any, untyped sender) stop here: callers see `ActorRef<M>` and typed queries.
 */
import nactModule from 'nact';

/** The part of nact we use, typed loosely on purpose: its refs are opaque here. */
interface Nact {
  start(options: { name: string }): unknown;
  spawn(
    parent: unknown,
    f: (state: never, message: never) => unknown,
    name: string,
    props: object,
  ): unknown;
  dispatch(ref: unknown, message: unknown): void;
  query(ref: unknown, factory: (temp: unknown) => unknown, timeoutMs: number): Promise<unknown>;
  stop(ref: unknown): void;
}
const nact = nactModule as unknown as Nact;

/** A reference to an actor accepting messages of type `M`. */
export interface ActorRef<M> {
  readonly name: string;
  /** Phantom field carrying the message type; never read. */
  readonly _message?: M | undefined;
}

interface RefBox<M> extends ActorRef<M> {
  readonly ref: unknown;
}

/** What an actor's behaviour sees besides its state and message. */
export interface ActorContext<M> {
  readonly self: ActorRef<M>;
  readonly name: string;
}

/** A state transition; may be async, in which case the next message waits for it. */
export type Behaviour<S, M> = (state: S, message: M, ctx: ActorContext<M>) => S | Promise<S>;

export interface SpawnOptions<S> {
  /**
   * Called when the behaviour throws. The actor stops after this returns; a shard uses it to record
   * why (shown in `status`) and refuse further traffic.
   */
  readonly onCrash?: ((error: unknown, state: S | undefined) => void) | undefined;
}

/** An actor system. `start()` creates one; `shutdown()` stops every actor. */
export class ActorSystem {
  private readonly system: unknown;
  private stopped = false;

  private constructor(system: unknown) {
    this.system = system;
  }

  static start(name: string): ActorSystem {
    return new ActorSystem(nact.start({ name }));
  }

  /** Spawns a top-level actor named `name` (unique in the system) with `initialState`. */
  spawn<S, M>(
    name: string,
    behaviour: Behaviour<S, M>,
    initialState: S,
    options: SpawnOptions<S> = {},
  ): ActorRef<M> {
    const self: { name: string; ref: unknown } = { name, ref: undefined };
    const ctx: ActorContext<M> = { self, name };
    const f = (state: S, message: M): S | Promise<S> => behaviour(state, message, ctx);
    const onCrash = options.onCrash;
    self.ref = nact.spawn(this.system, f, name, {
      initialState,
      onCrash: (_msg: unknown, error: Error | undefined, crashCtx: { stop: symbol }) => {
        onCrash?.(error, undefined);
        return crashCtx.stop;
      },
    });
    return self;
  }

  /** Sends `message` to `actor` without waiting. */
  dispatch<M>(actor: ActorRef<M>, message: M): void {
    nact.dispatch((actor as RefBox<M>).ref, message);
  }

  /**
   * Sends the message built by `make` and resolves with the reply the actor passes to `reply`; rejects
   * with an Error after `timeoutMs`.
   */
  query<M, R>(
    actor: ActorRef<M>,
    make: (reply: (value: R) => void) => M,
    timeoutMs: number,
  ): Promise<R> {
    const factory = (temp: unknown): M =>
      make((value: R) => {
        nact.dispatch(temp, value);
      });
    return nact.query((actor as RefBox<M>).ref, factory, timeoutMs) as Promise<R>;
  }

  /** Stops one actor (its children too). */
  stop<M>(actor: ActorRef<M>): void {
    nact.stop((actor as RefBox<M>).ref);
  }

  /** Stops every actor of the system; idempotent. */
  shutdown(): void {
    if (!this.stopped) {
      this.stopped = true;
      nact.stop(this.system);
    }
  }
}
