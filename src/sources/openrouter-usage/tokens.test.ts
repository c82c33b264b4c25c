import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { billionsToTokens, decimalToTokens, isIsoDate, tokenCount } from './tokens.ts';

const tokens = (r: ReturnType<typeof decimalToTokens>) => (r.ok ? r.tokens : r.reason);

describe('billions of tokens become exact integer tokens', () => {
  test('six-decimal billions shift without float drift', () => {
    assert.equal(tokens(billionsToTokens('1.470012')), 1470012000);
    assert.equal(tokens(billionsToTokens('0.096853')), 96853000);
    assert.equal(tokens(billionsToTokens('1571.944155')), 1571944155000);
    // The float route is off for some values; the string shift never is.
    assert.notEqual(0.065562 * 1e9, 65562000);
    assert.equal(tokens(billionsToTokens('0.065562')), 65562000);
    assert.equal(tokens(billionsToTokens('0.261016')), 261016000);
  });

  test('exponent forms as a CSV writer prints small floats', () => {
    assert.equal(tokens(billionsToTokens('5.2e-05')), 52000);
    assert.equal(tokens(billionsToTokens('1e-06')), 1000);
    assert.equal(tokens(billionsToTokens('3E-9')), 3);
  });

  test('zeros are real zeros', () => {
    assert.equal(tokens(billionsToTokens('0.0')), 0);
    assert.equal(tokens(billionsToTokens('0')), 0);
  });

  test('fractions of a token, negatives, words and huge values are refused with a reason', () => {
    assert.match(String(tokens(billionsToTokens('1.0000000001'))), /not a whole number/);
    assert.match(String(tokens(billionsToTokens('-0.5'))), /negative/);
    assert.match(String(tokens(billionsToTokens('n/a'))), /not a decimal/);
    assert.match(String(tokens(billionsToTokens(''))), /not a decimal/);
    assert.match(String(tokens(billionsToTokens('.'))), /not a decimal/);
    assert.match(String(tokens(billionsToTokens('9007199.254740993'))), /above 2\^53/);
    assert.match(String(tokens(billionsToTokens('1e400'))), /too large/);
  });
});

describe('the plain-decimal fast path', () => {
  /** The exact reading, by BigInt arithmetic on the digits, for comparison. */
  function expected(text: string, shift: number): number | string {
    const [whole = '', frac = ''] = text.split('.');
    const scaled = BigInt(`${whole}${frac}` || '0') * 10n ** BigInt(Math.max(shift - frac.length, 0));
    const divisor = 10n ** BigInt(Math.max(frac.length - shift, 0));
    if (scaled % divisor !== 0n) return 'fraction';
    const value = scaled / divisor;
    return value > BigInt(Number.MAX_SAFE_INTEGER) ? 'too big' : Number(value);
  }
  const outcome = (r: ReturnType<typeof decimalToTokens>) =>
    r.ok ? r.tokens : /whole number/.test(r.reason) ? 'fraction' : 'too big';

  test('reads thousands of random plain decimals exactly as BigInt arithmetic does', () => {
    let s = 7;
    const random = (n: number) => {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      return s % n;
    };
    for (let i = 0; i < 5000; i++) {
      const digits = Array.from({ length: 1 + random(19) }, () => String(random(10))).join('');
      const zeros = '0'.repeat(random(3));
      const point = random(digits.length + 1);
      const text =
        random(4) === 0 ? zeros + digits : `${zeros}${digits.slice(0, point)}.${digits.slice(point)}`;
      for (const shift of [0, 9]) {
        assert.equal(
          outcome(decimalToTokens(text, shift)),
          expected(text, shift),
          `${text} shifted by ${shift}`,
        );
      }
    }
  });

  test('leaves signs, spaces, exponents and second points to the general reading', () => {
    assert.equal(tokens(decimalToTokens(' 1.5 ', 9)), 1500000000);
    assert.equal(tokens(decimalToTokens('+2', 9)), 2000000000);
    assert.equal(tokens(decimalToTokens('.5', 9)), 500000000);
    assert.equal(tokens(decimalToTokens('5.', 9)), 5000000000);
    assert.equal(tokens(decimalToTokens('000000000000000000001', 0)), 1);
    assert.equal(tokens(decimalToTokens('999999999999999', 0)), 999999999999999);
    assert.equal(tokens(decimalToTokens('9007199254740991', 0)), Number.MAX_SAFE_INTEGER);
    assert.match(String(tokens(decimalToTokens('1.2.3', 9))), /not a decimal/);
    assert.match(String(tokens(decimalToTokens('-0', 9))), /negative/);
  });
});

describe('token counts given as strings', () => {
  test('decimal strings parse exactly up to 2^53', () => {
    assert.equal(tokens(tokenCount('595090081549')), 595090081549);
    assert.equal(tokens(tokenCount('9007199254740991')), Number.MAX_SAFE_INTEGER);
    assert.match(String(tokens(tokenCount('9007199254740993'))), /above 2\^53/);
  });
  test('whole JSON numbers are accepted, other types are not', () => {
    assert.equal(tokens(tokenCount(1243223785680)), 1243223785680);
    assert.match(String(tokens(tokenCount(1.5))), /not a whole/);
    assert.match(String(tokens(tokenCount(null))), /got null/);
    assert.match(String(tokens(tokenCount('12.5'))), /not a whole number/);
  });
});

describe('ISO dates', () => {
  test('only real calendar dates pass', () => {
    assert.ok(isIsoDate('2026-01-29'));
    assert.ok(isIsoDate('2024-02-29'));
    assert.ok(!isIsoDate('2026-02-30'));
    assert.ok(!isIsoDate('2026-1-29'));
    assert.ok(!isIsoDate('29/01/2026'));
  });
});
