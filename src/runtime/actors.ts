/**
 * The actors of a member: a mailbox per actor and a behaviour that handles one message at a time, so a
 * shell's state needs no locks. Actors here are the shells of design 003 (ShardManager, Shard). A
 * handler must never await slow work (a disk sync) itself: it starts the work and posts the outcome
 * back to its own mailbox, which is what lets many commits share one sync.
 *
 * Scheduling. An actor with mail handles, on one event-loop turn (setImmediate), every message that
 * was in its mailbox when the turn began, in order; a message posted during the turn (by the actor to
 * itself, or by code it calls) waits for the next turn, after the promise callbacks the turn set off
 * have run. So the requests that pile up while a shard is busy (64 commits in flight) are handled
 * together, and their effects share one journal write, while a reply the shard defers to "after this
 * turn's answers" still comes after them. A behaviour that returns a promise holds the mailbox until
 * it settles. A behaviour that throws stops its actor (after `onCrash`); mail to a stopped actor is
 * dropped.
 *
 * NB: this replaced nact (an actor library whose dispatch cost several microseconds per message and
 * handled one message per event-loop turn, each on its own setImmediate): the write path of issue 9
 * sends one or two messages per commit. The surface (ActorSystem, ActorRef, Behaviour) is unchanged.
 */

/** A reference to an actor accepting messages of type `M`. */
export interface ActorRef<M> {
  readonly name: string;
  /** Phantom field carrying the message type; never read. */
  readonly _message?: M | undefined;
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

/** Most messages one actor handles in one event-loop turn, so a flood cannot starve I/O. */
const MESSAGES_PER_TURN_MAX = 4096;

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** What `spawn` hands out: the reference, and the actor behind it (only this file looks). */
interface RefBox<M> extends ActorRef<M> {
  readonly mailbox: Mailbox<unknown, M>;
}

/** One actor: its mailbox, state and behaviour. */
class Mailbox<S, M> {
  readonly name: string;
  stopped = false;
  private readonly behaviour: Behaviour<S, M>;
  private readonly ctx: ActorContext<M>;
  private readonly onCrash: ((error: unknown, state: S | undefined) => void) | undefined;
  private readonly onStop: (actor: Mailbox<S, M>) => void;
  private state: S;
  private queue: (M | undefined)[] = [];
  private head = 0;
  private scheduled = false;
  /** A behaviour's promise has not settled yet. */
  private waiting = false;
  private readonly turn = (): void => {
    this.scheduled = false;
    this.run();
  };

  constructor(
    name: string,
    behaviour: Behaviour<S, M>,
    state: S,
    options: SpawnOptions<S>,
    onStop: (actor: Mailbox<S, M>) => void,
  ) {
    this.name = name;
    this.behaviour = behaviour;
    this.state = state;
    this.onCrash = options.onCrash;
    this.onStop = onStop;
    this.ctx = { self: { name }, name };
  }

  post(message: M): void {
    if (this.stopped) return;
    this.queue.push(message);
    this.schedule();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.queue = [];
    this.head = 0;
    this.onStop(this);
  }

  private schedule(): void {
    if (this.scheduled || this.waiting || this.stopped || this.head === this.queue.length) return;
    this.scheduled = true;
    setImmediate(this.turn);
  }

  /** Handles the messages queued when the turn began (at most MESSAGES_PER_TURN_MAX). */
  private run(): void {
    const end = Math.min(this.queue.length, this.head + MESSAGES_PER_TURN_MAX);
    while (this.head < end && !this.stopped && !this.waiting) {
      const message = this.queue[this.head] as M;
      this.queue[this.head++] = undefined;
      this.handle(message);
    }
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    }
    this.schedule();
  }

  private handle(message: M): void {
    let next: S | Promise<S>;
    try {
      next = this.behaviour(this.state, message, this.ctx);
    } catch (error) {
      this.crash(error);
      return;
    }
    if (!isPromise(next)) {
      this.state = next;
      return;
    }
    this.waiting = true;
    next.then(
      (state) => {
        this.waiting = false;
        this.state = state;
        this.schedule();
      },
      (error: unknown) => {
        this.waiting = false;
        this.crash(error);
      },
    );
  }

  private crash(error: unknown): void {
    try {
      this.onCrash?.(error, this.state);
    } finally {
      this.stop();
    }
  }
}

/** An actor system: a namespace of actors. `start()` creates one; `shutdown()` stops every actor. */
export class ActorSystem {
  readonly name: string;
  private readonly actors = new Map<string, Mailbox<unknown, unknown>>();
  private stopped = false;

  private constructor(name: string) {
    this.name = name;
  }

  static start(name: string): ActorSystem {
    return new ActorSystem(name);
  }

  /**
   * Spawns a top-level actor named `name` with `initialState`. Throws when the system is shut down
   * or already has a live actor of that name.
   */
  spawn<S, M>(
    name: string,
    behaviour: Behaviour<S, M>,
    initialState: S,
    options: SpawnOptions<S> = {},
  ): ActorRef<M> {
    if (this.stopped) throw new Error(`actor system ${this.name} is shut down`);
    if (this.actors.has(name)) {
      throw new Error(`actor system ${this.name} already has an actor named ${name}`);
    }
    const actor = new Mailbox<S, M>(name, behaviour, initialState, options, (stopped) => {
      if (this.actors.get(name) === (stopped as unknown)) this.actors.delete(name);
    });
    this.actors.set(name, actor as unknown as Mailbox<unknown, unknown>);
    const ref: RefBox<M> = { name, mailbox: actor as unknown as Mailbox<unknown, M> };
    return ref;
  }

  /** Sends `message` to `actor` without waiting; dropped when the actor has stopped. */
  dispatch<M>(actor: ActorRef<M>, message: M): void {
    (actor as RefBox<M>).mailbox.post(message);
  }

  /**
   * Sends the message built by `make` and resolves with the reply the actor passes to `reply`; rejects
   * with an Error after `timeoutMs`, or at once when the actor has stopped.
   */
  query<M, R>(
    actor: ActorRef<M>,
    make: (reply: (value: R) => void) => M,
    timeoutMs: number,
  ): Promise<R> {
    if ((actor as RefBox<M>).mailbox.stopped) {
      return Promise.reject(
        new Error(`actor ${actor.name} has stopped: a query can never be answered`),
      );
    }
    return new Promise<R>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`Query Timeout: ${actor.name} did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.dispatch(
        actor,
        make((value: R) => {
          clearTimeout(timer);
          resolve(value);
        }),
      );
    });
  }

  /** Stops one actor: its mail is dropped. */
  stop<M>(actor: ActorRef<M>): void {
    (actor as RefBox<M>).mailbox.stop();
  }

  /** Stops every actor of the system; idempotent. */
  shutdown(): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const actor of [...this.actors.values()]) actor.stop();
  }
}
