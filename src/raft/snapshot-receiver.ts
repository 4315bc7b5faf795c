/**
 * The receiving end of a chunked InstallSnapshot stream (Raft Figure 13; the dissertation §5.3 sends
 * snapshots in chunks). Chunks are accepted only in order; a chunk past a gap or a duplicate is ignored
 * and the answer says which offset is expected, so the leader resends from there (go-back-N). A stream
 * is identified by the snapshot's index, term, size and checksum: a new leader sending the same snapshot
 * resumes where the old one stopped, anything else starts over at offset 0. The assembled data is
 * verified against the checksum before it is used.
 *
 * Memory: one partial snapshot at most, dropped when completed or replaced.
 */
import { crc32c } from '../util/checksum.js';
import type { Snapshot, SnapshotMeta } from './types.js';

/** One chunk as it arrives. */
export interface SnapshotChunk {
  readonly meta: SnapshotMeta;
  readonly totalBytes: number;
  readonly checksum: number;
  readonly offset: number;
  readonly chunk: Uint8Array;
}

/** What a chunk led to: the offset to answer with, and the snapshot once complete and verified. */
export interface ChunkOutcome {
  readonly offset: number;
  readonly snapshot: Snapshot | undefined;
}

interface Partial {
  readonly meta: SnapshotMeta;
  readonly totalBytes: number;
  readonly checksum: number;
  readonly chunks: Uint8Array[];
  received: number;
}

const checksums = new WeakMap<Snapshot, number>();

/** crc32c of a snapshot's data, computed once per snapshot object. */
export function snapshotChecksum(snapshot: Snapshot): number {
  let sum = checksums.get(snapshot);
  if (sum === undefined) {
    sum = crc32c(snapshot.data);
    checksums.set(snapshot, sum);
  }
  return sum;
}

function sameStream(p: Partial, c: SnapshotChunk): boolean {
  return (
    p.meta.index === c.meta.index &&
    p.meta.term === c.meta.term &&
    p.totalBytes === c.totalBytes &&
    p.checksum === c.checksum
  );
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.byteLength === total) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Assembles one incoming snapshot stream at a time (see the file comment). */
export class SnapshotReceiver {
  private partial: Partial | undefined = undefined;

  /** Bytes held of the stream in progress (0 when none). */
  receivedBytes(): number {
    return this.partial?.received ?? 0;
  }

  /** Index of the snapshot being received, or undefined. */
  pendingIndex(): number | undefined {
    return this.partial?.meta.index;
  }

  clear(): void {
    this.partial = undefined;
  }

  /** Takes one chunk. */
  offer(c: SnapshotChunk): ChunkOutcome {
    if (this.partial === undefined || !sameStream(this.partial, c)) {
      if (c.offset !== 0) return { offset: 0, snapshot: undefined };
      this.partial = {
        meta: c.meta,
        totalBytes: c.totalBytes,
        checksum: c.checksum,
        chunks: [],
        received: 0,
      };
    }
    const p = this.partial;
    const end = c.offset + c.chunk.byteLength;
    if (c.offset <= p.received && end > p.received) {
      const fresh = c.chunk.subarray(p.received - c.offset);
      const room = p.totalBytes - p.received;
      p.chunks.push(fresh.byteLength > room ? fresh.subarray(0, room) : fresh);
      p.received += Math.min(fresh.byteLength, room);
    }
    if (p.received < p.totalBytes) return { offset: p.received, snapshot: undefined };
    this.partial = undefined;
    const data = concat(p.chunks, p.totalBytes);
    if (crc32c(data) !== p.checksum) return { offset: 0, snapshot: undefined };
    return { offset: p.totalBytes, snapshot: { meta: p.meta, data } };
  }
}
