// npm run check:size [-- --db PATH] — the weight budgets on a real snapshot: every model page ≤ 25 KB
// compressed with no script, the explorer's first view ≤ 60 KB compressed with the first page of
// results in its HTML. Exits non-zero over budget. The snapshot: --db (or BENCH_DB), else the recorded
// data (ATLAS_RECORDED_DATA, default ../shared/data) replayed into a temporary database.

import { parseArgs } from 'node:util';
import { latestCatalog } from '../bench/catalog-db.ts';
import { benchData } from '../bench/dataset.ts';
import { measureWeight, weightFailures, weightReport } from '../bench/weight.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { db: { type: 'string' } } });
  const data = values.db
    ? { db: values.db, origin: values.db, cleanup: () => {} }
    : benchData({ ...process.env });
  try {
    const weight = await measureWeight(await latestCatalog(data.db));
    console.log(`Data: ${data.origin}.\n`);
    console.log(weightReport(weight));
    return weightFailures(weight).length === 0 ? 0 : 1;
  } finally {
    data.cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`check:size: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
