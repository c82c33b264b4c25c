// The read side: an immutable in-memory view of one snapshot, with the indexes pages and the API need.
// Built once per snapshot; nothing here does I/O.

import { createHash } from 'node:crypto';
import type { ModelRecord } from '../domain/model.ts';
import { type UsageMovers, usageMovers } from '../domain/usage-movers.ts';
import type { UsagePoint } from '../domain/usage-series.ts';
import { suggestModels } from './suggest.ts';
import type {
  CatalogData,
  Change,
  HistoryPoint,
  RawSourceRecord,
  SnapshotMeta,
  UsageSeriesData,
} from './types.ts';

export interface Catalog {
  readonly snapshot: SnapshotMeta;
  /** Every snapshot in the store, oldest first. */
  readonly snapshots: readonly SnapshotMeta[];
  readonly records: readonly ModelRecord[];
  /** Changes between consecutive snapshots up to this one, newest first. */
  readonly changes: readonly Change[];
  /** Short hash of the snapshot id, creation time and record count: the base of every ETag. */
  readonly version: string;
  get(id: string): ModelRecord | undefined;
  /** Raw source records of one model (empty when none were kept). */
  raw(id: string): readonly RawSourceRecord[];
  /** History of one model, oldest first (empty when unknown). */
  history(id: string): readonly HistoryPoint[];
  /** Daily OpenRouter tokens of one model over the usage window, oldest first (empty when none). */
  usageSeries(id: string): readonly UsagePoint[];
  /** The usage window and the days it has data for; null when the snapshot has no daily usage. */
  readonly usageWindow: Omit<UsageSeriesData, 'byModel'> | null;
  /** The week to the as-of date against the week before, from the daily series; null without one. */
  readonly usageMovers: UsageMovers | null;
  /** Up to n records whose id or name is nearest to the text, best first. */
  suggest(text: string, n?: number): ModelRecord[];
}

/** The version string every ETag starts with: stable for one snapshot on every machine. */
export function catalogVersion(snapshot: SnapshotMeta, recordCount: number): string {
  return createHash('sha256')
    .update(`${snapshot.id}|${snapshot.createdAt}|${recordCount}`)
    .digest('base64url')
    .slice(0, 12);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function buildCatalog(data: CatalogData): Catalog {
  const byId = new Map<string, ModelRecord>();
  for (const record of data.records) {
    if (byId.has(record.id)) throw new Error(`The snapshot holds two records with the id "${record.id}".`);
    byId.set(record.id, record);
  }
  deepFreeze(data);
  const records = data.records;
  const version = catalogVersion(data.snapshot, records.length);
  const none: readonly never[] = Object.freeze([]);
  const usage = data.usageSeries ?? null;
  return Object.freeze({
    snapshot: data.snapshot,
    snapshots: data.snapshots,
    records,
    changes: data.changes,
    version,
    get: (id: string) => byId.get(id),
    raw: (id: string) => data.raw[id] ?? none,
    history: (id: string) => data.history[id] ?? none,
    usageSeries: (id: string) => usage?.byModel[id] ?? none,
    usageWindow: usage ? Object.freeze({ from: usage.from, to: usage.to, covered: usage.covered }) : null,
    usageMovers: usage ? deepFreeze(usageMovers(usage)) : null,
    suggest: (text: string, n = 5) => suggestModels(records, text, n),
  });
}
