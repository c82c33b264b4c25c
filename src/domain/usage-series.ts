// Daily token series per OpenRouter API id over the days up to an as-of date, for sparklines and
// week-over-week movers. Pure, and built with the same day choice and permaslug join as the usage
// facts, so a series summed over its last 7 days is the record's 7-day total.
//
// Rules:
//   - The window is the `windowDays` days ending at `asOf`, inclusive.
//   - A day comes whole from one file (the later file wins a day two files hold).
//   - A point exists only where the model has a row that day: a missing day is a gap, never a 0.
//   - `covered` lists the days any file has data for, so a gap in the whole platform's data can be
//     told from a model that had no row (not in a top-50 list, or no traffic).

import type { UsageDay } from '../sources/types.ts';
import { addDays, chooseDays, joinPermaslug, type UsageJoin } from './usage.ts';

export const USAGE_SERIES_DAYS = 30;

export interface UsagePoint {
  date: string;
  /** Integer tokens. */
  tokens: number;
}

export interface UsageSeries {
  /** First day of the window. */
  from: string;
  /** Last day of the window: the as-of date asked for. */
  to: string;
  /** Days in the window that any usage file has data for, oldest first. */
  covered: string[];
  /** Points per API id (a variant such as `:free` is its own id), oldest first. */
  byModel: Record<string, UsagePoint[]>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The last day of a snapshot's usage windows. OpenRouter publishes a day once it is complete in UTC,
 * so a live snapshot (dated the day it runs) ends its windows the day before; a snapshot built from
 * recorded files ends them at its own date, where a day nobody recorded stays a gap.
 */
export function usageWindowEnd(asOf: string, live: boolean): string {
  return live ? addDays(asOf, -1) : asOf;
}

/** The daily series of every model with a row in the window. */
export function usageSeries(
  days: readonly UsageDay[],
  asOf: string,
  join: UsageJoin,
  windowDays = USAGE_SERIES_DAYS,
): UsageSeries {
  if (!ISO_DATE.test(asOf) || Number.isNaN(Date.parse(asOf))) {
    throw new RangeError(`The usage as-of date ${JSON.stringify(asOf)} is not a YYYY-MM-DD date.`);
  }
  if (!Number.isInteger(windowDays) || windowDays < 1) {
    throw new RangeError(`A usage window must be a whole number of days, 1 or more; got ${windowDays}.`);
  }
  const from = addDays(asOf, -(windowDays - 1));
  const chosen = chooseDays(days, from, asOf);
  const covered = [...chosen.keys()].sort();
  // Several keys can join to one id on one day (a dated and an undated permaslug): they add up.
  const tally = new Map<string, Map<string, number>>();
  for (const date of covered) {
    for (const d of chosen.get(date)!) {
      if (d.keyKind === 'other') continue;
      const id = d.keyKind === 'api-id' ? d.modelKey : joinPermaslug(d.modelKey, join);
      if (id === null) continue;
      let perDay = tally.get(id);
      if (!perDay) {
        perDay = new Map();
        tally.set(id, perDay);
      }
      perDay.set(date, (perDay.get(date) ?? 0) + d.tokens);
    }
  }
  const byModel: Record<string, UsagePoint[]> = {};
  for (const id of [...tally.keys()].sort()) {
    // Dates were visited in order, so each model's points are already oldest first.
    byModel[id] = [...tally.get(id)!].map(([date, tokens]) => ({ date, tokens }));
  }
  return { from, to: asOf, covered, byModel };
}

/** Tokens of one series between two dates (inclusive), and on how many days it has a point. */
export function sumBetween(
  points: readonly UsagePoint[],
  from: string,
  to: string,
): { tokens: number; days: number } {
  let tokens = 0;
  let days = 0;
  for (const p of points) {
    if (p.date < from || p.date > to) continue;
    tokens += p.tokens;
    days++;
  }
  return { tokens, days };
}
