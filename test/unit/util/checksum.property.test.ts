/**
 * Goal: the slicing-by-8 crc32c computes exactly what the plain bytewise CRC-32C computes, for every
 * input and every starting crc. Method: fast-check compares it with the bytewise algorithm, kept here as
 * the model (one table, one byte per step: the implementation this file's subject replaced), over inputs
 * of lengths around the 8-byte stride, views at odd offsets, and continuations from arbitrary crcs.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { crc32c } from '../../../src/util/checksum.js';

const BYTEWISE_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32cBytewise(bytes: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (const b of bytes) c = BYTEWISE_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

const anyCrc = fc.integer({ min: 0, max: 0xffffffff });

describe('util: checksum (property)', () => {
  it('slicing-by-8 equals the bytewise crc for any bytes and any starting crc', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), anyCrc, (data, start) => {
        assert.equal(crc32c(data, start), crc32cBytewise(data, start));
        assert.equal(crc32c(data), crc32cBytewise(data));
      }),
      { seed: 3720, numRuns: 2000 },
    );
  });

  it('slicing-by-8 equals the bytewise crc on views at any offset, of lengths around the stride', () => {
    const input = fc.record({
      data: fc.uint8Array({ minLength: 0, maxLength: 4200 }),
      from: fc.nat(15),
      less: fc.nat(17),
    });
    fc.assert(
      fc.property(input, ({ data, from, less }) => {
        const view = data.subarray(Math.min(from, data.length), Math.max(0, data.length - less));
        assert.equal(crc32c(view), crc32cBytewise(view));
      }),
      { seed: 8, numRuns: 500 },
    );
  });

  it('a crc continued over two pieces equals the crc of their concatenation', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.uint8Array({ maxLength: 100 }), (a, b) => {
        const whole = new Uint8Array(a.length + b.length);
        whole.set(a);
        whole.set(b, a.length);
        assert.equal(crc32c(b, crc32c(a)), crc32cBytewise(whole));
      }),
      { seed: 32, numRuns: 500 },
    );
  });
});
