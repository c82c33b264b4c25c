// Recorded-data checks for every usage file in the manifest, and the 7-day sums for as-of
// 2026-01-29 recomputed independently (BigInt over the CSV's decimal strings).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { apiIdByPermaslug, usageFacts } from '../../domain/usage.ts';
import type { InputMeta } from '../source.ts';
import type { UsageDay } from '../types.ts';
import { parseUsage } from './index.ts';

const DATA = process.env.ATLAS_RECORDED_DATA;
if (!DATA) {
  console.warn(
    '\n!!! ATLAS_RECORDED_DATA is not set: the OpenRouter usage recorded-data tests are SKIPPED. ' +
      'Run with ATLAS_RECORDED_DATA=/work/shared/data to include them. !!!\n',
  );
}

interface ManifestFile {
  path: string;
  kind: string;
  date: string;
  partial?: boolean;
  [extra: string]: unknown;
}

function usageInputs(dir: string): InputMeta[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: ManifestFile[] };
  return manifest.files
    .filter((f) => f.kind === 'openrouter.usage')
    .map(({ path, kind: _kind, date, partial, ...meta }) => ({
      kind: 'openrouter.usage',
      location: path,
      date,
      partial: partial === true,
      meta,
    }));
}

/** Billions as a decimal string → tokens, by BigInt division (a different route from the parser's). */
function billionsBig(text: string): bigint {
  const [mantissa, e = '0'] = text.toLowerCase().split('e') as [string, string?];
  const [whole, frac = ''] = mantissa.split('.') as [string, string?];
  const exp = Number(e) + 9 - frac.length;
  const digits = BigInt(whole + frac);
  if (exp >= 0) return digits * 10n ** BigInt(exp);
  const divisor = 10n ** BigInt(-exp);
  assert.equal(digits % divisor, 0n, `${text} billions is not a whole number of tokens`);
  return digits / divisor;
}

describe('recorded OpenRouter usage files', { skip: !DATA && 'ATLAS_RECORDED_DATA is not set' }, () => {
  const inputs = DATA ? usageInputs(DATA) : [];
  const read = (input: InputMeta) => parseUsage(readFileSync(join(DATA!, input.location), 'utf8'), input);
  const byFormat = (format: string) => inputs.filter((i) => i.meta.format === format);

  test('every usage file parses without a rejection', () => {
    assert.equal(inputs.length, 5);
    for (const input of inputs) {
      const r = read(input);
      const parsed = 'daily' in r ? r.daily : r.weekToDate;
      assert.deepEqual(parsed.rejections, [], input.location);
      assert.ok(parsed.records.length > 0, input.location);
    }
  });

  test('the activity CSV holds 54952 rows of 428 API ids over 175 days', () => {
    const r = read(byFormat('model-activity-csv')[0]!);
    assert.ok('daily' in r);
    const days = r.daily.records;
    assert.equal(days.length, 54952);
    assert.equal(new Set(days.map((d) => d.modelKey)).size, 428);
    assert.equal(new Set(days.map((d) => d.date)).size, 175);
    assert.equal(days.filter((d) => d.tokens === 0).length, 14);
    assert.ok(days.every((d) => d.keyKind === 'api-id' && Number.isSafeInteger(d.tokens)));
    const r1 = days.find((d) => d.date === '2025-11-11' && d.modelKey === 'deepseek/deepseek-r1')!;
    assert.equal(r1.tokens, 1_470_012_000);
  });

  test('rankings-daily holds 90 days of 50 models plus other', () => {
    const r = read(byFormat('rankings-daily-api')[0]!);
    assert.ok('daily' in r);
    const days = r.daily.records;
    assert.equal(days.length, 4590);
    const dates = new Set(days.map((d) => d.date));
    assert.equal(dates.size, 90);
    assert.equal(days.filter((d) => d.keyKind === 'other').length, 90);
    assert.equal(new Set(days.map((d) => d.modelKey)).size, 120);
    assert.equal(
      days.filter((d) => d.modelKey.endsWith(':free') && d.date === '2026-05-24').length > 0,
      true,
    );
  });

  test('page snapshots stay week-to-date, nine models each', () => {
    const weeks: Record<string, string> = {
      '2026-03-28': '2026-03-23',
      '2026-04-22': '2026-04-20',
      '2026-05-16': '2026-05-11',
    };
    for (const input of byFormat('rankings-page-snapshot')) {
      const r = read(input);
      assert.ok('weekToDate' in r);
      assert.equal(r.weekToDate.records.length, 9);
      assert.ok(r.weekToDate.records.every((w) => w.weekStart === weeks[input.date]));
    }
  });

  test("for as-of 2026-01-29, every model's 7-day tokens equal its CSV rows for 01-23 … 01-29, exactly", () => {
    const input = byFormat('model-activity-csv')[0]!;
    const text = readFileSync(join(DATA!, input.location), 'utf8');
    const expected7 = new Map<string, bigint>();
    const expected30 = new Map<string, bigint>();
    let platform = 0n;
    for (const line of text.trim().split('\n').slice(1)) {
      const [date, model, , , , total] = line.trim().split(',') as [
        string,
        string,
        string,
        string,
        string,
        string,
      ];
      const tokens = billionsBig(total);
      if (date >= '2025-12-31' && date <= '2026-01-29')
        expected30.set(model, (expected30.get(model) ?? 0n) + tokens);
      if (date >= '2026-01-23' && date <= '2026-01-29') {
        expected7.set(model, (expected7.get(model) ?? 0n) + tokens);
        platform += tokens;
      }
    }
    const r = read(input);
    assert.ok('daily' in r);
    const facts = usageFacts(r.daily.records, '2026-01-29', { apiIdByPermaslug: new Map() });
    assert.equal(facts.size, expected30.size);
    assert.ok(expected7.size > 300);
    for (const [model, tokens] of expected30) {
      const f = facts.get(model);
      assert.ok(f, `${model} has rows in the 30 days but no facts`);
      assert.equal(BigInt(f.tokens30d), tokens, model);
      assert.equal(BigInt(f.tokens7d), expected7.get(model) ?? 0n, model);
      assert.equal(f.daysCovered7d, 7);
      assert.equal(f.daysCovered30d, 30);
      assert.equal(f.asOf, '2026-01-29');
    }
    const shares = [...facts.values()].reduce((sum, f) => sum + (f.share7d ?? 0), 0);
    assert.ok(Math.abs(shares - 1) < 1e-9, `shares sum to ${shares}`);
    const top = [...facts.entries()].filter(([, f]) => f.rank7d === 1);
    assert.equal(top.length, 1);
    assert.equal(
      BigInt(top[0]![1].tokens7d),
      [...expected7.values()].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))[0],
    );
    assert.equal(top[0]![1].share7d, top[0]![1].tokens7d / Number(platform));
  });

  test('rankings-daily permaslugs join to the 2026-05-15 catalog through canonical_slug', () => {
    const catalog = JSON.parse(
      readFileSync(join(DATA!, 'openrouter/openrouter_models_2026-05-15.json'), 'utf8'),
    ) as {
      data: { id: string; canonical_slug?: string | null }[];
    };
    const usageJoin = {
      apiIdByPermaslug: apiIdByPermaslug(
        catalog.data.map((m) => ({ id: m.id, canonicalSlug: m.canonical_slug ?? null })),
      ),
    };
    const r = read(byFormat('rankings-daily-api')[0]!);
    assert.ok('daily' in r);
    const days: UsageDay[] = r.daily.records;
    const facts = usageFacts(days, '2026-05-30', usageJoin);
    assert.ok(facts.size > 0);
    const ids = new Set(catalog.data.map((m) => m.id));
    const joined = [...facts.keys()];
    // Every :free usage key is a :free API id; most joined ids are in the catalog.
    assert.ok(joined.filter((k) => k.endsWith(':free')).length > 0);
    assert.ok(joined.filter((k) => ids.has(k)).length >= joined.length * 0.8, `${joined.length} joined`);
    const sonnet = facts.get('anthropic/claude-sonnet-4.6');
    assert.ok(sonnet && sonnet.tokens7d > 0 && sonnet.source === 'rankings-daily-api');
    assert.equal(sonnet.daysCovered7d, 7);
  });
});
