/**
 * Raft's safety properties (the paper's Figure 3), checked continuously while a simulation runs. Members
 * report what they do through the hooks below, right after the effect happens; a broken property throws
 * `SafetyViolation` at once, so the trace ends at the step that broke it.
 *
 * - Election safety: at most one leader per term.
 * - Log matching: two logs holding an entry with the same index and term hold the same entry there and
 *   agree on everything before it. Checked by induction over all members' logs at once: every (index,
 *   term) pair ever appended anywhere must always carry the same entry and follow the same previous term.
 * - Leader completeness: an entry committed in term t is in the log of every leader of a term after t.
 *   The checker learns of a commit when some member applies the entry, and bounds its commit term by
 *   that member's current term (a member only learns of commits from leaders of its term or earlier).
 * - State machine safety: every member applies the same entry at a given index, and reaches the same
 *   state-machine checksum there (snapshots included).
 * - No acknowledged write lost: a write a client was told `ok` is in the log of every later leader.
 * - Commit durability, leader completeness looked at one step ahead: when a leader commits an entry, no
 *   voter whose synced log lacks it may be electable, i.e. have a synced log at least as up-to-date
 *   (§5.4.1) as those of a majority of voters. Were one, a crash of everyone and a restart would let
 *   it win and erase a committed entry. This catches the paper's Figure 8 (an earlier term's entry
 *   committed by counting replicas) and acknowledgements sent before the fsync, the moment they
 *   happen rather than when a later schedule exploits them. It is checked while the membership is
 *   the bootstrap one (all members then agree on the voters); after a membership change the other
 *   properties still hold the line.
 */
import { crc32c } from '../../src/util/checksum.js';
import type { RaftLogView } from '../../src/raft/storage.js';
import type { Entry } from '../../src/raft/types.js';

/** A safety property failed: the simulated cluster (or a planted bug) did something Raft forbids. */
export class SafetyViolation extends Error {
  readonly property: string;
  constructor(property: string, message: string) {
    super(`${property}: ${message}`);
    this.name = 'SafetyViolation';
    this.property = property;
  }
}

const encoder = new TextEncoder();

/** A checksum identifying an entry's content (not its position). */
export function entryHash(entry: Entry): number {
  if (entry.type === 'normal') return crc32c(entry.data);
  return crc32c(encoder.encode(`conf:${entry.change.type}:${entry.change.node}`));
}

interface Committed {
  readonly term: number;
  readonly hash: number;
  /** An upper bound of the term in which it was committed. */
  observedTerm: number;
}

interface Acked {
  readonly index: number;
  readonly term: number;
  /** The acknowledging member's term: an upper bound of the commit term. */
  readonly observedTerm: number;
  readonly what: string;
}

/** A leader as the checker tracks it: its term and a live view of its log. */
interface LeaderView {
  readonly term: number;
  readonly log: RaftLogView;
}

export class SafetyChecker {
  private readonly leaderOfTerm = new Map<number, string>();
  private readonly entries = new Map<string, { hash: number; prevTerm: number | undefined }>();
  private readonly committed = new Map<number, Committed>();
  private readonly stateHashAt = new Map<number, { hash: number; node: string }>();
  private readonly acked: Acked[] = [];
  private readonly leaders = new Map<string, LeaderView>();
  /** Number of checks run, for the run's statistics. */
  checks = 0;
  /** Entries at indexes 1..bootstrapEntries are the bootstrap membership, not changes. */
  private readonly bootstrapEntries: number;
  private membershipChanged = false;

  constructor(bootstrapEntries = 0) {
    this.bootstrapEntries = bootstrapEntries;
  }

  /**
   * `leader` committed the entry `term`/`index`. `voters` is the membership it counted;
   * `durableLog(id)` what each voter would restart with.
   */
  onLeaderCommit(
    leader: string,
    index: number,
    term: number,
    voters: readonly string[],
    durableLog: (id: string) => RaftLogView,
  ): void {
    if (this.membershipChanged) return;
    this.checks++;
    const last = (log: RaftLogView) => ({
      index: log.lastIndex(),
      term: log.term(log.lastIndex()) ?? 0,
    });
    const atLeast = (a: { index: number; term: number }, b: { index: number; term: number }) =>
      a.term > b.term || (a.term === b.term && a.index >= b.index);
    for (const candidate of voters) {
      const log = durableLog(candidate);
      if (index < log.firstIndex() || log.term(index) === term) continue; // it has the entry
      const mine = last(log);
      const granting = voters.filter((v) => atLeast(mine, last(durableLog(v))));
      if (granting.length * 2 > voters.length) {
        throw new SafetyViolation(
          'commit durability',
          `${leader} committed ${term}/${index}, but ${candidate} lacks it and could still be elected: its ` +
            `synced log ends at ${mine.term}/${mine.index}, at least as up-to-date as those of ${granting.join(',')}`,
        );
      }
    }
  }

  /** `node` reports that it is leader of `term` (from its Ready's soft state). */
  onLeader(node: string, term: number): void {
    this.checks++;
    const other = this.leaderOfTerm.get(term);
    if (other !== undefined && other !== node) {
      throw new SafetyViolation(
        'election safety',
        `${node} and ${other} are both leader of term ${term}`,
      );
    }
    this.leaderOfTerm.set(term, node);
  }

  /**
   * `node`, leader of `term`, has persisted the log in `log` (including the entries it appended on
   * election): every entry committed before its term must be there.
   */
  onLeaderLog(node: string, term: number, log: RaftLogView): void {
    this.leaders.set(node, { term, log });
    for (const [index, c] of this.committed) {
      if (c.observedTerm < term)
        this.expectEntry('leader completeness', node, term, log, index, c.term);
    }
    for (const a of this.acked) {
      if (a.observedTerm < term) {
        this.expectEntry('acknowledged write lost', node, term, log, a.index, a.term, a.what);
      }
    }
  }

  /** `node` stopped being leader (stepped down, crashed). */
  onNotLeader(node: string): void {
    this.leaders.delete(node);
  }

  /**
   * `node` appended `appended` to its log, which `log` now shows (after the append). Checks that each
   * (index, term) names one entry everywhere and follows one previous term everywhere.
   */
  onAppend(node: string, appended: readonly Entry[], log: RaftLogView): void {
    for (const entry of appended) {
      this.checks++;
      if (entry.type === 'config-change' && entry.index > this.bootstrapEntries) {
        this.membershipChanged = true;
      }
      const id = `${entry.index}:${entry.term}`;
      const hash = entryHash(entry);
      const prevTerm =
        entry.index - 1 >= log.firstIndex() - 1 ? log.term(entry.index - 1) : undefined;
      const seen = this.entries.get(id);
      if (seen === undefined) {
        this.entries.set(id, { hash, prevTerm });
        continue;
      }
      if (seen.hash !== hash) {
        throw new SafetyViolation(
          'log matching',
          `${node} holds a different entry at index ${entry.index} term ${entry.term} than another member`,
        );
      }
      if (seen.prevTerm !== undefined && prevTerm !== undefined && seen.prevTerm !== prevTerm) {
        throw new SafetyViolation(
          'log matching',
          `${node} has term ${prevTerm} at index ${entry.index - 1} before entry ${id}, another member term ${seen.prevTerm}`,
        );
      }
      if (seen.prevTerm === undefined && prevTerm !== undefined) seen.prevTerm = prevTerm;
    }
  }

  /**
   * `node`, whose current term is `nodeTerm`, applied committed `entry`, reaching state checksum
   * `stateHash`.
   */
  onApply(node: string, entry: Entry, nodeTerm: number, stateHash: number): void {
    this.checks++;
    const hash = entryHash(entry);
    const known = this.committed.get(entry.index);
    if (known === undefined) {
      const c: Committed = { term: entry.term, hash, observedTerm: nodeTerm };
      this.committed.set(entry.index, c);
      for (const [leader, view] of this.leaders) {
        if (view.term > nodeTerm) {
          this.expectEntry(
            'leader completeness',
            leader,
            view.term,
            view.log,
            entry.index,
            entry.term,
          );
        }
      }
    } else {
      if (known.term !== entry.term || known.hash !== hash) {
        throw new SafetyViolation(
          'state machine safety',
          `${node} applied entry ${entry.term}/${entry.index} but term ${known.term} was applied there before`,
        );
      }
      known.observedTerm = Math.min(known.observedTerm, nodeTerm);
    }
    this.expectState(node, entry.index, stateHash);
  }

  /** `node` restored its state machine from a snapshot at `index` with checksum `stateHash`. */
  onRestore(node: string, index: number, stateHash: number): void {
    this.checks++;
    this.expectState(node, index, stateHash);
  }

  /**
   * A client was told its write at `index`/`term` succeeded, by a member whose term was `nodeTerm`
   * (the write was committed in that term or earlier).
   */
  onAck(index: number, term: number, nodeTerm: number, what: string): void {
    this.acked.push({ index, term, observedTerm: nodeTerm, what });
    for (const [leader, view] of this.leaders) {
      if (view.term > nodeTerm) {
        this.expectEntry('acknowledged write lost', leader, view.term, view.log, index, term, what);
      }
    }
  }

  private expectState(node: string, index: number, hash: number): void {
    const seen = this.stateHashAt.get(index);
    if (seen === undefined) {
      this.stateHashAt.set(index, { hash, node });
    } else if (seen.hash !== hash) {
      throw new SafetyViolation(
        'state machine safety',
        `${node} reached state ${hash.toString(16)} at index ${index}, ${seen.node} reached ${seen.hash.toString(16)}`,
      );
    }
  }

  private expectEntry(
    property: string,
    node: string,
    term: number,
    log: RaftLogView,
    index: number,
    entryTerm: number,
    what = '',
  ): void {
    this.checks++;
    // Entries a snapshot covers are vouched for by the state checksum at the snapshot index.
    if (index < log.firstIndex() - 1) return;
    const has = log.term(index);
    if (has !== entryTerm) {
      const found = has === undefined ? `nothing (last index ${log.lastIndex()})` : `term ${has}`;
      throw new SafetyViolation(
        property,
        `${node}, leader of term ${term}, lacks committed entry ${entryTerm}/${index}${what ? ` (${what})` : ''}: it has ${found}`,
      );
    }
  }
}
