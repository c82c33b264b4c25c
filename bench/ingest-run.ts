// One measured ingest run in its own process, so peak memory is its own.
//   tsx bench/ingest-run.ts replay|as-of|as-of-next|parse-replay|parse-as-of DATA_DIR DB_PATH [AS_OF]
// as-of-next: the database first holds the snapshot of the date before (not timed), as it does when a
// daily refresh adds the next snapshot; then the as-of ingest is timed.
// Prints one JSON line: { ms, maxRssMb, matchMs }.

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { loadOverrides } from '../src/cli/commands/shared.ts';
import { createProgress } from '../src/cli/progress.ts';
import { ingestRecordedAsOf, readRecordedData, replayRecorded } from '../src/pipeline/ingest.ts';
import { newestDate, replayDates, selectInputs } from '../src/pipeline/select-inputs.ts';
import { openStore } from '../src/store/index.ts';

const [mode, dataDir, dbPath, asOfArg] = process.argv.slice(2);
if (!mode || !dataDir || !dbPath) throw new Error('usage: ingest-run.ts MODE DATA_DIR DB_PATH [AS_OF]');

const data = await readRecordedData(dataDir);
const asOf = asOfArg ?? newestDate(data.entries);
let matchMs = 0;
let t0 = performance.now();
if (mode === 'replay' || mode === 'as-of' || mode === 'as-of-next') {
  const store = await openStore(dbPath);
  const deps = {
    store,
    overrides: await loadOverrides(true),
    progress: createProgress(process.stderr, true),
  };
  if (mode === 'as-of-next') {
    const before = replayDates(data.entries).filter((d) => d < asOf);
    if (before.length === 0) throw new Error(`No replay date precedes ${asOf}.`);
    await ingestRecordedAsOf(data, before.at(-1)!, deps);
    t0 = performance.now();
  }
  if (mode === 'replay') {
    const { summaries } = await replayRecorded(data, deps);
    matchMs = summaries.reduce((a, s) => a + s.timings.matchMs, 0);
  } else {
    matchMs = (await ingestRecordedAsOf(data, asOf, deps)).timings.matchMs;
  }
  await store.close();
} else {
  // The floor: read the same files and merely parse them (JSON.parse; csv-parse for the CSVs).
  const entries = mode === 'parse-replay' ? data.entries : selectInputs(data.entries, asOf).inputs;
  for (const e of entries) {
    const text = await readFile(resolve(data.dataDir, e.location), 'utf8');
    if (e.location.endsWith('.csv')) parseCsv(text, { columns: true });
    else JSON.parse(text);
  }
}
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, matchMs, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
