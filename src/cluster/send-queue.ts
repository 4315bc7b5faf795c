/**
 * The bounded send queue of one peer: messages waiting for the connection, turned into frames one at a
 * time as the socket takes them. Pure.
 *
 * Two lanes, after Akka Artery's large-message lane and etcd's separate snapshot path: a message of at
 * most `chunkBytes` goes whole in one frame on the small lane; a larger one (a snapshot) goes on the
 * large lane as chunks of `chunkBytes`, one message at a time. When both lanes hold frames they take
 * turns, so a snapshot of many megabytes delays a heartbeat by one chunk at most, and a stream of small
 * messages never starves a snapshot.
 *
 * Invariants: the bytes held (each message's payload plus `MESSAGE_OVERHEAD_BYTES`, so even empty
 * messages count) never exceed `bytesMax`, except that an empty queue takes any one message (so a
 * message as large as the bound is not refused forever); `offer` refuses rather than exceed it; order is FIFO within
 * each lane; chunk message ids increase from 1. `rewind` restarts a half-sent large message from its
 * first chunk with a new id (after a connection was lost mid-message: the receiver dropped the part).
 */
import type { ClusterFrame } from '../wire/cluster-codec.js';

/** What each queued message costs besides its payload: bounds the number of tiny messages. */
export const MESSAGE_OVERHEAD_BYTES = 64;

interface Queued {
  readonly subject: string;
  readonly payload: Uint8Array;
}

export class SendQueue {
  private readonly bytesMax: number;
  private readonly chunkBytes: number;
  private small: Queued[] = [];
  private smallHead = 0;
  private readonly large: Queued[] = [];
  /** Where the head of the large lane stands: its id once its first chunk left, and the offset. */
  private largeId = 0;
  private largeOffset = 0;
  private nextId = 1;
  private preferLarge = false;
  private held = 0;

  constructor(bytesMax: number, chunkBytes: number) {
    this.bytesMax = bytesMax;
    this.chunkBytes = chunkBytes;
  }

  /** Bytes held, as counted against the bound. */
  get bytes(): number {
    return this.held;
  }

  /** Messages held (a half-sent large message counts). */
  get length(): number {
    return this.small.length - this.smallHead + this.large.length;
  }

  /** Whether a message of `payloadBytes` would be accepted now. */
  fits(payloadBytes: number): boolean {
    return this.held === 0 || this.held + payloadBytes + MESSAGE_OVERHEAD_BYTES <= this.bytesMax;
  }

  /** Queues a message; false (and nothing queued) when it does not fit. */
  offer(subject: string, payload: Uint8Array): boolean {
    if (!this.fits(payload.byteLength)) return false;
    this.held += payload.byteLength + MESSAGE_OVERHEAD_BYTES;
    if (payload.byteLength <= this.chunkBytes) this.small.push({ subject, payload });
    else this.large.push({ subject, payload });
    return true;
  }

  /** The next frame to write, taken off the queue; undefined when empty. */
  next(): ClusterFrame | undefined {
    const hasSmall = this.smallHead < this.small.length;
    const hasLarge = this.large.length > 0;
    if (hasLarge && (!hasSmall || this.preferLarge)) {
      this.preferLarge = false;
      return this.nextChunk();
    }
    if (!hasSmall) return undefined;
    this.preferLarge = true;
    const m = this.small[this.smallHead]!;
    this.small[this.smallHead] = undefined as unknown as Queued;
    this.smallHead += 1;
    if (this.smallHead === this.small.length) {
      this.small = [];
      this.smallHead = 0;
    } else if (this.smallHead >= 1024 && this.smallHead * 2 >= this.small.length) {
      this.small = this.small.slice(this.smallHead);
      this.smallHead = 0;
    }
    this.held -= m.payload.byteLength + MESSAGE_OVERHEAD_BYTES;
    return { type: 'message', subject: m.subject, payload: m.payload };
  }

  /** Restarts a half-sent large message from its first chunk (its bytes stay counted). */
  rewind(): void {
    if (this.largeOffset === 0) return;
    this.held += this.largeOffset;
    this.largeOffset = 0;
    this.largeId = 0;
  }

  /** Drops everything. */
  clear(): void {
    this.small = [];
    this.smallHead = 0;
    this.large.length = 0;
    this.largeId = 0;
    this.largeOffset = 0;
    this.held = 0;
  }

  private nextChunk(): ClusterFrame {
    const m = this.large[0]!;
    const first = this.largeOffset === 0;
    if (first) {
      this.largeId = this.nextId;
      this.nextId += 1;
    }
    const end = Math.min(this.largeOffset + this.chunkBytes, m.payload.byteLength);
    const data = m.payload.subarray(this.largeOffset, end);
    this.held -= data.byteLength;
    const frame: ClusterFrame = {
      type: 'chunk',
      messageId: this.largeId,
      subject: first ? m.subject : '',
      totalBytes: first ? m.payload.byteLength : 0,
      data,
    };
    if (end === m.payload.byteLength) {
      this.large.shift();
      this.held -= MESSAGE_OVERHEAD_BYTES;
      this.largeOffset = 0;
      this.largeId = 0;
    } else {
      this.largeOffset = end;
    }
    return frame;
  }
}
