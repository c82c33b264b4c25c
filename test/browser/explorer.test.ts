import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  launchBrowser,
  openPage,
  queryOf,
  resultNames,
  type Site,
  selectThreeAcrossPagesAndCompare,
  startSite,
  urlHas,
} from './harness.ts';

let site: Site;
let browser: Browser;

before(async () => {
  site = await startSite();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

describe('explorer with JavaScript', () => {
  test('filters by search, source, modality, parameter, context, price and category, instantly and in the URL', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${site.url}/`);
    assert.equal((await resultNames(page)).length, 10);

    await page.fill('#f-q', 'llama');
    await urlHas(page, 'q=llama');
    assert.deepEqual((await resultNames(page)).sort(), [
      'Meta: Llama 3.1 8B Instruct',
      'Meta: Llama 3.1 8B Instruct (free)',
    ]);
    assert.equal(await page.textContent('#result-count'), 'Showing all 2 models.');
    await page.fill('#f-q', '');

    await page.check('#f-source-openrouter_arena');
    await urlHas(page, 'source=openrouter+arena');
    assert.equal((await resultNames(page)).length, 4);

    await page.check('#f-in-image');
    await urlHas(page, 'in=image');
    assert.deepEqual((await resultNames(page)).sort(), [
      'Anthropic: Claude 3.5 Sonnet',
      'Google: Gemini 2.5 Pro Preview',
    ]);

    await page.check('#f-param-reasoning');
    await urlHas(page, 'param=reasoning');
    assert.deepEqual(await resultNames(page), ['Google: Gemini 2.5 Pro Preview']);
    await page.uncheck('#f-param-reasoning');
    await page.uncheck('#f-in-image');
    await page.uncheck('#f-source-openrouter_arena');

    await page.fill('#f-ctx_min', '128000');
    await page.fill('#f-in_max', '1');
    await urlHas(page, 'ctx_min=128000', 'in_max=1');
    assert.deepEqual((await resultNames(page)).sort(), [
      'Meta: Llama 3.1 8B Instruct (free)',
      'Mistral: Mistral Small 3.1 24B',
      'Z.AI: GLM 4 32B',
    ]);

    await page.check('#f-free');
    await urlHas(page, 'free=1');
    assert.deepEqual(await resultNames(page), ['Meta: Llama 3.1 8B Instruct (free)']);
    await page.uncheck('#f-free');
    await page.fill('#f-ctx_min', '');
    await page.fill('#f-in_max', '');

    await page.selectOption('#f-cat', 'coding');
    await urlHas(page, 'cat=coding');
    assert.deepEqual(await resultNames(page), [
      'Google: Gemini 2.5 Pro Preview',
      'Anthropic: Claude 3.5 Sonnet',
      'Meta: Llama 3.1 8B Instruct',
      'Meta: Llama 3.1 8B Instruct (free)',
    ]);
    assert.deepEqual(problems, []);
  });

  test('shows a sentence instead of results for an impossible range, and recovers', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site.url}/`);
    await page.fill('#f-ctx_min', '200000');
    await page.fill('#f-ctx_max', '1000');
    await page.waitForSelector('#form-errors li');
    assert.match(
      (await page.textContent('#form-errors')) ?? '',
      /The range for the context window \(ctx_min, ctx_max\) is empty/,
    );
    await page.fill('#f-ctx_max', '');
    await page.waitForFunction(() => document.querySelector('#form-errors')?.textContent === '');
    await urlHas(page, 'ctx_min=200000');
    assert.deepEqual(await resultNames(page), [
      'Google: Gemini 2.5 Pro Preview',
      'Anthropic: Claude 3.5 Sonnet',
      'Auto Router',
    ]);
  });

  test('sorts on a header click, flips on a second click, and says so with aria-sort', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site.url}/`);
    await page.click('a[data-col="input"]');
    await page.waitForURL(/sort=input/);
    assert.equal(await page.getAttribute('th:has(a[data-col="input"])', 'aria-sort'), 'ascending');
    const ascending = await resultNames(page);
    assert.equal(ascending[0], 'Meta: Llama 3.1 8B Instruct (free)');
    await page.click('a[data-col="input"]');
    await page.waitForURL(/dir=desc/);
    assert.equal(await page.getAttribute('th:has(a[data-col="input"])', 'aria-sort'), 'descending');
    const descending = await resultNames(page);
    assert.equal(descending[0], 'Anthropic: Claude 3.5 Sonnet');
    // Unknown and variable prices stay last in both directions.
    assert.deepEqual(ascending.slice(-3).sort(), descending.slice(-3).sort());
  });

  test('keeps filters, sort, columns and selection across a reload', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site.url}/`);
    await page.fill('#f-q', 'meta');
    await page.click('a[data-col="context"]');
    await page.click('details.columns summary');
    await page.check('#f-col-license');
    await page.locator('#results tbody input[name="ids"]').first().check();
    await urlHas(page, 'q=meta', 'sort=context', 'cols=license');
    await page.waitForURL(/ids=/);
    const before = { url: page.url(), names: await resultNames(page) };
    await page.reload();
    assert.deepEqual(queryOf(page.url()), queryOf(before.url));
    assert.deepEqual(await resultNames(page), before.names);
    assert.equal(await page.inputValue('#f-q'), 'meta');
    assert.equal(await page.isChecked('#f-col-license'), true);
    assert.equal(await page.locator('#results tbody input[name="ids"]:checked').count(), 1);
    assert.equal(await page.getAttribute('th:has(a[data-col="context"])', 'aria-sort'), 'descending');
  });

  test('selects three models across pages and opens them in compare', async () => {
    const { page, problems } = await openPage(browser);
    await selectThreeAcrossPagesAndCompare(page, site.url);
    const ids = new URL(page.url()).searchParams.get('ids')!.split(',');
    assert.equal(ids.length, 3);
    assert.equal(await page.locator('.compare-table:not(#cost-table) thead th[scope="col"]').count(), 3);
    assert.match((await page.textContent('h1')) ?? '', /Compare 3 models/);
    assert.deepEqual(problems, []);
  });

  test('falls back to the form when the catalog data cannot load, and says so', async () => {
    const { page } = await openPage(browser);
    await page.route('**/explorer-data.json*', (route) => route.abort());
    await page.goto(`${site.url}/`);
    await page.fill('#f-q', 'llama');
    await page.waitForSelector('#form-errors p');
    assert.match(
      (await page.textContent('#form-errors')) ?? '',
      /Instant filtering is unavailable .* The Apply filters button still works\./,
    );
    await Promise.all([page.waitForNavigation(), page.press('#f-q', 'Enter')]);
    assert.equal(new URL(page.url()).search, '?q=llama');
    assert.deepEqual((await resultNames(page)).sort(), [
      'Meta: Llama 3.1 8B Instruct',
      'Meta: Llama 3.1 8B Instruct (free)',
    ]);
  });
});
