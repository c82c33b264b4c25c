// The evaluation on the recorded data: the labels fit the data, and the matcher meets its targets.
// Needs ATLAS_RECORDED_DATA (the recorded data directory); skipped loudly without it.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluate } from './evaluate.ts';

const dataDir = process.env.ATLAS_RECORDED_DATA;
if (!dataDir)
  console.warn(
    '\n*** SKIPPED: eval/match/recorded.test.ts needs ATLAS_RECORDED_DATA=<recorded data dir> (e.g. ../shared/data). ***\n',
  );

describe('the match evaluation on the recorded data', {
  skip: !dataDir && 'ATLAS_RECORDED_DATA is not set',
}, () => {
  test('every labelled id is in its snapshot, and every labelled key is an arena key of that date', async () => {
    const e = await evaluate(dataDir!);
    for (const d of e.dates) {
      const keys = new Set(d.input.arena.map((c) => c.key));
      for (const l of e.labels.filter((x) => x.asOf === d.asOf)) {
        for (const k of [l.arenaKey, ...l.alsoAccept])
          if (k) assert.ok(keys.has(k), `line ${l.line}: ${k} is not an arena key on ${d.asOf}`);
      }
    }
    assert.ok(e.labels.length >= 150, 'at least 150 labelled ids');
    assert.ok(
      e.labels.filter((l) => l.hard && l.arenaKey === null).length >= 40,
      'at least 40 hard negatives',
    );
  });

  test('the matcher meets every target, with and without overrides', async () => {
    const e = await evaluate(dataDir!);
    const missed = e.targets.filter((t) => !t.met).map((t) => t.text);
    assert.deepEqual(missed, []);
  });
});
