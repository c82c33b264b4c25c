// Token counts from decimal text, exactly: "1.470012" billions is 1470012000 tokens by shifting the
// decimal point in the string (a float multiply would drift), and "595090081549" stays whole.

export type TokenReading = { ok: true; tokens: number } | { ok: false; reason: string };

const DECIMAL = /^\+?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
/** Beyond this shift no count can stay below 2^53, so the BigInt power is never built. */
const MAX_SHIFT = 32;

/**
 * Read decimal `text` (plain or exponent form) multiplied by 10^shift as a whole number of tokens.
 * Refuses negative values, fractions of a token, and values above Number.MAX_SAFE_INTEGER.
 */
export function decimalToTokens(text: string, shift: number): TokenReading {
  const fast = plainDecimalToTokens(text, shift);
  if (fast !== undefined) return { ok: true, tokens: fast };
  const t = text.trim();
  if (t.startsWith('-')) return { ok: false, reason: `${JSON.stringify(text)} is negative` };
  const m = DECIMAL.exec(t);
  const whole = m?.[1] ?? '';
  const frac = m?.[2] ?? '';
  if (!m || whole + frac === '')
    return { ok: false, reason: `${JSON.stringify(text)} is not a decimal number` };
  const digits = (whole + frac).replace(/^0+/, '');
  if (digits === '') return { ok: true, tokens: 0 };
  const exp = Number(m[3] ?? '0') - frac.length + shift;
  // Up to 15 digits is below 2^53, so Number() of the shifted digit string is already exact.
  if (exp >= 0 && digits.length + exp <= 15) return { ok: true, tokens: Number(digits + '0'.repeat(exp)) };
  let value: bigint;
  if (exp >= 0) {
    if (exp > MAX_SHIFT)
      return { ok: false, reason: `${JSON.stringify(text)} is too large to count exactly` };
    value = BigInt(digits) * 10n ** BigInt(exp);
  } else {
    const cut = digits.length + exp;
    const dropped = digits.slice(Math.max(cut, 0));
    if (/[1-9]/.test(dropped)) {
      return { ok: false, reason: `${JSON.stringify(text)} is not a whole number of tokens` };
    }
    value = cut > 0 ? BigInt(digits.slice(0, cut)) : 0n;
  }
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
    return { ok: false, reason: `${JSON.stringify(text)} is above 2^53 and cannot be counted exactly` };
  }
  return { ok: true, tokens: Number(value) };
}

/** Exact powers of ten up to 10^15, written out so no pow rounding can creep in. */
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The common case without regex or strings: bare digits with at most one point, at most `shift`
 * decimals and at most 15 significant digits after shifting, so every step is an exact integer below
 * 10^15. Anything else (signs, spaces, exponents, more decimals, bigger counts) returns undefined for
 * the general reading.
 */
function plainDecimalToTokens(text: string, shift: number): number | undefined {
  let value = 0;
  let significant = 0;
  let digits = 0;
  let decimals = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (decimals >= 0) return undefined;
      decimals = 0;
      continue;
    }
    if (c < 48 || c > 57) return undefined;
    digits++;
    if (decimals >= 0) decimals++;
    if (value === 0 && c === 48) continue;
    value = value * 10 + (c - 48);
    significant++;
  }
  const exp = shift - Math.max(decimals, 0);
  if (digits === 0 || exp < 0 || exp > 15 || significant + exp > 15) return undefined;
  return value * POW10[exp]!;
}

/** Billions of tokens with up to 9 decimals ("1.470012", "5.2e-05") → integer tokens. */
export function billionsToTokens(text: string): TokenReading {
  return decimalToTokens(text, 9);
}

/** An integer token count given as a decimal string ("595090081549") or a JSON whole number. */
export function tokenCount(value: unknown): TokenReading {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && value >= 0) return { ok: true, tokens: value };
    return { ok: false, reason: `${value} is not a whole, non-negative token count below 2^53` };
  }
  if (typeof value !== 'string') {
    return { ok: false, reason: `expected a decimal string, got ${value === null ? 'null' : typeof value}` };
  }
  return decimalToTokens(value, 0);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const checkedDates = new Map<string, boolean>();

/** True for a real calendar date written YYYY-MM-DD (memoized: files repeat a few hundred dates). */
export function isIsoDate(text: string): boolean {
  const known = checkedDates.get(text);
  if (known !== undefined) return known;
  const m = ISO_DATE.exec(text);
  const valid =
    m !== null &&
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === text;
  if (checkedDates.size < 10_000) checkedDates.set(text, valid);
  return valid;
}
