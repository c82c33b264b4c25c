// The value frontier: models no other model beats on both price and score. A model is on the
// frontier unless another costs no more, scores no less, and is strictly better on one of the two.

export interface ValuePoint {
  id: string;
  /** Blended USD per 1M tokens (lower is better). */
  price: number;
  /** Arena score (higher is better). */
  score: number;
}

/** Ids of the points on the Pareto frontier (cheapest-for-its-score). */
export function paretoFrontier(points: readonly ValuePoint[]): Set<string> {
  const frontier = new Set<string>();
  for (const p of points) {
    const dominated = points.some(
      (q) => q !== p && q.price <= p.price && q.score >= p.score && (q.price < p.price || q.score > p.score),
    );
    if (!dominated) frontier.add(p.id);
  }
  return frontier;
}

/** The frontier as a line: its points by price, cheapest first. */
export function frontierLine(points: readonly ValuePoint[]): ValuePoint[] {
  const ids = paretoFrontier(points);
  return points.filter((p) => ids.has(p.id)).sort((a, b) => a.price - b.price || b.score - a.score);
}
