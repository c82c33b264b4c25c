// Rank (UB): a model's rank is 1 + the number of models that are certainly better, i.e. whose
// lower 95% bound lies strictly above its upper bound. Models whose intervals overlap share a rank,
// so ties are expected and a rank says "no model outside this set is certainly better".

export interface RankInterval {
  key: string;
  ciLow: number;
  ciHigh: number;
}

/**
 * Rank (UB) of every entry of one comparison (one file, one category).
 * O(n log n): the lower bounds are sorted once, then each upper bound is located by binary search.
 * Throws a RangeError on a repeated key or a bound that is not a finite number: parsers reject those first.
 */
export function rankByUpperBound(entries: readonly RankInterval[]): Map<string, number> {
  const lows = new Float64Array(entries.length);
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.key)) throw new RangeError(`rank (UB): the key ${JSON.stringify(e.key)} appears twice`);
    if (!Number.isFinite(e.ciLow) || !Number.isFinite(e.ciHigh))
      throw new RangeError(`rank (UB): ${JSON.stringify(e.key)} has a bound that is not a finite number`);
    seen.add(e.key);
    lows[i] = e.ciLow;
  });
  lows.sort();
  const ranks = new Map<string, number>();
  for (const e of entries) ranks.set(e.key, 1 + lows.length - firstAbove(lows, e.ciHigh));
  return ranks;
}

/** Index of the first value strictly greater than `x` in an ascending array (its length when none is). */
function firstAbove(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
