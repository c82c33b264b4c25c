// arena-catalog ratings: `{category: {model_key: {rating, rating_q975, rating_q025}}}`, one file
// per arena and style-control setting. The CI bounds are absolute values, not deltas.

import { z } from 'zod';
import { rankByUpperBound } from '../../domain/rank.ts';
import {
  type InputMeta,
  type Parsed,
  PayloadError,
  type RawRecord,
  type Rejection,
  type SourceParser,
} from '../source.ts';
import type { ArenaRatingEntry, ArenaRatingsFile } from '../types.ts';
import { arenaOf, styleControlOf } from './arena-name.ts';
import { readJson } from './payload-text.ts';

const SOURCE = 'lmarena-ratings' as const;

const RatingsPayload = z.record(z.string(), z.unknown());

const RatingValues = z.object({
  rating: z.number(),
  rating_q975: z.number(),
  rating_q025: z.number(),
});

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'it is missing';
  if (value === 'NaN' || value === 'Infinity' || value === '-Infinity') return `it is ${value}`;
  return `got ${JSON.stringify(value)}`;
}

/** One entry's values, or the field and reason it is rejected for. */
function readEntry(
  value: unknown,
):
  | { ok: true; rating: number; ciLow: number; ciHigh: number }
  | { ok: false; field: string | null; reason: string } {
  if (!isPlainObject(value))
    return {
      ok: false,
      field: null,
      reason: `expected {rating, rating_q975, rating_q025}, ${describe(value)}`,
    };
  const parsed = RatingValues.safeParse(value);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]!.path[0] ?? '');
    return { ok: false, field, reason: `${field} must be a finite number; ${describe(value[field])}` };
  }
  const { rating, rating_q025: ciLow, rating_q975: ciHigh } = parsed.data;
  if (ciLow > ciHigh)
    return {
      ok: false,
      field: 'rating_q025',
      reason: `the lower bound ${ciLow} is above the upper bound ${ciHigh}`,
    };
  return { ok: true, rating, ciLow, ciHigh };
}

function parseRatings(text: string, input: InputMeta): Parsed<ArenaRatingsFile> {
  const json = readJson(text, SOURCE, input.location);
  const top = RatingsPayload.safeParse(json);
  if (!top.success)
    throw new PayloadError(
      SOURCE,
      input.location,
      `expected an object {category: {model_key: {rating, rating_q975, rating_q025}}}, got ${Array.isArray(json) ? 'a list' : typeof json}`,
    );
  const arena = arenaOf(input);
  if (arena === null)
    throw new PayloadError(
      SOURCE,
      input.location,
      'cannot tell which arena this ratings file is for',
      'Give the arena in the manifest entry (`"arena": "text"`) or use the upstream file name (leaderboard-text.json).',
    );
  const categoryNames = Object.keys(top.data);
  if (!categoryNames.some((c) => isPlainObject(top.data[c])))
    throw new PayloadError(
      SOURCE,
      input.location,
      `no category holds ratings (top-level keys: ${categoryNames.slice(0, 8).join(', ') || 'none'})`,
    );

  const rejections: Rejection[] = [];
  const notes: string[] = [];
  const rawByKey = new Map<string, Record<string, unknown>>();
  const categories: Record<string, ArenaRatingEntry[]> = {};
  for (const category of categoryNames) {
    const models = top.data[category];
    if (!isPlainObject(models)) {
      rejections.push({
        source: SOURCE,
        recordId: category,
        field: null,
        reason: `category ${category} is not an object of ratings`,
      });
      continue;
    }
    const accepted: Omit<ArenaRatingEntry, 'rank'>[] = [];
    for (const [key, value] of Object.entries(models)) {
      if (key.trim() !== '') {
        const raw = rawByKey.get(key) ?? {};
        raw[category] = value;
        rawByKey.set(key, raw);
      }
      const recordId = `${category}/${key}`;
      if (key.trim() === '') {
        rejections.push({ source: SOURCE, recordId, field: null, reason: 'the model key is empty' });
        continue;
      }
      const entry = readEntry(value);
      if (!entry.ok) {
        rejections.push({ source: SOURCE, recordId, field: entry.field, reason: entry.reason });
        continue;
      }
      accepted.push({ key, rating: entry.rating, ciLow: entry.ciLow, ciHigh: entry.ciHigh });
    }
    const ranks = rankByUpperBound(accepted);
    categories[category] = accepted
      .map((e) => ({ ...e, rank: ranks.get(e.key)! }))
      .sort((a, b) => b.rating - a.rating || a.key.localeCompare(b.key));
  }
  if (!('full' in categories)) notes.push('no `full` category: this file gives no overall figures');
  const raw: RawRecord[] = [...rawByKey].map(([key, values]) => ({
    source: SOURCE,
    recordId: key,
    raw: values,
  }));
  const file: ArenaRatingsFile = { arena, styleControl: styleControlOf(input), date: input.date, categories };
  return { records: [file], rejections, raw, notes };
}

/** Parser for `lmarena.catalog.ratings` payloads. */
export const arenaRatings: SourceParser<ArenaRatingsFile> = {
  kind: 'lmarena.catalog.ratings',
  source: SOURCE,
  parse: parseRatings,
};
