// Prices: upstream per-token decimal strings become per-1M figures without float drift.
// "0.0000001" USD/token is exactly $0.10 per 1M; "0" is free; "-1" is variable; a missing key is unknown.

import type { ExtraPriceMode, Pricing, PricingState } from './model.ts';

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** True when the text is a plain decimal number (as upstream price strings are). */
export function isDecimalString(text: string): boolean {
  return DECIMAL.test(text.trim());
}

/**
 * Scale a decimal string by 10^exp, rounding once (the nearest double to the exact decimal result).
 * `scaleDecimal("0.0000001", 6)` is 0.1, where `0.0000001 * 1e6` would be 0.09999999999999999.
 */
export function scaleDecimal(text: string, exp: number): number {
  const t = text.trim();
  if (!DECIMAL.test(t)) throw new RangeError(`not a decimal number: ${JSON.stringify(text)}`);
  const m = /^(.*?)(?:[eE]([+-]?\d+))?$/.exec(t)!;
  const base = m[1]!;
  const e = Number(m[2] ?? '0') + exp;
  return Number(`${base}e${e}`);
}

/** Per-token USD string → USD per 1M tokens. */
export function perTokenToPer1M(text: string): number {
  return scaleDecimal(text, 6);
}

/** Per-token USD number (as LiteLLM gives) → USD per 1M tokens, rounded through its shortest decimal form. */
export function perTokenNumberToPer1M(value: number): number {
  return scaleDecimal(String(value), 6);
}

export type PriceReading =
  | { kind: 'amount'; value: number }
  | { kind: 'free' }
  | { kind: 'variable' }
  | { kind: 'unknown' }
  | { kind: 'invalid'; reason: string };

/**
 * Read one upstream price string. `unitScale` is 6 for per-token prices (→ per 1M), 0 for
 * per-request / per-image prices. Negative values are the "variable / router pricing" sentinel.
 */
export function readPrice(raw: unknown, unitScale: number): PriceReading {
  if (raw === undefined || raw === null) return { kind: 'unknown' };
  if (typeof raw !== 'string')
    return { kind: 'invalid', reason: `expected a decimal string, got ${typeof raw}` };
  const t = raw.trim();
  if (t === '') return { kind: 'unknown' };
  if (!isDecimalString(t)) return { kind: 'invalid', reason: `not a decimal number: ${JSON.stringify(raw)}` };
  const n = Number(t);
  if (n < 0) return { kind: 'variable' };
  if (n === 0) return { kind: 'free' };
  return { kind: 'amount', value: scaleDecimal(t, unitScale) };
}

/** Upstream price keys (OpenRouter naming) mapped to our extra modes, with their unit scale. */
export const EXTRA_PRICE_KEYS = {
  request: { mode: 'request', scale: 0 },
  image: { mode: 'image', scale: 0 },
  audio: { mode: 'audio', scale: 6 },
  web_search: { mode: 'webSearch', scale: 0 },
  internal_reasoning: { mode: 'internalReasoning', scale: 6 },
  input_cache_read: { mode: 'cacheRead', scale: 6 },
  input_cache_write: { mode: 'cacheWrite', scale: 6 },
} as const satisfies Record<string, { mode: ExtraPriceMode; scale: number }>;

export interface PricingProblem {
  field: string;
  reason: string;
}

/**
 * Build a Pricing from an OpenRouter-style pricing object (per-token strings).
 * Returns problems for values that are not decimal strings; such a value is treated as unknown.
 */
export function pricingFromPerTokenStrings(pricing: Record<string, unknown> | null | undefined): {
  pricing: Pricing;
  problems: PricingProblem[];
} {
  const problems: PricingProblem[] = [];
  const extra: Pricing['extra'] = {};
  const otherRaw: Record<string, string> = {};
  const read = (key: string, scale: number): PriceReading => {
    const r = readPrice(pricing?.[key], scale);
    if (r.kind === 'invalid') {
      problems.push({ field: `pricing.${key}`, reason: r.reason });
      return { kind: 'unknown' };
    }
    return r;
  };
  const input = read('prompt', 6);
  const output = read('completion', 6);
  for (const [key, spec] of Object.entries(EXTRA_PRICE_KEYS)) {
    if (pricing == null || !(key in pricing)) continue;
    const r = read(key, spec.scale);
    if (r.kind === 'amount') extra[spec.mode] = r.value;
    else if (r.kind === 'free') extra[spec.mode] = 0;
    else if (r.kind === 'variable') extra[spec.mode] = null;
  }
  for (const [key, value] of Object.entries(pricing ?? {})) {
    if (key === 'prompt' || key === 'completion' || key in EXTRA_PRICE_KEYS) continue;
    otherRaw[key] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return { pricing: combinePricing(input, output, extra, otherRaw), problems };
}

function amountOf(r: PriceReading): number | null {
  if (r.kind === 'amount') return r.value;
  if (r.kind === 'free') return 0;
  return null;
}

/** The pricing state from the input and output readings. */
export function combinePricing(
  input: PriceReading,
  output: PriceReading,
  extra: Pricing['extra'] = {},
  otherRaw: Record<string, string> = {},
): Pricing {
  let state: PricingState;
  if (input.kind === 'variable' || output.kind === 'variable') state = 'variable';
  else if (input.kind === 'free' && output.kind === 'free') state = 'free';
  else if (input.kind === 'unknown' && output.kind === 'unknown') state = 'unknown';
  else state = 'priced';
  const variable = state === 'variable';
  return {
    state,
    inputPer1M: variable ? null : amountOf(input),
    outputPer1M: variable ? null : amountOf(output),
    extra,
    otherRaw,
  };
}

/** Pricing from per-1M numbers (models.dev, arena price files); null or undefined = unknown. */
export function pricingFromPer1M(
  input: number | null | undefined,
  output: number | null | undefined,
): Pricing {
  const reading = (v: number | null | undefined): PriceReading =>
    v == null || Number.isNaN(v)
      ? { kind: 'unknown' }
      : v < 0
        ? { kind: 'variable' }
        : v === 0
          ? { kind: 'free' }
          : { kind: 'amount', value: v };
  return combinePricing(reading(input), reading(output));
}

export const UNKNOWN_PRICING: Pricing = Object.freeze({
  state: 'unknown',
  inputPer1M: null,
  outputPer1M: null,
  extra: {},
  otherRaw: {},
}) as Pricing;
