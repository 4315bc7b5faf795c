/**
 * Helpers for message-level tests of one RaftCore: build a member over a log of given terms, feed it
 * messages, and collect what it emits by handling its Readies like a correct shell.
 */
import { RaftCore, type RaftConfig, type Ready } from '../../../src/raft/raft-core.js';
import { MemoryRaftLog } from '../../../src/raft/memory-log.js';
import type { Entry, HardState, NodeId, RaftMessage } from '../../../src/raft/types.js';
import { SeededRng } from '../../../src/util/rng.js';
import { enc, testConfig } from './cluster.js';

/** Normal entries with the given terms at indexes start, start + 1, ... */
export function entriesWithTerms(terms: readonly number[], start = 1): Entry[] {
  return terms.map((term, i) => ({
    type: 'normal',
    term,
    index: start + i,
    data: enc(`e${start + i}`),
  }));
}

/**
 * A stable log whose membership is `voters` (and `learners`) from the start, holding entries of the
 * given terms from index 1, with the given hard state.
 */
export function logWith(
  voters: readonly NodeId[],
  terms: readonly number[] = [],
  hard: Partial<HardState> = {},
  learners: readonly NodeId[] = [],
): MemoryRaftLog {
  return new MemoryRaftLog({
    hardState: { term: terms.at(-1) ?? 0, vote: null, commit: 0, ...hard },
    snapshot: {
      meta: { index: 0, term: 0, confState: { voters: [...voters], learners: [...learners] } },
      data: new Uint8Array(0),
    },
    entries: entriesWithTerms(terms),
  });
}

/** One member under test with its log. */
export interface Single {
  readonly core: RaftCore;
  readonly log: MemoryRaftLog;
  readonly readies: Ready[];
}

export function single(
  id: NodeId,
  log: MemoryRaftLog,
  overrides: Partial<RaftConfig> = {},
  seed = 1,
): Single {
  return {
    core: new RaftCore(testConfig(id, overrides), log, new SeededRng(seed)),
    log,
    readies: [],
  };
}

/** Handles every pending Ready as a correct shell would and returns the messages they carried. */
export function drain(s: Single): RaftMessage[] {
  const out: RaftMessage[] = [];
  for (let ready = s.core.ready(); ready !== undefined; ready = s.core.ready()) {
    s.readies.push(ready);
    s.log.save(ready);
    out.push(...ready.messages);
    s.core.advance(ready);
  }
  return out;
}

/** Steps each message into the member, then drains it. */
export function stepAll(s: Single, ...msgs: RaftMessage[]): RaftMessage[] {
  for (const m of msgs) s.core.step(m);
  return drain(s);
}

/** Ticks the member n times, then drains it. */
export function ticks(s: Single, n: number): RaftMessage[] {
  for (let i = 0; i < n; i++) s.core.tick();
  return drain(s);
}

/** A message of `type` with defaults filled in; `fields` override. */
export function appendMsg(
  from: NodeId,
  to: NodeId,
  term: number,
  prevLogIndex: number,
  prevLogTerm: number,
  entries: Entry[] = [],
  leaderCommit = 0,
): RaftMessage {
  return {
    type: 'append-entries',
    from,
    to,
    term,
    prevLogIndex,
    prevLogTerm,
    entries,
    leaderCommit,
  };
}

export function voteMsg(
  from: NodeId,
  to: NodeId,
  term: number,
  lastLogIndex: number,
  lastLogTerm: number,
  opts: { preVote?: boolean; transfer?: boolean } = {},
): RaftMessage {
  return {
    type: 'request-vote',
    from,
    to,
    term,
    lastLogIndex,
    lastLogTerm,
    preVote: opts.preVote ?? false,
    transfer: opts.transfer ?? false,
  };
}

export function voteResp(
  from: NodeId,
  to: NodeId,
  term: number,
  granted: boolean,
  preVote = false,
): RaftMessage {
  return { type: 'request-vote-response', from, to, term, granted, preVote };
}

export function appendResp(from: NodeId, to: NodeId, term: number, index: number): RaftMessage {
  return {
    type: 'append-entries-response',
    from,
    to,
    term,
    success: true,
    index,
    rejectHint: 0,
    rejectTerm: 0,
  };
}

/** Messages of one type, narrowed. */
export function ofType<T extends RaftMessage['type']>(
  msgs: readonly RaftMessage[],
  type: T,
): Extract<RaftMessage, { type: T }>[] {
  return msgs.filter((m): m is Extract<RaftMessage, { type: T }> => m.type === type);
}
