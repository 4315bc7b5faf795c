/**
 * A transaction chain of the distributed datastore (ODL's TransactionChainProxy): each new transaction
 * starts from the previous one's result, even before that one commits, and the chain's commits happen
 * in order. Same rules as the in-memory chain (src/api/transaction-chain.ts): at most one open write
 * transaction at a time; a failed or aborted commit fails the chain, and every later operation and
 * commit rejects with TransactionStateError whose cause is that failure; `close()` forbids new
 * transactions while those already ready still commit.
 *
 * Pipelining: a one-shard transaction following a one-shard transaction on the same shard is shipped
 * without waiting for its predecessor: the shard receives them in order and fails the later one if the
 * earlier one failed there (it knows the chain by id). Any other commit waits for the previous one to
 * settle. A shard that was not readable when the previous transaction touched it gives the next one
 * its committed snapshot instead of the previous result (only while a shard recovers).
 */
import { TransactionStateError } from '../tree/errors.js';
import type {
  DOMStoreReadTransaction,
  DOMStoreReadWriteTransaction,
  DOMStoreTransactionChain,
  DOMStoreWriteTransaction,
} from '../api/dom-store.js';
import { ChainLink } from './chain-link.js';
import type { ThreePhaseCommitCohortProxy } from './commit-cohort-proxy.js';
import type { ProxyContext } from './context.js';
import { TransactionProxy, type ChainHooks, type ChainView } from './transaction-proxy.js';

interface ChainEntry {
  readonly tx: TransactionProxy;
  readonly cohort: ThreePhaseCommitCohortProxy;
  readonly link: ChainLink;
}

export class TransactionChainProxy implements DOMStoreTransactionChain, ChainHooks {
  readonly chainId: string;
  private readonly ctx: ProxyContext;
  private open: TransactionProxy | undefined;
  private last: ChainEntry | undefined;
  private failure: { error: unknown } | undefined;
  private closed = false;
  private readonly touched = new Set<string>();

  constructor(ctx: ProxyContext, chainId: string) {
    this.ctx = ctx;
    this.chainId = chainId;
  }

  newReadOnlyTransaction(): DOMStoreReadTransaction {
    this.checkCanStart('start a read transaction');
    return new TransactionProxy(this.ctx, false, this);
  }

  newWriteOnlyTransaction(): DOMStoreWriteTransaction {
    return this.newReadWriteTransaction();
  }

  newReadWriteTransaction(): DOMStoreReadWriteTransaction {
    this.checkCanStart('start a transaction');
    const tx = new TransactionProxy(this.ctx, true, this);
    this.open = tx;
    return tx;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    const forget = (): void => {
      for (const name of this.touched) {
        try {
          // Best effort, to the replica believed to lead: a leader elected since never saw the
          // chain fail (the failure lives in the old leader's memory only).
          this.ctx.shards.leader(name).closeChain(this.chainId);
        } catch {
          continue; // the shard is gone: nothing to forget there
        }
      }
    };
    const last = this.last;
    if (last === undefined) forget();
    else void last.link.done.then(forget);
  }

  checkUsable(what: string): void {
    if (this.failure !== undefined) {
      throw new TransactionStateError(`cannot ${what}: the transaction chain failed`, {
        cause: this.failure.error,
      });
    }
  }

  view(): ChainView {
    // Decided at the opening, once: the new transaction starts from the previous one's result if
    // that one is pending now, else from the committed store. NB: not at each `baseFor` call: a
    // transaction may pin its snapshots later (the visibility gate was closed, or the previous one's
    // views were not at hand), and if the previous one committed meanwhile, a fresh snapshot taken
    // then would start the new one from the store as of the opening (missing the previous one's
    // changes on a shard it pins from the opening: a conflict against its own chain) or as of now
    // (seeing what outside transactions committed after the opening).
    const last = this.last;
    const previous = last !== undefined && last.link.status === 'pending' ? last : undefined;
    return {
      pending: previous?.tx.viewsPending()?.catch(() => undefined),
      baseFor: (shard) => {
        this.touched.add(shard);
        // Bound to the transaction before this one: a later onReady must not change it.
        return previous?.tx.resultFor(shard);
      },
    };
  }

  onReady(tx: TransactionProxy, cohort: ThreePhaseCommitCohortProxy): void {
    this.open = undefined;
    const previous = this.last;
    const entry: ChainEntry = {
      tx,
      cohort,
      link: new ChainLink(() => {
        if (entry.link.status === 'failed' && this.failure === undefined) {
          this.failure = { error: entry.link.failure };
        }
        if (this.last === entry) this.last = undefined;
      }),
    };
    cohort.link = entry.link;
    cohort.predecessor =
      previous !== undefined && previous.link.status === 'pending'
        ? { link: previous.link, cohort: previous.cohort }
        : undefined;
    this.last = entry;
  }

  onCancel(tx: TransactionProxy): void {
    if (this.open === tx) this.open = undefined;
  }

  private checkCanStart(what: string): void {
    this.ctx.checkOpen();
    if (this.closed) {
      throw new TransactionStateError(`cannot ${what}: the transaction chain is closed`);
    }
    this.checkUsable(what);
    if (this.open !== undefined) {
      throw new TransactionStateError(
        `cannot ${what}: transaction ${this.open.id} of this chain is still open; ready or cancel it first`,
      );
    }
  }
}
