/**
 * Goal: `canopy watch` ends the way docs/OPERATIONS.md says for every way a stream can end or fail to
 * start, including the ones a real member produces only under load or by accident (a cut-off slow
 * client, a connection lost mid-event, a stream that ends without a word, an event it cannot read).
 *
 * Method: watchCommand in-process, with buffers for its output, against a node:http server on a free
 * port that answers with a scripted event stream written in the member's wire format (docs/API.md,
 * "Event streams"). The real member's streams are exercised end to end in test/integration/cli.test.ts;
 * this file is about the client's reading of the protocol. Each test checks the exit code and what was
 * printed.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { CliIo } from '../../../src/cli/client-commands.js';
import { watchCommand, type WatchFlags } from '../../../src/cli/watch-command.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

interface Captured {
  readonly io: CliIo;
  stdout: string;
  stderr: string;
}

function capture(): Captured {
  const c: Captured = {
    stdout: '',
    stderr: '',
    io: {
      stdout: (text) => {
        c.stdout += text;
      },
      stderr: (text) => {
        c.stderr += text;
      },
      readStdin: () => Promise.resolve(''),
      env: {},
    },
  };
  return c;
}

function event(type: string, id: number, data: unknown): string {
  return `event: ${type}\nid: ${id}\ndata: ${JSON.stringify(data)}\n\n`;
}

function change(type: string, id: number, edits: unknown[]): string {
  return event(type, id, {
    eventTime: `2025-01-01T00:00:0${id}.000Z`,
    datastore: 'config',
    path: '/toaster:toaster',
    edits,
  });
}

const INITIAL = change('initial-data', 0, []);
const CHANGE_1 = change('data-change', 1, [
  { operation: 'create', target: '/toaster:toaster', value: { 'toaster:toaster': {} } },
]);

function sseHead(res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8' });
  res.flushHeaders();
}

describe('cli: watch command', function () {
  this.timeout(10_000);
  let server: Server;
  let handler: Handler;
  let url: string;
  let requests: string[];
  const sockets = new Set<Socket>();

  before(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      handler(req, res);
    });
    server.on('connection', (s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  beforeEach(() => {
    requests = [];
  });

  after(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  function watch(
    flags: Partial<WatchFlags> = {},
    stop = new AbortController().signal,
    path = '/toaster:toaster',
  ): { out: Captured; code: Promise<number> } {
    const out = capture();
    return { out, code: watchCommand(out.io, path, { url, ...flags }, stop) };
  }

  it('asks for the stream of the path and datastore, and prints events in order across split chunks', async () => {
    handler = (_req, res) => {
      sseHead(res);
      const text = INITIAL + ': heartbeat\n\n' + CHANGE_1 + event('close', 2, { reason: 'bye' });
      // Cut inside lines and inside the UTF-8 of nothing in particular: every 7 bytes.
      let at = 0;
      const timer = setInterval(() => {
        res.write(text.slice(at, at + 7));
        at += 7;
        if (at >= text.length) {
          clearInterval(timer);
          res.end();
        }
      }, 1);
    };
    const { out, code } = watch(
      { datastore: 'operational' },
      undefined,
      '/opendaylight-inventory:nodes/node=a%2Fb',
    );
    assert.equal(await code, 3, out.stderr);
    assert.deepEqual(requests, [
      '/rests/streams/data-change?path=%2Fopendaylight-inventory%3Anodes%2Fnode%3Da%252Fb&datastore=operational',
    ]);
    assert.equal(
      out.stdout,
      '2025-01-01T00:00:00.000Z initial /toaster:toaster (absent)\n' +
        '2025-01-01T00:00:01.000Z create /toaster:toaster {}\n',
    );
    assert.equal(out.stderr, 'canopy: the member closed the stream: bye\n');
  });

  it('stopping (Ctrl-C) closes the connection and exits 0 without a message', async () => {
    let closed!: () => void;
    const serverSawClose = new Promise<void>((resolve) => (closed = resolve));
    handler = (_req, res) => {
      sseHead(res);
      res.write(INITIAL);
      res.on('close', closed);
    };
    const stop = new AbortController();
    const { out, code } = watch({ json: true }, stop.signal);
    while (out.stdout === '') await new Promise((r) => setTimeout(r, 5));
    stop.abort();
    assert.equal(await code, 0);
    await serverSawClose;
    assert.equal(out.stderr, '');
    assert.deepEqual(JSON.parse(out.stdout), {
      event: 'initial-data',
      eventTime: '2025-01-01T00:00:00.000Z',
      datastore: 'config',
      path: '/toaster:toaster',
      edits: [],
    });
  });

  it('stopped before the stream opens, it exits 0', async () => {
    handler = () => {
      // Never answers.
    };
    const stop = new AbortController();
    const { code } = watch({}, stop.signal);
    setTimeout(() => stop.abort(), 50);
    assert.equal(await code, 0);
  });

  it('a member that cuts the stream off for reading too slowly: exit 1 with its reason', async () => {
    handler = (_req, res) => {
      sseHead(res);
      res.end(INITIAL + event('overflow', 1, { reason: 'the client read too slowly' }));
    };
    const { out, code } = watch();
    assert.equal(await code, 1);
    assert.equal(
      out.stderr,
      'canopy: the member ended the stream, changes were missed: the client read too slowly\n',
    );
  });

  it('a connection lost mid-event: exit 3 saying so, and the partial event is not printed', async () => {
    let response: ServerResponse | undefined;
    handler = (_req, res) => {
      sseHead(res);
      res.write(INITIAL + 'event: data-change\nid: 1\ndata: {"edi');
      response = res;
    };
    const { out, code } = watch();
    // Cut the connection once the client has shown it read the stream up to the partial event.
    while (out.stdout === '') await new Promise((r) => setTimeout(r, 5));
    response?.socket?.destroy();
    assert.equal(await code, 3, out.stderr);
    assert.match(out.stderr, /^canopy: the connection to http:\S+ was lost: /);
    assert.equal(out.stdout.split('\n').length, 2, out.stdout);
  });

  it('a stream that ends without a final event: exit 3', async () => {
    handler = (_req, res) => {
      sseHead(res);
      res.end(INITIAL);
    };
    const { out, code } = watch();
    assert.equal(await code, 3);
    assert.match(out.stderr, /ended the stream .* without a final event/);
  });

  it('an event the client cannot read: exit 1 naming it', async () => {
    handler = (_req, res) => {
      sseHead(res);
      res.write('event: data-change\ndata: not json\n\n');
    };
    const { out, code } = watch();
    assert.equal(await code, 1);
    assert.match(
      out.stderr,
      /^canopy: the member sent an event canopy cannot read: the data-change event is not JSON/,
    );
  });

  it('a RESTCONF error instead of a stream: exit 1 with its error line', async () => {
    handler = (_req, res) => {
      res.writeHead(400, { 'Content-Type': 'application/yang-data+json' });
      res.end(
        JSON.stringify({
          'ietf-restconf:errors': {
            error: [
              {
                'error-type': 'protocol',
                'error-tag': 'invalid-value',
                'error-message': 'unknown node',
              },
            ],
          },
        }),
      );
    };
    const { out, code } = watch();
    assert.equal(await code, 1);
    assert.equal(out.stderr, 'invalid-value: unknown node\n');
  });

  it('a success that is not an event stream: exit 1 naming what came', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html></html>');
    };
    const { out, code } = watch();
    assert.equal(await code, 1);
    assert.match(out.stderr, /answered 200 with text\/html, not text\/event-stream/);
  });

  it('no answer within --timeout-ms: exit 3; once open, the stream outlives the timeout', async () => {
    handler = () => {
      // Never answers.
    };
    const silent = watch({ timeoutMs: '100' });
    assert.equal(await silent.code, 3);
    assert.match(silent.out.stderr, /no answer from \S+ within 100 ms/);

    handler = (_req, res) => {
      sseHead(res);
      res.write(INITIAL);
      setTimeout(() => res.end(CHANGE_1 + event('close', 2, { reason: 'bye' })), 1_300);
    };
    // The stream must open within the timeout (generous: the machine may be loaded) and then live
    // past it.
    const slow = watch({ timeoutMs: '1000' });
    assert.equal(await slow.code, 3, slow.out.stderr);
    assert.equal(slow.out.stdout.split('\n').length, 3, `stdout: ${slow.out.stdout}`);
    assert.match(slow.out.stderr, /closed the stream: bye/);
  });

  it('--datastore other than config or operational is a usage error', async () => {
    const { out, code } = watch({ datastore: 'running' });
    assert.equal(await code, 2);
    assert.match(out.stderr, /--datastore expects config or operational, got "running"/);
    assert.deepEqual(requests, []);
  });
});
