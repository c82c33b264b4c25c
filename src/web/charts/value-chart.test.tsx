import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ValueChart, type ValueChartPoint } from './value-chart.tsx';

function render(points: ValueChartPoint[]): string {
  return String(<ValueChart id="v" title="Value" points={points} />);
}

const point = (id: string, price: number, score: number): ValueChartPoint => ({
  id,
  name: `Lab: ${id}`,
  price,
  score,
});

describe('ValueChart', () => {
  test('marks the frontier points and draws a line through them', () => {
    const svg = render([point('a', 0.1, 1100), point('b', 1, 1300), point('c', 5, 1250)]);
    assert.equal((svg.match(/class="point on-frontier"/g) ?? []).length, 2);
    assert.equal((svg.match(/class="point"/g) ?? []).length, 1);
    assert.match(svg, /<polyline class="frontier" points="[\d., ]+"/);
    assert.match(
      svg,
      /On the Pareto frontier, where no other model is both cheaper and higher-rated: Lab: a, Lab: b\./,
    );
  });

  test('puts free models in their own band left of the log axis', () => {
    const svg = render([point('free', 0, 1000), point('paid', 2, 1200)]);
    assert.match(svg, />Free<\/text>/);
    assert.doesNotMatch(svg, /NaN|Infinity/);
  });

  test('draws one point, equal prices or equal scores without dividing by zero', () => {
    for (const points of [
      [point('one', 3, 1200)],
      [point('x', 1, 1200), point('y', 1, 1300)],
      [point('x', 1, 1200), point('y', 4, 1200)],
    ]) {
      const svg = render(points);
      assert.doesNotMatch(svg, /NaN|Infinity/);
      assert.equal((svg.match(/<circle/g) ?? []).length, points.length);
    }
  });

  test('escapes model names', () => {
    const svg = render([{ id: 'h', name: '<script>alert(1)</script>', price: 1, score: 1000 }]);
    assert.doesNotMatch(svg, /<script>/);
    assert.match(svg, /&lt;script&gt;/);
  });

  test('renders nothing for no points', () => {
    assert.equal(ValueChart({ id: 'v', title: 'Value', points: [] }), null);
  });
});
