/**
 * What every codec in src/wire does with protobufjs's decoded values: parse bytes into a message
 * (a protobuf error becomes a WireDecodeError naming the message type), and turn a uint64 into a
 * number the cores can hold exactly (above 2^53-1, a WireDecodeError naming the field).
 *
 * Pure.
 */
import { WireDecodeError } from './errors.js';
import type { Int64 } from './raft-proto.js';

/** Decodes `bytes` as `type`; malformed protobuf is a WireDecodeError naming `name`. */
export function decodePb<T>(
  type: { decode(bytes: Uint8Array): T },
  bytes: Uint8Array,
  name: string,
): T {
  try {
    return type.decode(bytes);
  } catch (error) {
    if (error instanceof Error)
      throw new WireDecodeError(name, '', error.message, { cause: error });
    throw error;
  }
}

/** A decoded uint64 as a number (0 when absent); above 2^53-1 a WireDecodeError naming the field. */
export function safeUint(value: Int64 | undefined, type: string, field: string): number {
  if (value === undefined) return 0;
  const n =
    typeof value === 'number'
      ? value
      : value.unsigned
        ? (value.high >>> 0) * 2 ** 32 + (value.low >>> 0)
        : value.toNumber();
  if (Number.isSafeInteger(n) && n >= 0) return n;
  throw new WireDecodeError(type, field, `${value.toString()} is not an integer in [0, 2^53-1]`);
}
