// The browser journeys over a real snapshot: the recorded upstream data ingested through the CLI
// into a temporary database, served in process. Runs only with ATLAS_RECORDED_DATA set.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { CatalogData } from '../../src/catalog/types.ts';
import { formatPricePer1M } from '../../src/domain/format.ts';
import { applyQuery, parseQuery } from '../../src/domain/query.ts';
import { openStore } from '../../src/store/index.ts';
import {
  describeViolations,
  launchBrowser,
  openPage,
  resultNames,
  type Site,
  screenshot,
  seriousViolations,
  startSite,
} from './harness.ts';

const DATA = process.env.ATLAS_RECORDED_DATA;
if (!DATA)
  console.warn(
    '\n*** SKIPPED: the real-data browser suite needs ATLAS_RECORDED_DATA (e.g. ATLAS_RECORDED_DATA=/work/shared/data). ***\n',
  );

/** Ingest the recorded files with the model-atlas CLI, then read the snapshot back from the store. */
async function ingestRecorded(dir: string): Promise<{ data: CatalogData; cleanup: () => void }> {
  const work = mkdtempSync(join(tmpdir(), 'atlas-browser-'));
  const db = join(work, 'atlas.db');
  const run = spawnSync(
    process.execPath,
    ['bin/model-atlas.js', 'ingest', '--from', dir, '--db', db, '--quiet'],
    {
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  if (run.status !== 0) throw new Error(`model-atlas ingest failed (${run.status}):\n${run.stderr}`);
  const store = await openStore(db, { readonly: true });
  try {
    const snapshot = await store.latestSnapshot();
    if (!snapshot) throw new Error(`The ingest of ${dir} left no snapshot in ${db}.`);
    return {
      data: await store.loadCatalogData(snapshot.id),
      cleanup: () => rmSync(work, { recursive: true, force: true }),
    };
  } finally {
    await store.close();
  }
}

describe('explorer over the real recorded snapshot', { skip: !DATA }, () => {
  let site: Site;
  let browser: Browser;
  let cleanup = () => {};

  before(async () => {
    const ingested = await ingestRecorded(DATA!);
    cleanup = ingested.cleanup;
    site = await startSite(ingested.data);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    cleanup();
  });

  /** The model names the shared query code gives for a query string, on the full records. */
  const expected = (text: string): string[] => {
    const parsed = parseQuery(new URLSearchParams(text));
    assert.ok(parsed.ok, text);
    return applyQuery(site.catalog.records, parsed.query).rows.map((r) => r.name);
  };

  const QUERIES = [
    '',
    'sort=input',
    'sort=score&dir=desc',
    'q=gemini',
    'in=image&param=tools&sort=output',
    'ctx_min=200000&in_max=1',
    'free=1&sort=context',
    'arena=vision',
    'cat=coding&rank_max=20',
    'source=arena_only&sort=name',
    'confidence=exact&confidence=high&sort=created',
    'open=1',
  ];

  test('the server page and the island show the same rows as the query code, for every query', async () => {
    const { page, problems } = await openPage(browser);
    for (const text of QUERIES) {
      await page.goto(`${site.url}/?${text}`);
      assert.deepEqual(await resultNames(page), expected(text), `server rows for "${text}"`);
    }
    // Now drive the island from the default page: the same URLs reached by typing and clicking.
    await page.goto(`${site.url}/`);
    await page.fill('#f-q', 'gemini');
    await page.waitForURL(/q=gemini/);
    assert.deepEqual(await resultNames(page), expected('q=gemini'));
    await page.fill('#f-q', '');
    await page.check('#f-in-image');
    await page.check('#f-param-tools');
    await page.click('a[data-col="output"]');
    await page.waitForURL(/sort=output/);
    assert.deepEqual(await resultNames(page), expected('in=image&param=tools&sort=output'));
    await page.selectOption('#f-arena', 'vision');
    await page.uncheck('#f-in-image');
    await page.uncheck('#f-param-tools');
    await page.waitForURL((url) => url.search === '?arena=vision&sort=output');
    assert.deepEqual(await resultNames(page), expected('arena=vision&sort=output'));
    assert.deepEqual(problems, []);
  });

  test('a real model page shows its prices to the unit', async () => {
    const { page } = await openPage(browser);
    const record =
      site.catalog.get('z-ai/glm-4-32b') ?? site.catalog.records.find((r) => r.pricing.state === 'priced')!;
    await page.goto(`${site.url}/models/${record.id}`);
    const input = await page.locator('.fact:has(dt:text-is("Input price")) dd').first().textContent();
    assert.ok(
      input?.startsWith(formatPricePer1M(record.pricing.inputPer1M, record.pricing.state)),
      `${input}`,
    );
    assert.doesNotMatch((await page.textContent('main')) ?? '', /\$0\.000\b/);
  });

  test('pages over real data have no serious axe violation and are kept as screenshots', async () => {
    const ids = site.catalog.records
      .filter((r) => r.arena?.arena === 'text' && r.pricing.state === 'priced')
      .slice(0, 4)
      .map((r) => r.id);
    const pages = [
      { name: 'real-explorer', path: '/' },
      { name: 'real-compare', path: `/compare?ids=${ids.join(',')}` },
      { name: 'real-model', path: `/models/${ids[0]}` },
    ];
    for (const { name, path } of pages) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const width of [1280, 360]) {
          const { page } = await openPage(browser, { colorScheme, viewport: { width, height: 900 } });
          await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
          await screenshot(page, `${name}-${width}-${colorScheme}`);
          const violations = await seriousViolations(page);
          assert.equal(
            violations.length,
            0,
            `${path} ${width}px ${colorScheme}:\n${describeViolations(violations)}`,
          );
          await page.context().close();
        }
      }
    }
  });
});
