/**
 * Splits the byte stream of a transport connection into frames: each frame is a 4-byte big-endian
 * length followed by that many bytes (proto/cluster.proto). Pure: bytes in, frame bodies out.
 *
 * Invariants: a length of 0 or above `frameBytesMax` is a `TransportProtocolError` thrown before any
 * byte of that frame is buffered, so a peer can make this hold at most one frame of `frameBytesMax`
 * (plus a partial header); after an error the splitter is dead and throws again. Frame bodies that lie
 * whole within one pushed chunk are views into it (no copy); the caller must not reuse pushed buffers
 * (Node's socket does not).
 */
import { FRAME_HEADER_BYTES } from '../wire/cluster-codec.js';
import { TransportProtocolError } from './errors.js';

export class FrameSplitter {
  /** The largest frame accepted; the connection raises it once the handshake is done. */
  frameBytesMax: number;
  /** A partial header (fewer than 4 bytes). */
  private header = new Uint8Array(FRAME_HEADER_BYTES);
  private headerFilled = 0;
  /** The body being assembled across pushes, and how much of it arrived. */
  private body: Uint8Array | undefined;
  private bodyFilled = 0;
  private failed: TransportProtocolError | undefined;

  constructor(frameBytesMax: number) {
    this.frameBytesMax = frameBytesMax;
  }

  /** Bytes held for a frame not yet complete. */
  get bufferedBytes(): number {
    return this.headerFilled + this.bodyFilled;
  }

  /** The complete frame bodies in `chunk` (with what was buffered before), in order. */
  push(chunk: Uint8Array): Uint8Array[] {
    if (this.failed !== undefined) throw this.failed;
    const frames: Uint8Array[] = [];
    let at = 0;
    while (at < chunk.byteLength) {
      if (this.body !== undefined) {
        const take = Math.min(this.body.byteLength - this.bodyFilled, chunk.byteLength - at);
        this.body.set(chunk.subarray(at, at + take), this.bodyFilled);
        this.bodyFilled += take;
        at += take;
        if (this.bodyFilled === this.body.byteLength) {
          frames.push(this.body);
          this.body = undefined;
          this.bodyFilled = 0;
        }
        continue;
      }
      let length: number;
      if (this.headerFilled === 0 && chunk.byteLength - at >= FRAME_HEADER_BYTES) {
        length = readLength(chunk, at);
        at += FRAME_HEADER_BYTES;
      } else {
        const take = Math.min(FRAME_HEADER_BYTES - this.headerFilled, chunk.byteLength - at);
        this.header.set(chunk.subarray(at, at + take), this.headerFilled);
        this.headerFilled += take;
        at += take;
        if (this.headerFilled < FRAME_HEADER_BYTES) break;
        this.headerFilled = 0;
        length = readLength(this.header, 0);
      }
      this.check(length);
      if (chunk.byteLength - at >= length) {
        frames.push(chunk.subarray(at, at + length));
        at += length;
      } else {
        this.body = new Uint8Array(length);
      }
    }
    return frames;
  }

  private check(length: number): void {
    if (length === 0) {
      this.failed = new TransportProtocolError('frame-length', 'a frame of length 0');
    } else if (length > this.frameBytesMax) {
      this.failed = new TransportProtocolError(
        'frame-too-large',
        `a frame of ${length} bytes is above the limit of ${this.frameBytesMax} bytes ` +
          '(cluster.transport.frame-bytes-max; 4096 before the handshake); the peer is not a ' +
          'canopy member of this configuration, or its frame-bytes-max is larger',
      );
    }
    if (this.failed !== undefined) throw this.failed;
  }
}

function readLength(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!
  );
}
