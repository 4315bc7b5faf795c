/**
 * Goal: the pure pieces of the transport keep their invariants: the frame splitter yields exactly the
 * frames written however the stream is cut, refuses bad lengths before buffering, and holds at most one
 * frame; the reassembler joins chunks and refuses every out-of-sequence or oversized chunk; the send
 * queue never holds more than its bound, keeps each lane in order, lets the lanes take turns and
 * restarts a cut large message; the backoff stays within its jittered, capped bounds; the handshake
 * checks accept and refuse what they should. And no input makes the receive path throw anything but a
 * typed error (property test on random bytes).
 * Method: direct calls, plus fast-check for cut points and random input.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Backoff } from '../../../src/cluster/backoff.js';
import { TransportProtocolError } from '../../../src/cluster/errors.js';
import { FrameSplitter } from '../../../src/cluster/frame-splitter.js';
import {
  checkHello,
  checkWelcome,
  versionsCompatible,
  type HandshakeIdentity,
} from '../../../src/cluster/handshake.js';
import { Reassembler } from '../../../src/cluster/reassembler.js';
import { MESSAGE_OVERHEAD_BYTES, SendQueue } from '../../../src/cluster/send-queue.js';
import { SeededRng } from '../../../src/util/rng.js';
import {
  decodeFrameBody,
  encodeFrame,
  type ChunkFrame,
  type ClusterFrame,
} from '../../../src/wire/cluster-codec.js';
import { WireDecodeError } from '../../../src/wire/errors.js';

const msg = (subject: string, n: number): ClusterFrame => ({
  type: 'message',
  subject,
  payload: new Uint8Array(n).fill(n & 0xff),
});

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe('cluster: frame splitter', () => {
  it('yields exactly the frames written, however the stream is cut (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 3000 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat({ max: 5000 }), { maxLength: 10 }),
        (sizes, cuts) => {
          const frames = sizes.map((n, i) => msg(`s${i}`, n));
          const stream = concat(frames.map(encodeFrame));
          const points = [...new Set(cuts.map((c) => c % (stream.length + 1)))].sort(
            (a, b) => a - b,
          );
          const splitter = new FrameSplitter(1 << 20);
          const got: ClusterFrame[] = [];
          let from = 0;
          for (const to of [...points, stream.length]) {
            for (const body of splitter.push(stream.subarray(from, to)))
              got.push(decodeFrameBody(body));
            from = to;
          }
          assert.equal(splitter.bufferedBytes, 0);
          assert.deepEqual(got, frames);
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });

  it('refuses a zero length and a length above the limit before buffering, and stays dead', () => {
    const zero = new FrameSplitter(100);
    assert.throws(() => zero.push(new Uint8Array([0, 0, 0, 0])), { problem: 'frame-length' });
    assert.throws(() => zero.push(new Uint8Array([0, 0, 0, 1, 8])), TransportProtocolError);
    const big = new FrameSplitter(100);
    assert.deepEqual(big.push(new Uint8Array([0, 0])), []);
    assert.throws(() => big.push(new Uint8Array([0, 101])), { problem: 'frame-too-large' });
    assert.equal(big.bufferedBytes, 0);
    const max = new FrameSplitter(100);
    assert.deepEqual(max.push(new Uint8Array([0, 0, 0, 100, 1])), []);
    assert.equal(max.bufferedBytes, 1);
  });
});

describe('cluster: reassembler', () => {
  const chunk = (id: number, data: number[], subject = '', total = 0): ChunkFrame => ({
    type: 'chunk',
    messageId: id,
    subject,
    totalBytes: total,
    data: new Uint8Array(data),
  });

  it('joins the chunks of a message in order', () => {
    const r = new Reassembler(10);
    assert.equal(r.accept(chunk(1, [1, 2], 'snap', 5)), undefined);
    assert.equal(r.heldBytes, 5);
    assert.equal(r.accept(chunk(1, [3, 4])), undefined);
    const whole = r.accept(chunk(1, [5]));
    assert.deepEqual(whole, { subject: 'snap', payload: new Uint8Array([1, 2, 3, 4, 5]) });
    assert.equal(r.heldBytes, 0);
    assert.ok(r.accept(chunk(2, [9], 'snap', 1)) !== undefined);
  });

  it('refuses a message above the limit before holding anything', () => {
    const r = new Reassembler(10);
    assert.throws(() => r.accept(chunk(1, [1], 'snap', 11)), { problem: 'message-too-large' });
    assert.equal(r.heldBytes, 0);
  });

  const broken: [string, ChunkFrame[]][] = [
    ['a first chunk without a subject', [chunk(1, [1], '', 3)]],
    ['a first chunk without a size', [chunk(1, [1], 'snap', 0)]],
    ['a chunk of another message mid-way', [chunk(1, [1], 'snap', 3), chunk(2, [1], 'x', 3)]],
    ['a second header mid-way', [chunk(1, [1], 'snap', 3), chunk(1, [1], 'snap', 3)]],
    ['chunks overrunning the size', [chunk(1, [1], 'snap', 3), chunk(1, [1, 2, 3])]],
    ['an empty chunk', [chunk(1, [1], 'snap', 3), chunk(1, [])]],
    ['a message id that does not increase', [chunk(2, [1], 's', 1), chunk(2, [1], 's', 1)]],
  ];
  for (const [what, chunks] of broken) {
    it(`refuses ${what}`, () => {
      const r = new Reassembler(10);
      assert.throws(() => {
        for (const c of chunks) r.accept(c);
      }, TransportProtocolError);
    });
  }
});

describe('cluster: send queue', () => {
  it('never holds more than its bound, counting a per-message overhead', () => {
    const q = new SendQueue(1000, 100);
    let n = 0;
    while (q.offer('s', new Uint8Array(0))) n += 1;
    assert.equal(n, Math.floor(1000 / MESSAGE_OVERHEAD_BYTES));
    assert.ok(q.bytes <= 1000);
    q.next();
    assert.ok(q.offer('s', new Uint8Array(0)));
    assert.equal(q.offer('s', new Uint8Array(0)), false);
  });

  it('an empty queue takes one message however large, so a message as large as the bound goes', () => {
    const q = new SendQueue(1000, 100);
    assert.ok(q.offer('big', new Uint8Array(1000)));
    assert.equal(q.offer('s', new Uint8Array(0)), false);
    while (q.next() !== undefined);
    assert.equal(q.bytes, 0);
    assert.ok(q.offer('s', new Uint8Array(0)));
  });

  it('sends small messages whole, large ones in chunks, the lanes taking turns, each in order', () => {
    const q = new SendQueue(1 << 20, 4);
    q.offer('big', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    q.offer('a', new Uint8Array([1]));
    q.offer('b', new Uint8Array([2]));
    const kinds: string[] = [];
    for (let f = q.next(); f !== undefined; f = q.next()) {
      kinds.push(
        f.type === 'message'
          ? f.subject
          : f.type === 'chunk'
            ? `c${f.messageId}:${f.data.length}`
            : f.type,
      );
    }
    assert.deepEqual(kinds, ['a', 'c1:4', 'b', 'c1:4', 'c1:2']);
    assert.equal(q.bytes, 0);
    assert.equal(q.length, 0);
  });

  it('restarts a cut large message from its first chunk under a new id', () => {
    const q = new SendQueue(1 << 20, 4);
    q.offer('big', new Uint8Array(10));
    const first = q.next();
    assert.equal(first?.type === 'chunk' && first.messageId, 1);
    const held = q.bytes;
    q.rewind();
    assert.equal(q.bytes, held + 4);
    const again = q.next();
    assert.ok(
      again?.type === 'chunk' &&
        again.messageId === 2 &&
        again.subject === 'big' &&
        again.totalBytes === 10,
    );
  });
});

describe('cluster: backoff', () => {
  it('grows from the minimum to the cap with jitter in [d/2, d], and starts over after reset', () => {
    const b = new Backoff(100, 1000, new SeededRng(3));
    const delays = Array.from({ length: 10 }, () => b.next());
    const ceilings = [100, 200, 400, 800, 1000, 1000, 1000, 1000, 1000, 1000];
    delays.forEach((d, i) => {
      assert.ok(d >= ceilings[i]! / 2 && d <= ceilings[i]!, `delay ${i}: ${d}`);
    });
    assert.ok(new Set(delays.slice(4)).size > 1, 'jittered at the cap');
    b.reset();
    assert.ok(b.next() <= 100);
  });
});

describe('cluster: handshake checks', () => {
  const self: HandshakeIdentity = {
    cluster: 'prod',
    member: 'member-2',
    members: new Set(['member-1', 'member-2']),
    protocolVersion: 2,
    minProtocolVersion: 1,
  };
  const hello = {
    type: 'hello' as const,
    cluster: 'prod',
    from: 'member-1',
    to: 'member-2',
    protocolVersion: 1,
    minProtocolVersion: 1,
    incarnation: 1,
  };

  it('versions talk when each is at least the other’s minimum, the same answer both ways', () => {
    const v = (p: number, m: number) => ({ protocolVersion: p, minProtocolVersion: m });
    assert.ok(versionsCompatible(v(2, 1), v(1, 1)));
    assert.ok(!versionsCompatible(v(3, 2), v(1, 1)));
    assert.ok(!versionsCompatible(v(1, 1), v(3, 2)));
    fc.assert(
      fc.property(
        fc.nat(5),
        fc.nat(5),
        fc.nat(5),
        fc.nat(5),
        (a, b, c, d) =>
          versionsCompatible(v(a, b), v(c, d)) === versionsCompatible(v(c, d), v(a, b)),
      ),
    );
  });

  it('accepts a good Hello and refuses each mismatch with its reason', () => {
    assert.equal(checkHello(self, hello), undefined);
    assert.equal(checkHello(self, { ...hello, cluster: 'test' })?.reason, 'cluster-mismatch');
    assert.equal(checkHello(self, { ...hello, from: 'member-9' })?.reason, 'unknown-member');
    assert.equal(checkHello(self, { ...hello, from: 'member-2' })?.reason, 'unknown-member');
    assert.equal(checkHello(self, { ...hello, to: 'member-3' })?.reason, 'wrong-member');
    assert.equal(
      checkHello(self, { ...hello, protocolVersion: 0, minProtocolVersion: 0 })?.reason,
      'version-incompatible',
    );
    const welcome = {
      type: 'welcome' as const,
      cluster: 'prod',
      member: 'member-1',
      protocolVersion: 1,
      minProtocolVersion: 1,
      incarnation: 1,
    };
    assert.equal(checkWelcome(self, 'member-1', welcome), undefined);
    assert.equal(checkWelcome(self, 'member-3', welcome)?.reason, 'wrong-member');
    assert.equal(
      checkWelcome(self, 'member-1', { ...welcome, cluster: 'x' })?.reason,
      'cluster-mismatch',
    );
  });
});

describe('cluster: receive path on random bytes', () => {
  it('throws nothing but TransportProtocolError or WireDecodeError, whatever arrives (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.uint8Array({ maxLength: 64 }),
            // Plausible frames with random bodies, to get past the length check often.
            fc.uint8Array({ minLength: 1, maxLength: 64 }).map((body) => {
              const out = new Uint8Array(body.length + 4);
              new DataView(out.buffer).setUint32(0, body.length, false);
              out.set(body, 4);
              return out;
            }),
          ),
          { maxLength: 8 },
        ),
        (pieces) => {
          const splitter = new FrameSplitter(1024);
          const reassembler = new Reassembler(4096);
          try {
            for (const piece of pieces) {
              for (const body of splitter.push(piece)) {
                const frame = decodeFrameBody(body);
                if (frame.type === 'chunk') reassembler.accept(frame);
              }
            }
          } catch (error) {
            assert.ok(
              error instanceof TransportProtocolError || error instanceof WireDecodeError,
              String(error),
            );
          }
        },
      ),
      { numRuns: 2000, seed: 7 },
    );
  });
});
