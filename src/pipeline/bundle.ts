// The bundled offline history: a few dated snapshots committed in the repo, so a fresh clone
// serves something real without network. Facts only: ids, names, numbers, dates, licenses,
// categories. Third-party prose (descriptions) and raw upstream records are left out. Daily usage
// keeps only what the pages draw: each file's days inside some bundled snapshot's 30-day series
// window, tokens only, stored once per file in columns.

import { readFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { SnapshotMeta } from '../catalog/types.ts';
import type { ArenaFacts } from '../domain/model.ts';
import { addDays } from '../domain/usage.ts';
import { USAGE_SERIES_DAYS, usageWindowEnd } from '../domain/usage-series.ts';
import type { UsageDay } from '../sources/types.ts';
import type { DraftUsageDays, SnapshotDraft, Store } from '../store/index.ts';

export const BUNDLE_FORMAT = 'model-atlas/bundled-history@2';

/** One usage file's kept days, in columns: each row is [day index, key index, tokens]. */
interface BundledUsage {
  days: string[];
  keys: string[];
  /** The key kind of each key, by index. */
  kinds: UsageDay['keyKind'][];
  rows: [number, number, number][];
}

type BundledSnapshot = Omit<SnapshotDraft, 'usageDays'> & {
  /** The usage files (by sha256) whose kept days this snapshot reads, from the bundle's usage table. */
  usageInputs: string[];
};

interface Bundle {
  format: typeof BUNDLE_FORMAT;
  /** What produced it, for a reader of the file. */
  note: string;
  snapshots: BundledSnapshot[];
  usage: Record<string, BundledUsage>;
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
    note: 'Derived by scripts/build-bundle.ts from the recorded sources; facts only (no descriptions, no raw records; daily usage trimmed to the days the pages draw).',
    snapshots: drafts.map((draft) => {
      const { usageDays, ...rest } = factsOnly(draft);
      return { ...rest, usageInputs: [...new Set((usageDays ?? []).map((g) => g.inputSha256))] };
    }),
    usage: bundledUsage(drafts),
  };
  return gzipSync(JSON.stringify(bundle), { level: 9 });
}

/**
 * Each usage file once, with the days some snapshot's series window reads. Every snapshot carrying a
 * file gets the same rows back, so the store writes them once, as it does for a replay.
 */
function bundledUsage(drafts: readonly SnapshotDraft[]): Record<string, BundledUsage> {
  const windows = new Map<string, { from: string; to: string }[]>();
  const groups = new Map<string, DraftUsageDays>();
  for (const draft of drafts) {
    const to = usageWindowEnd(draft.asOf, draft.mode === 'live');
    const from = addDays(to, -(USAGE_SERIES_DAYS - 1));
    for (const group of draft.usageDays ?? []) {
      groups.set(group.inputSha256, group);
      windows.set(group.inputSha256, [...(windows.get(group.inputSha256) ?? []), { from, to }]);
    }
  }
  const out: Record<string, BundledUsage> = {};
  for (const [sha, group] of groups) {
    const inWindow = (date: string) => windows.get(sha)!.some((w) => w.from <= date && date <= w.to);
    const table: BundledUsage = { days: [], keys: [], kinds: [], rows: [] };
    const dayIndex = new Map<string, number>();
    const keyIndex = new Map<string, number>();
    for (const d of group.days) {
      if (!inWindow(d.date)) continue;
      let di = dayIndex.get(d.date);
      if (di === undefined) {
        di = table.days.push(d.date) - 1;
        dayIndex.set(d.date, di);
      }
      const keyId = `${d.keyKind} ${d.modelKey}`;
      let ki = keyIndex.get(keyId);
      if (ki === undefined) {
        ki = table.keys.push(d.modelKey) - 1;
        table.kinds.push(d.keyKind);
        keyIndex.set(keyId, ki);
      }
      table.rows.push([di, ki, d.tokens]);
    }
    out[sha] = table;
  }
  return out;
}

function usageDaysOf(sha: string, table: BundledUsage | undefined, location: string): DraftUsageDays {
  if (!table) {
    throw new Error(
      `${location} names usage input ${sha} but holds no rows for it. Regenerate it with "npm run bundle".`,
    );
  }
  const days: UsageDay[] = table.rows.map(([di, ki, tokens]) => ({
    date: table.days[di]!,
    modelKey: table.keys[ki]!,
    keyKind: table.kinds[ki]!,
    tokens,
    prompt: null,
    completion: null,
    reasoning: null,
  }));
  return { inputSha256: sha, days };
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
  if (
    bundle.format !== BUNDLE_FORMAT ||
    !Array.isArray(bundle.snapshots) ||
    typeof bundle.usage !== 'object' ||
    bundle.usage === null
  ) {
    throw new Error(
      `${location} is not a bundled history of this version (expected format ${BUNDLE_FORMAT}). Regenerate it with "npm run bundle".`,
    );
  }
  return bundle.snapshots.map(({ usageInputs, ...draft }) => ({
    ...draft,
    usageDays: usageInputs.map((sha) => usageDaysOf(sha, bundle.usage[sha], location)),
  }));
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
