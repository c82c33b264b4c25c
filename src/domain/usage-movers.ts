// Week-over-week usage movers: the 7 days up to the as-of date against the 7 days before, from the
// daily series. Pure. Adoption moves, not quality.
//
// Rules:
//   - Both weeks must have data on all 7 days (platform-wide); otherwise nothing is compared and
//     the result says how many days each week has, since a missing day would read as a fall.
//   - A model is compared only when it has a figure on all 14 days: in a top-50 list a model that
//     dropped out on some days would otherwise show a fall it did not have.
//   - Risers and fallers are ordered by the change in tokens (largest first), then by id; the
//     percentage is shown beside it.

import { addDays } from './usage.ts';
import { sumBetween, type UsageSeries } from './usage-series.ts';

export interface UsageWeek {
  from: string;
  to: string;
  /** Days of this week that any usage file has data for (7 when complete). */
  covered: number;
}

export interface UsageMover {
  id: string;
  previous: number;
  current: number;
  /** current − previous, in tokens. */
  change: number;
  /** Relative change in percent. */
  pct: number;
}

export interface UsageMovers {
  current: UsageWeek;
  previous: UsageWeek;
  /** true when both weeks have data on all 7 days, so movers were computed. */
  comparable: boolean;
  /** Models that had a figure on all 14 days (the ones compared). */
  compared: number;
  risers: UsageMover[];
  fallers: UsageMover[];
}

export const USAGE_MOVERS_SHOWN = 10;

/** The week ending at the series' last day against the week before it. */
export function usageMovers(series: UsageSeries, n = USAGE_MOVERS_SHOWN): UsageMovers {
  const to = series.to;
  const current = week(series, addDays(to, -6), to);
  const previous = week(series, addDays(to, -13), addDays(to, -7));
  const comparable = current.covered === 7 && previous.covered === 7 && previous.from >= series.from;
  const movers: UsageMover[] = [];
  if (comparable) {
    for (const [id, points] of Object.entries(series.byModel)) {
      const now = sumBetween(points, current.from, current.to);
      const before = sumBetween(points, previous.from, previous.to);
      if (now.days < 7 || before.days < 7 || before.tokens === 0) continue;
      const change = now.tokens - before.tokens;
      movers.push({
        id,
        previous: before.tokens,
        current: now.tokens,
        change,
        pct: (change / before.tokens) * 100,
      });
    }
  }
  const byId = (a: UsageMover, b: UsageMover) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const risers = movers
    .filter((m) => m.change > 0)
    .sort((a, b) => b.change - a.change || byId(a, b))
    .slice(0, n);
  const fallers = movers
    .filter((m) => m.change < 0)
    .sort((a, b) => a.change - b.change || byId(a, b))
    .slice(0, n);
  return { current, previous, comparable, compared: movers.length, risers, fallers };
}

function week(series: UsageSeries, from: string, to: string): UsageWeek {
  const covered = series.covered.filter((d) => d >= from && d <= to).length;
  return { from, to, covered };
}
