// The compare table's rows: every field of the chosen models, grouped, each saying what "best"
// means for it (lowest price, largest context, best rank) so the best cell can be marked.

import {
  formatCi,
  formatContext,
  formatDate,
  formatInteger,
  formatPrice,
  formatRank,
  formatScore,
  formatUnitPrice,
} from '../../domain/format.ts';
import { type ArenaFacts, EXTRA_PRICE_MODES, type ModelRecord } from '../../domain/model.ts';
import { blendedValue, priceValue } from '../../domain/query-columns.ts';
import { CONFIDENCE_LABELS, categoryLabel, EXTRA_MODE_INFO, SOURCE_TYPE_LABELS } from '../views/labels.ts';
import { usageGroup } from './compare-usage.ts';

export type Best = 'lowest' | 'highest' | null;

export interface CompareCell {
  text: string;
  /** The figure "best" is judged on; null when the model has none. */
  value: number | null;
}

export interface CompareRow {
  label: string;
  /** What best means in this row, shown beside the label. */
  best: Best;
  bestMeans: string | null;
  cell: (r: ModelRecord) => CompareCell;
}

export interface CompareGroup {
  title: string;
  rows: CompareRow[];
}

const text = (t: string): CompareCell => ({ text: t, value: null });
const LOWEST_PRICE = 'best: lowest price';

function priceRow(label: string, side: 'input' | 'output'): CompareRow {
  return {
    label,
    best: 'lowest',
    bestMeans: LOWEST_PRICE,
    cell: (r) => {
      const value = priceValue(r, side);
      return {
        text: formatPrice(side === 'input' ? r.pricing.inputPer1M : r.pricing.outputPer1M, r.pricing.state),
        value,
      };
    },
  };
}

function extraModeRows(records: readonly ModelRecord[]): CompareRow[] {
  return EXTRA_PRICE_MODES.filter((mode) => records.some((r) => mode in r.pricing.extra)).map((mode) => {
    const info = EXTRA_MODE_INFO[mode];
    const perTokens = info.unit === 'tokens';
    return {
      label: perTokens ? `${info.label} / 1M tokens` : info.label,
      best: 'lowest',
      bestMeans: LOWEST_PRICE,
      cell: (r) => {
        if (!(mode in r.pricing.extra)) return text('Not listed');
        const v = r.pricing.extra[mode] ?? null;
        if (v === null) return text('Variable');
        return { text: perTokens ? formatPrice(v, 'priced') : formatUnitPrice(v, info.unit), value: v };
      },
    } satisfies CompareRow;
  });
}

/** A model's facts in one arena (its main one or another it is ranked in). */
function factsIn(r: ModelRecord, arena: string): ArenaFacts | null {
  if (r.arena?.arena === arena) return r.arena;
  return r.otherArenas.find((a) => a.arena === arena) ?? null;
}

/** Rows for one arena: ranks and scores compare only within the same arena. */
function arenaRows(records: readonly ModelRecord[], arena: string): CompareRow[] {
  const f = (r: ModelRecord) => factsIn(r, arena);
  const rows: CompareRow[] = [
    {
      label: 'Overall rank',
      best: 'lowest',
      bestMeans: 'best: top rank',
      cell: (r) => {
        const a = f(r);
        return a ? { text: formatRank(a.rank, a.of), value: a.rank } : text('— not ranked');
      },
    },
    {
      label: 'Score',
      best: 'highest',
      bestMeans: 'best: highest score',
      cell: (r) => {
        const a = f(r);
        return a ? { text: formatScore(a.score), value: a.score } : text('—');
      },
    },
    {
      label: '95% interval',
      best: null,
      bestMeans: null,
      cell: (r) => {
        const a = f(r);
        return text(a ? formatCi(a.score, a.ciLow, a.ciHigh) : '—');
      },
    },
    {
      label: 'Votes',
      best: null,
      bestMeans: null,
      cell: (r) => text(f(r)?.votes == null ? '—' : formatInteger(f(r)!.votes!)),
    },
    {
      label: 'Style-controlled rank',
      best: 'lowest',
      bestMeans: 'best: top rank',
      cell: (r) => {
        const sc = f(r)?.styleControl;
        return sc ? { text: formatRank(sc.rank, sc.of), value: sc.rank } : text('—');
      },
    },
    {
      label: 'Leaderboard date',
      best: null,
      bestMeans: null,
      cell: (r) => text(f(r) ? formatDate(f(r)!.asOf) : '—'),
    },
  ];
  const categories = [...new Set(records.flatMap((r) => Object.keys(f(r)?.categories ?? {})))]
    .filter((c) => c !== 'full')
    .sort();
  for (const cat of categories) {
    rows.push({
      label: `${categoryLabel(cat)} rank`,
      best: 'lowest',
      bestMeans: 'best: top rank',
      cell: (r) => {
        const c = f(r)?.categories[cat];
        return c
          ? { text: `${formatRank(c.rank, c.of)} (${formatScore(c.score)})`, value: c.rank }
          : text('—');
      },
    });
  }
  return rows;
}

/** The arenas any of the models is ranked in, text first. */
function arenasOf(records: readonly ModelRecord[]): string[] {
  const names = new Set(
    records.flatMap((r) => [r.arena, ...r.otherArenas].filter((a) => a !== null).map((a) => a.arena)),
  );
  names.add('text');
  return [...names].sort((a, b) => (a === 'text' ? -1 : b === 'text' ? 1 : a.localeCompare(b)));
}

function paramRows(records: readonly ModelRecord[]): CompareRow[] {
  const params = [...new Set(records.flatMap((r) => r.supportedParameters ?? []))].sort();
  return params.map((p) => ({
    label: p,
    best: null,
    bestMeans: null,
    cell: (r) =>
      text(r.supportedParameters === null ? 'Not listed' : r.supportedParameters.includes(p) ? 'Yes' : 'No'),
  }));
}

const yesNo = (v: boolean | null, yes: string, no: string) => (v === null ? 'Unknown' : v ? yes : no);

/** Every row for these models, grouped; rows nobody has a value for are left out of extra groups. */
export function compareGroups(records: readonly ModelRecord[]): CompareGroup[] {
  const groups: CompareGroup[] = [
    {
      title: 'Price (USD, cheapest provider)',
      rows: [
        priceRow('Input / 1M tokens', 'input'),
        priceRow('Output / 1M tokens', 'output'),
        {
          label: 'Blended / 1M tokens',
          best: 'lowest',
          bestMeans: 'best: lowest; (3 × input + output) / 4',
          cell: (r) => {
            const v = blendedValue(r);
            return { text: formatPrice(v, r.pricing.state), value: v };
          },
        },
        ...extraModeRows(records),
        {
          label: 'Providers listed',
          best: null,
          bestMeans: null,
          cell: (r) =>
            text(r.endpoints.length === 0 ? 'No endpoint data' : formatInteger(r.endpoints.length)),
        },
      ],
    },
    {
      title: 'Capacity',
      rows: [
        {
          label: 'Context window',
          best: 'highest',
          bestMeans: 'best: largest',
          cell: (r) => ({
            text: formatContext(r.contextLength),
            value: r.contextLength && r.contextLength > 0 ? r.contextLength : null,
          }),
        },
        {
          label: 'Max output tokens',
          best: 'highest',
          bestMeans: 'best: largest',
          cell: (r) => ({
            text: formatContext(r.maxCompletionTokens),
            value: r.maxCompletionTokens && r.maxCompletionTokens > 0 ? r.maxCompletionTokens : null,
          }),
        },
        {
          label: 'Input modalities',
          best: null,
          bestMeans: null,
          cell: (r) => text(r.modalities.input.join(', ') || 'Unknown'),
        },
        {
          label: 'Output modalities',
          best: null,
          bestMeans: null,
          cell: (r) => text(r.modalities.output.join(', ') || 'Unknown'),
        },
      ],
    },
    ...arenasOf(records).map((arena) => ({
      title: `LMArena ${arena} arena (human preference)`,
      rows: arenaRows(records, arena),
    })),
    { title: 'Supported parameters', rows: paramRows(records) },
    {
      title: 'Identity and sources',
      rows: [
        { label: 'Primary id', best: null, bestMeans: null, cell: (r) => text(r.id) },
        { label: 'Author', best: null, bestMeans: null, cell: (r) => text(r.author ?? 'Unknown') },
        {
          label: 'Source type',
          best: null,
          bestMeans: null,
          cell: (r) => text(SOURCE_TYPE_LABELS[r.sourceType]),
        },
        {
          label: 'Match confidence',
          best: null,
          bestMeans: null,
          cell: (r) =>
            text(
              `${CONFIDENCE_LABELS[r.match.confidence]}${r.match.score > 0 ? ` (${r.match.score.toFixed(2)})` : ''}`,
            ),
        },
        { label: 'License', best: null, bestMeans: null, cell: (r) => text(r.license ?? 'Unknown') },
        {
          label: 'Weights',
          best: null,
          bestMeans: null,
          cell: (r) => text(yesNo(r.openWeights, 'Open', 'Proprietary')),
        },
        { label: 'Added', best: null, bestMeans: null, cell: (r) => text(formatDate(r.created)) },
        {
          label: 'Knowledge cutoff',
          best: null,
          bestMeans: null,
          cell: (r) => text(r.knowledgeCutoff ?? 'Unknown'),
        },
        { label: 'Tokenizer', best: null, bestMeans: null, cell: (r) => text(r.tokenizer ?? 'Unknown') },
      ],
    },
    usageGroup(),
  ];
  return groups.filter((g) => g.rows.length > 0);
}

/**
 * Which cells of a row are best: the lowest or highest figure, when at least two models have
 * one and they are not all equal (marking a lone or unanimous value says nothing).
 */
export function bestCells(best: Best, cells: readonly CompareCell[]): boolean[] {
  const values = cells.map((c) => c.value).filter((v): v is number => v !== null);
  if (best === null || values.length < 2 || values.every((v) => v === values[0]))
    return cells.map(() => false);
  const target = best === 'lowest' ? Math.min(...values) : Math.max(...values);
  return cells.map((c) => c.value === target);
}
