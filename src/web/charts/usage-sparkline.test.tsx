import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dayRuns, sparklineDescription, UsageSparkline, windowDays } from './usage-sparkline.tsx';

const render = (node: unknown) => String(node);

describe('the usage sparkline', () => {
  const days = windowDays('2026-01-27', '2026-02-02');

  test('the window lists every day, across a month end', () => {
    assert.deepEqual(days, [
      '2026-01-27',
      '2026-01-28',
      '2026-01-29',
      '2026-01-30',
      '2026-01-31',
      '2026-02-01',
      '2026-02-02',
    ]);
  });

  test('runs group consecutive days that pass', () => {
    const keep = new Set(['2026-01-27', '2026-01-28', '2026-01-31', '2026-02-02']);
    assert.deepEqual(
      dayRuns(days, (d) => keep.has(d)),
      [
        ['2026-01-27', '2026-01-28'],
        ['2026-01-31', '2026-01-31'],
        ['2026-02-02', '2026-02-02'],
      ],
    );
    assert.deepEqual(
      dayRuns(days, () => false),
      [],
    );
  });

  const props = {
    from: '2026-01-27',
    to: '2026-02-02',
    covered: ['2026-01-27', '2026-01-28', '2026-01-29', '2026-02-01', '2026-02-02'],
    points: [
      { date: '2026-01-27', tokens: 2_000_000_000 },
      { date: '2026-01-28', tokens: 3_500_000_000 },
      { date: '2026-02-02', tokens: 1_000 },
    ],
  };

  test('the text alternative dates the peak, the latest figure, the gaps and the missing days', () => {
    assert.equal(
      sparklineDescription(props),
      'Daily OpenRouter tokens from 2026-01-27 to 2026-02-02: 3 of 7 days have a figure. ' +
        'Highest 3.5B on 2026-01-28; latest 1K on 2026-02-02. ' +
        'No usage data at all on 2026-01-30 to 2026-01-31. ' +
        "This model is not in the day's data on 2026-01-29, 2026-02-01.",
    );
  });

  test('a run draws a line, a lone day a dot, and a platform gap a dated band', () => {
    const svg = render(<UsageSparkline id="s" {...props} />);
    assert.equal(svg.match(/<polyline class="line-a"/g)?.length, 1);
    assert.equal(svg.match(/<circle class="dot-a"/g)?.length, 1);
    assert.equal(svg.match(/<rect class="gap"/g)?.length, 1);
    assert.match(svg, /<title>No usage data from 2026-01-30 to 2026-01-31<\/title>/);
    assert.match(svg, />peak 3\.5B tokens a day</);
    // The highest day touches the top of the plot; no point sits below the baseline.
    assert.match(svg, /points="8\.0,\d+\.\d 65\.3,22\.0"/);
  });

  test('a series of zeros is drawn on the baseline without dividing by zero', () => {
    const svg = render(
      <UsageSparkline
        id="z"
        {...props}
        points={[
          { date: '2026-01-27', tokens: 0 },
          { date: '2026-01-28', tokens: 0 },
        ]}
      />,
    );
    assert.match(svg, /points="8\.0,68\.0 65\.3,68\.0"/);
    assert.doesNotMatch(svg, /NaN|Infinity/);
  });
});
