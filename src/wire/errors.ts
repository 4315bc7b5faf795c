/**
 * The error every codec in src/wire throws on bytes it cannot turn into a core type: malformed protobuf
 * (a bad tag or wire type, a truncated field), a required field missing (proto3 cannot say "required", so
 * the codec does), an unknown enum value, or a number the cores cannot hold exactly (a uint64 above
 * 2^53-1). The message names the message type and the field path, so a frame from an incompatible or
 * damaged peer is diagnosed from the log line alone.
 */
import { CanopyError } from '../util/errors.js';

/** Bytes that do not decode into a valid canopy message. */
export class WireDecodeError extends CanopyError {
  readonly code = 'wire-decode';
  /** The message type being decoded (`canopy.raft.RaftMessage`). */
  readonly messageType: string;
  /** The field path within it (`append_entries.entries[2].index`), empty when the bytes did not parse. */
  readonly field: string;
  constructor(messageType: string, field: string, problem: string, options?: ErrorOptions) {
    const where = field === '' ? messageType : `${messageType} field ${field}`;
    super(
      `cannot decode ${where}: ${problem}; the sender runs an incompatible version or the bytes are damaged`,
      options,
    );
    this.messageType = messageType;
    this.field = field;
  }
}
