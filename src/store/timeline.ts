// The timeline a snapshot belongs to: one snapshot per as-of day up to it, oldest first.
// A day ingested twice counts once, by its last write, so a re-run replaces a day instead of doubling it.

import type { SnapshotMeta } from '../catalog/types.ts';

type Dated = Pick<SnapshotMeta, 'id' | 'asOf'>;

/** For each day before the target's, the last-written snapshot of that day; then the target itself. */
export function timelineUpTo<T extends Dated>(snapshots: readonly T[], target: T): T[] {
  const lastOfDay = new Map<string, T>();
  for (const s of snapshots) {
    if (s.asOf >= target.asOf) continue;
    const seen = lastOfDay.get(s.asOf);
    if (seen === undefined || s.id > seen.id) lastOfDay.set(s.asOf, s);
  }
  const earlier = [...lastOfDay.values()].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
  return [...earlier, target];
}
