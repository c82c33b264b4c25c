// Workload cost: tokens per month × per-1M prices, computed in exact decimal arithmetic and rounded
// once, so $0.10 / 1M × 1,000,000 tokens is exactly $0.10. Cached input is priced at the model's
// cache-read price when it has one, else at the input price (and the result says so).

import { formatUsd } from './format.ts';
import type { Pricing } from './model.ts';

export interface Workload {
  inputTokens: number;
  outputTokens: number;
  /** Share of input tokens read from the prompt cache, in percent (0–100, up to two decimals). */
  cachedPct: number;
}

export type Cost =
  | {
      kind: 'amount';
      /** USD per month. */
      total: number;
      input: number;
      cached: number;
      output: number;
      /** true when cached input was priced at a cache-read price. */
      cacheReadPriced: boolean;
    }
  | { kind: 'variable' }
  | { kind: 'unknown'; missing: ('input' | 'output')[] };

export const DEFAULT_WORKLOAD: Workload = Object.freeze({
  inputTokens: 10_000_000,
  outputTokens: 2_000_000,
  cachedPct: 0,
});

/** An exact decimal: digits × 10^exp. */
interface Decimal {
  digits: bigint;
  exp: number;
}

/** The shortest decimal form of a finite number, exactly. */
function toDecimal(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const [mantissa, e = '0'] = value.toString().toLowerCase().split('e') as [string, string?];
  const [int, frac = ''] = mantissa.split('.') as [string, string?];
  return { digits: BigInt(int + frac), exp: Number(e) - frac.length };
}

function mul(a: Decimal, b: Decimal): Decimal {
  return { digits: a.digits * b.digits, exp: a.exp + b.exp };
}

function add(a: Decimal, b: Decimal): Decimal {
  const exp = Math.min(a.exp, b.exp);
  const scale = (d: Decimal) => d.digits * 10n ** BigInt(d.exp - exp);
  return { digits: scale(a) + scale(b), exp };
}

/** Round once to the nearest double. */
function toNumber(d: Decimal): number {
  return Number(`${d.digits}e${d.exp}`);
}

/** Exact cost of `tokens` (possibly fractional, as a Decimal) at `per1M` USD per 1M tokens. */
function tokenCost(tokens: Decimal, per1M: number): Decimal {
  return mul(mul(tokens, toDecimal(per1M)), { digits: 1n, exp: -6 });
}

/** Checks a workload; returns sentences for what is wrong. */
export function workloadProblems(w: Workload): string[] {
  const problems: string[] = [];
  for (const [name, value] of [
    ['Input tokens per month', w.inputTokens],
    ['Output tokens per month', w.outputTokens],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0)
      problems.push(`${name} must be a whole number of tokens, 0 or more (like 10000000).`);
  }
  if (!Number.isFinite(w.cachedPct) || w.cachedPct < 0 || w.cachedPct > 100)
    problems.push('The cached share must be a percentage from 0 to 100.');
  else if (Math.round(w.cachedPct * 100) !== w.cachedPct * 100)
    problems.push('The cached share takes at most two decimals (like 12.5).');
  return problems;
}

/** The monthly cost of a workload at a model's prices. The workload must be valid (see workloadProblems). */
export function monthlyCost(
  pricing: Pick<Pricing, 'state' | 'inputPer1M' | 'outputPer1M'> & { extra?: Pricing['extra'] },
  w: Workload,
): Cost {
  if (pricing.state === 'variable') return { kind: 'variable' };
  const missing: ('input' | 'output')[] = [];
  if (pricing.inputPer1M === null && w.inputTokens > 0) missing.push('input');
  if (pricing.outputPer1M === null && w.outputTokens > 0) missing.push('output');
  if (missing.length > 0) return { kind: 'unknown', missing };

  // Basis points keep the cached share an integer ratio: 12.5% is 1250 / 10000.
  const bp = BigInt(Math.round(w.cachedPct * 100));
  const inputTokens = BigInt(w.inputTokens);
  const cachedTokens: Decimal = { digits: inputTokens * bp, exp: -4 };
  const freshTokens: Decimal = { digits: inputTokens * (10_000n - bp), exp: -4 };
  const inputPrice = pricing.inputPer1M ?? 0;
  const cacheRead = pricing.extra?.cacheRead;
  const cacheReadPriced = typeof cacheRead === 'number';
  const cachedPrice = cacheReadPriced ? cacheRead : inputPrice;

  const input = tokenCost(freshTokens, inputPrice);
  const cached = tokenCost(cachedTokens, cachedPrice);
  const output = tokenCost({ digits: BigInt(w.outputTokens), exp: 0 }, pricing.outputPer1M ?? 0);
  return {
    kind: 'amount',
    total: toNumber(add(add(input, cached), output)),
    input: toNumber(input),
    cached: toNumber(cached),
    output: toNumber(output),
    cacheReadPriced,
  };
}

export interface CostText {
  input: string;
  cached: string;
  output: string;
  total: string;
  /** Why a figure is missing, or how cached input was priced; null when nothing needs saying. */
  note: string | null;
}

/** A cost as the cells of the calculator show it (the same text on the server and in the browser). */
export function describeCost(cost: Cost, w: Workload): CostText {
  if (cost.kind === 'variable')
    return {
      input: '—',
      cached: '—',
      output: '—',
      total: 'Variable',
      note: 'The router picks the model, so the price varies.',
    };
  if (cost.kind === 'unknown') {
    const note = `No ${cost.missing.join(' or ')} price is listed.`;
    return { input: '—', cached: '—', output: '—', total: 'Unknown', note };
  }
  const usd = (v: number) => formatUsd(v);
  return {
    input: usd(cost.input),
    cached: w.cachedPct === 0 ? '—' : usd(cost.cached),
    output: usd(cost.output),
    total: usd(cost.total),
    note:
      w.cachedPct > 0 && !cost.cacheReadPriced
        ? 'No cache-read price is listed: cached input is billed as input.'
        : null,
  };
}
