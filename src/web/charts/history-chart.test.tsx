import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HistoryChart, niceTicks, spacedLabels } from './history-chart.tsx';

describe('niceTicks', () => {
  test('covers the range with round steps', () => {
    assert.deepEqual(niceTicks(0, 30), [0, 10, 20, 30]);
    assert.deepEqual(niceTicks(1283.4, 1287.1), [1282, 1284, 1286, 1288]);
    assert.deepEqual(niceTicks(0, 0.15), [0, 0.05, 0.1, 0.15]);
  });
  test('widens a flat line into a visible band', () => {
    const ticks = niceTicks(0.1, 0.1);
    assert.ok(ticks[0]! < 0.1 && ticks.at(-1)! > 0.1);
    assert.ok(niceTicks(0, 0).at(-1)! > 0);
  });
});

describe('HistoryChart', () => {
  const svg = (points: { date: string; value: number }[]) =>
    String(
      <HistoryChart
        id="c"
        title="Price"
        description="Input: $1 on 2025-01-01."
        series={[{ label: 'Input', look: 'a', points }]}
        format={(v) => `$${v}`}
        fromZero={true}
      />,
    );

  test('draws a line with one titled dot per dated point', () => {
    const out = svg([
      { date: '2025-01-01', value: 1 },
      { date: '2025-03-01', value: 2 },
    ]);
    assert.match(out, /<svg class="chart" viewBox="0 0 480 200" role="img" aria-labelledby="c-title c-desc"/);
    assert.match(
      out,
      /<title id="c-title">Price<\/title><desc id="c-desc">Input: \$1 on 2025-01-01.<\/desc>/,
    );
    assert.equal(out.match(/<polyline /g)?.length, 1);
    assert.equal(out.match(/<circle /g)?.length, 2);
    assert.ok(out.includes('<title>Input, 2025-03-01: $2</title>'));
  });

  test('places points by date, so uneven gaps look uneven', () => {
    const out = svg([
      { date: '2025-01-01', value: 1 },
      { date: '2025-01-02', value: 1 },
      { date: '2025-12-31', value: 1 },
    ]);
    const xs = [...out.matchAll(/<circle [^>]*cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    assert.ok(xs[1]! - xs[0]! < (xs[2]! - xs[1]!) / 100);
  });

  test('draws a single point without a line, and nothing without points', () => {
    const one = svg([{ date: '2025-01-01', value: 1 }]);
    assert.equal(one.match(/<polyline /g), null);
    assert.equal(one.match(/<circle /g)?.length, 1);
    assert.equal(svg([]), '');
  });
});

describe('spacedLabels', () => {
  const x = (d: string) => Number(d);
  test('keeps the first and last labels and drops those that would overlap', () => {
    assert.deepEqual(spacedLabels(['0', '10', '50', '100', '170', '180'], x, 60), ['0', '100', '180']);
  });
  test('keeps only the last label when the first and last would overlap', () => {
    assert.deepEqual(spacedLabels(['0', '20'], x, 60), ['20']);
    assert.deepEqual(spacedLabels(['5'], x, 60), ['5']);
  });
});
