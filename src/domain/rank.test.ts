import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type RankInterval, rankByUpperBound } from './rank.ts';

function naiveRanks(entries: RankInterval[]): Map<string, number> {
  return new Map(entries.map((e) => [e.key, 1 + entries.filter((o) => o.ciLow > e.ciHigh).length] as const));
}

describe('rankByUpperBound', () => {
  test('ranks separated intervals 1, 2, 3', () => {
    const ranks = rankByUpperBound([
      { key: 'c', ciLow: 1000, ciHigh: 1010 },
      { key: 'a', ciLow: 1200, ciHigh: 1210 },
      { key: 'b', ciLow: 1100, ciHigh: 1110 },
    ]);
    assert.deepEqual(Object.fromEntries(ranks), { a: 1, b: 2, c: 3 });
  });

  test('gives overlapping intervals the same rank', () => {
    // a [1290,1300], b [1285,1295] overlap a; c [1270,1289] overlaps b but not a.
    const ranks = rankByUpperBound([
      { key: 'a', ciLow: 1290, ciHigh: 1300 },
      { key: 'b', ciLow: 1285, ciHigh: 1295 },
      { key: 'c', ciLow: 1270, ciHigh: 1289 },
      { key: 'd', ciLow: 1200, ciHigh: 1210 },
    ]);
    // c: only a's lower bound (1290) is above 1289 → rank 2, tied with b although b scores higher.
    assert.deepEqual(Object.fromEntries(ranks), { a: 1, b: 1, c: 2, d: 4 });
  });

  test('does not count a lower bound equal to the upper bound as certainly better', () => {
    const ranks = rankByUpperBound([
      { key: 'top', ciLow: 1250, ciHigh: 1260 },
      { key: 'touching', ciLow: 1240, ciHigh: 1250 },
      { key: 'below', ciLow: 1230, ciHigh: 1249.5 },
    ]);
    assert.equal(ranks.get('touching'), 1);
    assert.equal(ranks.get('below'), 2);
  });

  test('ranks identical intervals together', () => {
    const ranks = rankByUpperBound([
      { key: 'x', ciLow: 10, ciHigh: 20 },
      { key: 'y', ciLow: 10, ciHigh: 20 },
      { key: 'z', ciLow: 0, ciHigh: 5 },
    ]);
    assert.deepEqual(Object.fromEntries(ranks), { x: 1, y: 1, z: 3 });
  });

  test('returns an empty map for no entries and rank 1 for a single one', () => {
    assert.equal(rankByUpperBound([]).size, 0);
    assert.deepEqual(Object.fromEntries(rankByUpperBound([{ key: 'solo', ciLow: 1, ciHigh: 2 }])), {
      solo: 1,
    });
  });

  test('agrees with the definition on many random leaderboards', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 50; round++) {
      const entries: RankInterval[] = Array.from({ length: 1 + Math.floor(random() * 60) }, (_, i) => {
        // Integer scores and deltas produce many exact ties, as rounded leaderboards do.
        const score = 1000 + Math.floor(random() * 80);
        return {
          key: `m${i}`,
          ciLow: score - Math.floor(random() * 10),
          ciHigh: score + Math.floor(random() * 10),
        };
      });
      assert.deepEqual(rankByUpperBound(entries), naiveRanks(entries));
    }
  });

  test('refuses a repeated key', () => {
    assert.throws(
      () =>
        rankByUpperBound([
          { key: 'a', ciLow: 1, ciHigh: 2 },
          { key: 'a', ciLow: 3, ciHigh: 4 },
        ]),
      /appears twice/,
    );
  });

  test('refuses a bound that is not a finite number', () => {
    assert.throws(() => rankByUpperBound([{ key: 'a', ciLow: Number.NaN, ciHigh: 2 }]), /finite/);
  });
});
