// Usage in the browser: sort the explorer by OpenRouter tokens (with and without JavaScript), keep the
// most used models, and open the top model's page, which shows the sparkline with its dated gap and
// the citation OpenRouter's licence asks for.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
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

const CITATION = 'Source: OpenRouter (openrouter.ai/rankings), as of 2025-05-23';

/** The usage cells of the results table, in row order. */
async function usageCells(page: Page): Promise<string[]> {
  const index = await page
    .locator('#results thead th')
    .evaluateAll((ths) => ths.findIndex((th) => th.querySelector('a[data-col="usage"]') !== null));
  assert.ok(index > 0, 'the usage column is shown');
  return page.locator(`#results tbody tr > :nth-child(${index + 1})`).allTextContents();
}

/** On the top model's page: the usage figures, the sparkline (drawn, with its gap) and the citation. */
async function checkModelPage(page: Page, label: string): Promise<void> {
  assert.equal(new URL(page.url()).pathname, '/models/anthropic/claude-3.5-sonnet');
  const section = page.locator('section:has(#usage-h)');
  assert.match((await section.locator('dl').textContent()) ?? '', /Last 7 days448B tokens/);
  const spark = section.locator('svg.spark');
  const box = await spark.boundingBox();
  assert.ok(box && box.width > 200 && box.height > 40, `the sparkline is drawn (${JSON.stringify(box)})`);
  assert.equal(await spark.getAttribute('role'), 'img');
  assert.match(
    (await spark.locator('desc').textContent()) ?? '',
    /No usage data at all on 2025-05-01 to 2025-05-03\./,
  );
  assert.equal(await spark.locator('rect.gap').count(), 1);
  assert.equal(await spark.locator('polyline').count(), 2, 'the gap breaks the line');
  const citation = section.locator('.citation a');
  assert.equal((await citation.textContent())?.trim(), CITATION);
  assert.equal(await citation.getAttribute('href'), 'https://openrouter.ai/rankings');
  assert.match((await section.textContent()) ?? '', /Usage measures adoption, not quality\./);
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, `usage-model-page-${label}`);
}

describe('usage in the explorer and on the model page', () => {
  test('with JavaScript: show the usage column, sort by it, open the top model’s page', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${site.url}/`);
    await page.click('details.columns summary');
    await page.check('#f-col-usage');
    await page.waitForURL(/cols=usage/);
    await page.click('a[data-col="usage"]');
    await page.waitForURL(/sort=usage/);
    assert.equal(await page.getAttribute('th:has(a[data-col="usage"])', 'aria-sort'), 'descending');
    const names = await resultNames(page);
    assert.deepEqual(names.slice(0, 4), [
      'Anthropic: Claude 3.5 Sonnet',
      'Meta: Llama 3.1 8B Instruct',
      'Meta: Llama 3.1 8B Instruct (free)',
      'Z.AI: GLM 4 32B',
    ]);
    const cells = await usageCells(page);
    assert.deepEqual(cells.slice(0, 2), ['448B', '413B']);
    assert.ok(
      cells.slice(4).every((c) => c === 'No usage data'),
      cells.join(' | '),
    );
    await screenshot(page, 'usage-explorer-sorted');
    await Promise.all([
      page.waitForURL(/\/models\//),
      page.locator('#results tbody th[scope="row"] a').first().click(),
    ]);
    await checkModelPage(page, 'js');
    assert.deepEqual(problems, []);
  });

  test('with JavaScript: the popular filter keeps the most used models', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site.url}/`);
    await page.selectOption('#f-popular', '10');
    await page.waitForURL(/popular=10/);
    assert.deepEqual((await resultNames(page)).sort(), [
      'Anthropic: Claude 3.5 Sonnet',
      'Meta: Llama 3.1 8B Instruct',
      'Meta: Llama 3.1 8B Instruct (free)',
      'Z.AI: GLM 4 32B',
    ]);
    await page.check('#f-free');
    await page.waitForURL(/free=1/);
    assert.deepEqual(await resultNames(page), ['Meta: Llama 3.1 8B Instruct (free)']);
  });

  test('without JavaScript: the form and the header links sort by usage and reach the same page', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${site.url}/`);
    await page.click('details.columns summary');
    await page.check('#f-col-usage');
    await Promise.all([page.waitForNavigation(), page.click('.facet-actions button[type="submit"]')]);
    assert.match(page.url(), /cols=usage/);
    await Promise.all([page.waitForNavigation(), page.click('a[data-col="usage"]')]);
    assert.match(page.url(), /sort=usage/);
    assert.equal((await resultNames(page))[0], 'Anthropic: Claude 3.5 Sonnet');
    await Promise.all([
      page.waitForNavigation(),
      page.locator('#results tbody th[scope="row"] a').first().click(),
    ]);
    await checkModelPage(page, 'no-js');
  });

  test('the usage section has no serious accessibility problem, light or dark, at 360 px', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(browser, { colorScheme, viewport: { width: 360, height: 780 } });
      await page.goto(`${site.url}/models/anthropic/claude-3.5-sonnet`);
      const violations = await seriousViolations(page);
      assert.deepEqual(violations, [], describeViolations(violations));
      const spark = await page.locator('svg.spark').boundingBox();
      assert.ok(spark && spark.x >= 0 && spark.x + spark.width <= 360, 'the sparkline fits the phone');
      await page.locator('#usage-h').scrollIntoViewIfNeeded();
      await screenshot(page, `usage-model-page-360-${colorScheme}`);
    }
  });
});
