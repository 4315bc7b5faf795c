/**
 * Majority arithmetic over the voters of one configuration (etcd-io/raft's quorum/majority.go). Learners
 * never appear here: they neither vote nor count toward commitment (Raft dissertation §4.2.1).
 *
 * A majority of n voters is floor(n / 2) + 1. An empty configuration has no majority: nothing commits
 * and no election is won.
 */
import type { NodeId } from './types.js';

/** Votes needed to win among `voters` voters. */
export function quorumSize(voters: number): number {
  return Math.floor(voters / 2) + 1;
}

/**
 * The highest index a majority of voters has reached: sort the voters' indexes in descending order
 * and take the quorum-th. 0 for an empty configuration.
 */
export function majorityIndex(voters: readonly NodeId[], indexOf: (id: NodeId) => number): number {
  if (voters.length === 0) return 0;
  const indexes = voters.map(indexOf).sort((a, b) => b - a);
  return indexes[quorumSize(voters.length) - 1]!;
}

export type VoteResult = 'won' | 'lost' | 'pending';

/** The outcome of an election so far: won with a majority of grants, lost once a majority is out of reach. */
export function voteResult(
  voters: readonly NodeId[],
  votes: ReadonlyMap<NodeId, boolean>,
): VoteResult {
  if (voters.length === 0) return 'lost';
  let granted = 0;
  let missing = 0;
  for (const id of voters) {
    const v = votes.get(id);
    if (v === undefined) missing++;
    else if (v) granted++;
  }
  const q = quorumSize(voters.length);
  if (granted >= q) return 'won';
  if (granted + missing >= q) return 'pending';
  return 'lost';
}

/** Whether a majority of voters satisfies `active` (check-quorum, §6.2). */
export function quorumActive(voters: readonly NodeId[], active: (id: NodeId) => boolean): boolean {
  let n = 0;
  for (const id of voters) if (active(id)) n++;
  return voters.length > 0 && n >= quorumSize(voters.length);
}
