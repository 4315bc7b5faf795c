/**
 * The shard service's vocabulary: the requests one member's transaction proxies send to a shard
 * replica on another member, and the answers (proto/shard-service.proto is their wire form,
 * src/wire/shard-service-codec.ts the codec; remote-replica.ts sends them, shard-service.ts answers
 * them). Plain data; no behaviour.
 *
 * A request names the replica it is for (`member-2-shard-inventory-config`) and carries an id unique
 * among the sender's requests in flight; the answer names that id. A modification travels as the
 * tree codec's operations (encodeModification) with the applied index of the snapshot it was built
 * on, so the leader re-records it on its own committed root at that index (ShardCore's
 * ownModification) and judges conflicts as the sender's replica would have.
 */
import type { PairMarkRecord } from '../shard/pair-marks.js';
import type { CommitMode } from '../shard/shard-core.js';
import type { ReadMode } from './shard-locator.js';

/** A ready transaction as it travels. */
export interface SubmitRequest {
  readonly type: 'submit';
  readonly txId: string;
  /** encodeModification's bytes. */
  readonly modification: Uint8Array;
  /** The applied index of the snapshot the transaction was built on, when it has one. */
  readonly baseIndex: number | undefined;
  /** The paths the transaction verified unchanged (RFC 8040 text), in recorded order. */
  readonly verifications: readonly string[];
  /** Every participant of a multi-shard transaction, sorted; undefined for one shard. */
  readonly participants: readonly string[] | undefined;
  readonly chainId: string | undefined;
  readonly mode: CommitMode;
}

/** What a request asks of the replica. */
export type ShardServiceOp =
  | SubmitRequest
  | {
      readonly type: 'can-commit' | 'pre-commit' | 'commit' | 'abort';
      readonly txId: string;
    }
  | { readonly type: 'close-chain'; readonly chainId: string }
  | { readonly type: 'read'; readonly mode: ReadMode };

/** One request to a replica of another member. */
export interface ShardServiceRequest {
  /** Unique among the sender's requests in flight (a counter). */
  readonly requestId: number;
  /** The replica addressed. */
  readonly replica: string;
  readonly op: ShardServiceOp;
}

/** A read's snapshot as it travels: the committed tree at the replica's applied index. */
export interface ReadResultWire {
  /** encodeTree's bytes. */
  readonly tree: Uint8Array;
  readonly appliedIndex: number;
  /** The shard's name. */
  readonly shard: string;
  readonly pairMarks: readonly PairMarkRecord[];
}

/** What a request got. */
export type ShardServiceResult =
  | { readonly type: 'ok' }
  | { readonly type: 'read'; readonly read: ReadResultWire }
  | { readonly type: 'error'; readonly error: Error };

/** The answer to one request. */
export interface ShardServiceAnswer {
  readonly requestId: number;
  readonly result: ShardServiceResult;
}
