/**
 * Planted bugs for showing that the property checkers catch what they claim to catch (FoundationDB's
 * habit: a checker is first shown to fail on a bug). Each fault wraps a correct DOMStore and breaks one
 * promise of the contract, the way a plausible implementation bug would:
 *
 * - `blind-retry`: commit() retries a transaction that failed with OptimisticLockFailedError on a fresh
 *   snapshot, so conflicts are never reported and concurrent updates are lost;
 * - `read-latest`: read-only transactions read the latest committed data at every read instead of
 *   their snapshot;
 * - `abort-commits`: abort() of a cohort after canCommit commits it anyway;
 * - `drop-delivery`: every listener misses its third call;
 * - `no-chain`: a transaction chain hands out independent transactions (no visibility of the previous
 *   one, no ordering);
 * - `ignore-verify`: verifyUnchanged records nothing, so a node verified unchanged may change before
 *   the commit unnoticed.
 *
 * Only the test harness uses these; nothing here is a mock of the product: the wrapped store does all
 * the work.
 */
import type {
  DataPath,
  DataTreeChangeListener,
  DOMStore,
  DOMStoreReadTransaction,
  DOMStoreReadWriteTransaction,
  DOMStoreThreePhaseCommitCohort,
  DOMStoreTransactionChain,
  DOMStoreWriteTransaction,
  JsonValue,
  ListenerRegistration,
} from '../../src/index.js';
import { OptimisticLockFailedError } from '../../src/index.js';

export type Fault =
  'blind-retry' | 'read-latest' | 'abort-commits' | 'drop-delivery' | 'no-chain' | 'ignore-verify';

export const FAULTS: readonly Fault[] = [
  'blind-retry',
  'read-latest',
  'abort-commits',
  'drop-delivery',
  'ignore-verify',
];

type Recorded =
  { op: 'write' | 'merge'; path: DataPath; data: unknown } | { op: 'delete'; path: DataPath };

/** `store` with `fault` planted. */
export function withFault(store: DOMStore, fault: Fault): DOMStore {
  return new FaultyStore(store, fault);
}

class FaultyStore implements DOMStore {
  private readonly inner: DOMStore;
  private readonly fault: Fault;

  constructor(inner: DOMStore, fault: Fault) {
    this.inner = inner;
    this.fault = fault;
  }

  newReadOnlyTransaction(): DOMStoreReadTransaction {
    if (this.fault !== 'read-latest') return this.inner.newReadOnlyTransaction();
    const inner = this.inner;
    let closed = false;
    const latest = async <T>(f: (tx: DOMStoreReadTransaction) => Promise<T>): Promise<T> => {
      if (closed) throw new Error('closed');
      const tx = inner.newReadOnlyTransaction();
      try {
        return await f(tx);
      } finally {
        tx.close();
      }
    };
    return {
      read: (path) => latest((tx) => tx.read(path)),
      exists: (path) => latest((tx) => tx.exists(path)),
      close: () => {
        closed = true;
      },
    };
  }

  newWriteOnlyTransaction(): DOMStoreWriteTransaction {
    return this.wrap(this.inner.newReadWriteTransaction());
  }

  newReadWriteTransaction(): DOMStoreReadWriteTransaction {
    return this.wrap(this.inner.newReadWriteTransaction());
  }

  private wrap(tx: DOMStoreReadWriteTransaction): DOMStoreReadWriteTransaction {
    const recorded: Recorded[] = [];
    const inner = this.inner;
    const fault = this.fault;
    return {
      read: (path): Promise<JsonValue | undefined> => tx.read(path),
      exists: (path): Promise<boolean> => tx.exists(path),
      write: (path, data): void => {
        tx.write(path, data);
        recorded.push({ op: 'write', path, data });
      },
      merge: (path, data): void => {
        tx.merge(path, data);
        recorded.push({ op: 'merge', path, data });
      },
      delete: (path): void => {
        tx.delete(path);
        recorded.push({ op: 'delete', path });
      },
      verifyUnchanged: (path): void => {
        if (fault !== 'ignore-verify') tx.verifyUnchanged(path);
      },
      cancel: () => tx.cancel(),
      ready: (): DOMStoreThreePhaseCommitCohort => {
        const cohort = tx.ready();
        if (fault !== 'abort-commits') return cohort;
        let checked = false;
        return {
          canCommit: async () => {
            const ok = await cohort.canCommit();
            checked = true;
            return ok;
          },
          preCommit: () => cohort.preCommit(),
          commit: () => cohort.commit(),
          abort: async () => {
            if (!checked) return cohort.abort();
            await cohort.preCommit();
            await cohort.commit();
          },
        };
      },
      commit: async (): Promise<void> => {
        try {
          await tx.commit();
        } catch (err) {
          if (fault !== 'blind-retry' || !(err instanceof OptimisticLockFailedError)) throw err;
          const retry = inner.newWriteOnlyTransaction();
          for (const r of recorded) {
            if (r.op === 'delete') retry.delete(r.path);
            else if (r.op === 'write') retry.write(r.path, r.data);
            else retry.merge(r.path, r.data);
          }
          await retry.commit();
        }
      },
    };
  }

  createTransactionChain(): DOMStoreTransactionChain {
    if (this.fault !== 'no-chain') return this.inner.createTransactionChain();
    return {
      newReadOnlyTransaction: () => this.newReadOnlyTransaction(),
      newReadWriteTransaction: () => this.newReadWriteTransaction(),
      newWriteOnlyTransaction: () => this.newWriteOnlyTransaction(),
      close: () => undefined,
    };
  }

  registerTreeChangeListener(
    path: DataPath,
    listener: DataTreeChangeListener,
  ): ListenerRegistration {
    if (this.fault !== 'drop-delivery')
      return this.inner.registerTreeChangeListener(path, listener);
    let calls = 0;
    return this.inner.registerTreeChangeListener(path, (changes) => {
      if (++calls !== 3) listener(changes);
    });
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
