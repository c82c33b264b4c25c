import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  describeViolations,
  launchBrowser,
  openPage,
  queryOf,
  resultNames,
  screenshot,
  selectThreeAcrossPagesAndCompare,
  seriousViolations,
  urlHas,
} from '../browser/harness.ts';
import { type StaticSite, startStaticSite } from './static-site.ts';

let site: StaticSite;
let browser: Browser;

before(async () => {
  site = await startStaticSite();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** Every control of the explorer form as name, type, value, checked and (for selects) the options. */
function formState(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('#explorer input, #explorer select'),
    ].map((el) =>
      [
        el.name,
        el.type,
        el.value,
        el instanceof HTMLInputElement
          ? String(el.checked)
          : [...el.options]
              .map((o) => o.value)
              .sort()
              .join('|'),
      ].join(' '),
    ),
  );
}

const IDS = 'z-ai/glm-4-32b,anthropic/claude-3.5-sonnet,openrouter/auto';

describe('the static export in a browser (nginx, JavaScript on)', () => {
  test('the explorer filters instantly, keeps its state in the address and across a reload', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${site.url}/`);
    assert.equal((await resultNames(page)).length, 10);
    await page.fill('#f-q', 'llama');
    await urlHas(page, 'q=llama');
    assert.deepEqual((await resultNames(page)).sort(), [
      'Meta: Llama 3.1 8B Instruct',
      'Meta: Llama 3.1 8B Instruct (free)',
    ]);
    await page.fill('#f-q', '');
    await page.check('#f-source-openrouter_arena');
    await page.check('#f-in-image');
    await urlHas(page, 'source=openrouter+arena', 'in=image');
    assert.deepEqual((await resultNames(page)).sort(), [
      'Anthropic: Claude 3.5 Sonnet',
      'Google: Gemini 2.5 Pro Preview',
    ]);
    await page.uncheck('#f-in-image');
    await page.fill('#f-ctx_min', '128000');
    await page.click('a[data-col="input"]');
    await urlHas(page, 'ctx_min=128000', 'sort=input');
    const before = { url: page.url(), names: await resultNames(page) };
    await screenshot(page, 'static-explorer-filtered');

    // nginx answers the reload with the default page; the island shows the address's view.
    await page.reload();
    await page.waitForFunction(
      (n) => document.querySelectorAll('#results tbody tr').length === n,
      before.names.length,
    );
    assert.deepEqual(await resultNames(page), before.names);
    assert.deepEqual(queryOf(page.url()), queryOf(before.url));
    assert.equal(await page.isChecked('#f-source-openrouter_arena'), true);
    assert.equal(await page.isChecked('#f-in-image'), false);
    assert.equal(await page.inputValue('#f-ctx_min'), '128000');
    assert.equal(await page.getAttribute('th:has(a[data-col="input"])', 'aria-sort'), 'ascending');
    assert.deepEqual(problems, []);
  });

  for (const address of [
    '/?q=meta&sort=context',
    '/?source=openrouter+arena&in=image&param=reasoning',
    '/?arena=text&cat=coding&cols=license&cols=context',
    '/?ctx_min=128000&in_max=1&open=1',
    '/?sort=name&per=4&page=2&ids=openrouter/auto',
  ]) {
    test(`${address} shows the results and form the server renders for it`, async () => {
      const fromServer = await openPage(browser, { javaScriptEnabled: false });
      await fromServer.page.goto(site.nodeUrl + address);
      const want = { names: await resultNames(fromServer.page), form: await formState(fromServer.page) };
      const count = await fromServer.page.textContent('#result-count');

      const { page, problems } = await openPage(browser);
      await page.goto(site.url + address);
      await page.waitForFunction(
        (text) => document.querySelector('#result-count')?.textContent === text,
        count,
      );
      assert.deepEqual(await resultNames(page), want.names);
      assert.deepEqual(await formState(page), want.form);
      // The server redirects to the canonical address; the island writes the same one.
      assert.deepEqual(queryOf(page.url()), queryOf(fromServer.page.url()));
      assert.deepEqual(problems, []);
    });
  }

  test('three models selected in the explorer open in compare, rendered as the server renders it', async () => {
    const { page, problems } = await openPage(browser);
    await selectThreeAcrossPagesAndCompare(page, site.url);
    await page.waitForSelector('.compare-table');
    assert.equal(await page.locator('.compare-table:not(#cost-table) thead th[scope="col"]').count(), 3);
    assert.match((await page.textContent('h1')) ?? '', /Compare 3 models/);

    const fromServer = await openPage(browser, { javaScriptEnabled: false });
    await fromServer.page.goto(site.nodeUrl + new URL(page.url()).pathname + new URL(page.url()).search);
    const main = (p: Page) => p.locator('#main').innerHTML();
    assert.equal(await main(page), await main(fromServer.page));
    assert.equal(await page.title(), await fromServer.page.title());
    assert.deepEqual(problems, []);
  });

  test('the compare workload calculator recomputes and keeps the workload in the address', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${site.url}/compare?ids=${IDS}`);
    const totals = () => page.locator('#cost-table .c-total-text').allTextContents();
    await page.waitForSelector('#cost-table');
    assert.deepEqual(await totals(), ['$1.20', '$120', 'Variable']);
    await page.fill('#c-in', '1000000');
    await page.fill('#c-out', '0');
    await page.fill('#c-cache', '50');
    await page.waitForURL(/cache_pct=50/);
    assert.deepEqual(await totals(), ['$0.10', '$3.30', 'Variable']);
    await screenshot(page, 'static-compare');
    await page.reload();
    await page.waitForSelector('#cost-table');
    assert.deepEqual(await totals(), ['$0.10', '$3.30', 'Variable']);
    assert.deepEqual(problems, []);
  });

  test('compare names an id the export does not hold and compares the rest', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site.url}/compare?ids=z-ai/glm-4-32b,nobody/no-such-model`);
    await page.waitForSelector('.compare-table');
    assert.match((await page.textContent('h1')) ?? '', /Compare 1 model/);
    assert.match((await page.textContent('#main')) ?? '', /No model has the id nobody\/no-such-model\./);
  });

  test('a model page shows prices to the unit and share tags whose image is served', async () => {
    const { page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${site.url}/models/z-ai/glm-4-32b`);
    const fact = (label: string) =>
      page.locator(`.fact:has(dt:text-is("${label}")) dd`).first().textContent();
    assert.match((await fact('Input price')) ?? '', /^\$0\.10 \/ 1M/);
    assert.match((await fact('Context window')) ?? '', /^128K/);
    const meta = (key: string) => page.locator(`meta[property="${key}"]`).first().getAttribute('content');
    assert.equal(await meta('og:url'), `${site.url}/models/z-ai/glm-4-32b`);
    const image = await meta('og:image');
    assert.equal(image, `${site.url}/og/z-ai/glm-4-32b.png`);
    const png = await page.request.get(image!);
    assert.equal(png.headers()['content-type'], 'image/png');
    const bytes = await png.body();
    assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [1200, 630]);
    assert.deepEqual(problems, []);
  });

  test('axe finds no serious or critical violation on the static explorer and compare', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site.url}/?q=meta`);
    await page.waitForFunction(() => document.querySelectorAll('#results tbody tr').length === 2);
    const onExplorer = await seriousViolations(page);
    assert.equal(onExplorer.length, 0, describeViolations(onExplorer));
    await page.goto(`${site.url}/compare?ids=${IDS}`);
    await page.waitForSelector('#cost-table');
    const onCompare = await seriousViolations(page);
    assert.equal(onCompare.length, 0, describeViolations(onCompare));
  });
});

describe('the static export without JavaScript', () => {
  test('filters in the address are not applied: a static host shows the first page (a documented limit)', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${site.url}/?q=llama`);
    assert.equal((await resultNames(page)).length, 10);
    await page.goto(`${site.url}/methodology`);
    assert.match((await page.textContent('h1')) ?? '', /^Methodology and data sources$/);
  });
});
