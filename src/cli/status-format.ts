/**
 * `canopy status` for people: the get-member-status output (cluster-admin.ts) as a header, one
 * table row per member of the cluster (when there are others: name, state, phi, how long ago it was
 * last heard and since when it is in its state; this member is marked `*`) and one table row per
 * shard replica. Pure; the command prints the returned text. Columns: replica id, role,
 * state, commit and applied index, journal first..last index, snapshot index and size, tree nodes,
 * commit queue length, commits since start. A stopped replica's reason follows the table, since it is
 * the one line an operator must not miss.
 */
import { pushAll } from '../util/arrays.js';

/** A value of the output as text ('' when absent; uint64 counters already are strings). */
function text(o: Record<string, unknown>, key: string): string {
  const v = o[key];
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

/** 1536 -> `1.5 KiB`. */
export function formatBytes(bytesText: string): string {
  const n = Number(bytesText);
  if (bytesText === '' || !Number.isFinite(n)) return bytesText;
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${v} B` : `${v.toFixed(1)} ${units[u]!}`;
}

/** 3725 -> `1h2m5s`. */
export function formatUptime(secondsText: string): string {
  const s = Number(secondsText);
  if (secondsText === '' || !Number.isFinite(s)) return secondsText;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  return h > 0 ? `${h}h${m}m${rest}s` : m > 0 ? `${m}m${rest}s` : `${rest}s`;
}

const HEADER = [
  'SHARD',
  'ROLE',
  'STATE',
  'COMMIT',
  'APPLIED',
  'JOURNAL',
  'SNAPSHOT',
  'TREE',
  'QUEUE',
  'COMMITS',
];

/** The status as lines of text (the output content of get-member-status). */
export function formatStatus(output: unknown): string {
  const o = (typeof output === 'object' && output !== null ? output : {}) as Record<
    string,
    unknown
  >;
  const lines = [
    `member ${text(o, 'member-name')} (pid ${text(o, 'pid')}, up ${formatUptime(text(o, 'uptime-seconds'))})`,
    `data directory ${text(o, 'data-dir')}`,
  ];
  const members = Array.isArray(o.member) ? (o.member as Record<string, unknown>[]) : [];
  if (members.length > 0) {
    pushAll(lines, formatMembers(members));
  }
  const journal = o.journal as Record<string, unknown> | undefined;
  if (journal !== undefined) {
    lines.push(
      `journal ${text(journal, 'dir')}: ${text(journal, 'writes')} writes in ${text(journal, 'syncs')} synced batches (${text(journal, 'batches')} batches, ${formatBytes(text(journal, 'bytes'))})`,
    );
  }
  const shards = Array.isArray(o.shard) ? (o.shard as Record<string, unknown>[]) : [];
  if (shards.length === 0) {
    lines.push(
      text(o, 'backend') === 'in-memory'
        ? 'datastores: in memory (no shards, nothing is persisted)'
        : 'no shard replicas on this member',
    );
    return `${lines.join('\n')}\n`;
  }
  const rows = shards.map((s) => [
    text(s, 'id'),
    text(s, 'role'),
    text(s, 'state'),
    text(s, 'commit-index'),
    text(s, 'applied-index'),
    `${text(s, 'journal-first-index')}..${text(s, 'journal-last-index')}`,
    text(s, 'snapshot-index') === '0' && text(s, 'snapshot-bytes') === '0'
      ? '-'
      : `${text(s, 'snapshot-index')} (${formatBytes(text(s, 'snapshot-bytes'))})`,
    text(s, 'tree-nodes'),
    text(s, 'queue-length'),
    text(s, 'commits'),
  ]);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  lines.push('', line(HEADER));
  pushAll(lines, rows.map(line));
  for (const s of shards) {
    if (text(s, 'state') === 'stopped' || text(s, 'reason') !== '') {
      lines.push(
        `${text(s, 'id')} ${text(s, 'state')}: ${text(s, 'reason') || '(no reason given)'}`,
      );
    }
    if (text(s, 'in-doubt') !== '' && text(s, 'in-doubt') !== '0') {
      lines.push(`${text(s, 'id')}: ${text(s, 'in-doubt')} transaction(s) in doubt`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const MEMBER_HEADER = ['MEMBER', 'STATE', 'PHI', 'LAST HEARD', 'SINCE'];

/** `1234` ms -> `1.2s ago`; '' -> `never`. */
function ago(msText: string): string {
  if (msText === '') return 'never';
  const ms = Number(msText);
  return ms < 1000 ? `${ms}ms ago` : `${(ms / 1000).toFixed(1)}s ago`;
}

/** The members table, preceded by a blank line and a count by state. */
function formatMembers(members: readonly Record<string, unknown>[]): string[] {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(text(m, 'state'), (counts.get(text(m, 'state')) ?? 0) + 1);
  const summary = [...counts].map(([state, n]) => `${n} ${state}`).join(', ');
  const rows = members.map((m) => [
    `${text(m, 'name')}${m.self === true ? ' *' : ''}`,
    text(m, 'state'),
    m.self === true ? '-' : Number(text(m, 'phi')) >= 1e9 ? 'inf' : text(m, 'phi'),
    m.self === true ? '-' : ago(text(m, 'last-heartbeat-ms-ago')),
    formatUptime(String(Math.floor(Number(text(m, 'state-since-ms-ago')) / 1000))),
  ]);
  const widths = MEMBER_HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [
    '',
    `cluster: ${members.length} members (${summary})`,
    line(MEMBER_HEADER),
    ...rows.map(line),
  ];
}
