/**
 * Goal: the logger writes pino JSON lines by default and one human line per event in the pretty
 * format (an access-log line as `METHOD URL STATUS DURATION ms BYTES B CLIENT`, other lines with
 * their fields on the same line, an error's stack below), every line written before the log call
 * returns. Method: createLogger with a collecting writer; assert on the text it received right after
 * each call.
 */
import { strict as assert } from 'node:assert';
import {
  ACCESS_LOG_MESSAGE,
  createLogger,
  type LoggerOptions,
} from '../../../src/runtime/logger.js';

function collecting(options: LoggerOptions): {
  lines: string[];
  logger: ReturnType<typeof createLogger>;
} {
  const lines: string[] = [];
  const logger = createLogger({ ...options, write: (line) => lines.push(line) });
  return { lines, logger };
}

const ACCESS = {
  method: 'PUT',
  url: '/rests/data/toaster:toaster',
  status: 204,
  durationMs: 1.25,
  bytes: 0,
  remote: '127.0.0.1',
};

describe('runtime: logger', () => {
  it('writes JSON lines by default, each before the call returns', () => {
    const { lines, logger } = collecting({});
    logger.info({ shard: 'member-1-shard-default-config', commitIndex: 3 }, 'shard recovered');
    assert.equal(lines.length, 1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    assert.equal(line['level'], 30);
    assert.equal(line['name'], 'canopy');
    assert.equal(line['pid'], process.pid);
    assert.equal(line['commitIndex'], 3);
    assert.equal(line['msg'], 'shard recovered');
    logger.info(ACCESS, ACCESS_LOG_MESSAGE);
    assert.equal(lines.length, 2);
    assert.deepEqual(
      JSON.parse(lines[1]!),
      { ...JSON.parse(lines[1]!), ...ACCESS, msg: ACCESS_LOG_MESSAGE },
      'a JSON access line keeps every field',
    );
  });

  it('pretty prints one line per event with its time, level, message and fields', () => {
    const { lines, logger } = collecting({ format: 'pretty', colorize: false });
    logger.warn({ group: 'member-1-shard-x-config' }, 'journal group ignored');
    assert.equal(lines.length, 1);
    assert.match(
      lines[0]!,
      /^\[\d\d:\d\d:\d\d\.\d{3}\] WARN: journal group ignored \{"group":"member-1-shard-x-config"\}\n$/,
    );
    assert.ok(!lines[0]!.includes('"pid"'), 'pid, hostname and name are left out');
  });

  it('pretty prints an access line as one short sentence without its fields', () => {
    const { lines, logger } = collecting({ format: 'pretty', colorize: false });
    logger.info(ACCESS, ACCESS_LOG_MESSAGE);
    assert.match(
      lines[0]!,
      /^\[[\d:.]+\] INFO: PUT \/rests\/data\/toaster:toaster 204 1\.25 ms 0 B 127\.0\.0\.1\n$/,
    );
  });

  it('pretty prints an error with its stack below the line', () => {
    const { lines, logger } = collecting({ format: 'pretty', colorize: false });
    logger.error({ err: new Error('the disk is gone') }, 'canopy: the member could not start');
    const text = lines.join('');
    assert.match(text, /ERROR: canopy: the member could not start/);
    assert.match(text, /the disk is gone/);
    assert.match(text, /\n\s+at /, 'the stack is printed');
  });

  it('respects the level in both formats', () => {
    for (const format of ['json', 'pretty'] as const) {
      const { lines, logger } = collecting({ format, level: 'warn', colorize: false });
      logger.info({}, 'hidden');
      logger.debug({}, 'hidden');
      logger.warn({}, 'shown');
      assert.equal(lines.length, 1, format);
      assert.match(lines[0]!, /shown/);
    }
  });

  it('colours the pretty format only when asked', () => {
    const plain = collecting({ format: 'pretty', colorize: false });
    const coloured = collecting({ format: 'pretty', colorize: true });
    plain.logger.info({}, 'x');
    coloured.logger.info({}, 'x');
    assert.ok(!plain.lines[0]!.includes('\u001b['));
    assert.ok(coloured.lines[0]!.includes('\u001b['));
  });
});
