// Every URL the site links to, enumerated from the catalog: the fixed pages, the crawler files,
// the explorer's data, the API, each model's page, share image and API record, the changes in
// every filter the changes page links to, and the fingerprinted assets.

import type { Catalog } from '../catalog/catalog.ts';
import { CHANGE_KINDS } from '../catalog/types.ts';
import { changesQuery } from '../web/changes-filter.ts';
import { apiModelPath, modelPath, ogImagePath } from '../web/paths.ts';
import { facetOptions } from '../web/routes/explorer-facets.ts';
import {
  type ExportTarget,
  fileTarget,
  pageTarget,
  unsafePathReason,
  variantTarget,
  withExtension,
} from './static-paths.ts';

export interface SiteTargets {
  targets: ExportTarget[];
  /** Models left out because their id cannot be a file path, each with the reason. */
  skipped: { id: string; reason: string }[];
}

/** The arena categories the explorer may ask for (the names the server's data route accepts). */
function categoryTargets(catalog: Catalog): ExportTarget[] {
  const out: ExportTarget[] = [];
  for (const [arena, cats] of facetOptions(catalog).categories) {
    for (const cat of cats) {
      if (!/^[a-z0-9_-]+$/i.test(arena) || !/^[a-z0-9_-]+$/i.test(cat)) continue;
      out.push(fileTarget(`/explorer-data/${arena}/${cat}.json`));
    }
  }
  return out;
}

/** The changes page, feed and API under every kind and snapshot filter the page links to. */
function changesTargets(catalog: Catalog): ExportTarget[] {
  const kinds = [null, ...CHANGE_KINDS];
  const snapshots = [null, ...new Set(catalog.changes.map((c) => c.to.snapshotId))];
  const out: ExportTarget[] = [pageTarget('/changes'), fileTarget('/changes.atom')];
  out.push(withExtension('/api/changes', 'json'));
  for (const kind of kinds) {
    for (const snapshot of snapshots) {
      const query = changesQuery({ kind, snapshot });
      if (query === '') continue;
      out.push(variantTarget('/changes', query, 'html'));
      out.push(variantTarget('/changes.atom', query, 'atom'));
      out.push(variantTarget('/api/changes', query, 'json'));
    }
  }
  return out;
}

export function siteTargets(catalog: Catalog, assetPaths: readonly string[]): SiteTargets {
  const targets: ExportTarget[] = [
    pageTarget('/'),
    pageTarget('/compare'),
    pageTarget('/methodology'),
    fileTarget('/sitemap.xml'),
    fileTarget('/robots.txt'),
    fileTarget('/explorer-data.json'),
    ...categoryTargets(catalog),
    fileTarget('/api/openapi.json'),
    fileTarget('/api/models.csv'),
    ...changesTargets(catalog),
    ...assetPaths.map(fileTarget),
  ];
  const skipped: SiteTargets['skipped'] = [];
  for (const record of catalog.records) {
    const reason = unsafePathReason(modelPath(record.id));
    if (reason) {
      skipped.push({ id: record.id, reason });
      continue;
    }
    targets.push(pageTarget(modelPath(record.id)));
    targets.push(fileTarget(ogImagePath(record.id)));
    targets.push(withExtension(apiModelPath(record.id), 'json'));
  }
  return { targets, skipped };
}
