import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, queryOf, resultNames, type Site, startSite } from './harness.ts';

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

const noScript = () => openPage(browser, { javaScriptEnabled: false });

/** Submit the explorer form with its Apply button and wait for the canonical page. */
async function apply(page: Page): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.click('.facet-actions button[type="submit"]')]);
}

describe('explorer without JavaScript', () => {
  test('filters by five facets through the GET form, landing on the canonical URL', async () => {
    const { page } = await noScript();
    await page.goto(`${site.url}/`);
    assert.ok(
      await page.locator('#f-source-openrouter_arena').isVisible(),
      'the facets are shown without the island',
    );
    await page.check('#f-source-openrouter_arena');
    await page.check('#f-in-image');
    await page.check('#f-param-tools');
    await page.fill('#f-ctx_min', '100000');
    await page.fill('#f-in_max', '5');
    await apply(page);
    assert.deepEqual(queryOf(page.url()), [
      'ctx_min=100000',
      'in=image',
      'in_max=5',
      'param=tools',
      'source=openrouter+arena',
    ]);
    assert.deepEqual(await resultNames(page), ['Google: Gemini 2.5 Pro Preview']);
    assert.equal(await page.textContent('#result-count'), 'Showing all 1 model.');
    assert.equal(await page.isChecked('#f-param-tools'), true, 'the form shows the state it submitted');

    await page.goto(`${site.url}/`);
    await page.fill('#f-q', 'llama');
    await page.check('#f-free');
    await Promise.all([page.waitForNavigation(), page.press('#f-q', 'Enter')]);
    assert.deepEqual(queryOf(page.url()), ['free=1', 'q=llama']);
    assert.deepEqual(await resultNames(page), ['Meta: Llama 3.1 8B Instruct (free)']);
  });

  test('sorts with header links and keeps the state across a reload', async () => {
    const { page } = await noScript();
    await page.goto(`${site.url}/?q=meta`);
    await Promise.all([page.waitForNavigation(), page.click('a[data-col="input"]')]);
    assert.deepEqual(queryOf(page.url()), ['q=meta', 'sort=input']);
    assert.equal(await page.getAttribute('th:has(a[data-col="input"])', 'aria-sort'), 'ascending');
    assert.deepEqual(await resultNames(page), [
      'Meta: Llama 3.1 8B Instruct (free)',
      'Meta: Llama 3.1 8B Instruct',
    ]);
    await page.reload();
    assert.deepEqual(queryOf(page.url()), ['q=meta', 'sort=input']);
    assert.equal(await page.inputValue('#f-q'), 'meta');
    assert.deepEqual(await resultNames(page), [
      'Meta: Llama 3.1 8B Instruct (free)',
      'Meta: Llama 3.1 8B Instruct',
    ]);
  });

  test('chooses columns through the form', async () => {
    const { page } = await noScript();
    await page.goto(`${site.url}/`);
    await page.click('details.columns summary');
    await page.check('#f-col-license');
    await page.uncheck('#f-col-author');
    await apply(page);
    const headers = await page
      .locator('#results thead a[data-col]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('data-col')));
    assert.ok(headers.includes('license'));
    assert.ok(!headers.includes('author'));
  });

  test('selects three models and opens compare with the form', async () => {
    const { page } = await noScript();
    await page.goto(`${site.url}/?sort=name`);
    const boxes = page.locator('#results tbody input[name="ids"]');
    for (const i of [0, 2, 4]) await boxes.nth(i).check();
    const chosen = await Promise.all([0, 2, 4].map((i) => boxes.nth(i).getAttribute('value')));
    await Promise.all([page.waitForNavigation(), page.click('#compare-button')]);
    assert.equal(new URL(page.url()).pathname, '/compare');
    assert.deepEqual(new URL(page.url()).searchParams.get('ids')?.split(','), chosen);
    assert.equal(await page.locator('.compare-table:not(#cost-table) thead th[scope="col"]').count(), 3);
  });

  test('computes the workload cost on the server', async () => {
    const { page } = await noScript();
    await page.goto(`${site.url}/compare?ids=z-ai/glm-4-32b,anthropic/claude-3.5-sonnet`);
    await page.fill('#c-in', '1000000');
    await page.fill('#c-out', '0');
    await page.fill('#c-cache', '50');
    await Promise.all([page.waitForNavigation(), page.click('#cost-form button[type="submit"]')]);
    assert.deepEqual(queryOf(page.url()), [
      'cache_pct=50',
      'ids=z-ai/glm-4-32b,anthropic/claude-3.5-sonnet',
      'in_tokens=1000000',
      'out_tokens=0',
    ]);
    const totals = await page.locator('#cost-table .c-total-text').allTextContents();
    assert.deepEqual(totals, ['$0.10', '$3.30']);
  });
});
