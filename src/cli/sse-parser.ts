/**
 * An incremental parser of server-sent events (the HTML standard's "event stream interpretation"), for
 * `canopy watch`. Text goes in as it arrives, in chunks cut anywhere (inside a line, between the CR
 * and LF of a CRLF); complete events come out, in order. Pure: no I/O, no clocks.
 *
 * Rules kept from the standard: lines end with CRLF, LF or CR; a line starting with `:` is a comment
 * (the member's heartbeat); `field: value` loses one space after the colon; `data` lines join with LF;
 * a blank line dispatches the event if it has data (an event without data lines is dropped), its type
 * `message` unless an `event` line named one; `id` is kept as the last event id; `retry` and unknown
 * fields are ignored; a leading byte-order mark is skipped. Text after the last blank line is an
 * incomplete event and is never dispatched.
 */

/** One dispatched event. */
export interface SseEvent {
  /** The `event` field, `message` when none was given. */
  readonly type: string;
  /** The `data` lines joined with LF. */
  readonly data: string;
  /** The last `id` seen so far in the stream (the standard's "last event ID"), `''` when none. */
  readonly lastEventId: string;
}

export class SseParser {
  /** Text of a line not yet ended. */
  private pending = '';
  /** The previous chunk ended with CR: a LF at the start of the next one belongs to it. */
  private afterCr = false;
  private started = false;
  private type = '';
  private data: string[] = [];
  private lastEventId = '';

  /** Feeds `text`; returns the events it completed, in stream order. */
  push(text: string): SseEvent[] {
    let chunk = text;
    if (!this.started && chunk !== '') {
      this.started = true;
      if (chunk.startsWith('\uFEFF')) chunk = chunk.slice(1);
    }
    if (this.afterCr && chunk.startsWith('\n')) chunk = chunk.slice(1);
    this.afterCr = false;
    const events: SseEvent[] = [];
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      const line = this.pending + chunk.slice(start, i);
      this.pending = '';
      if (c === 13) {
        if (i + 1 === chunk.length) this.afterCr = true;
        else if (chunk.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
      const event = this.line(line);
      if (event !== undefined) events.push(event);
    }
    this.pending += chunk.slice(start);
    return events;
  }

  private line(line: string): SseEvent | undefined {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.type = value;
        break;
      case 'data':
        this.data.push(value);
        break;
      case 'id':
        if (!value.includes('\0')) this.lastEventId = value;
        break;
      default:
        // `retry` (reconnection time) and unknown fields: canopy watch does not reconnect.
        break;
    }
    return undefined;
  }

  private dispatch(): SseEvent | undefined {
    const data = this.data;
    const type = this.type;
    this.data = [];
    this.type = '';
    if (data.length === 0) return undefined;
    return {
      type: type === '' ? 'message' : type,
      data: data.join('\n'),
      lastEventId: this.lastEventId,
    };
  }
}
