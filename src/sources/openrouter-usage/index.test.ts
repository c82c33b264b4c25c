import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InputMeta } from '../source.ts';
import { PayloadError } from '../source.ts';
import { liveUsageRequest, parseUsage, rankingsDailyUrl, usageSkippedReason } from './index.ts';

const input = (format: unknown): InputMeta => ({
  kind: 'openrouter.usage',
  location: 'usage/file',
  date: '2026-01-29',
  partial: false,
  meta: format === undefined ? {} : { format },
});

describe('parseUsage chooses the parser by meta.format', () => {
  test('the activity CSV gives daily figures', () => {
    const r = parseUsage(
      'Date,Model,Prompt,Completion,Reasoning,Total_Tokens\n2026-01-29,a/b,1,1,0,2\n',
      input('model-activity-csv'),
    );
    assert.equal(r.format, 'model-activity-csv');
    assert.ok('daily' in r && r.daily.records[0]!.tokens === 2_000_000_000);
  });

  test('rankings-daily gives daily figures', () => {
    const text = JSON.stringify({
      data: [{ date: '2026-01-29', model_permaslug: 'other', total_tokens: '7' }],
    });
    const r = parseUsage(text, input('rankings-daily-api'));
    assert.ok('daily' in r && r.daily.records[0]!.keyKind === 'other');
  });

  test('a page snapshot gives week-to-date figures, never daily ones', () => {
    const text = JSON.stringify({
      meta: { fetched_at: '2026-01-29T10:00:00Z' },
      models: [{ rank: 1, model_id: 'a/b', tokens: 5 }],
    });
    const r = parseUsage(text, input('rankings-page-snapshot'));
    assert.ok(!('daily' in r));
    assert.ok('weekToDate' in r && r.weekToDate.records[0]!.weekStart === '2026-01-26');
  });

  test('an unknown or missing format is a PayloadError that lists the known ones', () => {
    for (const format of ['weekly-chart', undefined, 3]) {
      assert.throws(
        () => parseUsage('{}', input(format)),
        (error: unknown) =>
          error instanceof PayloadError &&
          /model-activity-csv, rankings-daily-api, rankings-page-snapshot/.test(error.message),
      );
    }
  });
});

describe('the live rankings-daily request', () => {
  test('the URL carries the window when one is given', () => {
    assert.equal(
      rankingsDailyUrl('https://openrouter.ai/api/v1/', '2026-01-01', '2026-01-29'),
      'https://openrouter.ai/api/v1/datasets/rankings-daily?start_date=2026-01-01&end_date=2026-01-29',
    );
    assert.equal(
      rankingsDailyUrl('http://localhost:9/api/v1'),
      'http://localhost:9/api/v1/datasets/rankings-daily',
    );
  });

  test('bad dates are refused with a sentence', () => {
    assert.throws(() => rankingsDailyUrl('https://x/api/v1', '2026-1-1'), /not a YYYY-MM-DD date/);
    assert.throws(
      () => rankingsDailyUrl('https://x/api/v1', '2026-02-01', '2026-01-01'),
      /after the end date/,
    );
  });

  test('without a key, usage is skipped and the reason says so plainly', () => {
    for (const key of [undefined, '', '   ']) {
      const r = liveUsageRequest({ OPENROUTER_API_KEY: key }, '2026-01-29');
      assert.deepEqual(r, { kind: 'skip', reason: usageSkippedReason() });
    }
    assert.match(
      usageSkippedReason(),
      /^OpenRouter usage is skipped because OPENROUTER_API_KEY is not set;.*\.$/,
    );
  });

  test('with a key, the request carries a bearer header and a usage input for the parser', () => {
    const r = liveUsageRequest(
      { OPENROUTER_API_KEY: 'sk-or-test', OPENROUTER_BASE_URL: 'http://127.0.0.1:8080/api/v1' },
      '2026-01-30',
      { startDate: '2026-01-01', endDate: '2026-01-29' },
    );
    assert.equal(r.kind, 'fetch');
    if (r.kind !== 'fetch') return;
    assert.equal(r.headers.Authorization, 'Bearer sk-or-test');
    assert.equal(
      r.url,
      'http://127.0.0.1:8080/api/v1/datasets/rankings-daily?start_date=2026-01-01&end_date=2026-01-29',
    );
    assert.deepEqual(r.input.meta, { format: 'rankings-daily-api', dateFrom: '2026-01-01' });
    assert.equal(r.input.date, '2026-01-29');
    assert.ok(!JSON.stringify(r.input).includes('sk-or-test'));
  });

  test('the default base is OpenRouter itself', () => {
    const r = liveUsageRequest({ OPENROUTER_API_KEY: 'k' }, '2026-01-30');
    assert.ok(r.kind === 'fetch' && r.url === 'https://openrouter.ai/api/v1/datasets/rankings-daily');
    assert.ok(r.kind === 'fetch' && r.input.date === '2026-01-30');
  });
});
