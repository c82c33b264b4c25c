// Usage facts per OpenRouter API id from daily token rows: 7- and 30-day sums, coverage, rank and
// share. Pure: the rows come in, nothing is read or stored here.
//
// Rules:
//   - Windows are the 7 and 30 days ending at `asOf` (inclusive); only days present are summed.
//   - One file per day: when several files hold the same date, the later file (by its input date,
//     then by order of appearance) supplies that whole day. A restated day replaces the old one, and
//     a model that fell out of a top-50 list on restatement is not counted twice.
//   - Coverage is platform-level: a day counts when the chosen file has rows for it.
//   - Share is the model's 7-day tokens over every row of those days, the `other` row included.
//   - Rank counts every model with tokens in the 7 days, joined to an API id or not.
//   - Permaslugs join to API ids through the catalog's canonical slug; a `:free` permaslug joins
//     to the `:free` API id. A model with no rows in the 30 days gets no entry (never a 0).
//   - Only full daily data comes in (activity CSV, rankings-daily); week-to-date page snapshots are
//     another type (UsageWeekToDate) and are never summed into these figures.
//   - `asOf` in the facts is the last day with data (at most the requested as-of), for the citation.

import type { UsageDay } from '../sources/types.ts';
import type { UsageFacts } from './model.ts';

export interface UsageJoin {
  /** Permaslug (the catalog's canonical_slug) → OpenRouter API id. */
  apiIdByPermaslug: Map<string, string>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function variantSplit(id: string): [base: string, variant: string | null] {
  const slash = id.indexOf('/');
  const colon = id.indexOf(':', slash + 1);
  return colon === -1 ? [id, null] : [id.slice(0, colon), id.slice(colon + 1)];
}

/** canonical_slug → API id without variant; ids without a canonical slug map to themselves. */
export function apiIdByPermaslug(
  models: readonly { id: string; canonicalSlug: string | null }[],
): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of models) {
    const [base] = variantSplit(m.id);
    if (m.canonicalSlug && !map.has(m.canonicalSlug)) map.set(m.canonicalSlug, base);
  }
  for (const m of models) {
    const [base] = variantSplit(m.id);
    if (!map.has(base)) map.set(base, base);
  }
  return map;
}

/** The API id a permaslug stands for, keeping its variant (`x/y-20260423:free` → `x/y:free`), or null. */
export function joinPermaslug(permaslug: string, join: UsageJoin): string | null {
  const [base, variant] = variantSplit(permaslug);
  const mapped = join.apiIdByPermaslug.get(permaslug) ?? join.apiIdByPermaslug.get(base);
  if (mapped === undefined) return null;
  const [apiBase] = variantSplit(mapped);
  return variant === null ? apiBase : `${apiBase}:${variant}`;
}

/** The ISO date `days` after (or before, when negative) `iso`. */
export function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

/** Rows of the file that supplies each day (the later file wins a day two files hold). */
export function chooseDays(days: readonly UsageDay[], from: string, to: string): Map<string, UsageDay[]> {
  const fileOrder = new Map<string, { date: string; seq: number }>();
  const fileOf = (d: UsageDay): string => {
    const o = d.origin;
    const key = o ? `${o.date}\u0000${o.location}\u0000${o.format}` : '';
    if (!fileOrder.has(key)) fileOrder.set(key, { date: o?.date ?? '', seq: fileOrder.size });
    return key;
  };
  const later = (a: string, b: string): boolean => {
    const fa = fileOrder.get(a)!;
    const fb = fileOrder.get(b)!;
    return fa.date !== fb.date ? fa.date > fb.date : fa.seq > fb.seq;
  };
  const winner = new Map<string, string>();
  const rows = new Map<string, Map<string, UsageDay[]>>();
  for (const d of days) {
    if (d.date < from || d.date > to) continue;
    const file = fileOf(d);
    const current = winner.get(d.date);
    if (current === undefined || later(file, current)) winner.set(d.date, file);
    const byFile = getOrCreate(rows, d.date, () => new Map<string, UsageDay[]>());
    getOrCreate(byFile, file, () => []).push(d);
  }
  const chosen = new Map<string, UsageDay[]>();
  for (const [date, file] of winner) chosen.set(date, rows.get(date)!.get(file)!);
  return chosen;
}

interface Tally {
  apiId: string | null;
  tokens7d: number;
  tokens30d: number;
  rows7d: number;
  formats: Set<string>;
}

/** Usage facts keyed by OpenRouter API id (a variant such as `:free` is its own key). */
export function usageFacts(
  days: readonly UsageDay[],
  asOf: string,
  join: UsageJoin,
): Map<string, UsageFacts> {
  if (!ISO_DATE.test(asOf) || Number.isNaN(Date.parse(asOf))) {
    throw new RangeError(`The usage as-of date ${JSON.stringify(asOf)} is not a YYYY-MM-DD date.`);
  }
  const from30 = addDays(asOf, -29);
  const from7 = addDays(asOf, -6);
  const chosen = chooseDays(days, from30, asOf);

  const tallies = new Map<string, Tally>();
  let platform7d = 0;
  let daysCovered7d = 0;
  let lastDay = '';
  for (const [date, rows] of chosen) {
    const in7 = date >= from7;
    if (in7) daysCovered7d++;
    if (date > lastDay) lastDay = date;
    for (const d of rows) {
      if (in7) platform7d += d.tokens;
      if (d.keyKind === 'other') continue;
      const apiId = d.keyKind === 'api-id' ? d.modelKey : joinPermaslug(d.modelKey, join);
      // Unjoined permaslugs still take a rank position; they just get no entry.
      const key = apiId ?? `\u0000${d.modelKey}`;
      const t = getOrCreate(tallies, key, () => ({
        apiId,
        tokens7d: 0,
        tokens30d: 0,
        rows7d: 0,
        formats: new Set<string>(),
      }));
      t.tokens30d += d.tokens;
      if (in7) {
        t.tokens7d += d.tokens;
        t.rows7d++;
      }
      t.formats.add(d.origin?.format ?? 'openrouter-usage');
    }
  }

  const ranked = [...tallies.values()].filter((t) => t.tokens7d > 0).map((t) => t.tokens7d);
  ranked.sort((a, b) => b - a);
  const rankOf = (tokens: number): number => {
    // 1 + the number of models with strictly more tokens (ties share a rank).
    let lo = 0;
    let hi = ranked.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranked[mid]! > tokens) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };

  const out = new Map<string, UsageFacts>();
  for (const t of tallies.values()) {
    if (t.apiId === null) continue;
    out.set(t.apiId, {
      tokens7d: t.tokens7d,
      tokens30d: t.tokens30d,
      rank7d: t.tokens7d > 0 ? rankOf(t.tokens7d) : null,
      share7d: t.rows7d > 0 && platform7d > 0 ? t.tokens7d / platform7d : null,
      daysCovered7d,
      daysCovered30d: chosen.size,
      asOf: lastDay,
      source: [...t.formats].sort().join('+'),
    });
  }
  return out;
}
