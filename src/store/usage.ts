// Daily usage rows: written once per input file (by sha256), read back as the per-model daily
// series of a snapshot's usage inputs up to its as-of date.

import type { Kysely, Transaction } from 'kysely';
import type { SnapshotMeta, UsageSeriesData } from '../catalog/types.ts';
import type { ModelRecord } from '../domain/model.ts';
import { addDays, apiIdByPermaslug } from '../domain/usage.ts';
import { USAGE_SERIES_DAYS, usageSeries, usageWindowEnd } from '../domain/usage-series.ts';
import type { UsageDay } from '../sources/types.ts';
import type { BulkInsert } from './bulk.ts';
import { StoreError } from './errors.ts';
import type { Database, UsageDayTable } from './schema.ts';
import type { SnapshotDraft } from './types.ts';

/** Formats whose rows are whole days (the page snapshots' week-to-date figures never are). */
const DAILY_FORMATS: ReadonlySet<string> = new Set(['model-activity-csv', 'rankings-daily-api']);

export function checkUsageDraft(draft: SnapshotDraft): void {
  const shas = new Set(draft.inputs.map((i) => i.sha256));
  for (const group of draft.usageDays ?? []) {
    if (!shas.has(group.inputSha256)) {
      throw new StoreError(
        `Usage rows name input ${group.inputSha256}, which is not among the snapshot's inputs; nothing was written.`,
      );
    }
    const bad = group.days.find((d) => !Number.isSafeInteger(d.tokens) || d.tokens < 0);
    if (bad) {
      throw new StoreError(
        `The usage row of ${bad.modelKey} on ${bad.date} has ${bad.tokens} tokens, not a whole number of 0 or more; nothing was written. Check the usage parser.`,
      );
    }
  }
}

/**
 * The rows are a function of the file's bytes, so a file already stored from a draft with as many
 * rows is skipped (a replay stores a 55,000-row series once, and later snapshots only compare a
 * count); a different count replaces them.
 */
export async function writeUsageDays(
  trx: Transaction<Database>,
  bulk: BulkInsert,
  draft: SnapshotDraft,
): Promise<void> {
  const done = new Set<string>();
  for (const group of draft.usageDays ?? []) {
    const sha = group.inputSha256;
    if (done.has(sha)) continue;
    done.add(sha);
    const stored = await trx
      .selectFrom('input_file')
      .select('usage_count')
      .where('sha256', '=', sha)
      .executeTakeFirstOrThrow();
    if (stored.usage_count === group.days.length) continue;
    if (stored.usage_count > 0) await trx.deleteFrom('usage_day').where('input_sha256', '=', sha).execute();
    await bulk(trx, { table: 'usage_day', columns: USAGE_DAY_COLUMNS, rows: usageRows(sha, group.days) });
    await trx
      .updateTable('input_file')
      .set({ usage_count: group.days.length })
      .where('sha256', '=', sha)
      .execute();
  }
}

const USAGE_DAY_COLUMNS = [
  'input_sha256',
  'date',
  'model_key',
  'key_kind',
  'tokens',
  'prompt',
  'completion',
  'reasoning',
] as const satisfies readonly (keyof UsageDayTable)[];

/** One row per (date, model key): a key repeated within a file keeps its last row, as the parsers do. */
function usageRows(sha: string, days: readonly UsageDay[]): UsageDayTable[] {
  const byKey = new Map<string, UsageDayTable>();
  for (const d of days) {
    byKey.set(`${d.date}\u0000${d.modelKey}`, {
      input_sha256: sha,
      date: d.date,
      model_key: d.modelKey,
      key_kind: d.keyKind,
      tokens: d.tokens,
      prompt: d.prompt,
      completion: d.completion,
      reasoning: d.reasoning,
    });
  }
  return [...byKey.values()];
}

/**
 * The daily series of a snapshot's records over the 30 days to its usage window end, from the daily usage
 * inputs it was built from, with the same day choice and join as the record's usage facts. null when
 * the snapshot used no daily usage input.
 */
export async function loadUsageSeries(
  db: Kysely<Database>,
  snapshot: SnapshotMeta,
  records: readonly ModelRecord[],
): Promise<UsageSeriesData | null> {
  const inputs = snapshot.inputs.filter(
    (i) => i.kind === 'openrouter.usage' && DAILY_FORMATS.has(String(i.meta.format)),
  );
  if (inputs.length === 0) return null;
  const end = usageWindowEnd(snapshot.asOf, snapshot.mode === 'live');
  const from = addDays(end, -(USAGE_SERIES_DAYS - 1));
  // Oldest input first, as the pipeline orders them, so a later file's restated day wins.
  const ordered = [...inputs].sort((a, b) => a.date.localeCompare(b.date));
  const days: UsageDay[] = [];
  const seen = new Set<string>();
  for (const input of ordered) {
    if (seen.has(input.sha256)) continue;
    seen.add(input.sha256);
    // One primary-key range per file, and only the columns the series needs.
    const rows = await db
      .selectFrom('usage_day')
      .select(['date', 'model_key', 'key_kind', 'tokens'])
      .where('input_sha256', '=', input.sha256)
      .where('date', '>=', from)
      .where('date', '<=', end)
      .execute();
    const origin = { format: String(input.meta.format), location: input.location, date: input.date };
    for (const r of rows) {
      days.push({
        date: r.date,
        modelKey: r.model_key,
        keyKind: r.key_kind as UsageDay['keyKind'],
        tokens: Number(r.tokens),
        prompt: null,
        completion: null,
        reasoning: null,
        origin,
      });
    }
  }
  const openrouter = records.filter((r) => r.ids.openrouter !== null);
  const join = {
    apiIdByPermaslug: apiIdByPermaslug(
      openrouter.map((r) => ({ id: r.ids.openrouter!, canonicalSlug: r.ids.canonicalSlug })),
    ),
  };
  const series = usageSeries(days, end, join);
  const ids = new Set(records.map((r) => r.id));
  const byModel: UsageSeriesData['byModel'] = {};
  for (const [id, points] of Object.entries(series.byModel)) if (ids.has(id)) byModel[id] = points;
  return { from: series.from, to: series.to, covered: series.covered, byModel };
}
