/**
 * The load generator of the peer benchmark (peer.ts): N HTTP/1.1 keep-alive connections, each with
 * exactly one request in flight (no pipelining), sending the next request as soon as the previous
 * response is complete, for a fixed time. Every server under test gets the same code path: only the
 * request bytes and the success check differ.
 *
 * It is a minimal client over `node:net` on purpose: on a 2-core machine the client shares the CPU
 * with the server, and a full client (node:http, fetch) costs several times the CPU per request of
 * this one, which would lower every server's throughput alike and hide the differences being
 * measured. It speaks just what the servers send: a status line, headers, and a body framed by
 * Content-Length or chunked transfer coding; a response that closes the connection, or one it
 * cannot frame, fails the run (a keep-alive benchmark that silently reconnects measures the wrong
 * thing). Benchmarks only; never part of npm test.
 */
import { connect, type Socket } from 'node:net';

/** What the load generator sends to one server, and how it knows a response is a success. */
export interface LoadTarget {
  readonly name: string;
  readonly host: string;
  readonly port: number;
  /** The bytes of request number `n` (a whole HTTP/1.1 request). */
  request(n: number): Buffer;
  /** Throws when the response to request `n` is not the expected success. */
  check(status: number, body: Buffer, n: number): void;
}

export interface LoadOptions {
  /** Connections, each with one request in flight. */
  readonly inflight: number;
  readonly durationMs: number;
  /** The number of the first request (requests are numbered across runs so keys keep cycling). */
  readonly firstRequest: number;
  /** Stop after this many requests even if time remains (a prefill). */
  readonly requestsMax?: number | undefined;
}

export interface LoadResult {
  readonly requests: number;
  readonly elapsedMs: number;
  /** One latency per request, send to last response byte, in microseconds (unsorted). */
  readonly latenciesMicros: Float64Array;
}

interface Response {
  readonly status: number;
  readonly body: Buffer;
}

const CRLF2 = Buffer.from('\r\n\r\n');

/** One keep-alive connection with at most one request in flight. */
class Connection {
  private readonly socket: Socket;
  private buffer: Buffer = Buffer.alloc(0);
  private pending: { resolve: (r: Response) => void; reject: (e: Error) => void } | undefined;
  private failure: Error | undefined;

  private constructor(socket: Socket) {
    this.socket = socket;
    socket.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.parse();
    });
    socket.on('error', (error) => {
      this.fail(error);
    });
    socket.on('close', () => {
      this.fail(new Error('the server closed a keep-alive connection'));
    });
  }

  static open(host: string, port: number): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host, port, noDelay: true });
      socket.once('connect', () => {
        socket.removeListener('error', reject);
        resolve(new Connection(socket));
      });
      socket.once('error', reject);
    });
  }

  send(request: Buffer): Promise<Response> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.socket.write(request);
    });
  }

  close(): void {
    this.socket.removeAllListeners('close');
    this.socket.destroy();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const pending = this.pending;
    this.pending = undefined;
    pending?.reject(error);
  }

  private parse(): void {
    const end = this.buffer.indexOf(CRLF2);
    if (end < 0) return;
    const head = this.buffer.toString('latin1', 0, end);
    const lines = head.split('\r\n');
    const status = Number(lines[0]!.split(' ')[1]);
    let length: number | undefined;
    let chunked = false;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === 'content-length') length = Number(value);
      else if (name === 'transfer-encoding') chunked = value.toLowerCase().includes('chunked');
      else if (name === 'connection' && value.toLowerCase() === 'close') {
        this.fail(new Error(`the server answered with Connection: close (status ${status})`));
        return;
      }
    }
    const start = end + 4;
    let body: Buffer;
    let consumed: number;
    if (status === 204 || status === 304 || (length === undefined && !chunked)) {
      if (length === undefined && !chunked && status !== 204 && status !== 304) {
        this.fail(
          new Error(`a response without Content-Length or chunked body (status ${status})`),
        );
        return;
      }
      body = Buffer.alloc(0);
      consumed = start;
    } else if (length !== undefined) {
      if (this.buffer.length < start + length) return;
      body = this.buffer.subarray(start, start + length);
      consumed = start + length;
    } else {
      const framed = dechunk(this.buffer, start);
      if (framed === undefined) return;
      body = framed.body;
      consumed = framed.end;
    }
    this.buffer = this.buffer.subarray(consumed);
    const pending = this.pending;
    this.pending = undefined;
    pending?.resolve({ status, body });
  }
}

/** The body of a chunked message starting at `from`, and where it ends; undefined if incomplete. */
function dechunk(buffer: Buffer, from: number): { body: Buffer; end: number } | undefined {
  const parts: Buffer[] = [];
  let at = from;
  for (;;) {
    const lineEnd = buffer.indexOf('\r\n', at, 'latin1');
    if (lineEnd < 0) return undefined;
    const size = parseInt(buffer.toString('latin1', at, lineEnd).split(';')[0]!, 16);
    if (Number.isNaN(size)) throw new Error('a malformed chunk size');
    at = lineEnd + 2;
    if (size === 0) {
      // No trailers are expected: the last chunk is followed by an empty line.
      if (buffer.length < at + 2) return undefined;
      return { body: Buffer.concat(parts), end: at + 2 };
    }
    if (buffer.length < at + size + 2) return undefined;
    parts.push(buffer.subarray(at, at + size));
    at += size + 2;
  }
}

/**
 * Runs `options.inflight` connections against `target` for `options.durationMs` (or until
 * `requestsMax` requests), each awaiting its response before sending the next; rejects on the
 * first failed request.
 */
export async function runLoad(target: LoadTarget, options: LoadOptions): Promise<LoadResult> {
  const connections = await Promise.all(
    Array.from({ length: options.inflight }, () => Connection.open(target.host, target.port)),
  );
  const latencies: number[] = [];
  let next = options.firstRequest;
  const last = options.firstRequest + (options.requestsMax ?? Number.MAX_SAFE_INTEGER);
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(options.durationMs * 1e6));
  const worker = async (connection: Connection): Promise<void> => {
    while (next < last && process.hrtime.bigint() < deadline) {
      const n = next++;
      const sent = process.hrtime.bigint();
      const response = await connection.send(target.request(n));
      latencies.push(Number(process.hrtime.bigint() - sent) / 1000);
      target.check(response.status, response.body, n);
    }
  };
  try {
    await Promise.all(connections.map(worker));
  } finally {
    for (const c of connections) c.close();
  }
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  return {
    requests: latencies.length,
    elapsedMs,
    latenciesMicros: Float64Array.from(latencies),
  };
}
