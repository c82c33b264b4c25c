import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, queryOf, type Site, startSite } from './harness.ts';

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

const IDS = 'z-ai/glm-4-32b,anthropic/claude-3.5-sonnet,openrouter/auto';

describe('compare with JavaScript', () => {
  test('recomputes the monthly cost as the workload is typed and keeps it in the URL', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${site.url}/compare?ids=${IDS}`);
    const totals = () => page.locator('#cost-table .c-total-text').allTextContents();
    assert.deepEqual(await totals(), ['$1.20', '$120', 'Variable']);
    await page.fill('#c-in', '1000000');
    await page.fill('#c-out', '0');
    await page.fill('#c-cache', '50');
    await page.waitForURL(/cache_pct=50/);
    assert.deepEqual(await totals(), ['$0.10', '$3.30', 'Variable']);
    assert.deepEqual(queryOf(page.url()), [
      'cache_pct=50',
      `ids=${IDS}`,
      'in_tokens=1000000',
      'out_tokens=0',
    ]);
    assert.match(
      (await page.textContent('#cost-summary')) ?? '',
      /^For 1,000,000 input and 0 output tokens a month, 50% of input cached\./,
    );
    assert.equal(await page.locator('#cost-table td.best').count(), 1);
    assert.match((await page.locator('#cost-table td.best').textContent()) ?? '', /\$0\.10/);
    await page.reload();
    assert.deepEqual(await totals(), ['$0.10', '$3.30', 'Variable']);
    assert.deepEqual(problems, []);
  });

  test('says what is wrong with a workload instead of computing it', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site.url}/compare?ids=${IDS}`);
    await page.fill('#c-cache', '150');
    await page.waitForSelector('#cost-errors p');
    assert.match(
      (await page.textContent('#cost-errors')) ?? '',
      /The cached share must be a percentage from 0 to 100\./,
    );
  });

  test('offers near names for an unknown id and swaps it in', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site.url}/compare?ids=z-ai/glm-4-32,openai/gpt-4o`);
    await Promise.all([page.waitForNavigation(), page.click('text=Z.AI: GLM 4 32B')]);
    assert.equal(new URL(page.url()).searchParams.get('ids'), 'z-ai/glm-4-32b,openai/gpt-4o');
    assert.match((await page.textContent('h1')) ?? '', /Compare 2 models/);
  });

  test('draws the value chart with the frontier marked and a text alternative', async () => {
    const { page } = await openPage(browser);
    await page.goto(
      `${site.url}/compare?ids=anthropic/claude-3.5-sonnet,google/gemini-2.5-pro-preview,meta-llama/llama-3.1-8b-instruct`,
    );
    const chart = page.locator('svg.value-chart');
    assert.equal(await chart.getAttribute('role'), 'img');
    assert.equal(await page.locator('svg.value-chart circle').count(), 3);
    assert.equal(await page.locator('svg.value-chart circle.on-frontier').count(), 2);
    assert.match(
      (await page.locator('svg.value-chart desc').textContent()) ?? '',
      /On the Pareto frontier.*Gemini 2\.5 Pro Preview.*Llama 3\.1 8B Instruct/,
    );
  });
});
