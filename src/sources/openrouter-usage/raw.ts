// Raw usage rows kept per model key, not per day: one record holds a model's rows of the file
// (in file order), so a 55,000-row series is a few hundred raw records in the store.

import type { RawRecord } from '../source.ts';

export function rawPerModel(rows: readonly { modelKey: string; row: unknown }[]): RawRecord[] {
  const byModel = new Map<string, unknown[]>();
  for (const { modelKey, row } of rows) {
    const list = byModel.get(modelKey);
    if (list) list.push(row);
    else byModel.set(modelKey, [row]);
  }
  return [...byModel].map(([modelKey, list]) => ({
    source: 'openrouter-usage',
    recordId: modelKey,
    raw: { rows: list },
  }));
}
