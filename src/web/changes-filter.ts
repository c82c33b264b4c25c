// The changes filters shared by the page, the feed and the API: `kind` (one change kind) and
// `snapshot` (the changes that led into one snapshot). Bad values become sentences for a 400.

import type { Catalog } from '../catalog/catalog.ts';
import { CHANGE_KINDS, type Change, type ChangeKind } from '../catalog/types.ts';

export interface ChangesFilter {
  kind: ChangeKind | null;
  /** Id of the later snapshot of a pair; null for every pair. */
  snapshot: number | null;
}

function single(params: URLSearchParams, name: string): { value: string | null; error?: string } {
  const set = params.getAll(name).filter((v) => v !== '' && v !== 'all');
  if (set.length > 1)
    return { value: null, error: `The parameter "${name}" was given ${set.length} times; give it once.` };
  return { value: set[0] ?? null };
}

export function readChangesFilter(
  params: URLSearchParams,
  catalog: Catalog,
): { ok: true; filter: ChangesFilter } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const kind = single(params, 'kind');
  if (kind.error) errors.push(kind.error);
  else if (kind.value !== null && !(CHANGE_KINDS as readonly string[]).includes(kind.value))
    errors.push(
      `The parameter "kind" must be one of ${CHANGE_KINDS.join(', ')} (or left out for all changes).`,
    );
  const snap = single(params, 'snapshot');
  let snapshot: number | null = null;
  if (snap.error) errors.push(snap.error);
  else if (snap.value !== null) {
    const pairs = new Set(catalog.changes.map((c) => c.to.snapshotId));
    snapshot = /^\d{1,9}$/.test(snap.value) ? Number(snap.value) : null;
    if (snapshot === null || !pairs.has(snapshot)) {
      errors.push(
        `The parameter "snapshot" must be the id of a snapshot with changes (${[...pairs].sort((a, b) => a - b).join(', ') || 'none yet'}).`,
      );
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, filter: { kind: (kind.value as ChangeKind | null) ?? null, snapshot } };
}

export function applyChangesFilter(changes: readonly Change[], filter: ChangesFilter): Change[] {
  return changes.filter(
    (c) =>
      (filter.kind === null || c.kind === filter.kind) &&
      (filter.snapshot === null || c.to.snapshotId === filter.snapshot),
  );
}

/** The canonical query string of a filter: `?kind=price&snapshot=2`, or ''. */
export function changesQuery(filter: ChangesFilter): string {
  const parts = [
    filter.kind ? `kind=${filter.kind}` : null,
    filter.snapshot !== null ? `snapshot=${filter.snapshot}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
