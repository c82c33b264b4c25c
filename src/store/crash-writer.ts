// Test helper run as a child process by crash.test.ts: starts a large snapshot write and stops dead
// inside the transaction (after the raw records, while the model records are being serialized),
// printing "inside" so the parent can SIGKILL it there.
// Usage: node --import tsx src/store/crash-writer.ts <database path>

import { writeSync } from 'node:fs';
import { makeDraft, makeInput, makeRecord } from './fixtures.ts';
import { openStore } from './open.ts';

const path = process.argv[2];
if (!path) {
  console.error('Give the database path: node --import tsx src/store/crash-writer.ts <path>');
  process.exit(2);
}

const input = makeInput({ sha256: 'c'.repeat(64), location: 'openrouter/crash.json', date: '2025-12-18' });
const records = Array.from({ length: 700 }, (_, i) =>
  makeRecord({ id: `crash/model-${i}`, asOf: '2025-12-18' }),
);
const last = records[records.length - 1]!;
Object.defineProperty(last, 'toJSON', {
  value: () => {
    writeSync(1, 'inside\n');
    // Blocks the only thread: the transaction stays open until the parent kills this process.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
    return {};
  },
});
// About 24 MB of distinct raw records: more than the 16 MB page cache, so uncommitted pages reach the WAL file.
const raw = Array.from({ length: 6000 }, (_, i) => ({
  inputSha256: input.sha256,
  source: 'litellm' as const,
  recordId: `key-${i}`,
  raw: { key: `key-${i}`, filler: `${i}:`.padEnd(4000, 'x') },
}));

const store = await openStore(path);
await store.writeSnapshot(makeDraft({ asOf: '2025-12-18', inputs: [input], records, raw }));
console.error('The write finished, which the crash test did not expect.');
process.exit(3);
