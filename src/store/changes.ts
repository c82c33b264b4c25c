// What changed from one snapshot to the next, from the models' indexed facts. Pure.
//
// - added / removed: a model id present on one side only (no other change is reported for it);
// - price: inputPer1M and outputPer1M separately, whenever the figure differs (null = variable/unknown);
// - context: contextLength differs;
// - rank: the arena rank differs, null included (a model gaining or losing its leaderboard place). Ranks are
//   compared across leaderboard files as well as within one (where only a changed match can move them);
//   scores are never compared, since they are not on one scale from one file to the next.

import type { Change, HistoryPoint } from '../catalog/types.ts';

/** One model's indexed facts in one snapshot. */
export interface ModelFact extends HistoryPoint {
  modelId: string;
  name: string;
}

export interface FactSet {
  snapshotId: number;
  asOf: string;
  facts: readonly ModelFact[];
}

type Compared = 'inputPer1M' | 'outputPer1M' | 'contextLength' | 'arenaRank';

const COMPARED: ReadonlyArray<{ field: Compared; kind: Change['kind'] }> = [
  { field: 'inputPer1M', kind: 'price' },
  { field: 'outputPer1M', kind: 'price' },
  { field: 'contextLength', kind: 'context' },
  { field: 'arenaRank', kind: 'rank' },
];

const KIND_ORDER: Record<Change['kind'], number> = { added: 0, removed: 1, price: 2, context: 3, rank: 4 };

/** Changes from `from` to `to`, ordered by kind, then model id, then field. */
export function diffFacts(from: FactSet, to: FactSet): Change[] {
  const ends = {
    from: { snapshotId: from.snapshotId, asOf: from.asOf },
    to: { snapshotId: to.snapshotId, asOf: to.asOf },
  };
  const before = new Map(from.facts.map((f) => [f.modelId, f]));
  const after = new Map(to.facts.map((f) => [f.modelId, f]));
  const changes: Change[] = [];
  const whole = (kind: 'added' | 'removed', f: ModelFact): Change => ({
    kind,
    modelId: f.modelId,
    name: f.name,
    ...ends,
    field: null,
    before: null,
    after: null,
    pct: null,
  });
  for (const f of to.facts) if (!before.has(f.modelId)) changes.push(whole('added', f));
  for (const f of from.facts) if (!after.has(f.modelId)) changes.push(whole('removed', f));
  for (const b of to.facts) {
    const a = before.get(b.modelId);
    if (a === undefined) continue;
    for (const { field, kind } of COMPARED) {
      if (a[field] === b[field]) continue;
      changes.push({
        kind,
        modelId: b.modelId,
        name: b.name,
        ...ends,
        field,
        before: a[field],
        after: b[field],
        pct: percentChange(a[field], b[field]),
      });
    }
  }
  return changes.sort(
    (x, y) =>
      KIND_ORDER[x.kind] - KIND_ORDER[y.kind] ||
      compareText(x.modelId, y.modelId) ||
      compareText(x.field ?? '', y.field ?? ''),
  );
}

/** Relative change in percent, rounded to 4 decimals to drop float noise; null without two figures or from 0. */
export function percentChange(before: number | null, after: number | null): number | null {
  if (before === null || after === null || before === 0) return null;
  return Math.round(((after - before) / before) * 100 * 1e4) / 1e4;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
