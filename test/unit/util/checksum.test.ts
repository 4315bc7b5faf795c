/**
 * Goal: crc32c is CRC-32C exactly as iSCSI, LevelDB and every other implementation compute it, so a
 * checksum written by one build verifies in any other. Method: the check value of the CRC catalogue and
 * the test vectors of RFC 3720 appendix B.4 (the RFC lists the CRC's bytes in transmission order, least
 * significant first: `aa 36 91 8a` is 0x8a9136aa), each also fed in pieces and from an unaligned view.
 */
import { strict as assert } from 'node:assert';
import { crc32c } from '../../../src/util/checksum.js';

function bytes(length: number, at: (i: number) => number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => at(i));
}

// prettier-ignore
const ISCSI_READ_PDU = Uint8Array.of(
  0x01, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x18,
  0x28, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
);

const VECTORS: readonly {
  readonly name: string;
  readonly data: Uint8Array;
  readonly crc: number;
}[] = [
  { name: 'the empty input', data: new Uint8Array(0), crc: 0 },
  { name: 'check value "123456789"', data: new TextEncoder().encode('123456789'), crc: 0xe3069283 },
  { name: '32 bytes of zeroes', data: new Uint8Array(32), crc: 0x8a9136aa },
  { name: '32 bytes of ones', data: new Uint8Array(32).fill(0xff), crc: 0x62a8ab43 },
  { name: '32 incrementing bytes', data: bytes(32, (i) => i), crc: 0x46dd794e },
  { name: '32 decrementing bytes', data: bytes(32, (i) => 31 - i), crc: 0x113fdb5c },
  { name: 'an iSCSI read command PDU', data: ISCSI_READ_PDU, crc: 0xd9963a56 },
];

describe('util: checksum', () => {
  for (const v of VECTORS) {
    it(`crc32c of ${v.name} is the RFC 3720 value`, () => {
      assert.equal(crc32c(v.data), v.crc);
    });
  }

  it('crc32c continued over pieces of any size equals the crc of the whole', () => {
    for (const v of VECTORS) {
      for (let cut = 0; cut <= v.data.length; cut++) {
        const head = crc32c(v.data.subarray(0, cut));
        assert.equal(crc32c(v.data.subarray(cut), head), v.crc, `${v.name}, cut at ${cut}`);
      }
    }
  });

  it('crc32c reads a view at any byte offset of its buffer', () => {
    const pdu = ISCSI_READ_PDU;
    for (let offset = 0; offset < 8; offset++) {
      const buffer = new Uint8Array(offset + pdu.length + 3).fill(0xa5);
      buffer.set(pdu, offset);
      assert.equal(crc32c(buffer.subarray(offset, offset + pdu.length)), 0xd9963a56);
    }
  });
});
