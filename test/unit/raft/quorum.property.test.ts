/**
 * Goal: the majority arithmetic that decides commitment and elections agrees with its definition.
 * Method: fast-check compares majorityIndex and voteResult with naive models (etcd-io/raft's
 * quorum/quick_test.go): the committed index is the largest index at least a majority has reached; an
 * election is won with a majority of grants and lost once the grants plus the missing votes cannot
 * reach one.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { majorityIndex, quorumActive, voteResult } from '../../../src/raft/quorum.js';

const voterIndexes = fc.array(fc.nat(20), { minLength: 1, maxLength: 9 });

describe('raft: quorum (property)', () => {
  it('majorityIndex is the largest index a majority of voters has reached', () => {
    fc.assert(
      fc.property(voterIndexes, (indexes) => {
        const ids = indexes.map((_, i) => `v${i}`);
        const got = majorityIndex(ids, (id) => indexes[Number(id.slice(1))]!);
        const majority = Math.floor(indexes.length / 2) + 1;
        let naive = 0;
        for (let candidate = 0; candidate <= 20; candidate++) {
          if (indexes.filter((x) => x >= candidate).length >= majority) naive = candidate;
        }
        assert.equal(got, naive);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('voteResult decides exactly when the outcome can no longer change', () => {
    const votes = fc.array(fc.constantFrom<boolean | undefined>(true, false, undefined), {
      minLength: 1,
      maxLength: 9,
    });
    fc.assert(
      fc.property(votes, (vs) => {
        const ids = vs.map((_, i) => `v${i}`);
        const cast = new Map<string, boolean>();
        vs.forEach((v, i) => {
          if (v !== undefined) cast.set(ids[i]!, v);
        });
        const majority = Math.floor(vs.length / 2) + 1;
        const yes = vs.filter((v) => v === true).length;
        const open = vs.filter((v) => v === undefined).length;
        const naive = yes >= majority ? 'won' : yes + open >= majority ? 'pending' : 'lost';
        assert.equal(voteResult(ids, cast), naive);
        assert.equal(
          quorumActive(ids, (id) => cast.get(id) === true),
          yes >= majority,
        );
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('an empty configuration commits nothing and elects nobody', () => {
    assert.equal(
      majorityIndex([], () => 5),
      0,
    );
    assert.equal(voteResult([], new Map()), 'lost');
  });
});
