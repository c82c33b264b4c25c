// Ingest: read payloads (recorded files or live URLs) → parse → match → records → one snapshot,
// written in one transaction. A payload that is not a catalog stops the ingest before any write.

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { SnapshotMeta, SnapshotMode } from '../catalog/types.ts';
import type { Progress } from '../cli/progress.ts';
import type { MatchOverride } from '../match/types.ts';
import { readRecordedPayload } from '../sources/read-payload.ts';
import type { FetchedPayload, Rejection } from '../sources/source.ts';
import type { SnapshotDraft, Store } from '../store/index.ts';
import { buildSnapshot } from './build-snapshot.ts';
import { type ManifestEntry, parseManifest } from './manifest.ts';
import { type ParseCache, parseInputs } from './parse-inputs.ts';
import { newestDate, replayDates, selectInputs } from './select-inputs.ts';

export interface IngestDeps {
  store: Store;
  /** null runs the matcher alone. */
  overrides: MatchOverride[] | null;
  progress: Progress;
  now?: () => Date;
}

export interface IngestSummary {
  snapshot: SnapshotMeta;
  inputs: { kind: string; location: string; date: string; records: number; rejected: number }[];
  rejections: Rejection[];
  notes: string[];
  timings: {
    readMs: number;
    parseMs: number;
    matchMs: number;
    buildMs: number;
    writeMs: number;
    totalMs: number;
  };
}

export interface RecordedData {
  dataDir: string;
  entries: ManifestEntry[];
  unknownKinds: { path: string; kind: string }[];
}

/** Read `DIR/manifest.json`. */
export async function readRecordedData(dataDir: string): Promise<RecordedData> {
  const path = resolve(dataDir, 'manifest.json');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT'
        ? `No manifest.json in ${resolve(dataDir)}: --from must point at a directory laid out like ../shared/data.`
        : `Could not read ${path}: ${(err as Error).message}.`,
    );
  }
  const { entries, unknownKinds } = parseManifest(text, path);
  return { dataDir: resolve(dataDir), entries, unknownKinds };
}

/** Payloads read from disk, kept across the snapshots of one replay. */
export type PayloadCache = Map<string, FetchedPayload>;

export async function readSelected(
  data: RecordedData,
  entries: ManifestEntry[],
  cache: PayloadCache | undefined,
): Promise<FetchedPayload[]> {
  return Promise.all(
    entries.map(async (entry) => {
      const hit = cache?.get(entry.location);
      if (hit) return hit;
      const { expectedSha256, ...input } = entry;
      const payload = await readRecordedPayload(data.dataDir, {
        ...input,
        meta: expectedSha256 ? { ...input.meta, sha256: expectedSha256 } : input.meta,
      });
      cache?.set(entry.location, payload);
      return payload;
    }),
  );
}

/** No source that makes records (a catalog or a leaderboard) is dated on or before the day. */
export class NothingToIngest extends Error {
  override readonly name = 'NothingToIngest';
  constructor(readonly asOf: string) {
    super(
      `Nothing to ingest for ${asOf}: no OpenRouter catalog and no arena leaderboard is dated on or before it.`,
    );
  }
}

/** A snapshot ready to write, and what the summary reports about it. */
export interface PreparedSnapshot {
  draft: SnapshotDraft;
  notes: string[];
  timings: { parseMs: number; matchMs: number; buildMs: number };
}

/** Parse, match and assemble one snapshot from fetched payloads. Pure apart from timing. */
export function prepareSnapshot(
  payloads: FetchedPayload[],
  asOf: string,
  mode: SnapshotMode,
  overrides: MatchOverride[] | null,
  createdAt: Date,
  caches: { parse?: ParseCache } = {},
): PreparedSnapshot {
  const t0 = performance.now();
  const parsed = parseInputs(payloads, caches.parse);
  const parseMs = performance.now() - t0;
  if (!parsed.openrouter && parsed.ratings.length === 0 && parsed.leaderboards.length === 0) {
    throw new NothingToIngest(asOf);
  }
  const built = buildSnapshot(parsed, asOf, overrides, { live: mode === 'live' });
  return {
    draft: {
      asOf,
      mode,
      createdAt: createdAt.toISOString(),
      inputs: parsed.inputs,
      records: built.records,
      rejections: parsed.rejections,
      raw: parsed.raw,
      usageDays: parsed.usageDays.map((u) => ({ inputSha256: u.sha256, days: u.days })),
    },
    notes: built.notes,
    timings: {
      parseMs,
      matchMs: built.timings.matchMs,
      buildMs: built.timings.buildMs - built.timings.matchMs,
    },
  };
}

/** Turn fetched payloads into one written snapshot. */
export async function ingestPayloads(
  payloads: FetchedPayload[],
  asOf: string,
  mode: SnapshotMode,
  deps: IngestDeps,
  caches: { parse?: ParseCache } = {},
  readMs = 0,
): Promise<IngestSummary> {
  const t0 = performance.now();
  const prepared = prepareSnapshot(payloads, asOf, mode, deps.overrides, deps.now?.() ?? new Date(), caches);
  const t1 = performance.now();
  const snapshot = await deps.store.writeSnapshot(prepared.draft);
  const writeMs = performance.now() - t1;
  const { draft } = prepared;
  return {
    snapshot,
    inputs: draft.inputs.map((i) => ({
      kind: i.kind,
      location: i.location,
      date: i.date,
      records: i.records,
      rejected: i.rejected,
    })),
    rejections: draft.rejections,
    notes: prepared.notes,
    timings: { readMs, ...prepared.timings, writeMs, totalMs: readMs + (performance.now() - t0) },
  };
}

/** One snapshot from the recorded files, as of a date (default: the newest date in the manifest). */
export async function ingestRecordedAsOf(
  data: RecordedData,
  asOf: string | undefined,
  deps: IngestDeps,
): Promise<IngestSummary> {
  const date = asOf ?? newestDate(data.entries);
  const selection = selectInputs(data.entries, date);
  deps.progress.start(`Reading ${date}`, selection.inputs.length);
  const t0 = performance.now();
  const payloads = await readSelected(data, selection.inputs, undefined);
  for (const p of payloads) deps.progress.tick(p.location);
  deps.progress.stop();
  return ingestPayloads(payloads, date, 'as-of', deps, {}, performance.now() - t0);
}

/** The whole history: one snapshot per distinct manifest date, oldest first. */
export async function replayRecorded(
  data: RecordedData,
  deps: IngestDeps,
): Promise<{ summaries: IngestSummary[]; skipped: { date: string; why: string }[] }> {
  const dates = replayDates(data.entries);
  const payloadCache: PayloadCache = new Map();
  const parseCache: ParseCache = new Map();
  const summaries: IngestSummary[] = [];
  const skipped: { date: string; why: string }[] = [];
  // Read and parse every file first: a payload that is not a catalog stops the replay before any write.
  const all = await readSelected(data, data.entries, payloadCache);
  for (const payload of all) parseInputs([payload], parseCache);
  deps.progress.start('Replaying', dates.length);
  for (const date of dates) {
    const selection = selectInputs(data.entries, date);
    const t0 = performance.now();
    const payloads = await readSelected(data, selection.inputs, payloadCache);
    try {
      summaries.push(
        await ingestPayloads(payloads, date, 'replay', deps, { parse: parseCache }, performance.now() - t0),
      );
      deps.progress.tick(`${date}: ${summaries.at(-1)!.snapshot.counts.models} models`);
    } catch (err) {
      // Early dates may hold only a key table: no snapshot for them, said plainly.
      if (!(err instanceof NothingToIngest)) throw err;
      skipped.push({ date, why: 'no catalog or leaderboard dated on or before it yet' });
      deps.progress.tick(`${date}: skipped`);
    }
  }
  deps.progress.stop();
  return { summaries, skipped };
}
