// The live usage source: GET {OPENROUTER_BASE_URL}/datasets/rankings-daily with a bearer key.
// Without a key there is no usage at all, and the ingest says so in a sentence.

import type { InputMeta } from '../source.ts';
import { RANKINGS_DAILY_FORMAT } from './rankings-daily.ts';
import { isIsoDate } from './tokens.ts';

export const DEFAULT_OPENROUTER_BASE_URL = 'https://openrouter.ai/api/v1';

/** The rankings-daily URL; without dates the API serves the 30 days up to the last complete UTC day. */
export function rankingsDailyUrl(base: string, startDate?: string, endDate?: string): string {
  for (const [name, value] of [
    ['start date', startDate],
    ['end date', endDate],
  ] as const) {
    if (value !== undefined && !isIsoDate(value)) {
      throw new RangeError(
        `The usage ${name} ${JSON.stringify(value)} is not a YYYY-MM-DD date. Give a date such as 2026-01-29.`,
      );
    }
  }
  if (startDate !== undefined && endDate !== undefined && startDate > endDate) {
    throw new RangeError(`The usage start date ${startDate} is after the end date ${endDate}. Swap them.`);
  }
  const url = new URL(`${base.replace(/\/+$/, '')}/datasets/rankings-daily`);
  if (startDate !== undefined) url.searchParams.set('start_date', startDate);
  if (endDate !== undefined) url.searchParams.set('end_date', endDate);
  return url.toString();
}

/** The sentence shown when usage is left out for want of a key. */
export function usageSkippedReason(): string {
  return (
    'OpenRouter usage is skipped because OPENROUTER_API_KEY is not set; ' +
    'set it to any OpenRouter API key to include daily token usage (the rankings-daily dataset requires one).'
  );
}

export type LiveUsageRequest =
  | { kind: 'fetch'; url: string; headers: Record<string, string>; input: InputMeta }
  | { kind: 'skip'; reason: string };

export interface LiveUsageEnv {
  OPENROUTER_API_KEY?: string | undefined;
  OPENROUTER_BASE_URL?: string | undefined;
}

/**
 * What to fetch for live usage, or why usage is skipped. `today` is the ingest's date (the input
 * date recorded with the payload); the key is sent only as a header, never kept in the input.
 */
export function liveUsageRequest(
  env: LiveUsageEnv,
  today: string,
  range: { startDate?: string; endDate?: string } = {},
): LiveUsageRequest {
  const key = env.OPENROUTER_API_KEY?.trim();
  if (!key) return { kind: 'skip', reason: usageSkippedReason() };
  const url = rankingsDailyUrl(
    env.OPENROUTER_BASE_URL || DEFAULT_OPENROUTER_BASE_URL,
    range.startDate,
    range.endDate,
  );
  return {
    kind: 'fetch',
    url,
    headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' },
    input: {
      kind: 'openrouter.usage',
      location: url,
      date: range.endDate ?? today,
      partial: false,
      meta: { format: RANKINGS_DAILY_FORMAT, ...(range.startDate ? { dateFrom: range.startDate } : {}) },
    },
  };
}
