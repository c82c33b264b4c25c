// The store's public contract: what the pipeline hands over for one snapshot, and what it can ask back.

import type {
  CatalogData,
  Change,
  HistoryPoint,
  RawSourceRecord,
  SnapshotInput,
  SnapshotMeta,
  SnapshotMode,
} from '../catalog/types.ts';
import type { ModelRecord, SourceName } from '../domain/model.ts';
import type { Rejection } from '../sources/source.ts';
import type { UsageDay } from '../sources/types.ts';

/** One verbatim upstream record, tied to the input file (by sha256) it was read from. */
export interface DraftRawRecord {
  inputSha256: string;
  source: SourceName;
  recordId: string;
  raw: unknown;
}

/** The daily usage rows one usage input file gave (full daily data only, never week-to-date figures). */
export interface DraftUsageDays {
  inputSha256: string;
  days: readonly UsageDay[];
}

/** Everything one ingest produced; written in one transaction or not at all. */
export interface SnapshotDraft {
  /** ISO date the snapshot represents. */
  asOf: string;
  mode: SnapshotMode;
  /** ISO timestamp of the ingest run. */
  createdAt: string;
  inputs: SnapshotInput[];
  records: ModelRecord[];
  rejections: Rejection[];
  /** Raw records of every input; each inputSha256 must be one of `inputs`. */
  raw: DraftRawRecord[];
  /** Daily usage rows per usage input (each inputSha256 one of `inputs`); absent when there are none. */
  usageDays?: DraftUsageDays[];
}

export interface OpenStoreOptions {
  /** Open without writing: no migrations, no writes; fails when the file is missing or its schema is old. */
  readonly?: boolean;
}

export interface Store {
  /** The SQLite file path (or `:memory:`). */
  readonly path: string;
  readonly readonly: boolean;
  /** Writes the whole draft in one transaction and returns the new snapshot. */
  writeSnapshot(draft: SnapshotDraft): Promise<SnapshotMeta>;
  /** Every snapshot, oldest first (by as-of date, then by write order). */
  listSnapshots(): Promise<SnapshotMeta[]>;
  getSnapshot(id: number): Promise<SnapshotMeta | null>;
  /** The snapshot with the greatest as-of date; among equal dates, the last written. null when empty. */
  latestSnapshot(): Promise<SnapshotMeta | null>;
  /** The last-written snapshot with the greatest as-of date ≤ date (an ISO date). */
  snapshotAsOf(date: string): Promise<SnapshotMeta | null>;
  /** The records of a snapshot, in the order they were written. */
  loadRecords(snapshotId: number): Promise<ModelRecord[]>;
  loadRejections(snapshotId: number): Promise<Rejection[]>;
  /** Raw records one source gave for one id in this snapshot's inputs (several when several files hold it). */
  rawFor(snapshotId: number, source: SourceName, recordId: string): Promise<RawSourceRecord[]>;
  /** One model's points along the timeline up to this snapshot, oldest first. */
  history(modelId: string, uptoSnapshotId: number): Promise<HistoryPoint[]>;
  /** Added, removed, price, context and rank changes from one snapshot to another. */
  changesBetween(fromId: number, toId: number): Promise<Change[]>;
  /** Everything the web needs for one snapshot. */
  loadCatalogData(snapshotId: number): Promise<CatalogData>;
  close(): Promise<void>;
}
