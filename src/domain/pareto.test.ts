import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { frontierLine, paretoFrontier } from './pareto.ts';

describe('paretoFrontier', () => {
  test('keeps models nobody beats on both price and score', () => {
    const points = [
      { id: 'cheap', price: 0.1, score: 1100 },
      { id: 'mid', price: 1, score: 1250 },
      { id: 'worse-mid', price: 2, score: 1200 },
      { id: 'top', price: 10, score: 1400 },
      { id: 'pricey-weak', price: 15, score: 1300 },
    ];
    assert.deepEqual([...paretoFrontier(points)].sort(), ['cheap', 'mid', 'top']);
  });

  test('counts a free model (price 0) and keeps exact ties together', () => {
    const points = [
      { id: 'free', price: 0, score: 1000 },
      { id: 'twin-a', price: 1, score: 1200 },
      { id: 'twin-b', price: 1, score: 1200 },
      { id: 'same-price-lower', price: 1, score: 1150 },
    ];
    assert.deepEqual([...paretoFrontier(points)].sort(), ['free', 'twin-a', 'twin-b']);
  });

  test('draws the frontier from the cheapest point up', () => {
    const line = frontierLine([
      { id: 'b', price: 5, score: 1300 },
      { id: 'a', price: 0.5, score: 1200 },
      { id: 'x', price: 6, score: 1250 },
    ]);
    assert.deepEqual(
      line.map((p) => p.id),
      ['a', 'b'],
    );
  });

  test('gives an empty frontier for no points', () => {
    assert.equal(paretoFrontier([]).size, 0);
  });
});
