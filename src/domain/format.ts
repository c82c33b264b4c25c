// Every number a user sees goes through here, so pages, API CSV, CLI and the browser agree.
// Rules (documented on the methodology page):
//   prices   per 1M tokens; whole dollars print without decimals ($15), others with at least two
//            decimals and as many more as the value needs, up to 6 significant digits
//            ($0.10, $2.50, $0.075, $0.0375); 0 is "Free"; variable is "Variable"; missing is "Unknown".
//   sizes    3 significant digits with K (10^3) / M (10^6) / B / T suffixes: 128000 → 128K,
//            1048576 → 1.05M, 32768 → 32.8K; below 1000 the plain integer.
//   dates    ISO 8601 (YYYY-MM-DD).

import type { PricingState } from './model.ts';

const GROUP = /\B(?=(\d{3})+(?!\d))/g;

/** Integer with thousands separators: 1234567 → "1,234,567". */
export function formatInteger(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.round(Math.abs(n))).replace(GROUP, ',');
}

/** A dollar amount with the adaptive precision described above (no unit suffix). */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return 'Unknown';
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  // Round away float noise (0.30000000000000004) to 6 significant digits first.
  const clean = Number(abs.toPrecision(6));
  if (Number.isInteger(clean)) return `${sign}$${formatInteger(clean)}`;
  let text = clean.toFixed(Math.max(2, decimalsNeeded(clean)));
  // Keep at least two decimals, drop trailing zeros beyond them.
  text = text.replace(/(\.\d\d\d*?)0+$/, '$1');
  const [int, frac] = text.split('.') as [string, string];
  return `${sign}$${int.replace(GROUP, ',')}.${frac}`;
}

function decimalsNeeded(v: number): number {
  // Number of decimals in the shortest round-trip form of v (after 6-significant-digit cleaning).
  const s = v.toString();
  if (s.includes('e-')) {
    const [mant, exp] = s.split('e-') as [string, string];
    const mantDecimals = mant.includes('.') ? mant.split('.')[1]!.length : 0;
    return mantDecimals + Number(exp);
  }
  return s.includes('.') ? s.split('.')[1]!.length : 0;
}

/** One side of a model-level price: "$0.10", "Free", "Variable", "Unknown". */
export function formatPrice(value: number | null, state: PricingState): string {
  if (state === 'variable') return 'Variable';
  if (value === null) return 'Unknown';
  if (value === 0) return 'Free';
  return formatUsd(value);
}

/** A per-1M token price with its unit: "$0.10 / 1M", "Free", "Variable", "Unknown". */
export function formatPricePer1M(value: number | null, state: PricingState): string {
  const text = formatPrice(value, state);
  return text.startsWith('$') ? `${text} / 1M` : text;
}

/** Per-unit extra prices (request, image, web search): "$0.01 per request". null = variable. */
export function formatUnitPrice(value: number | null, unit: string): string {
  if (value === null) return 'Variable';
  if (value === 0) return 'Free';
  return `${formatUsd(value)} per ${unit}`;
}

const SUFFIXES = [
  { at: 1e12, suffix: 'T' },
  { at: 1e9, suffix: 'B' },
  { at: 1e6, suffix: 'M' },
  { at: 1e3, suffix: 'K' },
] as const;

/** 3 significant digits with a K/M/B/T suffix: 128000 → "128K", 1048576 → "1.05M". */
export function formatCompact(n: number): string {
  if (!Number.isFinite(n)) return 'Unknown';
  const abs = Math.abs(n);
  if (abs < 1000) return formatInteger(n);
  for (let i = 0; i < SUFFIXES.length; i++) {
    const { at, suffix } = SUFFIXES[i]!;
    if (abs >= at) {
      const scaled = Number((n / at).toPrecision(3));
      // 999,999 rounds to "1000K": move up a unit instead.
      if (Math.abs(scaled) >= 1000 && i > 0)
        return `${Number((n / SUFFIXES[i - 1]!.at).toPrecision(3))}${SUFFIXES[i - 1]!.suffix}`;
      return `${scaled}${suffix}`;
    }
  }
  return formatInteger(n);
}

/** A context window: "128K", or "Unknown" when missing. */
export function formatContext(tokens: number | null): string {
  return tokens === null || tokens <= 0 ? 'Unknown' : formatCompact(tokens);
}

/** Token counts (usage): "1.47T", "595B"; null → "No usage data". */
export function formatTokens(tokens: number | null): string {
  return tokens === null ? 'No usage data' : formatCompact(tokens);
}

/** A change in tokens with its sign, compact: "+73.5B", "−49B", "0". */
export function formatTokenChange(delta: number): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '';
  return `${sign}${formatCompact(Math.abs(delta))}`;
}

/** An arena score rounded to the integer, as the leaderboard shows it. */
export function formatScore(score: number | null): string {
  return score === null ? '—' : formatInteger(score);
}

/** The 95% interval as deltas from the score: "+6 / −5". */
export function formatCi(score: number, ciLow: number, ciHigh: number): string {
  const up = Math.round(ciHigh - score);
  const down = Math.round(score - ciLow);
  return `+${up} / −${down}`;
}

/** A percentage change: "+12.5%", "−50%". */
export function formatPct(pct: number): string {
  const clean = Number(Math.abs(pct).toPrecision(3));
  const sign = pct > 0 ? '+' : pct < 0 ? '−' : '';
  return `${sign}${clean}%`;
}

/** A share of a whole, given 0..1: "16.4%". */
export function formatShare(share: number | null): string {
  if (share === null) return '—';
  return `${Number((share * 100).toPrecision(3))}%`;
}

/** An ISO date (YYYY-MM-DD) from a Date, an ISO string or unix seconds. */
export function formatDate(value: Date | string | number | null): string {
  if (value === null) return 'Unknown';
  const d =
    typeof value === 'number' ? new Date(value * 1000) : typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return 'Unknown';
  return d.toISOString().slice(0, 10);
}

/** "rank 3 of 210" style ordinal text for ranks. */
export function formatRank(rank: number | null, of?: number | null): string {
  if (rank === null) return '—';
  return of ? `#${rank} of ${formatInteger(of)}` : `#${rank}`;
}
