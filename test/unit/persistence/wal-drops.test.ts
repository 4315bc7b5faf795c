/**
 * Goal: the journal recognises exactly the lines in which LevelDB reports records it dropped while
 * replaying its write-ahead log, and no others, and keeps each report once. Method: parse info logs
 * made of lines as leveldb 1.20 writes them (db_impl.cc, log_reader.cc, posix_logger.h; the first test
 * is a LOG a damaged open really wrote), including lines of manifest handling, compaction and repair
 * that mention corruption but must not count; then merge, accept and round-trip the stored record.
 */
import { strict as assert } from 'node:assert';
import {
  ACCEPTED_DROPS_MAX,
  EMPTY_WAL_DROP_RECORD,
  type WalDrop,
  acceptWalDrops,
  decodeWalDropRecord,
  describeWalDrops,
  encodeWalDropRecord,
  mergeWalDrops,
  parseWalDrops,
} from '../../../src/persistence/wal-drops.js';

const T = '2026/11/23-17:02:39.707361 7f1484b176c0';

function log(...messages: string[]): string {
  return messages.map((m) => `${T} ${m}\n`).join('');
}

const checksum: WalDrop = {
  logNumber: 3,
  droppedBytes: 32113,
  reason: 'Corruption: checksum mismatch',
};

describe('persistence: LevelDB write-ahead-log drop reports', () => {
  it('the dropping lines of a replay are reports naming the log file, the bytes and the reason', () => {
    const text = log(
      'Recovering log #3',
      '(ignoring error) /tmp/db/000003.log: dropping 32113 bytes; Corruption: checksum mismatch',
      '(ignoring error) /tmp/db/000003.log: dropping 161 bytes; Corruption: error in middle of record',
      'Level-0 table #5: started',
      'Level-0 table #5: 8919 bytes OK',
      'Delete type=3 #2',
      'Delete type=0 #3',
    );
    assert.deepEqual(parseWalDrops(text), [
      checksum,
      { logNumber: 3, droppedBytes: 161, reason: 'Corruption: error in middle of record' },
    ]);
  });

  it('every reason log_reader.cc and db_impl.cc give is recognised, with or without paranoid checks', () => {
    const reasons = [
      'Corruption: checksum mismatch',
      'Corruption: bad record length',
      'Corruption: partial record without end(1)',
      'Corruption: partial record without end(2)',
      'Corruption: missing start of fragmented record(1)',
      'Corruption: missing start of fragmented record(2)',
      'Corruption: error in middle of record',
      'Corruption: unknown record type 9',
      'Corruption: log record too small',
      'IO error: /data/journal/000012.log: Input/output error',
    ];
    const lines = reasons.flatMap((r, i) => [
      `(ignoring error) /data/journal/000012.log: dropping ${i + 1} bytes; ${r}`,
      `/data/journal/000012.log: dropping ${i + 1} bytes; ${r}`,
    ]);
    const drops = parseWalDrops(log('Recovering log #12', ...lines));
    assert.equal(drops.length, 2 * reasons.length);
    assert.deepEqual(
      drops.map((d) => d.reason),
      reasons.flatMap((r) => [r, r]),
    );
    assert.ok(drops.every((d) => d.logNumber === 12));
  });

  it('an ignored error names the file it quotes, or else the log being replayed', () => {
    const text = log(
      'Recovering log #7',
      'Ignoring error Corruption: bad WriteBatch Put',
      'Ignoring error IO error: /data/journal/000009.log: Permission denied',
      'Recovering log #10',
    );
    assert.deepEqual(parseWalDrops(text), [
      { logNumber: 7, droppedBytes: undefined, reason: 'Corruption: bad WriteBatch Put' },
      {
        logNumber: 9,
        droppedBytes: undefined,
        reason: 'IO error: /data/journal/000009.log: Permission denied',
      },
    ]);
  });

  it('a clean open, a crash-torn tail, manifest, compaction and repair lines report nothing', () => {
    const text = log(
      'Delete type=3 #1',
      'Recovering log #3',
      'Level-0 table #5: started',
      'Level-0 table #5: 8919 bytes OK',
      'Compacting 4@0 + 1@1 files',
      'Generated table #7@0: 120 keys, 30000 bytes',
      'Compacted 4@0 + 1@1 files => 30000 bytes',
      'compacted to: files[ 0 1 0 0 0 0 0 ]',
      'Compaction error: Corruption: block checksum mismatch',
      'Moved #8 to level-1 2000 bytes OK: files[ 0 1 0 0 0 0 0 ]',
      'Manual compaction at level-0 from (begin) .. (end); will stop at (end)',
      'Log #5: dropping 100 bytes; Corruption: checksum mismatch',
      'Archiving /data/journal/000005.log: OK',
      'Current memtable full; waiting...',
      'Delete type=0 #3',
    );
    assert.deepEqual(parseWalDrops(text), []);
    assert.deepEqual(parseWalDrops(''), []);
  });

  it('a line a background thread is still writing, and text outside logger lines, do not count', () => {
    const partial = `${T} (ignoring error) /d/000003.log: dropping 5 bytes; Corruption: checksum mismatch`;
    assert.deepEqual(parseWalDrops(partial), []);
    assert.deepEqual(
      parseWalDrops('(ignoring error) /d/000003.log: dropping 5 bytes; Corruption: x\n'),
      [],
    );
  });

  it("Windows' millisecond timestamps and CRLF line ends are read alike", () => {
    const text =
      '2026/11/23-17:02:39.707 1a2b Recovering log #4\r\n' +
      '2026/11/23-17:02:39.708 1a2b (ignoring error) C:\\data\\journal/000004.log: dropping 40 bytes; ' +
      'Corruption: checksum mismatch\r\n';
    assert.deepEqual(parseWalDrops(text), [
      { logNumber: 4, droppedBytes: 40, reason: 'Corruption: checksum mismatch' },
    ]);
  });
});

describe('persistence: the record of write-ahead-log drops', () => {
  const second: WalDrop = { ...checksum, droppedBytes: 161, reason: 'Corruption: error in middle' };
  const later: WalDrop = { ...checksum, logNumber: 8 };

  it('reports are added once: the same log file read again from LOG.old is the same event', () => {
    const once = mergeWalDrops(EMPTY_WAL_DROP_RECORD, [[checksum, second]]);
    assert.deepEqual(once.pending, [checksum, second]);
    assert.equal(mergeWalDrops(once, [[checksum, second], []]), once, 'unchanged, not rewritten');
    // A replay that failed and ran again reports the same file in LOG.old and LOG: kept once.
    const twice = mergeWalDrops(EMPTY_WAL_DROP_RECORD, [[checksum], [checksum, later]]);
    assert.deepEqual(twice.pending, [checksum, later]);
  });

  it('accepted reports never become pending again, and only the newest are kept', () => {
    const accepted = acceptWalDrops(mergeWalDrops(EMPTY_WAL_DROP_RECORD, [[checksum]]));
    assert.deepEqual(accepted, { pending: [], accepted: [checksum] });
    assert.equal(mergeWalDrops(accepted, [[checksum]]), accepted);
    let many = EMPTY_WAL_DROP_RECORD;
    for (let n = 1; n <= ACCEPTED_DROPS_MAX + 5; n++) {
      many = acceptWalDrops(mergeWalDrops(many, [[{ ...checksum, logNumber: n }]]));
    }
    assert.equal(many.accepted.length, ACCEPTED_DROPS_MAX);
    assert.equal(many.accepted.at(-1)?.logNumber, ACCEPTED_DROPS_MAX + 5);
  });

  it('the record round-trips, and a malformed one is described, not trusted', () => {
    const unknownFile: WalDrop = { logNumber: undefined, droppedBytes: undefined, reason: 'x' };
    const record = { pending: [checksum, unknownFile], accepted: [later] };
    assert.deepEqual(decodeWalDropRecord(encodeWalDropRecord(record)), record);
    const bad = (text: string) => decodeWalDropRecord(new TextEncoder().encode(text));
    assert.match(bad('{"pending": [') as string, /not JSON/);
    assert.match(bad('7') as string, /not a JSON object/);
    assert.match(bad('{"pending": [{"log": "5"}], "accepted": []}') as string, /malformed/);
    assert.match(bad('{"pending": []}') as string, /malformed/);
  });

  it('the description names each log file once with what was dropped from it', () => {
    const ignored: WalDrop = { logNumber: 8, droppedBytes: undefined, reason: 'Corruption: bad' };
    assert.equal(
      describeWalDrops([checksum, second, ignored]),
      '000003.log: 32113 bytes dropped (Corruption: checksum mismatch), 161 bytes dropped ' +
        '(Corruption: error in middle); 000008.log: an error ignored, a batch applied in part or ' +
        'the file skipped (Corruption: bad)',
    );
  });
});
