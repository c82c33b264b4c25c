// Format `rankings-page-snapshot`: a scrape of openrouter.ai/rankings. Its `models[]` tokens are
// WEEK-TO-DATE at `meta.fetched_at` (the week starts Monday 00:00 UTC), top 9 only: kept as
// week-to-date figures and never turned into daily ones.

import { z } from 'zod';
import { describeJsonType, isJsonObject, readJsonPayload } from '../litellm/json-payload.ts';
import { type Parsed, PayloadError, type RawRecord, type Rejection, type SourceParser } from '../source.ts';
import type { UsageWeekToDate } from '../types.ts';
import { tokenCount } from './tokens.ts';

export const RANKINGS_PAGE_FORMAT = 'rankings-page-snapshot';

const PageModel = z.looseObject({
  rank: z.number().int().positive(),
  model_id: z.string().min(1),
  tokens: z.unknown(),
  share_pct: z.number().nonnegative().nullish(),
});

/** The Monday 00:00 UTC that starts the week holding `instant`, as an ISO date. */
export function weekStartOf(instant: Date): string {
  const daysSinceMonday = (instant.getUTCDay() + 6) % 7;
  const monday = Date.UTC(
    instant.getUTCFullYear(),
    instant.getUTCMonth(),
    instant.getUTCDate() - daysSinceMonday,
  );
  return new Date(monday).toISOString().slice(0, 10);
}

export const usageRankingsPage: SourceParser<UsageWeekToDate> = {
  kind: 'openrouter.usage',
  source: 'openrouter-usage',
  parse(text, input): Parsed<UsageWeekToDate> {
    const json = readJsonPayload(text, 'openrouter-usage', input.location);
    if (!isJsonObject(json) || !isJsonObject(json.meta) || !Array.isArray(json.models)) {
      throw new PayloadError(
        'openrouter-usage',
        input.location,
        `expected a rankings page snapshot {meta: {fetched_at}, models: [...]}, got ${describeJsonType(json)}`,
      );
    }
    const fetchedRaw = json.meta.fetched_at;
    const fetched = typeof fetchedRaw === 'string' ? new Date(fetchedRaw) : null;
    if (fetched === null || Number.isNaN(fetched.getTime())) {
      throw new PayloadError(
        'openrouter-usage',
        input.location,
        `${fetchedRaw === undefined ? 'meta.fetched_at is missing' : `meta.fetched_at ${JSON.stringify(fetchedRaw)} is not a timestamp`}; week-to-date figures cannot be placed in time without it`,
      );
    }
    const fetchedAt = fetched.toISOString();
    const weekStart = weekStartOf(fetched);
    const records: UsageWeekToDate[] = [];
    const rejections: Rejection[] = [];
    const raw: RawRecord[] = [];
    json.models.forEach((model, i) => {
      const id = isJsonObject(model) && typeof model.model_id === 'string' ? model.model_id : `models[${i}]`;
      raw.push({ source: 'openrouter-usage', recordId: id, raw: model });
      const reject = (field: string | null, reason: string) =>
        rejections.push({ source: 'openrouter-usage', recordId: id, field, reason });
      const checked = PageModel.safeParse(model);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        const field = issue.path.map(String).join('.') || null;
        reject(
          field,
          isJsonObject(model)
            ? `${field ?? 'The entry'} is not valid: ${issue.message}.`
            : `The entry is ${describeJsonType(model)}, not a ranked model.`,
        );
        return;
      }
      const tokens = tokenCount(checked.data.tokens);
      if (!tokens.ok) {
        reject('tokens', `tokens ${tokens.reason}.`);
        return;
      }
      records.push({
        fetchedAt,
        weekStart,
        modelKey: checked.data.model_id,
        rank: checked.data.rank,
        tokens: tokens.tokens,
        sharePct: checked.data.share_pct ?? null,
      });
    });
    const hours = (fetched.getTime() - Date.parse(`${weekStart}T00:00:00Z`)) / 3_600_000;
    const notes = [
      `Week-to-date tokens since Monday ${weekStart} 00:00 UTC, fetched ${fetchedAt} (${hours.toFixed(1)} hours into the week); top ${records.length} models only.`,
    ];
    return { records, rejections, raw, notes };
  },
};
