/**
 * Joins the chunks of a large message on one connection (proto `Chunk`). Pure.
 *
 * Invariants: one chunked message at a time per connection (the sender's send queue chunks one message
 * at a time); its first chunk carries the subject and total size, which must be within
 * `messageBytesMax`, so at most `messageBytesMax` bytes are ever held, allocated once when the first
 * chunk arrives; message ids only increase; chunks never overrun the announced size. Any breach is a
 * `TransportProtocolError` and the connection is closed; the reassembler is then dead.
 */
import type { ChunkFrame } from '../wire/cluster-codec.js';
import { TransportProtocolError } from './errors.js';

/** A whole message. */
export interface ReassembledMessage {
  readonly subject: string;
  readonly payload: Uint8Array;
}

export class Reassembler {
  private readonly messageBytesMax: number;
  private lastId = 0;
  private open:
    | { readonly id: number; readonly subject: string; readonly buffer: Uint8Array; filled: number }
    | undefined;

  constructor(messageBytesMax: number) {
    this.messageBytesMax = messageBytesMax;
  }

  /** Bytes held for the message being joined. */
  get heldBytes(): number {
    return this.open?.buffer.byteLength ?? 0;
  }

  /** The whole message when `chunk` completes it, else undefined. */
  accept(chunk: ChunkFrame): ReassembledMessage | undefined {
    let open = this.open;
    if (open === undefined) {
      if (chunk.messageId <= this.lastId) {
        throw fail(`chunk of message ${chunk.messageId} after message ${this.lastId}`);
      }
      if (chunk.subject === '' || chunk.totalBytes === 0) {
        throw fail(`the first chunk of message ${chunk.messageId} has no subject or size`);
      }
      if (chunk.totalBytes > this.messageBytesMax) {
        throw new TransportProtocolError(
          'message-too-large',
          `a message of ${chunk.totalBytes} bytes is above cluster.transport.message-bytes-max ` +
            `(${this.messageBytesMax})`,
        );
      }
      this.lastId = chunk.messageId;
      open = {
        id: chunk.messageId,
        subject: chunk.subject,
        buffer: new Uint8Array(chunk.totalBytes),
        filled: 0,
      };
      this.open = open;
    } else if (chunk.messageId !== open.id || chunk.subject !== '' || chunk.totalBytes !== 0) {
      throw fail(
        `chunk of message ${chunk.messageId} (subject "${chunk.subject}") while message ` +
          `${open.id} is incomplete`,
      );
    }
    if (open.filled + chunk.data.byteLength > open.buffer.byteLength) {
      throw fail(`chunks of message ${open.id} overrun its ${open.buffer.byteLength} bytes`);
    }
    if (chunk.data.byteLength === 0) throw fail(`an empty chunk of message ${open.id}`);
    open.buffer.set(chunk.data, open.filled);
    open.filled += chunk.data.byteLength;
    if (open.filled < open.buffer.byteLength) return undefined;
    this.open = undefined;
    return { subject: open.subject, payload: open.buffer };
  }
}

function fail(message: string): TransportProtocolError {
  return new TransportProtocolError('chunk-sequence', message);
}
