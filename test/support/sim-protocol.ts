/**
 * What travels on the simulated network: Raft messages between members, and the client protocol
 * between simulated clients and members. A client sends one request at a time; the member answers with
 * `ok`, a definite failure (`fail`: the operation did not and will not take effect, or a cas `mismatch`,
 * which was applied and observed a different value), or `unknown` when it can no longer tell (the client
 * records that as `info`, like a timeout).
 */
import type { RaftMessage } from '../../src/raft/types.js';

export type ClientOp =
  | { readonly f: 'read'; readonly key: string }
  | { readonly f: 'write'; readonly key: string; readonly value: number }
  | {
      readonly f: 'cas';
      readonly key: string;
      readonly expected: number | null;
      readonly value: number;
    };

export interface ClientRequest {
  readonly kind: 'request';
  readonly client: number;
  readonly seq: number;
  readonly op: ClientOp;
}

export interface ClientReply {
  readonly kind: 'reply';
  readonly client: number;
  readonly seq: number;
  readonly outcome: 'ok' | 'mismatch' | 'fail' | 'unknown';
  /** A read's value. */
  readonly value?: number | null | undefined;
  /** Why it failed (`not-leader`, `lost`, `no-leader`, ...). */
  readonly error?: string | undefined;
  /** The leader the member knows of, for the client's next request. */
  readonly leader?: string | null | undefined;
  /** For a write or cas that took effect: where it sits in the log. */
  readonly index?: number | undefined;
  readonly term?: number | undefined;
}

export type SimMessage =
  { readonly kind: 'raft'; readonly message: RaftMessage } | ClientRequest | ClientReply;
