/**
 * A small server-sent-events client for the stream tests: fetch with a streaming body, parsed into
 * events (`event`, `id`, `data` as JSON) as the WHATWG EventSource does, without reconnection. `next()`
 * waits for the next whole event; `rest()` reads to the end of the stream.
 */
export interface SseEvent {
  readonly event: string | undefined;
  readonly id: string | undefined;
  readonly data: unknown;
}

export class SseClient {
  readonly status: number;
  readonly contentType: string | null;
  private readonly reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  private readonly controller: AbortController;
  private readonly decoder = new TextDecoder();
  private buffer = '';
  private readonly queued: SseEvent[] = [];
  private ended = false;

  private constructor(res: Response, controller: AbortController) {
    this.status = res.status;
    this.contentType = res.headers.get('content-type');
    this.reader = res.body?.getReader();
    this.controller = controller;
  }

  /** Opens `url`; check `status` before reading events. */
  static async open(url: string): Promise<SseClient> {
    const controller = new AbortController();
    const res = await fetch(url, {
      headers: { accept: 'text/event-stream' },
      signal: controller.signal,
    });
    return new SseClient(res, controller);
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
    this.controller.abort();
  }

  private async read(): Promise<SseEvent | undefined> {
    for (;;) {
      const queued = this.queued.shift();
      if (queued !== undefined) {
        return queued;
      }
      if (this.ended || this.reader === undefined) {
        return undefined;
      }
      const { done, value } = await this.reader.read();
      if (done) {
        this.ended = true;
        continue;
      }
      this.buffer += this.decoder.decode(value, { stream: true });
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
