// OpenRouter usage: three recorded/live formats under one manifest kind, chosen by `meta.format`.

import { type InputMeta, type Parsed, PayloadError } from '../source.ts';
import type { UsageDay, UsageWeekToDate } from '../types.ts';
import { ACTIVITY_CSV_FORMAT, usageActivityCsv } from './activity-csv.ts';
import { RANKINGS_DAILY_FORMAT, usageRankingsDaily } from './rankings-daily.ts';
import { RANKINGS_PAGE_FORMAT, usageRankingsPage } from './rankings-page.ts';

export { usageActivityCsv } from './activity-csv.ts';
export {
  DEFAULT_OPENROUTER_BASE_URL,
  type LiveUsageEnv,
  type LiveUsageRequest,
  liveUsageRequest,
  rankingsDailyUrl,
  usageSkippedReason,
} from './live.ts';
export { usageRankingsDaily } from './rankings-daily.ts';
export { usageRankingsPage, weekStartOf } from './rankings-page.ts';

export const USAGE_FORMATS = [ACTIVITY_CSV_FORMAT, RANKINGS_DAILY_FORMAT, RANKINGS_PAGE_FORMAT] as const;
export type UsageFormat = (typeof USAGE_FORMATS)[number];

/** Daily figures (full per-day data) or week-to-date figures (partial snapshots), never mixed. */
export type ParsedUsage =
  | { format: typeof ACTIVITY_CSV_FORMAT | typeof RANKINGS_DAILY_FORMAT; daily: Parsed<UsageDay> }
  | { format: typeof RANKINGS_PAGE_FORMAT; weekToDate: Parsed<UsageWeekToDate> };

/** Parse one `openrouter.usage` payload with the parser its `meta.format` names. */
export function parseUsage(text: string, input: InputMeta): ParsedUsage {
  const format = input.meta.format;
  switch (format) {
    case ACTIVITY_CSV_FORMAT:
      return { format, daily: usageActivityCsv.parse(text, input) };
    case RANKINGS_DAILY_FORMAT:
      return { format, daily: usageRankingsDaily.parse(text, input) };
    case RANKINGS_PAGE_FORMAT:
      return { format, weekToDate: usageRankingsPage.parse(text, input) };
    default:
      throw new PayloadError(
        'openrouter-usage',
        input.location,
        format === undefined
          ? 'the usage input has no format'
          : `the usage format ${JSON.stringify(format)} is not one this version reads`,
        `Set the manifest entry's "format" to one of ${USAGE_FORMATS.join(', ')}.`,
      );
  }
}
