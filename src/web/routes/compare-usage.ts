// The compare table's usage rows: OpenRouter tokens, rank and share over 7 days. Adoption, not
// quality, so no cell is ever marked best; the row says so instead.

import { formatDate, formatRank, formatShare, formatTokens } from '../../domain/format.ts';
import type { ModelRecord } from '../../domain/model.ts';
import { usageValue } from '../../domain/query-columns.ts';
import type { CompareCell, CompareGroup } from './compare-rows.ts';

const ADOPTION = 'adoption, not quality: no best';

const text = (t: string): CompareCell => ({ text: t, value: null });

/** "448B", or with the 7-day coverage when days are missing: "448B (5 of 7 days)". */
function tokensText(r: ModelRecord): string {
  const tokens = usageValue(r);
  if (r.usage === null || tokens === null) return formatTokens(null);
  const days = r.usage.daysCovered7d;
  return days < 7 ? `${formatTokens(tokens)} (${days} of 7 days)` : formatTokens(tokens);
}

export function usageGroup(): CompareGroup {
  return {
    title: 'Usage on OpenRouter (adoption, not quality)',
    rows: [
      { label: 'Tokens, last 7 days', best: null, bestMeans: ADOPTION, cell: (r) => text(tokensText(r)) },
      {
        label: 'Tokens, last 30 days',
        best: null,
        bestMeans: null,
        cell: (r) => text(formatTokens(r.usage?.tokens30d ?? null)),
      },
      {
        label: 'Rank by tokens, 7 days',
        best: null,
        bestMeans: null,
        cell: (r) => text(r.usage ? formatRank(r.usage.rank7d) : '—'),
      },
      {
        label: 'Share of all tokens, 7 days',
        best: null,
        bestMeans: null,
        cell: (r) => text(r.usage ? formatShare(r.usage.share7d) : '—'),
      },
      {
        label: 'Usage as of',
        best: null,
        bestMeans: 'Source: OpenRouter (openrouter.ai/rankings)',
        cell: (r) => text(r.usage ? formatDate(r.usage.asOf) : '—'),
      },
    ],
  };
}
