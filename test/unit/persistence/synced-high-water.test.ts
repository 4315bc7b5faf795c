/**
 * Goal: the high-water file's format and the decision made from it (src/persistence/synced-high-water.ts)
 * never mistake a crash for a loss: a torn update leaves the older slot, which is never ahead of the
 * database; a loss is reported with the writes and, per group, the entries missing. Method: pure
 * encode/decode round trips and tables of cases.
 */
import { strict as assert } from 'node:assert';
import {
  HIGH_WATER_FILE_BYTES,
  HIGH_WATER_SLOT_BYTES,
  type HighWaterRecord,
  checkHighWater,
  decodeHighWaterFile,
  decodeSyncStamp,
  describeLostTail,
  encodeHighWaterSlot,
  encodeSyncStamp,
} from '../../../src/persistence/synced-high-water.js';

function record(generation: number, stamp: number, groups: [string, number, number][] = []) {
  return {
    generation,
    stamp,
    groups: new Map(groups.map(([g, last, commit]) => [g, { last, commit }])),
    partial: false,
  } satisfies HighWaterRecord;
}

/** A file holding `records` in their slots (generation % 2), the rest zero. */
function file(...records: HighWaterRecord[]): Uint8Array {
  const bytes = new Uint8Array(HIGH_WATER_FILE_BYTES);
  for (const r of records)
    bytes.set(encodeHighWaterSlot(r), (r.generation % 2) * HIGH_WATER_SLOT_BYTES);
  return bytes;
}

describe('persistence: the synced high-water file', () => {
  it('a record round-trips, groups included, and the newer of two slots is current', () => {
    const older = record(6, 90, [['member-1-shard-a', 40, 39]]);
    const newer = record(7, 95, [
      ['member-1-shard-a', 44, 44],
      ['member-1-shard-b', 3, 2],
    ]);
    assert.deepEqual(decodeHighWaterFile(file(older, newer)), newer);
    assert.deepEqual(decodeHighWaterFile(file(newer, older)), newer);
  });

  it('an update torn at any byte leaves the previous record, never a newer stamp', () => {
    const older = record(10, 500);
    const newer = record(11, 510);
    const whole = encodeHighWaterSlot(newer);
    for (let cut = 0; cut < whole.length; cut++) {
      const bytes = file(older);
      // The slot being written holds the new bytes up to the cut, then what it held before (zeros).
      bytes.set(whole.subarray(0, cut), (newer.generation % 2) * HIGH_WATER_SLOT_BYTES);
      const read = decodeHighWaterFile(bytes);
      if (typeof read === 'string') assert.fail(`cut at ${cut}: ${read}`);
      assert.equal(read.stamp, 500, `cut at ${cut}`);
    }
  });

  it('a flipped byte in the current slot falls back to the other; both damaged is a problem, not a record', () => {
    const bytes = file(record(3, 30), record(4, 40));
    bytes[10]! ^= 1; // slot 0 holds generation 4
    assert.equal((decodeHighWaterFile(bytes) as HighWaterRecord).stamp, 30);
    bytes[HIGH_WATER_SLOT_BYTES + 20]! ^= 1;
    const read = decodeHighWaterFile(bytes);
    assert.equal(typeof read, 'string');
    assert.match(
      read as string,
      /neither copy is readable \(slot 0: checksum mismatch; slot 1: checksum mismatch\)/,
    );
    assert.match(decodeHighWaterFile(new Uint8Array(10)) as string, /too short/);
  });

  it('groups that do not fit in a slot are left out and the record says it is partial', () => {
    const groups: [string, number, number][] = Array.from({ length: 2000 }, (_, i) => [
      `member-1-shard-${'x'.repeat(20)}-${i}`,
      i,
      i,
    ]);
    const slot = encodeHighWaterSlot(record(1, 1, groups));
    assert.ok(slot.length <= HIGH_WATER_SLOT_BYTES);
    const read = decodeHighWaterFile(file(record(1, 1, groups))) as HighWaterRecord;
    assert.ok(read.partial && read.groups.size > 100 && read.groups.size < 2000);
  });

  it('the sync stamp payload round-trips and rejects a wrong length', () => {
    assert.equal(decodeSyncStamp(encodeSyncStamp(2 ** 40 + 7)), 2 ** 40 + 7);
    assert.match(decodeSyncStamp(Uint8Array.of(1, 2)) as string, /2 bytes, not 8/);
  });

  it('the check: the database at or past the file is fine; behind it is a loss; a missing or damaged file is unchecked once stamps exist', () => {
    assert.deepEqual(checkHighWater(record(1, 7), 7), { type: 'ok' });
    assert.deepEqual(checkHighWater(record(1, 7), 9), { type: 'ok' });
    assert.equal(checkHighWater(record(1, 7), 6).type, 'lost');
    assert.deepEqual(checkHighWater(undefined, 0), { type: 'ok' });
    assert.equal(checkHighWater(undefined, 3).type, 'unchecked');
    assert.equal(checkHighWater('checksum mismatch', 0).type, 'unchecked');
  });

  it('a loss is described with the writes, and per group the entries missing and how many were committed', () => {
    const r = record(5, 120, [
      ['member-1-shard-b', 60, 58],
      ['member-1-shard-a', 40, 40],
      ['member-1-shard-c', 9, 9],
    ]);
    const now = new Map([
      ['member-1-shard-a', 35],
      ['member-1-shard-b', 50],
      ['member-1-shard-c', 9],
    ]);
    const { message, entries } = describeLostTail(r, 117, now);
    assert.equal(entries, 15);
    assert.match(
      message,
      /records sync stamp 120, but the newest stamp in the database is 117: synced, acknowledged writes are gone/,
    );
    assert.match(
      message,
      /15 log entries are missing: group member-1-shard-a: entries 36\.\.40 \(5, 5 of them committed\) are missing, the log now ends at 35; group member-1-shard-b: entries 51\.\.60 \(10, 8 of them committed\)/,
    );
    assert.doesNotMatch(message, /shard-c/);
    const votesOnly = describeLostTail(record(2, 5, [['g', 3, 3]]), 4, new Map([['g', 3]]));
    assert.equal(votesOnly.entries, 0);
    assert.match(votesOnly.message, /held no log entry the high-water record knew of \(a vote/);
  });
});
