// npm run bundle — regenerate the bundled offline history (data/bundled-history.json.gz) from the
// recorded sources, through the same pipeline as an ingest. Facts only: see src/pipeline/bundle.ts.
// Data from ATLAS_RECORDED_DATA (default ../shared/data). A recorded-data test checks that the
// committed file is what this script makes today, so a change to parsing or matching that moves a
// fact also asks for `npm run bundle`.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadOverrides } from '../src/cli/commands/shared.ts';
import { BUNDLED_HISTORY_PATH } from '../src/cli/config.ts';
import { encodeBundle } from '../src/pipeline/bundle.ts';
import { prepareSnapshot, readRecordedData, readSelected } from '../src/pipeline/ingest.ts';
import type { ParseCache } from '../src/pipeline/parse-inputs.ts';
import { selectInputs } from '../src/pipeline/select-inputs.ts';
import type { SnapshotDraft } from '../src/store/index.ts';

/** A few dates across the history: arena-only 2024, then catalog dates with arena, bridges and usage. */
export const BUNDLED_DATES = ['2024-12-31', '2025-05-24', '2025-12-18', '2026-01-29', '2026-08-21'];

/** The bundle's snapshots, built from the recorded data in `dataDir` as an ingest would. */
export async function buildBundleDrafts(dataDir: string): Promise<SnapshotDraft[]> {
  const data = await readRecordedData(dataDir);
  const overrides = await loadOverrides(true);
  const parse: ParseCache = new Map();
  const drafts: SnapshotDraft[] = [];
  for (const date of BUNDLED_DATES) {
    const payloads = await readSelected(data, selectInputs(data.entries, date).inputs, undefined);
    // A fixed creation time keeps the file byte-identical when nothing upstream changed.
    const { draft } = prepareSnapshot(payloads, date, 'bundled', overrides, new Date(`${date}T00:00:00Z`), {
      parse,
    });
    drafts.push(draft);
  }
  return drafts;
}

if (process.argv[1]?.endsWith('build-bundle.ts')) {
  const drafts = await buildBundleDrafts(resolve(process.env.ATLAS_RECORDED_DATA ?? '../shared/data'));
  for (const d of drafts) console.log(`${d.asOf}: ${d.records.length} records`);
  const bytes = encodeBundle(drafts);
  writeFileSync(BUNDLED_HISTORY_PATH, bytes);
  console.log(`Wrote ${BUNDLED_HISTORY_PATH}: ${(bytes.length / 1024).toFixed(0)} KiB`);
}
