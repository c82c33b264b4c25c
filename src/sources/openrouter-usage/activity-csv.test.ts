import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InputMeta } from '../source.ts';
import { PayloadError } from '../source.ts';
import { usageActivityCsv } from './activity-csv.ts';

const INPUT: InputMeta = {
  kind: 'openrouter.usage',
  location: 'usage/activity.csv',
  date: '2026-01-29',
  partial: false,
  meta: { format: 'model-activity-csv', dateFrom: '2026-01-27' },
};

const CSV = [
  'Date,Model,Prompt,Completion,Reasoning,Total_Tokens',
  '2026-01-27,deepseek/deepseek-r1,1.208996,0.261016,0.170263,1.470012',
  '2026-01-27,deepseek/deepseek-r1:free,0.5,0.065562,0.0,0.565562',
  '2026-01-27,aion-labs/aion-1.0-mini,5.2e-05,5.9e-05,0.0,0.00011',
  '2026-01-27,eleutherai/llemma_7b,0.0,0.0,0.0,0.0',
  '2026-01-28,deepseek/deepseek-r1,1.0,0.5,0.1,1.5',
  '2026-01-28,deepseek/deepseek-r1,2.0,0.5,0.1,2.5',
  '2026-01-28,bad/negative,0.1,0.1,0.0,-0.2',
  '2026-01-28,bad/words,0.1,0.1,0.0,lots',
  '2026-13-01,bad/date,0.1,0.1,0.0,0.2',
  '2026-01-28,,0.1,0.1,0.0,0.2',
  '2026-01-29,bad/short,0.1',
].join('\n');

const parsed = usageActivityCsv.parse(CSV, INPUT);
const find = (date: string, model: string) =>
  parsed.records.find((d) => d.date === date && d.modelKey === model);

describe('the model activity CSV', () => {
  test('billions become exact integer tokens, prompt, completion and reasoning too', () => {
    assert.deepEqual(find('2026-01-27', 'deepseek/deepseek-r1'), {
      date: '2026-01-27',
      modelKey: 'deepseek/deepseek-r1',
      keyKind: 'api-id',
      tokens: 1470012000,
      prompt: 1208996000,
      completion: 261016000,
      reasoning: 170263000,
      origin: { format: 'model-activity-csv', location: 'usage/activity.csv', date: '2026-01-29' },
    });
    assert.equal(find('2026-01-27', 'aion-labs/aion-1.0-mini')!.tokens, 110000);
    assert.equal(find('2026-01-27', 'aion-labs/aion-1.0-mini')!.prompt, 52000);
  });

  test('variants are their own API ids', () => {
    const free = find('2026-01-27', 'deepseek/deepseek-r1:free')!;
    assert.equal(free.keyKind, 'api-id');
    assert.equal(free.tokens, 565562000);
  });

  test('a zero row is a real zero, kept', () => {
    assert.equal(find('2026-01-27', 'eleutherai/llemma_7b')!.tokens, 0);
  });

  test('a repeated (date, model) keeps the last row and says so', () => {
    const rows = parsed.records.filter(
      (d) => d.date === '2026-01-28' && d.modelKey === 'deepseek/deepseek-r1',
    );
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.tokens, 2500000000);
    assert.ok(
      parsed.notes.some((n) => /1 rows repeat .*deepseek\/deepseek-r1 on 2026-01-28.*last row/.test(n)),
    );
  });

  test('bad rows are rejected one by one with their field', () => {
    const fields = parsed.rejections.map((r) => [r.recordId, r.field]);
    assert.deepEqual(fields, [
      ['bad/negative@2026-01-28', 'Total_Tokens'],
      ['bad/words@2026-01-28', 'Total_Tokens'],
      ['bad/date@2026-13-01', 'Date'],
      ['row 10', 'Model'],
      ['bad/short@2026-01-29', null],
    ]);
    assert.match(parsed.rejections[0]!.reason, /^Row 7: Total_Tokens "-0.2" is negative\.$/);
    assert.match(parsed.rejections[4]!.reason, /3 fields where the header has 6.*truncated/);
    assert.equal(parsed.records.length, 5);
  });

  test('raw rows are kept as header → text, grouped per model id', () => {
    const raw = parsed.raw.find((r) => r.recordId === 'deepseek/deepseek-r1')!;
    assert.equal(raw.source, 'openrouter-usage');
    assert.deepEqual((raw.raw as { rows: unknown[] }).rows[0], {
      Date: '2026-01-27',
      Model: 'deepseek/deepseek-r1',
      Prompt: '1.208996',
      Completion: '0.261016',
      Reasoning: '0.170263',
      Total_Tokens: '1.470012',
    });
    assert.equal(new Set(parsed.raw.map((r) => r.recordId)).size, parsed.raw.length);
  });

  test('header case and column order do not matter, and optional columns may be missing', () => {
    const p = usageActivityCsv.parse('model,total_tokens,date\r\nx/y,0.25,2026-01-01\r\n', INPUT);
    assert.equal(p.records[0]!.tokens, 250000000);
    assert.equal(p.records[0]!.prompt, null);
    assert.ok(p.notes.some((n) => /no prompt, completion, reasoning column/.test(n)));
  });
});

describe('a file that is not the activity CSV stops the ingest', () => {
  const cases: [string, string, RegExp][] = [
    [
      'a renamed total column',
      'Date,Model,Prompt,Completion,Reasoning,Total\n2026-01-01,x/y,1,1,0,2',
      /lacks total_tokens/,
    ],
    ['a wrong header', 'model_permaslug,date,total_tokens\nx/y,2026-01-01,5', /lacks model/],
    ['an HTML page', '<!doctype html><html><body>Not found</body></html>', /HTML page/],
    ['an empty file', '\uFEFF\n', /empty/],
    ['a header without rows', 'Date,Model,Prompt,Completion,Reasoning,Total_Tokens\n', /no rows/],
    [
      'an unclosed quote',
      'Date,Model,Prompt,Completion,Reasoning,Total_Tokens\n2026-01-01,"x/y,1,1,0,2',
      /cannot be read/,
    ],
  ];
  for (const [what, text, message] of cases) {
    test(`${what} is a PayloadError`, () => {
      assert.throws(
        () => usageActivityCsv.parse(text, INPUT),
        (error: unknown) =>
          error instanceof PayloadError && error.source === 'openrouter-usage' && message.test(error.message),
      );
    });
  }
});
