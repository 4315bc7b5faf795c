/**
 * The vocabulary of the Raft core: log entries, durable state, snapshots, membership and messages.
 * Plain immutable data, no behaviour; the wire codecs (src/wire) and the LevelDB log (src/persistence)
 * translate these types and nothing else.
 *
 * Shapes follow the Raft paper (Ongaro and Ousterhout, 2014) and etcd-io/raft's raftpb, with messages as
 * a union tagged by `type`. Indexes and terms are numbers: safe integers, never above 2^53-1 (the wire
 * codecs reject anything larger with WireDecodeError).
 */

/** A member's name, unique in the cluster (`member-1`). */
export type NodeId = string;

/** A change of membership, applied one server at a time (Raft dissertation §4.1). */
export type ConfChange =
  | { readonly type: 'add-voter'; readonly node: NodeId } // add, or promote a learner
  | { readonly type: 'add-learner'; readonly node: NodeId } // add non-voting, or demote a voter
  | { readonly type: 'remove-node'; readonly node: NodeId };

/** Membership in force: voters decide elections and commitment, learners only receive the log. */
export interface ConfState {
  readonly voters: readonly NodeId[];
  readonly learners: readonly NodeId[];
}

/**
 * A log entry. A `normal` entry with empty `data` is the no-op a new leader appends to commit entries of
 * earlier terms (Raft §5.4.2, §8).
 */
export type Entry =
  | {
      readonly type: 'normal';
      readonly term: number;
      readonly index: number;
      readonly data: Uint8Array;
    }
  | {
      readonly type: 'config-change';
      readonly term: number;
      readonly index: number;
      readonly change: ConfChange;
    };

/** What must survive a crash besides the log: persisted before any message that depends on it leaves. */
export interface HardState {
  readonly term: number;
  /** Who this node voted for in `term`, null when it has not voted. */
  readonly vote: NodeId | null;
  /** Highest index known committed (may lag after a restart; never exceeds the durable log). */
  readonly commit: number;
}

export interface SnapshotMeta {
  /** Last index the snapshot covers. */
  readonly index: number;
  /** Term of the entry at `index`. */
  readonly term: number;
  /** Membership as of `index`. */
  readonly confState: ConfState;
}

/** A state-machine image at `meta.index`, opaque to Raft. */
export interface Snapshot {
  readonly meta: SnapshotMeta;
  readonly data: Uint8Array;
}

/** Raft roles. `pre-candidate` runs a pre-vote before disrupting the cluster with a real term bump. */
export type Role = 'follower' | 'pre-candidate' | 'candidate' | 'leader';

/** A linearizable read point (ReadIndex, Raft dissertation §6.4): safe to serve once applied >= index. */
export interface ReadState {
  readonly index: number;
  /** The caller's opaque request id, echoed back. */
  readonly requestId: string;
}

interface MessageBase {
  readonly from: NodeId;
  readonly to: NodeId;
  readonly term: number;
}

/**
 * Messages between Raft peers. Every message carries the sender's term and is subject to the term rules
 * of Raft §5.1. There is no proposal forwarding: a follower rejects a proposal with a leader hint and the
 * caller routes it to the leader (see `ProposeResult` in raft-core.ts).
 */
export type RaftMessage =
  | (MessageBase & {
      readonly type: 'append-entries';
      readonly prevLogIndex: number;
      readonly prevLogTerm: number;
      readonly entries: readonly Entry[];
      readonly leaderCommit: number;
    })
  | (MessageBase & {
      readonly type: 'append-entries-response';
      readonly success: boolean;
      /** On success, the last index now matching the leader; on rejection, the index probed. */
      readonly index: number;
      /** On rejection, a hint for the next probe: the follower's last index, or a conflict index. */
      readonly rejectHint: number;
      /** On rejection, the term at rejectHint in the follower's log (0 when unknown). */
      readonly rejectTerm: number;
    })
  | (MessageBase & {
      readonly type: 'request-vote';
      readonly preVote: boolean;
      readonly lastLogIndex: number;
      readonly lastLogTerm: number;
      /** Set by a leadership transfer: the vote may disregard the voter's current leader lease. */
      readonly transfer: boolean;
    })
  | (MessageBase & {
      readonly type: 'request-vote-response';
      readonly preVote: boolean;
      readonly granted: boolean;
    })
  | (MessageBase & {
      readonly type: 'heartbeat';
      readonly commit: number;
      /** ReadIndex round this heartbeat confirms leadership for; empty when none. */
      readonly context: string;
    })
  | (MessageBase & { readonly type: 'heartbeat-response'; readonly context: string })
  | (MessageBase & {
      /** One chunk of a snapshot stream (Raft Figure 13, sent in pieces). */
      readonly type: 'install-snapshot';
      readonly meta: SnapshotMeta;
      /** Size of the whole snapshot data in bytes. */
      readonly totalBytes: number;
      /** crc32c of the whole snapshot data: identifies the stream, so a partial copy can resume. */
      readonly checksum: number;
      /** Byte offset of this chunk in the snapshot data. */
      readonly offset: number;
      readonly chunk: Uint8Array;
      /** Whether this is the last chunk. */
      readonly done: boolean;
    })
  | (MessageBase & {
      readonly type: 'install-snapshot-response';
      /** The index of the snapshot this answers for. */
      readonly index: number;
      /** Bytes of it the member holds: the next offset it expects (0 asks to restart the stream). */
      readonly offset: number;
      /** The member installed the snapshot, or already had everything it covers. */
      readonly done: boolean;
      /** The member refuses it; the leader probes again later. This core never refuses a complete
       * snapshot (older cores refused one whose membership did not list them); kept on the wire. */
      readonly reject: boolean;
    })
  | (MessageBase & { readonly type: 'timeout-now' })
  | (MessageBase & { readonly type: 'read-index'; readonly requestId: string })
  | (MessageBase & {
      readonly type: 'read-index-response';
      readonly requestId: string;
      /** The read point, or -1 when the leader could not serve it. */
      readonly index: number;
    });

export type RaftMessageType = RaftMessage['type'];
