// The size check: the weight budgets measured on the bytes the app serves. On the web fixture always;
// on a real snapshot (the recorded data ingested as of its newest date) when ATLAS_RECORDED_DATA is set,
// which makes the budgets part of CI.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { latestCatalog } from '../../bench/catalog-db.ts';
import {
  FIRST_VIEW_BUDGET,
  firstViewAssets,
  hasScript,
  MODEL_PAGE_BUDGET,
  measureWeight,
  weightFailures,
  weightReport,
} from '../../bench/weight.ts';
import { buildCatalog } from '../../src/catalog/catalog.ts';
import { fixtureCatalogData } from '../fixtures/catalog.ts';

const DATA = process.env.ATLAS_RECORDED_DATA;
if (!DATA)
  console.warn(
    '\n*** SKIPPED: the size check on a real snapshot needs ATLAS_RECORDED_DATA (e.g. ATLAS_RECORDED_DATA=/work/shared/data). ***\n',
  );

describe('what the first view loads', () => {
  test('counts stylesheets, icons, preloads, scripts and images of the site, not links to other pages', () => {
    const html = `<head><link rel="canonical" href="/"/><link rel="icon" href="/assets/f.svg"/>
      <link rel="stylesheet" href="/assets/a.css"/><link rel="alternate" href="/changes.atom"/>
      <link rel="modulepreload" href="/assets/b.js"/><link rel="stylesheet" href="https://cdn.example/x.css"/>
      <script type="module" src="/assets/c.js"></script></head><body><img src="/assets/f.svg" alt=""/></body>`;
    assert.deepEqual(firstViewAssets(html), [
      '/assets/f.svg',
      '/assets/a.css',
      '/assets/b.js',
      '/assets/c.js',
    ]);
  });

  test('takes JSON-LD for data, and any other script for JavaScript', () => {
    assert.equal(hasScript('<script type="application/ld+json">{"a":1}</script>'), false);
    assert.equal(hasScript('<script type="module" src="/assets/x.js"></script>'), true);
    assert.equal(hasScript('<script>alert(1)</script>'), true);
  });
});

describe('the weight budgets', () => {
  test('hold for the web fixture, with the first page of results in the explorer HTML', async () => {
    const weight = await measureWeight(buildCatalog(fixtureCatalogData()));
    assert.deepEqual(weightFailures(weight), []);
    assert.equal(weight.explorer.rowsInHtml, weight.explorer.rowsExpected);
    assert.ok(weight.explorer.assets.some((a) => a.path.endsWith('.js')));
    assert.ok(weight.explorer.total.gzip > weight.explorer.html.gzip, 'the assets count');
    assert.match(weightReport(weight), /All weights within budget\./);
  });

  test('say which page is over which budget, as sentences', async () => {
    const weight = await measureWeight(buildCatalog(fixtureCatalogData()), 1);
    const failures = weightFailures(weight, { modelPage: 100, firstView: 1000 });
    assert.equal(failures.length, 2);
    assert.match(failures[0]!, /^The model page of .+ is [\d.]+ KB compressed, over its 0\.1 KB budget\.$/);
    assert.match(
      failures[1]!,
      /^The explorer's first view is [\d.]+ KB compressed, over its 1\.0 KB budget\.$/,
    );
    assert.match(weightReport(weight, { modelPage: 100, firstView: 1000 }), /- OVER BUDGET: The model page/);
  });

  test('hold on the real snapshot of the recorded data', { skip: !DATA, timeout: 600_000 }, async (t) => {
    const work = mkdtempSync(join(tmpdir(), 'atlas-weight-'));
    try {
      const db = join(work, 'atlas.db');
      const run = spawnSync(
        process.execPath,
        ['bin/model-atlas.js', 'ingest', '--from', DATA!, '--db', db, '--quiet'],
        {
          encoding: 'utf8',
          timeout: 300_000,
        },
      );
      assert.equal(run.status, 0, run.stderr);
      const weight = await measureWeight(await latestCatalog(db));
      t.diagnostic(weightReport(weight));
      assert.deepEqual(weightFailures(weight), []);
      assert.ok(weight.modelPages.heaviest[0]!.sizes.gzip <= MODEL_PAGE_BUDGET);
      assert.ok(weight.explorer.total.gzip <= FIRST_VIEW_BUDGET);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
