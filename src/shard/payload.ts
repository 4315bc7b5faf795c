/**
 * What a shard journals: the payload of each normal entry of its Raft log, and the image a Raft
 * snapshot carries. The Raft log IS the shard's journal (design 003: "each shard journals committed
 * transactions and takes snapshots"), so these records are the whole durable history of its data.
 *
 * Records (ODL's CommitTransactionPayload, extended with the durable two-phase commit of a transaction
 * that spans shards; the protocol is presumed abort, Mohan, Lindsay and Obermarck 1986, described
 * once in docs/ARCHITECTURE.md, "Two-phase commit across shards"):
 * - `commit`: a transaction that touched this shard only; applying it applies its operations.
 * - `prepare`: this shard's part of a multi-shard transaction, voted yes and made durable; it holds the
 *   shard's commit queue until an outcome record follows. A replayed prepare with no outcome after it
 *   is in doubt: the shard asks the coordinator.
 * - `commit-decision`: written by the coordinator shard (the first participant in name order) only;
 *   its own operations together with the decision to commit: the point of no return of the whole
 *   transaction. No abort decision is ever written: no commit decision means abort (presumed abort).
 * - `commit-prepared` / `abort-prepared`: a participant's outcome for its prepare.
 * - `forget`: the coordinator drops decisions every participant has recorded the outcome of.
 *
 * Operations (`ops`) are the tree codec's encoding of a modification (tree-codec.ts); the envelope is
 * proto/shard.proto, encoded by src/wire/shard-codec.ts behind the `ShardCodec` port, so this layer
 * imports no protobuf. Participants and coordinators are shard names (`inventory`), not replica ids:
 * a Raft group, wherever its leader is, decides.
 */
import type { PairMarkRecord } from './pair-marks.js';

/** One record of a shard's journal. */
export type ShardPayload =
  | { readonly type: 'commit'; readonly txId: string; readonly ops: Uint8Array }
  | {
      readonly type: 'prepare';
      readonly txId: string;
      readonly ops: Uint8Array;
      /** Every participant shard, sorted; the first is the coordinator. */
      readonly participants: readonly string[];
      readonly coordinator: string;
    }
  | {
      readonly type: 'commit-decision';
      readonly txId: string;
      readonly ops: Uint8Array;
      readonly participants: readonly string[];
    }
  | { readonly type: 'commit-prepared'; readonly txId: string }
  | { readonly type: 'abort-prepared'; readonly txId: string }
  | { readonly type: 'forget'; readonly txIds: readonly string[] };

export type ShardPayloadType = ShardPayload['type'];

/** A prepared part of a multi-shard transaction whose outcome this shard has not recorded yet. */
export interface PreparedRecord {
  readonly txId: string;
  readonly ops: Uint8Array;
  readonly participants: readonly string[];
  readonly coordinator: string;
}

/** A commit decision the coordinator keeps until every participant recorded the outcome. */
export interface DecisionRecord {
  readonly txId: string;
  readonly participants: readonly string[];
}

/** The state machine image in a shard's Raft snapshot. */
export interface ShardImage {
  /** The tree codec's encoding of the whole committed tree. */
  readonly tree: Uint8Array;
  readonly prepared: readonly PreparedRecord[];
  readonly decisions: readonly DecisionRecord[];
  /** The pair marks (pair-marks.ts); absent in images written before they existed. */
  readonly pairMarks?: readonly PairMarkRecord[] | undefined;
}

/**
 * The envelope codec (implemented in src/wire/shard-codec.ts). Decoding throws WireDecodeError on
 * bytes that are not a valid record; the shard turns that into ShardJournalError naming the entry.
 */
export interface ShardCodec {
  encodePayload(payload: ShardPayload): Uint8Array;
  decodePayload(data: Uint8Array): ShardPayload;
  encodeImage(image: ShardImage): Uint8Array;
  decodeImage(data: Uint8Array): ShardImage;
}
