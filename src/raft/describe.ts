/**
 * One-line renderings of Raft messages, Readies and status, for data-driven test traces, the
 * simulator's failure traces and logs. Stable text: traces under test/unit/raft/testdata compare it
 * verbatim, so a change here is a change to every trace (regenerate them with REWRITE=1 and review).
 * Output never contains blank lines (the trace format ends an expected block at one).
 */
import { describeEntry } from './entries.js';
import type { Ready, RaftStatus } from './raft-core.js';
import type { ConfState, RaftMessage, Snapshot } from './types.js';

/** `(a b c)`: a list of ids. */
function ids(list: readonly string[]): string {
  return `(${list.join(' ')})`;
}

export function describeConfState(conf: ConfState): string {
  const learners = conf.learners.length > 0 ? ` learners=${ids(conf.learners)}` : '';
  return `voters=${ids(conf.voters)}${learners}`;
}

export function describeSnapshot(s: Snapshot): string {
  const m = s.meta;
  return `index=${m.index} term=${m.term} ${describeConfState(m.confState)} bytes=${s.data.byteLength}`;
}

/** `a->b append-entries term=2 prev=1/3 commit=3 entries=[2/4 noop]`. */
export function describeMessage(m: RaftMessage): string {
  const head = `${m.from}->${m.to} ${m.type} term=${m.term}`;
  switch (m.type) {
    case 'append-entries': {
      const entries = m.entries.map(describeEntry).join(', ');
      return `${head} prev=${m.prevLogTerm}/${m.prevLogIndex} commit=${m.leaderCommit} entries=[${entries}]`;
    }
    case 'append-entries-response':
      return m.success
        ? `${head} index=${m.index}`
        : `${head} rejected index=${m.index} hint=${m.rejectTerm}/${m.rejectHint}`;
    case 'request-vote':
      return `${head}${m.preVote ? ' pre-vote' : ''}${m.transfer ? ' transfer' : ''} last=${m.lastLogTerm}/${m.lastLogIndex}`;
    case 'request-vote-response':
      return `${head}${m.preVote ? ' pre-vote' : ''} ${m.granted ? 'granted' : 'rejected'}`;
    case 'heartbeat':
      return `${head} commit=${m.commit}${m.context === '' ? '' : ` context=${m.context}`}`;
    case 'heartbeat-response':
      return `${head}${m.context === '' ? '' : ` context=${m.context}`}`;
    case 'install-snapshot':
      return `${head} snapshot=${m.meta.term}/${m.meta.index} offset=${m.offset} chunk=${m.chunk.byteLength} total=${m.totalBytes}${m.done ? ' done' : ''}`;
    case 'install-snapshot-response':
      return `${head} snapshot=${m.index} offset=${m.offset}${m.done ? ' done' : ''}${m.reject ? ' reject' : ''}`;
    case 'timeout-now':
      return head;
    case 'read-index':
      return `${head} request=${m.requestId}`;
    case 'read-index-response':
      return `${head} request=${m.requestId} index=${m.index}`;
  }
}

/** A Ready as indented lines (no blank lines). */
export function describeReady(r: Ready): string[] {
  const out = [`Ready mustSync=${r.mustSync}:`];
  if (r.softState !== undefined) {
    out.push(`  soft: role=${r.softState.role} leader=${r.softState.leader ?? '-'}`);
  }
  if (r.hardState !== undefined) {
    const h = r.hardState;
    out.push(`  hard: term=${h.term} vote=${h.vote ?? '-'} commit=${h.commit}`);
  }
  if (r.snapshot !== undefined) out.push(`  snapshot: ${describeSnapshot(r.snapshot)}`);
  if (r.entries.length > 0) {
    out.push('  entries:');
    for (const e of r.entries) out.push(`    ${describeEntry(e)}`);
  }
  if (r.messages.length > 0) {
    out.push('  messages:');
    for (const m of r.messages) out.push(`    ${describeMessage(m)}`);
  }
  if (r.committed.length > 0) {
    out.push('  committed:');
    for (const e of r.committed) out.push(`    ${describeEntry(e)}`);
  }
  for (const s of r.readStates) out.push(`  read-state: ${s.requestId} index=${s.index}`);
  for (const f of r.readFailures) {
    out.push(`  read-failure: ${f.requestId} ${f.reason} leader=${f.leader ?? '-'}`);
  }
  return out;
}

/** Status as lines: the member, then one line per member the leader tracks. */
export function describeStatus(s: RaftStatus): string[] {
  const out = [
    `${s.id}: ${s.role} term=${s.term} vote=${s.vote ?? '-'} leader=${s.leader ?? '-'} ` +
      `commit=${s.commitIndex} applied=${s.appliedIndex} log=[${s.firstIndex}, ${s.lastIndex}] ` +
      describeConfState(s.confState),
  ];
  for (const p of s.progress) {
    const flags = [
      p.voter ? '' : ' learner',
      p.paused ? ' paused' : '',
      p.recentActive ? '' : ' inactive',
      p.inflight > 0 ? ` inflight=${p.inflight}` : '',
      p.snapshotIndex > 0 ? ` snapshot=${p.snapshotIndex}@${p.snapshotOffset}` : '',
    ].join('');
    out.push(`  ${p.id}: ${p.state} match=${p.match} next=${p.next}${flags}`);
  }
  return out;
}
