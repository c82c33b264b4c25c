// Format `rankings-daily-api`: the official `/datasets/rankings-daily` rows (daily top 50 by
// permaslug plus one `other` row). Two shapes carry the same rows:
//   live:     {"data": [{date, model_permaslug, total_tokens}], "meta": {as_of, start_date, end_date, version}}
//   recorded: {date: {permaslug: {date, model_permaslug, total_tokens}}}  (rows merged by a collector)

import { z } from 'zod';
import { describeJsonType, isJsonObject, readJsonPayload } from '../litellm/json-payload.ts';
import { type Parsed, PayloadError, type Rejection, type SourceParser } from '../source.ts';
import type { UsageDay, UsageOrigin } from '../types.ts';
import { rawPerModel } from './raw.ts';
import { isIsoDate, tokenCount } from './tokens.ts';

export const RANKINGS_DAILY_FORMAT = 'rankings-daily-api';

const RankingsRow = z.looseObject({
  date: z.string(),
  model_permaslug: z.string().min(1),
  total_tokens: z.unknown(),
});

const RankingsMeta = z.looseObject({
  as_of: z.string().nullish(),
  start_date: z.string().nullish(),
  end_date: z.string().nullish(),
  version: z.string().nullish(),
});

/** One row with where it sat in the payload, so a mismatch with its map keys can be reported. */
interface Located {
  row: unknown;
  recordId: string;
  expectDate: string | null;
  expectSlug: string | null;
}

function rowsOf(json: unknown, location: string, notes: string[]): Located[] {
  if (isJsonObject(json) && 'error' in json && !('data' in json)) {
    const error = json.error;
    const message =
      isJsonObject(error) && typeof error.message === 'string' ? error.message : JSON.stringify(error);
    throw new PayloadError(
      'openrouter-usage',
      location,
      `the API answered with an error instead of rows: ${message}`,
      'Check OPENROUTER_API_KEY and the date range; the previous snapshot is unchanged.',
    );
  }
  if (isJsonObject(json) && Array.isArray(json.data)) {
    const meta = RankingsMeta.safeParse(json.meta ?? {});
    if (meta.success) {
      const m = meta.data;
      if (m.as_of)
        notes.push(`The API says the data is as of ${m.as_of} (window ${m.start_date} to ${m.end_date}).`);
      if (m.version && m.version !== 'v1')
        notes.push(`The API reports version ${m.version}; it was read as v1.`);
    }
    return json.data.map((row, i) => ({ row, recordId: `data[${i}]`, expectDate: null, expectSlug: null }));
  }
  if (isJsonObject(json) && Object.keys(json).length > 0 && Object.keys(json).every(isIsoDate)) {
    notes.push('Recorded rows keyed by date and permaslug; the API envelope (meta.as_of) was not kept.');
    const out: Located[] = [];
    for (const [date, byslug] of Object.entries(json)) {
      if (!isJsonObject(byslug)) {
        out.push({ row: byslug, recordId: date, expectDate: date, expectSlug: null });
        continue;
      }
      for (const [slug, row] of Object.entries(byslug)) {
        out.push({ row, recordId: `${slug}@${date}`, expectDate: date, expectSlug: slug });
      }
    }
    return out;
  }
  throw new PayloadError(
    'openrouter-usage',
    location,
    `expected {"data": [rows]} or {date: {permaslug: row}}, got ${describeJsonType(json)}${
      isJsonObject(json) ? ` with keys ${Object.keys(json).slice(0, 5).join(', ')}` : ''
    }`,
  );
}

export const usageRankingsDaily: SourceParser<UsageDay> = {
  kind: 'openrouter.usage',
  source: 'openrouter-usage',
  parse(text, input): Parsed<UsageDay> {
    const json = readJsonPayload(text, 'openrouter-usage', input.location);
    const notes: string[] = [];
    const located = rowsOf(json, input.location, notes);
    const origin: UsageOrigin = { format: RANKINGS_DAILY_FORMAT, location: input.location, date: input.date };
    const rejections: Rejection[] = [];
    const byKey = new Map<string, { day: UsageDay; raw: unknown }>();
    let duplicates = 0;
    for (const { row, recordId, expectDate, expectSlug } of located) {
      const reject = (field: string | null, reason: string) =>
        rejections.push({ source: 'openrouter-usage', recordId, field, reason });
      const checked = RankingsRow.safeParse(row);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        const field = issue.path.map(String).join('.') || null;
        reject(
          field,
          isJsonObject(row)
            ? `${field ?? 'The row'} is not valid: ${issue.message}.`
            : `The row is ${describeJsonType(row)}, not {date, model_permaslug, total_tokens}.`,
        );
        continue;
      }
      const r = checked.data;
      if (!isIsoDate(r.date)) {
        reject('date', `date ${JSON.stringify(r.date)} is not a YYYY-MM-DD date.`);
        continue;
      }
      if (expectDate !== null && r.date !== expectDate) {
        reject('date', `The row says ${r.date} but is filed under ${expectDate}.`);
        continue;
      }
      if (expectSlug !== null && r.model_permaslug !== expectSlug) {
        reject('model_permaslug', `The row says ${r.model_permaslug} but is filed under ${expectSlug}.`);
        continue;
      }
      const tokens = tokenCount(r.total_tokens);
      if (!tokens.ok) {
        reject('total_tokens', `total_tokens ${tokens.reason}.`);
        continue;
      }
      const slug = r.model_permaslug;
      const key = `${r.date}\u0000${slug}`;
      if (byKey.delete(key)) duplicates++;
      byKey.set(key, {
        day: {
          date: r.date,
          modelKey: slug,
          keyKind: slug === 'other' ? 'other' : 'permaslug',
          tokens: tokens.tokens,
          prompt: null,
          completion: null,
          reasoning: null,
          origin,
        },
        raw: row,
      });
    }
    if (byKey.size === 0 && rejections.length === 0) {
      throw new PayloadError('openrouter-usage', input.location, 'the payload holds no usage rows');
    }
    if (duplicates > 0)
      notes.push(`${duplicates} rows repeat an earlier (date, permaslug) pair; the last of each was kept.`);
    const kept = [...byKey.values()];
    const dates = new Set(kept.map((k) => k.day.date));
    const withOther = new Set(kept.filter((k) => k.day.keyKind === 'other').map((k) => k.day.date));
    if (dates.size > withOther.size) {
      notes.push(
        `${dates.size - withOther.size} of ${dates.size} days have no "other" row; their platform totals cover the listed models only.`,
      );
    }
    return {
      records: kept.map((k) => k.day),
      rejections,
      raw: rawPerModel(kept.map((k) => ({ modelKey: k.day.modelKey, row: k.raw }))),
      notes,
    };
  },
};
