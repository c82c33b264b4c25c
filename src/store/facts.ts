// The indexed per-model columns, read for many snapshots at once (history, changes) without parsing records.

import type { Kysely, Selectable } from 'kysely';
import type { HistoryPoint } from '../catalog/types.ts';
import type { PricingState } from '../domain/model.ts';
import type { ModelFact } from './changes.ts';
import { chunked } from './chunks.ts';
import type { Database, ModelFactTable } from './schema.ts';

const COLUMNS = [
  'snapshot_id',
  'model_id',
  'name',
  'pricing_state',
  'input_per_1m',
  'output_per_1m',
  'context_length',
  'arena_rank',
  'arena_score',
  'arena_as_of',
  'arena_of',
] as const;

type FactRow = Pick<Selectable<ModelFactTable>, (typeof COLUMNS)[number]>;

/** Facts of the given snapshots (optionally of one model), grouped by snapshot id. */
export async function loadFacts(
  db: Kysely<Database>,
  snapshots: ReadonlyArray<{ id: number; asOf: string }>,
  modelId?: string,
): Promise<Map<number, ModelFact[]>> {
  const asOf = new Map(snapshots.map((s) => [s.id, s.asOf]));
  const out = new Map<number, ModelFact[]>(snapshots.map((s) => [s.id, []]));
  for (const ids of chunked([...asOf.keys()])) {
    let query = db.selectFrom('model_fact').select(COLUMNS).where('snapshot_id', 'in', ids);
    if (modelId !== undefined) query = query.where('model_id', '=', modelId);
    // No ORDER BY: sorting ~25,000 rows costs more than the scan, and callers order by timeline themselves.
    const rows = await query.execute();
    for (const row of rows) out.get(row.snapshot_id)!.push(toFact(row, asOf.get(row.snapshot_id)!));
  }
  return out;
}

function toFact(row: FactRow, asOf: string): ModelFact {
  return {
    modelId: row.model_id,
    name: row.name,
    snapshotId: row.snapshot_id,
    asOf,
    pricingState: row.pricing_state as PricingState,
    inputPer1M: row.input_per_1m,
    outputPer1M: row.output_per_1m,
    contextLength: row.context_length,
    arenaRank: row.arena_rank,
    arenaScore: row.arena_score,
    arenaAsOf: row.arena_as_of,
    arenaOf: row.arena_of,
  };
}

/** A fact without its model fields: the history point the catalog keeps. */
export function toHistoryPoint(fact: ModelFact): HistoryPoint {
  return {
    snapshotId: fact.snapshotId,
    asOf: fact.asOf,
    pricingState: fact.pricingState,
    inputPer1M: fact.inputPer1M,
    outputPer1M: fact.outputPer1M,
    contextLength: fact.contextLength,
    arenaRank: fact.arenaRank,
    arenaScore: fact.arenaScore,
    arenaAsOf: fact.arenaAsOf,
    arenaOf: fact.arenaOf,
  };
}
