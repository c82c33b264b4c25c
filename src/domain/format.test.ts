import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  formatCi,
  formatCompact,
  formatContext,
  formatDate,
  formatInteger,
  formatPct,
  formatPrice,
  formatPricePer1M,
  formatRank,
  formatShare,
  formatUnitPrice,
  formatUsd,
} from './format.ts';
import { perTokenToPer1M } from './price.ts';

describe('prices print right to the unit', () => {
  test('0.0000001 USD per token prints as $0.10 per 1M, never $0.000', () => {
    assert.equal(formatPricePer1M(perTokenToPer1M('0.0000001'), 'priced'), '$0.10 / 1M');
  });
  test('precision adapts to the value', () => {
    assert.equal(formatUsd(0.075), '$0.075');
    assert.equal(formatUsd(2.5), '$2.50');
    assert.equal(formatUsd(15), '$15');
    assert.equal(formatUsd(0.0375), '$0.0375');
    assert.equal(formatUsd(0.071), '$0.071');
    assert.equal(formatUsd(1234.5), '$1,234.50');
    assert.equal(formatUsd(0.00516), '$0.00516');
    assert.equal(formatUsd(0.30000000000000004), '$0.30');
    assert.equal(formatUsd(0.0000005), '$0.0000005');
  });
  test('zero is Free, variable is Variable, missing is Unknown', () => {
    assert.equal(formatPrice(0, 'free'), 'Free');
    assert.equal(formatPrice(null, 'variable'), 'Variable');
    assert.equal(formatPrice(null, 'unknown'), 'Unknown');
    assert.equal(formatPrice(null, 'priced'), 'Unknown');
    assert.equal(formatPricePer1M(null, 'variable'), 'Variable');
  });
  test('unit prices name their unit', () => {
    assert.equal(formatUnitPrice(0.01, 'search'), '$0.01 per search');
    assert.equal(formatUnitPrice(0, 'request'), 'Free');
    assert.equal(formatUnitPrice(null, 'image'), 'Variable');
  });
});

describe('sizes print with three significant digits', () => {
  test('context windows', () => {
    assert.equal(formatContext(128000), '128K');
    assert.equal(formatContext(1048576), '1.05M');
    assert.equal(formatContext(32768), '32.8K');
    assert.equal(formatContext(200000), '200K');
    assert.equal(formatContext(2000000), '2M');
    assert.equal(formatContext(4096), '4.1K');
    assert.equal(formatContext(512), '512');
    assert.equal(formatContext(null), 'Unknown');
    assert.equal(formatContext(0), 'Unknown');
  });
  test('a value just under a unit moves up rather than printing 1000K', () => {
    assert.equal(formatCompact(999_999), '1M');
    assert.equal(formatCompact(999_499), '999K');
  });
  test('token volumes', () => {
    assert.equal(formatCompact(3_112_304_109_960), '3.11T');
    assert.equal(formatCompact(595_090_081_549), '595B');
  });
});

describe('other figures', () => {
  test('integers get separators', () => assert.equal(formatInteger(1234567), '1,234,567'));
  test('CI prints as deltas', () => assert.equal(formatCi(1486.6, 1480.4, 1492.8), '+6 / −6'));
  test('percent changes carry a sign', () => {
    assert.equal(formatPct(100), '+100%');
    assert.equal(formatPct(-50), '−50%');
    assert.equal(formatPct(12.3456), '+12.3%');
  });
  test('shares print as percent', () => assert.equal(formatShare(0.164), '16.4%'));
  test('dates are ISO', () => {
    assert.equal(formatDate(1753376617), '2025-07-24');
    assert.equal(formatDate('2025-12-18T10:00:00Z'), '2025-12-18');
    assert.equal(formatDate('garbage'), 'Unknown');
  });
  test('ranks', () => {
    assert.equal(formatRank(3, 210), '#3 of 210');
    assert.equal(formatRank(null), '—');
  });
});
