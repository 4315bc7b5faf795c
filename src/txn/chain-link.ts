/**
 * The link between consecutive transactions of a chain: the outcome of a chained cohort that the next
 * transaction of the chain waits for (committed, failed or aborted). Shared by the in-memory store's
 * chains (src/api/transaction-chain.ts) and the distributed store's (transaction-chain-proxy.ts).
 */

/**
 * The outcome of a chained cohort that the next one in the chain waits for: settled once the cohort
 * committed, failed or was aborted.
 */
export class ChainLink {
  status: 'pending' | 'committed' | 'failed' = 'pending';
  failure: unknown = undefined;
  /** Resolves (never rejects) once settled; see `status`. */
  readonly done: Promise<void>;
  private resolveDone: () => void = () => undefined;
  private readonly onSettle: () => void;

  /** `onSettle` runs synchronously when the outcome is known. */
  constructor(onSettle: () => void) {
    this.onSettle = onSettle;
    this.done = new Promise<void>((resolve) => {
      this.resolveDone = resolve;
    });
  }

  committed(): void {
    if (this.status === 'pending') {
      this.status = 'committed';
      this.onSettle();
      this.resolveDone();
    }
  }

  failed(error: unknown): void {
    if (this.status === 'pending') {
      this.status = 'failed';
      this.failure = error;
      this.onSettle();
      this.resolveDone();
    }
  }
}
