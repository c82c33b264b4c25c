// The changes feed (Atom 1.0): one entry per change, newest snapshot first, every string escaped.

import type { Catalog } from '../../catalog/catalog.ts';
import type { Change } from '../../catalog/types.ts';
import { applyChangesFilter, type ChangesFilter, changesQuery } from '../changes-filter.ts';
import { absoluteUrl, modelPath } from '../paths.ts';
import { CHANGE_KIND_SHORT, describeChange } from '../views/change-text.ts';
import { xmlEscape } from './sitemap.ts';
import { usageMoversEntry } from './usage-atom.ts';

export const ATOM_MAX_ENTRIES = 500;

function updatedOf(catalog: Catalog, snapshotId: number, asOf: string): string {
  const snap = catalog.snapshots.find((s) => s.id === snapshotId);
  const iso = snap?.createdAt ?? `${asOf}T00:00:00Z`;
  return new Date(iso).toISOString();
}

/** A stable entry id: the same change always gets the same id, in every instance. */
function entryId(baseUrl: string, c: Change): string {
  const host = new URL(baseUrl).host;
  return `tag:${host},2025:change/${c.to.snapshotId}/${c.kind}/${encodeURIComponent(c.modelId)}/${c.field ?? 'model'}`;
}

export function atomFeed(catalog: Catalog, baseUrl: string, filter: ChangesFilter): string {
  const { kind } = filter;
  const changes = applyChangesFilter(catalog.changes, filter).slice(0, ATOM_MAX_ENTRIES);
  const self = absoluteUrl(baseUrl, `/changes.atom${changesQuery(filter)}`);
  const html = absoluteUrl(baseUrl, `/changes${changesQuery(filter)}`);
  const updated = updatedOf(catalog, catalog.snapshot.id, catalog.snapshot.asOf);
  const entries = changes.map((c) => {
    const link = catalog.get(c.modelId) ? absoluteUrl(baseUrl, modelPath(c.modelId)) : html;
    const title = `${CHANGE_KIND_SHORT[c.kind]}: ${c.name}`;
    const summary = `${c.name} (${c.modelId}): ${describeChange(c)}. Snapshots ${c.from.asOf} → ${c.to.asOf}.`;
    return [
      '<entry>',
      `<id>${xmlEscape(entryId(baseUrl, c))}</id>`,
      `<title>${xmlEscape(title)}</title>`,
      `<updated>${updatedOf(catalog, c.to.snapshotId, c.to.asOf)}</updated>`,
      `<link rel="alternate" type="text/html" href="${xmlEscape(link)}"/>`,
      `<category term="${c.kind}"/>`,
      `<summary type="text">${xmlEscape(summary)}</summary>`,
      '</entry>',
    ].join('');
  });
  // The week's usage movers belong to the latest snapshot, not to a change kind.
  const usage =
    kind === null && (filter.snapshot === null || filter.snapshot === catalog.snapshot.id)
      ? usageMoversEntry(catalog, baseUrl)
      : null;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${xmlEscape(self)}</id>`,
    `<title>Model Atlas: ${kind ? xmlEscape(CHANGE_KIND_SHORT[kind].toLowerCase()) : 'all'} changes</title>`,
    `<updated>${updated}</updated>`,
    '<author><name>Model Atlas</name></author>',
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(html)}"/>`,
    ...(usage ? [usage] : []),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
