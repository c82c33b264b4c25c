// The bundled offline history: a few dated snapshots committed in the repo, so a fresh clone
// serves something real without network. Facts only: ids, names, numbers, dates, licenses,
// categories. Third-party prose (descriptions) and raw upstream records are left out.

import { readFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { SnapshotMeta } from '../catalog/types.ts';
import type { ArenaFacts } from '../domain/model.ts';
import type { SnapshotDraft, Store } from '../store/index.ts';

export const BUNDLE_FORMAT = 'model-atlas/bundled-history@1';

interface Bundle {
  format: typeof BUNDLE_FORMAT;
  /** What produced it, for a reader of the file. */
  note: string;
  snapshots: SnapshotDraft[];
}

// Ratings are raw Bradley-Terry floats with 13 decimals; pages show whole points. Two decimals
// keep every shown figure and rank (ranks are computed before this) and halve the file.
const round2 = (n: number) => Math.round(n * 100) / 100;

function roundScores<T extends { score: number; ciLow: number; ciHigh: number }>(s: T): T {
  return { ...s, score: round2(s.score), ciLow: round2(s.ciLow), ciHigh: round2(s.ciHigh) };
}

function roundArena(a: ArenaFacts): ArenaFacts {
  return {
    ...roundScores(a),
    styleControl: a.styleControl ? roundScores(a.styleControl) : null,
    categories: Object.fromEntries(Object.entries(a.categories).map(([k, v]) => [k, roundScores(v)])),
  };
}

/** Strip a snapshot down to facts the project may ship. */
export function factsOnly(draft: SnapshotDraft): SnapshotDraft {
  return {
    ...draft,
    mode: 'bundled',
    records: draft.records.map((r) => ({
      ...r,
      description: null,
      arena: r.arena ? roundArena(r.arena) : null,
      otherArenas: r.otherArenas.map(roundArena),
    })),
    raw: [],
  };
}

export function encodeBundle(drafts: SnapshotDraft[]): Buffer {
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    note: 'Derived by scripts/build-bundle.ts from the recorded sources; facts only (no descriptions, no raw records).',
    snapshots: drafts.map(factsOnly),
  };
  return gzipSync(JSON.stringify(bundle), { level: 9 });
}

export function decodeBundle(bytes: Buffer, location: string): SnapshotDraft[] {
  let bundle: Bundle;
  try {
    bundle = JSON.parse(gunzipSync(bytes).toString('utf8')) as Bundle;
  } catch (err) {
    throw new Error(
      `The bundled history at ${location} cannot be read (${(err as Error).message}). Regenerate it with "npm run bundle".`,
    );
  }
  if (bundle.format !== BUNDLE_FORMAT || !Array.isArray(bundle.snapshots)) {
    throw new Error(
      `${location} is not a bundled history of this version (expected format ${BUNDLE_FORMAT}). Regenerate it with "npm run bundle".`,
    );
  }
  return bundle.snapshots;
}

/** Write every bundled snapshot into the store, oldest first. */
export async function importBundle(store: Store, path: string): Promise<SnapshotMeta[]> {
  const drafts = decodeBundle(await readFile(path), path);
  const written: SnapshotMeta[] = [];
  for (const draft of [...drafts].sort((a, b) => a.asOf.localeCompare(b.asOf))) {
    written.push(await store.writeSnapshot(draft));
  }
  return written;
}
