/**
 * Prometheus metrics of one member: the ports the shells record through (`ShardMetrics`,
 * `JournalMetrics`, `HttpMetrics`) and their prom-client implementation, `PrometheusMetrics`, which
 * `/metrics` scrapes. The only importer of prom-client.
 *
 * Invariants:
 * - Recording is cheap and allocates nothing once a series exists: a shell holds a cell bound to its
 *   labels (one per shard replica, made once when the shard starts) and bumps plain numbers in it. A
 *   prom-client child costs 1.4 µs per counter increment and 2.8 µs per histogram observation on the
 *   2-core machine of docs/PERFORMANCE.md (it hashes the label values on every call); a cell costs a
 *   few nanoseconds. The cells become prom-client metrics only when scraped: counters and gauges
 *   through prom-client's `collect` hook, histograms through a collector of ours registered in the
 *   same Registry (prom-client has no way to set a histogram's buckets).
 * - One Registry per member, never prom-client's global one: two members in one process (tests, an
 *   embedding application) keep separate metrics. Node's process metrics (`collectDefaultMetrics`)
 *   are registered on it too.
 * - Label values come from bounded sets only: shard and datastore names of the configuration, error
 *   codes (docs/API.md), HTTP methods, statuses and route templates (`/rests/data`, never a full
 *   path), so the number of series stays bounded whatever the clients send.
 * - Pure cores never see this module: shells receive a port through their constructor, and a shell
 *   given none records nothing (tests and embedded users need not care).
 *
 * Gauges that a member's status already holds (journal and snapshot sizes, commit index, queue
 * length) are read from it at scrape time (`watchStatus`), so they cost nothing between scrapes.
 */
import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Registry,
  type Metric,
  type MetricObjectWithValues,
  type MetricValueWithName,
} from 'prom-client';
import { CanopyError } from '../util/errors.js';

/** What a shard replica's shell records: one per replica, bound to its shard and datastore labels. */
export interface ShardMetrics {
  /**
   * A transaction committed on this shard; `seconds` from handing its commit request to the shard
   * until the shard answered (queue wait, validation, journal fsync, apply).
   */
  committed(seconds: number): void;
  /**
   * A transaction this shard refused to commit (any phase), with the error it answered: counted by
   * the error's `code` (`optimistic-lock-failed` is a conflict), `internal` when it has none.
   */
  aborted(error: unknown): void;
}

/** What the journal's group commit records. */
export interface JournalMetrics {
  /**
   * A LevelDB batch merging `writes` writes was written in `seconds`; `synced` when it was written
   * with sync (then `seconds` is the fsync latency a commit waits for).
   */
  batchWritten(writes: number, synced: boolean, seconds: number): void;
}

/** What the RESTCONF server records. */
export interface HttpMetrics {
  /**
   * One request answered: `route` is the route template (`/rests/data`), never the request's path;
   * `seconds` from its arrival until the response was sent.
   */
  request(method: string, route: string, status: number, seconds: number): void;
  /** Reads the number of open event streams at every scrape. */
  watchEventStreams(openCount: () => number): void;
}

/** The ports a member's shells record through; `PrometheusMetrics` implements them. */
export interface MemberMetrics {
  /** The cell of one shard replica (the same cell for the same labels). */
  shard(shard: string, datastore: string): ShardMetrics;
  readonly journal: JournalMetrics;
  readonly http: HttpMetrics;
}

/** What `/metrics` serves: the exposition and its content type. */
export interface MetricsEndpoint {
  /** `text/plain; version=0.0.4; charset=utf-8` (the Prometheus text format). */
  readonly contentType: string;
  /** Every metric in the Prometheus text format, with the watched status read now. */
  scrape(): Promise<string>;
}

/** The part of one shard replica's status that becomes gauges (ShardStatus has these fields). */
export interface ShardStatusView {
  readonly shard: string;
  readonly datastore: string;
  readonly state: string;
  readonly commitIndex: number;
  readonly journalFirstIndex: number;
  readonly journalLastIndex: number;
  readonly journalBytesSinceSnapshot: number;
  readonly snapshotBytes: number;
  readonly treeNodes: number;
  readonly queueLength: number;
  readonly inDoubt: number;
}

/** The part of a member's status that becomes gauges (the `canopy status` report has these). */
export interface MemberStatusView {
  readonly shards: readonly ShardStatusView[];
  /** The journal's group-commit counters; absent when no datastore is persistent. */
  readonly journal?: { readonly bytes: number } | undefined;
}

/** One member of the cluster as metrics see it (src/cluster's MemberView has these). */
export interface ClusterMemberView {
  readonly member: string;
  /** `up`, `unreachable`, `down` or `removed`. */
  readonly state: string;
  readonly phi: number;
}

/** The states a member may be in, one series each (a Prometheus state set). */
const CLUSTER_MEMBER_STATES = ['up', 'unreachable', 'down', 'removed'] as const;

/** One peer of the member-to-member transport as metrics see it (src/cluster's PeerStats has these). */
export interface TransportPeerView {
  readonly member: string;
  readonly state: string;
  readonly bytesSent: number;
  readonly framesSent: number;
  readonly bytesReceived: number;
  readonly framesReceived: number;
  readonly messagesSent: number;
  readonly messagesReceived: number;
  readonly messagesRefused: number;
  readonly connects: number;
  readonly queueBytes: number;
  readonly queueMessages: number;
}

/** The shard states `canopy_shard_state` reports (ShardState of src/shard). */
const SHARD_STATES = ['recovering', 'running', 'closing', 'stopped'] as const;

/**
 * Upper bounds of the duration histograms, in seconds: 100 µs (an in-memory commit, a GET) to 10 s
 * (a commit stuck behind a slow disk), about three per decade.
 */
export const DURATION_BUCKETS_SECONDS: readonly number[] = Object.freeze([
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
]);

/** Upper bounds of the writes merged into one journal batch: powers of two up to 4096. */
export const BATCH_WRITES_BUCKETS: readonly number[] = Object.freeze(
  Array.from({ length: 13 }, (_, i) => 2 ** i),
);

/** The code an error is counted under: its CanopyError code, else `internal`. */
export function errorCode(error: unknown): string {
  return error instanceof CanopyError ? error.code : 'internal';
}

/**
 * One histogram series: a count per bucket (not cumulative; the last is above every bound), the sum
 * and the count of what was observed. Observing allocates nothing.
 */
export class HistogramCell {
  readonly bounds: readonly number[];
  readonly counts: Float64Array;
  sum = 0;
  count = 0;

  constructor(bounds: readonly number[]) {
    this.bounds = bounds;
    this.counts = new Float64Array(bounds.length + 1);
  }

  observe(value: number): void {
    const bounds = this.bounds;
    let i = 0;
    while (i < bounds.length && value > bounds[i]!) i++;
    this.counts[i]! += 1;
    this.sum += value;
    this.count += 1;
  }
}

type Labels = Readonly<Record<string, string>>;

/**
 * A histogram family whose series are HistogramCells, shown to prom-client's Registry as a metric:
 * `get()` returns the series in prom-client's own shape (`_bucket` per bound with cumulative counts
 * and `le`, then `_sum` and `_count`), so the Registry writes the exposition.
 */
class CellHistogram {
  readonly name: string;
  readonly help: string;
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly bounds: readonly number[];
  private readonly series: { readonly labels: Labels; readonly cell: HistogramCell }[] = [];

  constructor(name: string, help: string, bounds: readonly number[]) {
    this.name = name;
    this.help = help;
    this.bounds = bounds;
  }

  /** A new series with `labels` (the caller keeps the cell; one call per label set). */
  cell(labels: Labels): HistogramCell {
    const cell = new HistogramCell(this.bounds);
    this.series.push({ labels, cell });
    return cell;
  }

  get(): Promise<MetricObjectWithValues<MetricValueWithName<string>>> {
    const values: MetricValueWithName<string>[] = [];
    const bucket = `${this.name}_bucket`;
    for (const { labels, cell } of this.series) {
      let cumulative = 0;
      for (let i = 0; i < this.bounds.length; i++) {
        cumulative += cell.counts[i]!;
        values.push({
          metricName: bucket,
          labels: { ...labels, le: this.bounds[i]! },
          value: cumulative,
        });
      }
      values.push({ metricName: bucket, labels: { ...labels, le: '+Inf' }, value: cell.count });
      values.push({ metricName: `${this.name}_sum`, labels, value: cell.sum });
      values.push({ metricName: `${this.name}_count`, labels, value: cell.count });
    }
    // NB: the Registry reads name, help, type and values only; the cast names prom-client's
    // MetricType enum member by its string value, which is what the Registry prints.
    return Promise.resolve({
      name: this.name,
      help: this.help,
      type: this.type as unknown as MetricObjectWithValues<MetricValueWithName<string>>['type'],
      aggregator: this.aggregator,
      collect: () => undefined,
      values,
    });
  }

  /** Registry.resetMetrics: forget every observation (the series stay). */
  reset(): void {
    for (const { cell } of this.series) {
      cell.counts.fill(0);
      cell.sum = 0;
      cell.count = 0;
    }
  }
}

/** One shard replica's cell. */
class ShardCell implements ShardMetrics {
  readonly labels: Labels;
  commits = 0;
  /** Aborts by error code. */
  readonly aborts = new Map<string, number>();
  private readonly duration: HistogramCell;

  constructor(labels: Labels, duration: HistogramCell) {
    this.labels = labels;
    this.duration = duration;
  }

  committed(seconds: number): void {
    this.commits += 1;
    this.duration.observe(seconds);
  }

  aborted(error: unknown): void {
    const code = errorCode(error);
    this.aborts.set(code, (this.aborts.get(code) ?? 0) + 1);
  }
}

/** One HTTP method on one route: its duration histogram and its responses by status. */
interface HttpCell {
  readonly labels: Labels;
  readonly duration: HistogramCell;
  readonly statuses: Map<number, number>;
}

class HttpRecorder implements HttpMetrics {
  /** Cells by route, then method: lookups of known keys allocate nothing. */
  readonly cells = new Map<string, Map<string, HttpCell>>();
  readonly streamCounts: (() => number)[] = [];
  private readonly histogram: CellHistogram;

  constructor(histogram: CellHistogram) {
    this.histogram = histogram;
  }

  request(method: string, route: string, status: number, seconds: number): void {
    let byMethod = this.cells.get(route);
    if (byMethod === undefined) {
      byMethod = new Map();
      this.cells.set(route, byMethod);
    }
    let cell = byMethod.get(method);
    if (cell === undefined) {
      const labels = { method, route };
      cell = { labels, duration: this.histogram.cell(labels), statuses: new Map() };
      byMethod.set(method, cell);
    }
    cell.duration.observe(seconds);
    cell.statuses.set(status, (cell.statuses.get(status) ?? 0) + 1);
  }

  watchEventStreams(openCount: () => number): void {
    this.streamCounts.push(openCount);
  }
}

class JournalRecorder implements JournalMetrics {
  private readonly fsync: HistogramCell;
  private readonly writes: HistogramCell;

  constructor(fsync: HistogramCell, writes: HistogramCell) {
    this.fsync = fsync;
    this.writes = writes;
  }

  batchWritten(writes: number, synced: boolean, seconds: number): void {
    this.writes.observe(writes);
    if (synced) this.fsync.observe(seconds);
  }
}

export interface PrometheusMetricsOptions {
  /** Register Node's process metrics (CPU, memory, heap, event loop lag, GC). Default true. */
  readonly processMetrics?: boolean | undefined;
}

/**
 * The metrics of one member, in a Registry of its own. Shells record through `shard(...)`,
 * `journal` and `http`; `/metrics` serves `scrape()`. Metric names and meanings are listed in
 * docs/OPERATIONS.md ("Metrics and logs").
 */
export class PrometheusMetrics implements MemberMetrics, MetricsEndpoint {
  readonly registry: Registry;
  readonly journal: JournalMetrics;
  readonly http: HttpMetrics;
  private readonly shards = new Map<string, ShardCell>();
  private readonly commitDuration: CellHistogram;
  private readonly httpRecorder: HttpRecorder;
  private status: (() => MemberStatusView) | undefined;
  private transport: (() => readonly TransportPeerView[]) | undefined;
  private membership: (() => readonly ClusterMemberView[]) | undefined;

  constructor(options: PrometheusMetricsOptions = {}) {
    const registry = new Registry();
    this.registry = registry;
    this.commitDuration = this.histogram(
      'canopy_shard_commit_duration_seconds',
      'Time from handing a transaction to a shard for commit until the shard answered that it committed (queue wait, validation, journal fsync, apply).',
      DURATION_BUCKETS_SECONDS,
    );
    const fsync = this.histogram(
      'canopy_journal_fsync_duration_seconds',
      'Time to write one synced LevelDB batch of the journal (the write and its fsync), which every commit in the batch waits for.',
      DURATION_BUCKETS_SECONDS,
    );
    const writes = this.histogram(
      'canopy_journal_batch_writes',
      'Journal writes (shard saves, compaction steps) merged into one LevelDB batch by group commit.',
      BATCH_WRITES_BUCKETS,
    );
    this.journal = new JournalRecorder(fsync.cell({}), writes.cell({}));
    this.httpRecorder = new HttpRecorder(
      this.histogram(
        'canopy_http_request_duration_seconds',
        'Time from a RESTCONF request arriving until its response was sent, by method and route template.',
        DURATION_BUCKETS_SECONDS,
      ),
    );
    this.http = this.httpRecorder;
    this.registerShardCounters();
    this.registerHttpCounters();
    this.registerStatusGauges();
    this.registerTransportMetrics();
    this.registerMembershipMetrics();
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  shard(shard: string, datastore: string): ShardMetrics {
    const key = `${datastore}/${shard}`;
    let cell = this.shards.get(key);
    if (cell === undefined) {
      const labels = { shard, datastore };
      cell = new ShardCell(labels, this.commitDuration.cell(labels));
      this.shards.set(key, cell);
    }
    return cell;
  }

  /**
   * Reads `status` at every scrape for the gauges of shard replicas and the journal (replacing an
   * earlier source). It must not throw or wait (`MemberBackend.status()` does neither).
   */
  watchStatus(status: () => MemberStatusView): void {
    this.status = status;
  }

  /**
   * Reads the transport's per-peer counters at every scrape (`ClusterTransport.stats`), replacing an
   * earlier source. It must not throw or wait. Member names come from cluster.members (bounded).
   */
  watchTransport(peers: () => readonly TransportPeerView[]): void {
    this.transport = peers;
  }

  /**
   * Reads the cluster's members (`ClusterService.members`) at every scrape, replacing an earlier
   * source. It must not throw or wait. Member names come from cluster.members (bounded).
   */
  watchMembership(members: () => readonly ClusterMemberView[]): void {
    this.membership = members;
  }

  scrape(): Promise<string> {
    return this.registry.metrics();
  }

  private histogram(name: string, help: string, bounds: readonly number[]): CellHistogram {
    const histogram = new CellHistogram(name, help, bounds);
    // NB: prom-client's Metric type lists its own classes only; the Registry itself needs just
    // name, get() and reset(), which CellHistogram has (see its comment).
    this.registry.registerMetric(histogram as unknown as Metric);
    return histogram;
  }

  private registerShardCounters(): void {
    const shards = this.shards;
    new Counter({
      name: 'canopy_shard_commits_total',
      help: 'Transactions committed by a shard replica since the member started (each shard of a multi-shard transaction counts it).',
      labelNames: ['shard', 'datastore'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const cell of shards.values()) this.inc(cell.labels, cell.commits);
      },
    });
    new Counter({
      name: 'canopy_shard_aborts_total',
      help: 'Transactions a shard replica refused to commit, by error code; code="optimistic-lock-failed" are conflicts with a concurrent transaction.',
      labelNames: ['shard', 'datastore', 'code'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const cell of shards.values()) {
          for (const [code, n] of cell.aborts) this.inc({ ...cell.labels, code }, n);
        }
      },
    });
  }

  private registerHttpCounters(): void {
    const http = this.httpRecorder;
    new Counter({
      name: 'canopy_http_requests_total',
      help: 'RESTCONF requests answered, by method, route template and status (event streams count in canopy_event_streams).',
      labelNames: ['method', 'route', 'status'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const byMethod of http.cells.values()) {
          for (const cell of byMethod.values()) {
            for (const [status, n] of cell.statuses) {
              this.inc({ ...cell.labels, status: String(status) }, n);
            }
          }
        }
      },
    });
    new Gauge({
      name: 'canopy_event_streams',
      help: 'Event streams (server-sent events) open now.',
      registers: [this.registry],
      collect() {
        let open = 0;
        for (const count of http.streamCounts) open += count();
        this.set(open);
      },
    });
  }

  private registerStatusGauges(): void {
    const shardGauge = (
      name: string,
      help: string,
      value: (s: ShardStatusView) => number,
    ): void => {
      const read = (): MemberStatusView | undefined => this.status?.();
      new Gauge({
        name,
        help,
        labelNames: ['shard', 'datastore'] as const,
        registers: [this.registry],
        collect() {
          this.reset();
          for (const s of read()?.shards ?? []) {
            this.set({ shard: s.shard, datastore: s.datastore }, value(s));
          }
        },
      });
    };
    shardGauge(
      'canopy_shard_journal_bytes',
      'Journal bytes of a shard replica applied since its last snapshot: what a restart replays.',
      (s) => s.journalBytesSinceSnapshot,
    );
    shardGauge(
      'canopy_shard_journal_entries',
      'Journal entries a shard replica still holds (older ones are covered by its snapshot).',
      (s) =>
        s.journalLastIndex >= s.journalFirstIndex
          ? s.journalLastIndex - s.journalFirstIndex + 1
          : 0,
    );
    shardGauge(
      'canopy_shard_snapshot_bytes',
      "Size of a shard replica's last snapshot (0 when it has none).",
      (s) => s.snapshotBytes,
    );
    shardGauge(
      'canopy_shard_commit_index',
      "A shard replica's Raft commit index.",
      (s) => s.commitIndex,
    );
    shardGauge(
      'canopy_shard_tree_nodes',
      "Nodes in a shard replica's committed tree.",
      (s) => s.treeNodes,
    );
    shardGauge(
      'canopy_shard_queue_length',
      "Transactions waiting in or holding a shard replica's commit queue.",
      (s) => s.queueLength,
    );
    shardGauge(
      'canopy_shard_in_doubt',
      'Prepared parts of multi-shard transactions whose outcome a shard replica does not know yet.',
      (s) => s.inDoubt,
    );
    this.registerStateGauge();
    const read = (): MemberStatusView | undefined => this.status?.();
    new Counter({
      name: 'canopy_journal_written_bytes_total',
      help: 'Key and value bytes written to the journal (LevelDB) since the member started.',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(read()?.journal?.bytes ?? 0);
      },
    });
  }

  private registerMembershipMetrics(): void {
    const read = (): readonly ClusterMemberView[] => this.membership?.() ?? [];
    new Gauge({
      name: 'canopy_cluster_member_state',
      help: 'Each member of the cluster as this member sees it: 1 for its state, 0 for the others.',
      labelNames: ['member', 'state'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const m of read()) {
          for (const state of CLUSTER_MEMBER_STATES) {
            this.set({ member: m.member, state }, m.state === state ? 1 : 0);
          }
        }
      },
    });
    new Gauge({
      name: 'canopy_cluster_member_phi',
      help: "The phi-accrual suspicion of each member's silence (unreachable at cluster.membership.phi-threshold).",
      labelNames: ['member'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const m of read()) {
          // Prometheus takes +Inf; phi is infinite after a long silence.
          this.set({ member: m.member }, m.phi);
        }
      },
    });
  }

  private registerTransportMetrics(): void {
    const read = (): readonly TransportPeerView[] => this.transport?.() ?? [];
    const peerMetric = (
      kind: 'counter' | 'gauge',
      name: string,
      help: string,
      value: (p: TransportPeerView) => number,
    ): void => {
      const options = {
        name,
        help,
        labelNames: ['peer'] as const,
        registers: [this.registry],
        collect(this: Counter<'peer'> | Gauge<'peer'>) {
          this.reset();
          for (const p of read()) {
            if (this instanceof Counter) this.inc({ peer: p.member }, value(p));
            else this.set({ peer: p.member }, value(p));
          }
        },
      };
      if (kind === 'counter') new Counter(options);
      else new Gauge(options);
    };
    peerMetric(
      'counter',
      'canopy_transport_sent_bytes_total',
      'Bytes written to the connections with a peer member (frames with their length prefix).',
      (p) => p.bytesSent,
    );
    peerMetric(
      'counter',
      'canopy_transport_received_bytes_total',
      'Bytes read from the connections with a peer member.',
      (p) => p.bytesReceived,
    );
    peerMetric(
      'counter',
      'canopy_transport_sent_frames_total',
      'Frames written to the connections with a peer member (messages, chunks, heartbeats, handshakes).',
      (p) => p.framesSent,
    );
    peerMetric(
      'counter',
      'canopy_transport_received_frames_total',
      'Frames read from the connections with a peer member.',
      (p) => p.framesReceived,
    );
    peerMetric(
      'counter',
      'canopy_transport_refused_messages_total',
      "Messages not sent because the peer's send queue was full (backpressure).",
      (p) => p.messagesRefused,
    );
    peerMetric(
      'counter',
      'canopy_transport_connects_total',
      'Handshakes completed with a peer member since start; more than one means reconnects.',
      (p) => p.connects,
    );
    peerMetric(
      'gauge',
      'canopy_transport_queue_bytes',
      'Bytes of messages waiting in the send queue to a peer member.',
      (p) => p.queueBytes,
    );
    peerMetric(
      'gauge',
      'canopy_transport_connected',
      'Whether a peer member is connected now (1) or not (0).',
      (p) => (p.state === 'connected' ? 1 : 0),
    );
  }

  private registerStateGauge(): void {
    const read = (): MemberStatusView | undefined => this.status?.();
    new Gauge({
      name: 'canopy_shard_state',
      help: 'The state of a shard replica: 1 for the state it is in, 0 for the others.',
      labelNames: ['shard', 'datastore', 'state'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const s of read()?.shards ?? []) {
          for (const state of SHARD_STATES) {
            this.set({ shard: s.shard, datastore: s.datastore, state }, s.state === state ? 1 : 0);
          }
        }
      },
    });
  }
}
