/**
 * The simulator's trace: one line per thing that happened, in the compact form
 * `time  node  event  detail` (docs/TESTING.md explains the columns). It keeps the last lines in a ring
 * for failure reports, optionally streams every line to a sink (`--trace`), and folds every line into a
 * running FNV-1a checksum: two runs of one seed are identical exactly when their trace hashes are.
 *
 * It must stay cheap: lines are built only when someone will see them or the hash needs them, which is
 * always, so callers keep details short.
 */
/** FNV-1a over the UTF-16 code units of `text`, continuing from `hash`: cheap, and enough to compare runs. */
export function fnv1a(text: string, hash = 0x811c9dc5): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Trace {
  private readonly ring: string[];
  private next = 0;
  private count = 0;
  private crc = 0x811c9dc5;
  private readonly sink: ((line: string) => void) | undefined;

  /** `keep`: lines kept for failure reports; `sink`: receives every line as it is written. */
  constructor(keep: number, sink?: (line: string) => void) {
    this.ring = new Array<string>(Math.max(1, keep));
    this.sink = sink;
  }

  /** Records one event. `node` is a member id, a client (`c3`), or `-` for the world. */
  add(time: number, node: string, event: string, detail = ''): void {
    const line = `${String(time).padStart(7)} ${node.padEnd(4)} ${event.padEnd(14)} ${detail}`;
    this.ring[this.next] = line;
    this.next = (this.next + 1) % this.ring.length;
    this.count++;
    this.crc = fnv1a(line, this.crc);
    this.sink?.(line);
  }

  /** Lines written so far. */
  get length(): number {
    return this.count;
  }

  /** A checksum over every line written, as hex. */
  hash(): string {
    return `${(this.crc >>> 0).toString(16).padStart(8, '0')}:${this.count}`;
  }

  /** The last `n` lines (at most what the ring keeps), oldest first. */
  tail(n = this.ring.length): string[] {
    const size = Math.min(this.count, this.ring.length, n);
    const out: string[] = [];
    for (let i = size; i > 0; i--) {
      out.push(this.ring[(this.next - i + this.ring.length) % this.ring.length]!);
    }
    return out;
  }
}
