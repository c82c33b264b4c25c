// Table shapes as kysely sees them. JSON is kept as TEXT so the same queries run on PostgreSQL.

import type { Generated } from 'kysely';

export interface SnapshotTable {
  id: Generated<number>;
  created_at: string;
  as_of: string;
  mode: string;
  model_count: number;
  rejected_count: number;
  /** SnapshotMeta.counts as JSON. */
  counts_json: string;
}

/** One upstream file, by content; its raw records are indexed once, however many snapshots use it. */
export interface InputFileTable {
  sha256: string;
  kind: string;
  bytes: number;
  /** How many raw records the draft that indexed it supplied; a different count re-indexes. */
  raw_count: number;
  /** How many daily usage rows the draft that stored them supplied (0 for other files); a different count re-stores them. */
  usage_count: Generated<number>;
}

export interface SnapshotInputTable {
  snapshot_id: number;
  position: number;
  sha256: string;
  kind: string;
  location: string;
  date: string;
  bytes: number;
  records: number;
  rejected: number;
  partial: number;
  meta_json: string;
}

export interface RejectionTable {
  snapshot_id: number;
  position: number;
  source: string;
  record_id: string | null;
  field: string | null;
  reason: string;
}

export interface ModelFactTable {
  snapshot_id: number;
  position: number;
  model_id: string;
  name: string;
  source_type: string;
  confidence: string;
  pricing_state: string;
  input_per_1m: number | null;
  output_per_1m: number | null;
  context_length: number | null;
  arena_rank: number | null;
  arena_score: number | null;
  arena_as_of: string | null;
  arena_of: number | null;
  arena_key: string | null;
}

/** The whole ModelRecord as JSON, apart from the facts so that history scans stay narrow. */
export interface ModelRecordTable {
  snapshot_id: number;
  model_id: string;
  json: string;
}

/** A raw record's JSON, addressed by the sha256 of its canonical form (sorted keys). */
export interface RawBlobTable {
  hash: string;
  json: string;
}

export interface RawRecordTable {
  input_sha256: string;
  source: string;
  record_id: string;
  blob_hash: string;
  position: number;
}

/** One model key's tokens on one day, as one usage input file gave them. */
export interface UsageDayTable {
  input_sha256: string;
  date: string;
  model_key: string;
  key_kind: string;
  tokens: number;
  prompt: number | null;
  completion: number | null;
  reasoning: number | null;
}

export interface Database {
  snapshot: SnapshotTable;
  input_file: InputFileTable;
  snapshot_input: SnapshotInputTable;
  rejection: RejectionTable;
  model_fact: ModelFactTable;
  model_record: ModelRecordTable;
  raw_blob: RawBlobTable;
  raw_record: RawRecordTable;
  usage_day: UsageDayTable;
}
