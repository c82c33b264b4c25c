// One change between snapshots in words, shared by the changes page, its Atom feed and the API docs.

import type { Change, ChangeKind } from '../../catalog/types.ts';
import { formatContext, formatPct, formatPricePer1M, formatRank } from '../../domain/format.ts';

export const CHANGE_KIND_LABELS = {
  added: 'New models',
  removed: 'Removed models',
  price: 'Price changes',
  context: 'Context changes',
  rank: 'Arena rank moves',
} as const satisfies Record<ChangeKind, string>;

export const CHANGE_KIND_SHORT = {
  added: 'New',
  removed: 'Removed',
  price: 'Price',
  context: 'Context',
  rank: 'Rank',
} as const satisfies Record<ChangeKind, string>;

const FIELD_NAMES: Record<string, string> = {
  inputPer1M: 'Input price',
  outputPer1M: 'Output price',
  contextLength: 'Context window',
  arenaRank: 'Arena rank',
};

function value(field: string | null, v: number | string | null): string {
  if (v === null) return 'Unknown';
  if (typeof v === 'string') return v;
  if (field === 'inputPer1M' || field === 'outputPer1M') return formatPricePer1M(v, 'priced');
  if (field === 'contextLength') return formatContext(v);
  if (field === 'arenaRank') return formatRank(v);
  return String(v);
}

/** "Input price $3 / 1M → $6 / 1M (+100%)", "New in this snapshot", … */
export function describeChange(change: Change): string {
  if (change.kind === 'added') return `New in the snapshot of ${change.to.asOf}`;
  if (change.kind === 'removed') return `No longer listed in the snapshot of ${change.to.asOf}`;
  const field = change.field ?? '';
  const name = FIELD_NAMES[field] ?? field;
  const arrow = `${value(change.field, change.before)} → ${value(change.field, change.after)}`;
  if (change.kind === 'rank' && typeof change.before === 'number' && typeof change.after === 'number') {
    const moved = change.before - change.after;
    const words = moved > 0 ? `up ${moved}` : moved < 0 ? `down ${-moved}` : 'unchanged';
    return `${name} ${arrow} (${words})`;
  }
  return change.pct === null ? `${name} ${arrow}` : `${name} ${arrow} (${formatPct(change.pct)})`;
}

/** Whether a change is good or bad news for a buyer: cheaper, longer context, better rank. */
export function changeDirection(change: Change): 'up' | 'down' | null {
  if (typeof change.before !== 'number' || typeof change.after !== 'number') return null;
  if (change.after === change.before) return null;
  const increased = change.after > change.before;
  if (change.kind === 'price') return increased ? 'up' : 'down';
  if (change.kind === 'context') return increased ? 'down' : 'up';
  if (change.kind === 'rank') return increased ? 'up' : 'down';
  return null;
}
