/**
 * `canopy watch PATH`: prints each change of the subtree at PATH as it arrives, until stopped. It reads
 * the member's data-change event stream (`GET /rests/streams/data-change?path=...&datastore=...`,
 * docs/API.md "Event streams"): first the subtree as it is, then one event per commit that changed it,
 * in commit order; watch-format.ts prints them (readable lines, or JSON Lines with `--json`).
 *
 * How it ends, and its exit code:
 * - `stop` aborts (main.ts aborts it on SIGINT or SIGTERM, and when standard output is closed, as by
 *   `| head`): the connection closes and the command exits 0, no message.
 * - The member ends the stream with `close` (it is shutting down) or the connection is lost (it was
 *   killed, the network failed) or the stream ends without a final event: exit 3, saying so.
 * - The member ends the stream with `overflow` (this client read too slowly and missed changes):
 *   exit 1 with the member's reason; run watch again to resynchronise from the initial data.
 * - The stream cannot open: the usual client errors (1 a RESTCONF error such as an unknown path, 2 a
 *   usage error, 3 no member). `--timeout-ms` bounds only the wait for the stream to open.
 * Events of other types (a newer member's) are skipped.
 */
import { clientOptions, EXIT, run, type CliIo, type ClientFlags } from './client-commands.js';
import {
  ConnectError,
  dataChangeStreamUrl,
  openEventStream,
  UsageError,
  type StreamDatastore,
} from './restconf-client.js';
import { SseParser, type SseEvent } from './sse-parser.js';
import {
  formatJsonLine,
  formatReadable,
  isDataChangeType,
  parseDataChangeEvent,
  type DataChangeEvent,
} from './watch-format.js';

/** The options of `canopy watch`. */
export interface WatchFlags extends ClientFlags {
  /** `config` (default) or `operational`. */
  readonly datastore?: string | undefined;
  /** Print JSON Lines instead of readable lines. */
  readonly json?: boolean | undefined;
}

/** Runs `canopy watch PATH` until `stop` aborts or the stream ends; resolves with the exit code. */
export function watchCommand(
  io: CliIo,
  path: string,
  flags: WatchFlags,
  stop: AbortSignal,
): Promise<number> {
  return run(io, async () => {
    const datastore = parseDatastore(flags.datastore);
    const options = await clientOptions(io, flags);
    const url = dataChangeStreamUrl(options.baseUrl, path, datastore);
    const chunks = await openEventStream(options, url, stop);
    const parser = new SseParser();
    for await (const text of chunks) {
      for (const event of parser.push(text)) {
        if (stop.aborted) return EXIT.ok;
        const code = handleEvent(io, event, url, flags.json === true);
        if (code !== undefined) return code;
      }
    }
    if (stop.aborted) return EXIT.ok;
    throw new ConnectError(
      url,
      `the member ended the stream ${url} without a final event (did it stop or crash?)`,
    );
  });
}

/** Prints a data event; for an event that ends the stream, returns the exit code or throws. */
function handleEvent(io: CliIo, event: SseEvent, url: string, json: boolean): number | undefined {
  if (isDataChangeType(event.type)) {
    let change: DataChangeEvent;
    try {
      change = parseDataChangeEvent(event);
    } catch (e) {
      // The member sent what it documents it never sends: say so plainly, as a failure.
      io.stderr(`canopy: the member sent an event canopy cannot read: ${(e as Error).message}\n`);
      return EXIT.failed;
    }
    io.stdout(json ? formatJsonLine(change) : formatReadable(change));
    return undefined;
  }
  switch (event.type) {
    case 'close':
      throw new ConnectError(url, `the member closed the stream: ${reasonOf(event)}`);
    case 'overflow':
      io.stderr(`canopy: the member ended the stream, changes were missed: ${reasonOf(event)}\n`);
      return EXIT.failed;
    default:
      return undefined;
  }
}

function reasonOf(event: SseEvent): string {
  try {
    const data = JSON.parse(event.data) as { reason?: unknown } | null;
    if (typeof data?.reason === 'string') return data.reason;
  } catch {
    // Not JSON: the raw text is the best account there is.
  }
  return event.data === '' ? '(no reason given)' : event.data;
}

function parseDatastore(text: string | undefined): StreamDatastore {
  const datastore = text ?? 'config';
  if (datastore !== 'config' && datastore !== 'operational') {
    throw new UsageError(
      `--datastore expects config or operational, got ${JSON.stringify(datastore)}`,
    );
  }
  return datastore;
}
