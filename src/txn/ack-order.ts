/**
 * The order in which one datastore's commits are acknowledged: the order in which their shards
 * answered them. A commit takes a ticket when its decisive answer arrives (the coordinator's decision
 * for a multi-shard transaction, the shard's answer for a one-shard one) and resolves its caller's
 * promise only once every commit answered before it has been acknowledged (or has failed).
 *
 * Why: two commits that touch a common shard are answered in that shard's commit order, which is
 * the order its listeners, and listeners spanning shards, see them in. But the answer of a multi-shard
 * commit travels a longer way through the proxy (the commit phase's awaits) than a one-shard
 * commit-on-ready's, so a one-shard commit the shard applied right after it, in the same batch, would
 * otherwise be acknowledged first. (Found by the DOMStore concurrency property with the list in a
 * prefix shard, seed -485271020: a listener spanning both shards got a multi-shard commit before a
 * one-shard commit that had been acknowledged earlier.)
 *
 * Invariant: a ticket is taken only in the first reaction to a shard's answer (so tickets follow the
 * order in which replicas' answers settle: a replica settles its answers in the order it gives them,
 * shard-locator.ts), and every ticket taken is released, on success or failure, within the same
 * stretch of promise reactions: a ticket never waits for I/O, a timer or another request, so no
 * acknowledgment waits for more than the promise reactions of the commits answered before it.
 */

/** One commit's place in the acknowledgment order (AckOrder.take). */
export class AckTicket {
  /** @internal set once released by its holder. */
  released = false;
  /** @internal what runs at the ticket's turn. */
  onTurn: (() => void) | undefined;
  private readonly order: AckOrder;

  /** @internal by AckOrder.take. */
  constructor(order: AckOrder) {
    this.order = order;
  }

  /**
   * The holder is done with its commit (committed or failed): `onTurn` (a committed commit's
   * acknowledgment) runs once every earlier ticket was released, synchronously in ticket order (so
   * acknowledgments settle in that order: NB a promise per ticket would not do, since a holder
   * attaches its reaction only after releasing, when later tickets may be through already). Only
   * the first call counts.
   */
  release(onTurn?: () => void): void {
    if (this.released) return;
    this.released = true;
    this.onTurn = onTurn;
    this.order.flush();
  }
}

/** The acknowledgment order of one datastore's commits (see the file comment). */
export class AckOrder {
  private queue: AckTicket[] = [];
  private head = 0;

  /** Tickets taken and not yet through (for tests and status). */
  get waiting(): number {
    return this.queue.length - this.head;
  }

  /** A place after every ticket taken so far. */
  take(): AckTicket {
    const ticket = new AckTicket(this);
    this.queue.push(ticket);
    return ticket;
  }

  /** @internal Lets through, in order, every released ticket that no unreleased one precedes. */
  flush(): void {
    while (this.head < this.queue.length) {
      const ticket = this.queue[this.head]!;
      if (!ticket.released) break;
      this.head++;
      const onTurn = ticket.onTurn;
      ticket.onTurn = undefined;
      onTurn?.();
    }
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    } else if (this.head >= 1024) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }
}
