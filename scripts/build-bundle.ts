// npm run bundle — regenerate the bundled offline history (data/bundled-history.json.gz) from the
// recorded sources, through the same pipeline as an ingest. Facts only: see src/pipeline/bundle.ts.
// Data from ATLAS_RECORDED_DATA (default ../shared/data).

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadOverrides } from '../src/cli/commands/shared.ts';
import { BUNDLED_HISTORY_PATH } from '../src/cli/config.ts';
import { encodeBundle } from '../src/pipeline/bundle.ts';
import { prepareSnapshot, readRecordedData, readSelected } from '../src/pipeline/ingest.ts';
import type { ParseCache } from '../src/pipeline/parse-inputs.ts';
import { selectInputs } from '../src/pipeline/select-inputs.ts';

/** A few dates across the history: arena-only 2024, then catalog dates with arena, bridges and usage. */
export const BUNDLED_DATES = ['2024-12-31', '2025-05-24', '2025-12-18', '2026-01-29', '2026-08-21'];

const dataDir = resolve(process.env.ATLAS_RECORDED_DATA ?? '../shared/data');
const data = await readRecordedData(dataDir);
const overrides = await loadOverrides(true);
const parse: ParseCache = new Map();
const drafts = [];
for (const date of BUNDLED_DATES) {
  const payloads = await readSelected(data, selectInputs(data.entries, date).inputs, undefined);
  // A fixed creation time keeps the file byte-identical when nothing upstream changed.
  const { draft } = prepareSnapshot(payloads, date, 'bundled', overrides, new Date(`${date}T00:00:00Z`), {
    parse,
  });
  drafts.push(draft);
  console.log(`${date}: ${draft.records.length} records`);
}
const bytes = encodeBundle(drafts);
writeFileSync(BUNDLED_HISTORY_PATH, bytes);
console.log(`Wrote ${BUNDLED_HISTORY_PATH}: ${(bytes.length / 1024).toFixed(0)} KiB`);
