/**
 * The workload of the crash-safety test (test/integration/crash-safety.test.ts) and its checker, after
 * FoundationDB's workloads (setup, run, check): proc-crash-writer.ts runs the writers in a child
 * process; this file names them, says what each commit writes, and checks a recovered state against
 * what was acknowledged. Pure: no I/O, so the checker is first shown to catch planted bugs
 * (test/unit/cli/crash-check.test.ts).
 *
 * Writers (each commits in a loop, one commit in flight, counter n = 1, 2, ...):
 * - `s0`..`s3`, single-shard (inventory): node `sI` with description n and three node-connectors
 *   `sI-c1..3` named n: several leaves of one transaction, all or none.
 * - `t0`, single-shard (topology): node `t0` of topology `crash` with termination points `n-a`, `n-b`.
 * - `m0`, `m1`, multi-shard: inventory node `mJ` with description n AND topology node `mJ` with one
 *   termination point `n`; `m0` also sets the toaster's darknessFactor to n (three shards at once).
 *
 * Invariants checked: every acknowledged commit is present (a writer's recovered n is at least its last
 * acknowledged n, less `ackSlackPerWriter` when the test cut the journal's last batch); counters never
 * go backwards across restarts; no partial transaction (a single writer's leaves agree; a multi-shard
 * writer's token is the same in every shard, or absent from all).
 */

export const SINGLE_WRITERS = ['s0', 's1', 's2', 's3'] as const;
export const TOPOLOGY_WRITERS = ['t0'] as const;
export const MULTI_WRITERS = ['m0', 'm1'] as const;
export const ALL_WRITERS: readonly string[] = [
  ...SINGLE_WRITERS,
  ...TOPOLOGY_WRITERS,
  ...MULTI_WRITERS,
];
/** The multi-shard writer that also writes the toaster shard. */
export const TOASTER_WRITER = 'm0';
export const CRASH_TOPOLOGY = 'crash';

/** What the writer reads back after recovery (the config datastore), reduced to what is checked. */
export interface CrashState {
  /** Inventory nodes by id: description and node-connectors (id -> name). */
  readonly inventory: Readonly<
    Record<string, { description?: string | undefined; connectors: Record<string, string> }>
  >;
  /** Topology `crash` nodes by id: their termination point ids, sorted. */
  readonly topology: Readonly<Record<string, readonly string[]>>;
  /** The toaster's darknessFactor, when the toaster exists in the config datastore. */
  readonly darkness: number | undefined;
}

/** Per writer: the counter value. */
export type Counters = Readonly<Record<string, number>>;

export interface CheckInput {
  readonly state: CrashState;
  /** The counters recovered at the previous start (0 when absent). */
  readonly baseline: Counters;
  /** The highest acknowledged counter per writer so far (0 when none). */
  readonly acked: Counters;
  /** How many of its last acknowledged commits a writer may lose (0 unless the journal was cut). */
  readonly ackSlackPerWriter: number;
}

export interface CheckResult {
  /** Human-readable violations; empty when the state is good. */
  readonly violations: string[];
  /** The recovered counter per writer (0 when absent): the next baseline. */
  readonly recovered: Record<string, number>;
}

function parseCounter(text: string | undefined): number | undefined {
  if (text === undefined || !/^[1-9][0-9]*$/.test(text)) return undefined;
  return Number(text);
}

/** Recovered counter of a single-shard inventory writer, or a violation. */
function singleWriter(state: CrashState, w: string, bad: string[]): number {
  const node = state.inventory[w];
  if (node === undefined) return 0;
  const n = parseCounter(node.description);
  if (n === undefined) {
    bad.push(`${w}: description ${JSON.stringify(node.description)} is not a counter`);
    return 0;
  }
  const ids = Object.keys(node.connectors).sort();
  const expected = [`${w}-c1`, `${w}-c2`, `${w}-c3`];
  if (JSON.stringify(ids) !== JSON.stringify(expected)) {
    bad.push(
      `${w}: partial transaction: connectors ${ids.join(',')} (expected ${expected.join(',')})`,
    );
  }
  for (const [id, name] of Object.entries(node.connectors)) {
    if (name !== String(n)) {
      bad.push(`${w}: partial transaction: description ${n} but connector ${id} named ${name}`);
    }
  }
  return n;
}

function topologyWriter(state: CrashState, w: string, bad: string[]): number {
  const tps = state.topology[w];
  if (tps === undefined) return 0;
  const n = parseCounter(tps[0]?.replace(/-a$/, ''));
  if (n === undefined || JSON.stringify(tps) !== JSON.stringify([`${n}-a`, `${n}-b`])) {
    bad.push(`${w}: partial transaction: termination points ${JSON.stringify(tps)}`);
    return n ?? 0;
  }
  return n;
}

function multiWriter(state: CrashState, w: string, bad: string[]): number {
  const inv = state.inventory[w];
  const tps = state.topology[w];
  const parts: [string, number | undefined][] = [
    ['inventory', inv === undefined ? undefined : (parseCounter(inv.description) ?? -1)],
    [
      'topology',
      tps === undefined ? undefined : tps.length === 1 ? (parseCounter(tps[0]) ?? -1) : -1,
    ],
  ];
  if (w === TOASTER_WRITER) parts.push(['toaster', state.darkness]);
  const present = parts.filter(([, v]) => v !== undefined);
  if (present.length === 0) return 0;
  const values = new Set(present.map(([, v]) => v));
  if (present.length !== parts.length || values.size !== 1 || values.has(-1)) {
    bad.push(
      `${w}: multi-shard transaction not all-or-nothing: ${parts
        .map(([shard, v]) => `${shard}=${v === undefined ? 'absent' : String(v)}`)
        .join(' ')}`,
    );
  }
  return Math.max(0, ...present.map(([, v]) => v ?? 0));
}

/** Checks a recovered state; see the file comment for the invariants. */
export function checkCrashState(input: CheckInput): CheckResult {
  const bad: string[] = [];
  const recovered: Record<string, number> = {};
  for (const w of SINGLE_WRITERS) recovered[w] = singleWriter(input.state, w, bad);
  for (const w of TOPOLOGY_WRITERS) recovered[w] = topologyWriter(input.state, w, bad);
  for (const w of MULTI_WRITERS) recovered[w] = multiWriter(input.state, w, bad);
  for (const w of ALL_WRITERS) {
    const n = recovered[w] ?? 0;
    const acked = input.acked[w] ?? 0;
    const base = input.baseline[w] ?? 0;
    if (n < acked - input.ackSlackPerWriter) {
      bad.push(`${w}: acknowledged commit ${acked} is lost: recovered ${n}`);
    }
    if (n < base) {
      bad.push(`${w}: counter went backwards: ${base} at the previous start, ${n} now`);
    }
  }
  const known = new Set<string>(ALL_WRITERS);
  for (const id of [...Object.keys(input.state.inventory), ...Object.keys(input.state.topology)]) {
    if (!known.has(id)) bad.push(`unexpected node ${id}: nobody writes it`);
  }
  return { violations: bad, recovered };
}
