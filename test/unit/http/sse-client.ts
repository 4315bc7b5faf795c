/**
 * A small server-sent-events client for the stream tests: one node:http request on its own connection
 * (no agent: a disconnect closes exactly that socket, and no pooled connection outlives the test),
 * parsed into events (`event`, `id`, `data` as JSON) as the WHATWG EventSource does, without
 * reconnection. `next()` waits for the next whole event; `rest()` reads to the end of the stream.
 */
import { request, type ClientRequest, type IncomingMessage } from 'node:http';

export interface SseEvent {
  readonly event: string | undefined;
  readonly id: string | undefined;
  readonly data: unknown;
}

export class SseClient {
  readonly status: number;
  readonly contentType: string | undefined;
  private readonly req: ClientRequest;
  private readonly chunks: AsyncIterator<Buffer>;
  private readonly decoder = new TextDecoder();
  private buffer = '';
  private readonly queued: SseEvent[] = [];
  private ended = false;

  private constructor(req: ClientRequest, res: IncomingMessage) {
    this.req = req;
    this.status = res.statusCode ?? 0;
    this.contentType = res.headers['content-type'];
    this.chunks = (res as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  }

  /** Opens `url`; check `status` before reading events. */
  static open(url: string): Promise<SseClient> {
    return new Promise((resolve, reject) => {
      const req = request(url, { agent: false, headers: { accept: 'text/event-stream' } }, (res) =>
        resolve(new SseClient(req, res)),
      );
      req.once('error', reject);
      req.end();
    });
  }

  /** The next event; rejects when the stream ends first. */
  async next(): Promise<SseEvent> {
    const event = await this.read();
    if (event === undefined) {
      throw new Error('the event stream ended');
    }
    return event;
  }

  /** Every remaining event, up to the end of the stream. */
  async rest(): Promise<SseEvent[]> {
    const events: SseEvent[] = [];
    for (let e = await this.read(); e !== undefined; e = await this.read()) {
      events.push(e);
    }
    return events;
  }

  /** Disconnects. */
  close(): void {
    this.req.destroy();
  }

  private async read(): Promise<SseEvent | undefined> {
    for (;;) {
      const queued = this.queued.shift();
      if (queued !== undefined) {
        return queued;
      }
      if (this.ended) {
        return undefined;
      }
      const chunk: IteratorResult<Buffer> = await this.chunks.next();
      if (chunk.done === true) {
        this.ended = true;
        continue;
      }
      this.buffer += this.decoder.decode(chunk.value, { stream: true });
      this.parse();
    }
  }

  private parse(): void {
    for (let end = this.buffer.indexOf('\n\n'); end >= 0; end = this.buffer.indexOf('\n\n')) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const event = parseBlock(block);
      if (event !== undefined) {
        this.queued.push(event);
      }
    }
  }
}

/** One event block; undefined for a comment-only block (heartbeats). */
export function parseBlock(block: string): SseEvent | undefined {
  let event: string | undefined;
  let id: string | undefined;
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) {
      continue;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') {
      event = value;
    } else if (field === 'id') {
      id = value;
    } else if (field === 'data') {
      data.push(value);
    }
  }
  if (data.length === 0) {
    return undefined;
  }
  return { event, id, data: JSON.parse(data.join('\n')) as unknown };
}
