import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { makeRecord } from '../store/fixtures.ts';
import { RECORD_CSV_COLUMNS, recordsToCsv } from './records-csv.ts';

describe('records as CSV', () => {
  test('a header row then one row per record, with machine values', () => {
    const csv = recordsToCsv([
      makeRecord({ id: 'z-ai/glm-4-32b', name: 'Z.ai: GLM 4 32B', contextLength: 128000 }),
      makeRecord({ id: 'openrouter/auto', name: 'Auto Router, "smart"' }),
    ]);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, 2);
    assert.deepEqual(Object.keys(rows[0]!), RECORD_CSV_COLUMNS);
    assert.equal(rows[0]!.id, 'z-ai/glm-4-32b');
    assert.equal(rows[0]!.context_length, '128000');
    assert.equal(rows[1]!.name, 'Auto Router, "smart"');
  });
  test('upstream text that would run as a spreadsheet formula is neutralised', () => {
    const csv = recordsToCsv([makeRecord({ name: '=HYPERLINK("http://x","y")' })]);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    assert.equal(rows[0]!.name, `'=HYPERLINK("http://x","y")`);
  });
  test('unknown values are empty cells, never zero', () => {
    const csv = recordsToCsv([
      makeRecord({
        pricing: { state: 'unknown', inputPer1M: null, outputPer1M: null, extra: {}, otherRaw: {} },
      }),
    ]);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    assert.equal(rows[0]!.input_usd_per_1m, '');
    assert.equal(rows[0]!.pricing_state, 'unknown');
  });
});
