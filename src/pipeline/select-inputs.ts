// Which recorded files make up the snapshot of a given day.
// For each source (and each arena / style-control / endpoints model) the newest file dated on or
// before the as-of date; a partial catalog is never the main one; usage files all count.

import type { ManifestEntry } from './manifest.ts';

/** The group a file competes in: only the newest of a group is used. */
export function selectionGroup(entry: ManifestEntry): string {
  const m = entry.meta;
  switch (entry.kind) {
    case 'lmarena.catalog.ratings':
      return `${entry.kind}|${String(m.arena ?? 'text')}|${m.styleControl === true ? 'style' : 'raw'}`;
    case 'lmarena.leaderboard.csv':
      return `${entry.kind}|${String(m.arena ?? 'text')}`;
    case 'openrouter.endpoints':
      // One group per model: the file name without its date names the model.
      return `${entry.kind}|${endpointsModelKey(entry)}`;
    case 'openrouter.usage':
      return `${entry.kind}|${entry.location}`;
    default:
      return entry.kind;
  }
}

function endpointsModelKey(entry: ManifestEntry): string {
  const note = typeof entry.meta.note === 'string' ? /model\s+(\S+)/.exec(entry.meta.note)?.[1] : undefined;
  if (note) return note;
  return entry.location.replace(/_\d{4}-\d{2}-\d{2}\.json$/, '');
}

export interface Selection {
  asOf: string;
  /** The files used, one per group (every usage file dated on or before as-of). */
  inputs: ManifestEntry[];
  /** Files passed over, each with why (newer file in the same group, partial catalog, after as-of). */
  passedOver: { entry: ManifestEntry; why: string }[];
}

/**
 * The first day a file has data for. Usage files span a range (`dateFrom` … `date`): a series file
 * counts for every as-of date inside it, and only its days up to as-of are read.
 */
function firstDay(entry: ManifestEntry): string {
  if (entry.kind === 'openrouter.usage' && typeof entry.meta.dateFrom === 'string')
    return entry.meta.dateFrom;
  return entry.date;
}

/** Select the inputs of the snapshot for `asOf` (ISO date). */
export function selectInputs(entries: ManifestEntry[], asOf: string): Selection {
  const best = new Map<string, ManifestEntry>();
  const passedOver: Selection['passedOver'] = [];
  for (const entry of entries) {
    if (firstDay(entry) > asOf) {
      passedOver.push({ entry, why: `dated ${entry.date}, after ${asOf}` });
      continue;
    }
    if (entry.kind === 'openrouter.models' && entry.partial) {
      passedOver.push({ entry, why: 'partial catalog (a filtered listing): never used as the main catalog' });
      continue;
    }
    const group = selectionGroup(entry);
    const current = best.get(group);
    if (
      !current ||
      entry.date > current.date ||
      (entry.date === current.date && entry.location > current.location)
    ) {
      if (current) passedOver.push({ entry: current, why: `older than ${entry.location}` });
      best.set(group, entry);
    } else {
      passedOver.push({ entry, why: `older than ${current.location}` });
    }
  }
  const inputs = [...best.values()].sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.date.localeCompare(b.date),
  );
  return { asOf, inputs, passedOver };
}

/** Every distinct date in the manifest, oldest first: the snapshots of a full replay. */
export function replayDates(entries: ManifestEntry[]): string[] {
  return [...new Set(entries.map((e) => e.date))].sort();
}

/** The newest date in the manifest: the default as-of. */
export function newestDate(entries: ManifestEntry[]): string {
  const dates = replayDates(entries);
  const last = dates[dates.length - 1];
  if (!last) throw new Error('The manifest lists no files this version can read.');
  return last;
}
