// The read side's plain data: what one snapshot holds, loaded once from the store and then
// served from memory. `web` and `export` read only this and `domain`.

import type { Confidence, ModelRecord, PricingState, SourceName } from '../domain/model.ts';
import type { UsagePoint } from '../domain/usage-series.ts';
import type { SourceKind } from '../sources/source.ts';

export type SnapshotMode = 'as-of' | 'replay' | 'live' | 'bundled';

export interface SnapshotInput {
  kind: SourceKind;
  /** URL or file path (relative to the data directory for recorded files). */
  location: string;
  /** The day the data represents. */
  date: string;
  sha256: string;
  bytes: number;
  records: number;
  rejected: number;
  partial: boolean;
  /** Manifest extras: arena, styleControl, format … */
  meta: Record<string, unknown>;
}

export interface SnapshotMeta {
  id: number;
  /** When the ingest ran (ISO timestamp). */
  createdAt: string;
  /** The day the snapshot represents (ISO date): the as-of date it was built for. */
  asOf: string;
  mode: SnapshotMode;
  inputs: SnapshotInput[];
  /** Records per source type and per confidence, for the methodology page and summaries. */
  counts: {
    models: number;
    bySourceType: Record<string, number>;
    byConfidence: Partial<Record<Confidence, number>>;
    rejected: number;
  };
}

/** One point of a model's history: its normalized facts in one snapshot. */
export interface HistoryPoint {
  snapshotId: number;
  asOf: string;
  pricingState: PricingState;
  inputPer1M: number | null;
  outputPer1M: number | null;
  contextLength: number | null;
  arenaRank: number | null;
  arenaScore: number | null;
  /** Date of the arena file; scores from different files are not comparable. */
  arenaAsOf: string | null;
  arenaOf: number | null;
}

export const CHANGE_KINDS = ['added', 'removed', 'price', 'context', 'rank'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface Change {
  kind: ChangeKind;
  modelId: string;
  name: string;
  from: { snapshotId: number; asOf: string };
  to: { snapshotId: number; asOf: string };
  /** Which figure changed: `inputPer1M`, `outputPer1M`, `contextLength`, `arenaRank`. null for added/removed. */
  field: string | null;
  before: number | string | null;
  after: number | string | null;
  /** Relative change in percent for numeric changes, null otherwise. */
  pct: number | null;
}

/** A raw source record as kept in the store, with where and when it came from. */
export interface RawSourceRecord {
  source: SourceName;
  recordId: string;
  /** Date of the source file (or live fetch). */
  asOf: string;
  location: string;
  raw: unknown;
}

/** Daily OpenRouter tokens of the snapshot's models over the 30 days to its as-of date. */
export interface UsageSeriesData {
  /** First day of the window. */
  from: string;
  /** Last day of the window: the snapshot's as-of date. */
  to: string;
  /** Days of the window any daily usage input has data for, oldest first (the rest are gaps). */
  covered: string[];
  /** Points per model id, oldest first; only days with a row for the model (a missing day is a gap, not 0). */
  byModel: Record<string, UsagePoint[]>;
}

export interface CatalogData {
  snapshot: SnapshotMeta;
  /** Every snapshot in the store, oldest first (for history and the changes page). */
  snapshots: SnapshotMeta[];
  records: ModelRecord[];
  /** Raw source records per model id. */
  raw: Record<string, RawSourceRecord[]>;
  /** History per model id, oldest first, up to and including this snapshot. */
  history: Record<string, HistoryPoint[]>;
  /** Changes between consecutive snapshots up to this one, newest first. */
  changes: Change[];
  /** Daily usage series; absent or null when the snapshot used no daily usage input. */
  usageSeries?: UsageSeriesData | null;
}
