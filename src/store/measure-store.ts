// Measures the store at catalog scale: ~700 records and ~6000 raw records per snapshot, 35 snapshots.
// Run: node --import tsx src/store/measure-store.ts [database path]   (a temp file by default)

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SnapshotInput } from '../catalog/types.ts';
import type { ModelRecord } from '../domain/model.ts';
import { makeArena, makeInput, makePricing, makeRecord } from './fixtures.ts';
import { openStore } from './open.ts';
import type { DraftRawRecord, SnapshotDraft } from './types.ts';

const MODELS = 700;
const SNAPSHOTS = 35;
const PROSE = 'A capable general model with long context, tool calling and structured outputs. '.repeat(8);

const hex = (n: number, salt: string) => `${salt}${n.toString(16)}`.padStart(64, '0');

function recordsFor(snapshot: number): ModelRecord[] {
  const era = Math.floor(snapshot / 10);
  // Every 5 snapshots 10 models leave and 10 arrive; ~2 prices move per snapshot; ranks and some
  // context windows move when a new leaderboard or catalog era starts.
  const first = Math.floor(snapshot / 5) * 10;
  return Array.from({ length: MODELS }, (_, k) => {
    const n = first + k;
    const id = `author-${n % 40}/model-${n}`;
    const ranked = n % 3 === 0;
    const bumped = n % 10 === 0 && snapshot >= (n / 10) % SNAPSHOTS;
    return makeRecord({
      id,
      name: `Author ${n % 40}: Model ${n}`,
      description: PROSE,
      sourceType: ranked ? 'openrouter+arena' : 'openrouter_only',
      pricing: makePricing(0.1 * (1 + (n % 7)) * (bumped ? 2 : 1), 0.4 * (1 + (n % 5))),
      contextLength: 32768 * (1 + ((n + (n % 4 === 0 ? era : 0)) % 4)),
      ids: {
        openrouter: id,
        canonicalSlug: `${id}-0414`,
        arena: ranked ? `key-${n}` : null,
        huggingFace: null,
        litellm: `openrouter/${id}`,
        modelsDev: `openrouter/${id}`,
      },
      arena: ranked
        ? makeArena({ key: `key-${n}`, displayName: `Model ${n}`, rank: 1 + ((n + era * 7) % 200) })
        : null,
      match: {
        confidence: ranked ? 'high' : 'unmatched',
        score: ranked ? 0.91 : 0,
        evidence: ['normalized names agree: model', 'date tokens agree: 0414'],
        variantKeys: [],
        alternatives: [],
        override: null,
      },
    });
  });
}

function draftFor(snapshot: number): SnapshotDraft {
  const asOf = new Date(Date.UTC(2025, 0, 1 + snapshot * 10)).toISOString().slice(0, 10);
  const records = recordsFor(snapshot);
  // One new OpenRouter file per snapshot; arena, LiteLLM and models.dev files change every 10 snapshots.
  const era = Math.floor(snapshot / 10);
  const files: Array<{ input: SnapshotInput; raw: DraftRawRecord[] }> = [];
  const file = (
    sha: string,
    kind: SnapshotInput['kind'],
    raw: Array<Omit<DraftRawRecord, 'inputSha256'>>,
  ) => {
    files.push({
      input: makeInput({
        sha256: sha,
        kind,
        location: `${kind}/${sha.slice(-6)}.json`,
        date: asOf,
        records: raw.length,
      }),
      raw: raw.map((r) => ({ ...r, inputSha256: sha })),
    });
  };
  file(
    hex(snapshot, 'a'),
    'openrouter.models',
    records.map((r) => ({
      source: 'openrouter',
      recordId: r.id,
      raw: {
        id: r.id,
        name: r.name,
        description: PROSE,
        pricing: { prompt: '0.0000001', completion: `0.000000${snapshot}` },
        context_length: r.contextLength,
      },
    })),
  );
  file(
    hex(era, 'b'),
    'litellm.prices',
    Array.from({ length: 2600 }, (_, i) => ({
      source: 'litellm',
      recordId: i < MODELS ? `openrouter/${records[i]!.id}` : `vendor/model-${i}`,
      raw: {
        input_cost_per_token: 1e-7 * (i % 9),
        output_cost_per_token: 4e-7,
        max_tokens: 8192,
        litellm_provider: 'openrouter',
        mode: 'chat',
      },
    })),
  );
  file(
    hex(era, 'c'),
    'modelsdev.api',
    Array.from({ length: 1800 }, (_, i) => ({
      source: 'modelsdev',
      recordId: i < MODELS ? `openrouter/${records[i]!.id}` : `vendor/model-${i}`,
      raw: {
        id: `model-${i}`,
        name: `Model ${i}`,
        release_date: '2025-04-14',
        cost: { input: 0.1, output: 0.4 },
        limit: { context: 131072 },
      },
    })),
  );
  for (const arena of ['text', 'vision', 'image']) {
    file(
      hex(era, `d${arena.length}`),
      'lmarena.catalog.ratings',
      Array.from({ length: 300 }, (_, i) => ({
        source: 'lmarena-ratings',
        recordId: `key-${(i + era * 10) * 3}`,
        raw: {
          full: { rating: 1200 + i, rating_q975: 1205 + i, rating_q025: 1195 + i },
          coding: { rating: 1210 + i },
        },
      })),
    );
  }
  file(
    hex(era, 'e'),
    'lmarena.leaderboard.csv',
    Array.from({ length: 300 }, (_, i) => ({
      source: 'lmarena-leaderboard',
      recordId: `Model ${(i + era * 10) * 3}`,
      raw: {
        Model: `Model ${(i + era * 10) * 3}`,
        'Arena Score': String(1200 + i),
        '95% CI': '+5/-4',
        Votes: '12,345',
        Organization: 'Org',
        License: 'Proprietary',
      },
    })),
  );
  const raw = files.flatMap((f) => f.raw);
  return {
    asOf,
    mode: 'replay',
    createdAt: new Date().toISOString(),
    inputs: files.map((f) => f.input),
    records,
    rejections: [],
    raw,
  };
}

/** Wall time and this process's CPU time: on a shared machine the wall time alone mostly measures the neighbours. */
async function time<T>(label: string, run: () => Promise<T>): Promise<T> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(cpu);
  console.log(
    `${label}: ${(performance.now() - wall).toFixed(1)} ms wall, ${((used.user + used.system) / 1000).toFixed(1)} ms CPU`,
  );
  return result;
}

const dir = process.argv[2] ? null : mkdtempSync(join(tmpdir(), 'atlas-measure-'));
const path = process.argv[2] ?? join(dir!, 'atlas.db');
const store = await openStore(path);
const drafts = Array.from({ length: SNAPSHOTS }, (_, s) => draftFor(s));
console.log(`${drafts[0]!.records.length} records, ${drafts[0]!.raw.length} raw records per snapshot`);
const writes: number[] = [];
for (const [s, draft] of drafts.entries()) {
  const start = performance.now();
  if (s === 0) await time('first write (every raw record new)', () => store.writeSnapshot(draft));
  else if (s === 1)
    await time('second write (one new input of 700 raw records)', () => store.writeSnapshot(draft));
  else await store.writeSnapshot(draft);
  writes.push(performance.now() - start);
}
const later = writes.slice(1).sort((a, b) => a - b);
console.log(
  `later writes: median ${later[Math.floor(later.length / 2)]!.toFixed(1)} ms wall, max ${later[later.length - 1]!.toFixed(1)} ms wall`,
);
const latest = (await store.latestSnapshot())!;
for (let i = 0; i < 3; i++) {
  const data = await time(`loadCatalogData(${latest.id}) run ${i + 1}`, () =>
    store.loadCatalogData(latest.id),
  );
  if (i === 0) {
    const rawCount = Object.values(data.raw).reduce((n, list) => n + list.length, 0);
    console.log(
      `  ${data.records.length} records, ${data.changes.length} changes, ${rawCount} raw records attached, ${Object.keys(data.history).length} histories`,
    );
  }
}
await time('history(one model)', () => store.history(drafts[34]!.records[0]!.id, latest.id));
await time('changesBetween(first, latest)', () => store.changesBetween(1, latest.id));
await store.close();
console.log(`database size: ${(statSync(path).size / 1e6).toFixed(1)} MB`);
if (dir) rmSync(dir, { recursive: true, force: true });
