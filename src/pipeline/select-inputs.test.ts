import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseManifest } from './manifest.ts';
import { newestDate, replayDates, selectInputs } from './select-inputs.ts';

const manifest = JSON.stringify({
  description: 'test',
  files: [
    { path: 'openrouter/a_2025-05-23.json', kind: 'openrouter.models', date: '2025-05-23' },
    {
      path: 'openrouter/tools_2025-07-29.json',
      kind: 'openrouter.models',
      date: '2025-07-29',
      partial: true,
    },
    { path: 'openrouter/a_2025-12-18.json', kind: 'openrouter.models', date: '2025-12-18' },
    {
      path: 'lmarena/text_2025-05-24.json',
      kind: 'lmarena.catalog.ratings',
      date: '2025-05-24',
      arena: 'text',
      styleControl: false,
    },
    {
      path: 'lmarena/text_sc_2025-05-24.json',
      kind: 'lmarena.catalog.ratings',
      date: '2025-05-24',
      arena: 'text',
      styleControl: true,
    },
    {
      path: 'lmarena/vision_2025-05-21.json',
      kind: 'lmarena.catalog.ratings',
      date: '2025-05-21',
      arena: 'vision',
      styleControl: false,
    },
    {
      path: 'lmarena/text_2025-12-11.json',
      kind: 'lmarena.catalog.ratings',
      date: '2025-12-11',
      arena: 'text',
      styleControl: false,
    },
    {
      path: 'lmarena/lb_text_2025-08-04.csv',
      kind: 'lmarena.leaderboard.csv',
      date: '2025-08-04',
      arena: 'text',
    },
    {
      path: 'lmarena/lb_vision_2025-08-04.csv',
      kind: 'lmarena.leaderboard.csv',
      date: '2025-08-04',
      arena: 'vision',
    },
    {
      path: 'openrouter/endpoints_m_2025-05-12.json',
      kind: 'openrouter.endpoints',
      date: '2025-05-12',
      note: 'model google/m',
    },
    {
      path: 'openrouter/endpoints_m_2025-05-23.json',
      kind: 'openrouter.endpoints',
      date: '2025-05-23',
      note: 'model google/m',
    },
    {
      path: 'usage/activity.csv',
      kind: 'openrouter.usage',
      date: '2026-05-04',
      dateFrom: '2025-11-11',
      format: 'model-activity-csv',
    },
    {
      path: 'usage/page_2026-03-28.json',
      kind: 'openrouter.usage',
      date: '2026-03-28',
      format: 'rankings-page-snapshot',
      partial: true,
    },
    { path: 'other/thing.json', kind: 'something.else', date: '2025-01-01' },
  ],
});

describe('reading the manifest', () => {
  test('files of kinds this version does not read are listed, not dropped silently', () => {
    const { entries, unknownKinds } = parseManifest(manifest);
    assert.equal(entries.length, 13);
    assert.deepEqual(unknownKinds, [{ path: 'other/thing.json', kind: 'something.else' }]);
  });
  test('manifest extras such as arena and styleControl are kept as meta', () => {
    const { entries } = parseManifest(manifest);
    const sc = entries.find((e) => e.location === 'lmarena/text_sc_2025-05-24.json')!;
    assert.equal(sc.meta.arena, 'text');
    assert.equal(sc.meta.styleControl, true);
  });
  test('a file that is not a manifest gets a sentence saying what it must be', () => {
    assert.throws(() => parseManifest('{"items": []}'), /not a data manifest.*files/);
    assert.throws(() => parseManifest('<html>'), /not valid JSON/);
    assert.throws(
      () =>
        parseManifest(JSON.stringify({ files: [{ path: 'x', kind: 'openrouter.models', date: 'May 5' }] })),
      /files\.0\.date/,
    );
  });
});

describe('selecting the files of one snapshot', () => {
  const { entries } = parseManifest(manifest);
  const paths = (asOf: string) => selectInputs(entries, asOf).inputs.map((e) => e.location);

  test('the newest file on or before the as-of date is used for each source', () => {
    const p = paths('2025-12-18');
    assert.ok(p.includes('openrouter/a_2025-12-18.json'));
    assert.ok(!p.includes('openrouter/a_2025-05-23.json'));
    assert.ok(p.includes('lmarena/text_2025-12-11.json'));
  });
  test('a partial catalog is never the main one, even when it is the newest', () => {
    const sel = selectInputs(entries, '2025-08-01');
    assert.ok(sel.inputs.some((e) => e.location === 'openrouter/a_2025-05-23.json'));
    assert.ok(!sel.inputs.some((e) => e.location === 'openrouter/tools_2025-07-29.json'));
    assert.match(sel.passedOver.find((p) => p.entry.location.includes('tools'))!.why, /partial/);
  });
  test('raw and style-controlled ratings, and each arena, are separate sources', () => {
    const p = paths('2025-06-01');
    assert.ok(p.includes('lmarena/text_2025-05-24.json'));
    assert.ok(p.includes('lmarena/text_sc_2025-05-24.json'));
    assert.ok(p.includes('lmarena/vision_2025-05-21.json'));
  });
  test('endpoints files compete per model', () => {
    const p = paths('2025-06-01');
    assert.ok(p.includes('openrouter/endpoints_m_2025-05-23.json'));
    assert.ok(!p.includes('openrouter/endpoints_m_2025-05-12.json'));
  });
  test('a usage series counts from its first day, and every usage file on or before as-of is used', () => {
    assert.ok(paths('2026-01-29').includes('usage/activity.csv'));
    assert.ok(!paths('2025-11-01').includes('usage/activity.csv'));
    const p = paths('2026-04-01');
    assert.ok(p.includes('usage/activity.csv') && p.includes('usage/page_2026-03-28.json'));
  });
  test('nothing dated after the as-of date is used', () => {
    for (const e of selectInputs(entries, '2025-05-23').inputs) assert.ok(e.date <= '2025-05-23', e.location);
  });
});

describe('replay dates', () => {
  test('every distinct date, oldest first', () => {
    const { entries } = parseManifest(manifest);
    const dates = replayDates(entries);
    assert.equal(dates[0], '2025-05-12');
    assert.equal(newestDate(entries), '2026-05-04');
    assert.deepEqual([...dates].sort(), dates);
    assert.equal(new Set(dates).size, dates.length);
  });
});
