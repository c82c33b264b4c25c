import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, type Site, startSite } from './harness.ts';

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

const fact = (page: Page, label: string) =>
  page.locator(`.fact:has(dt:text-is("${label}")) dd`).first().textContent();
const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');

describe('model page', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`shows prices to the unit and the share tags (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { page, problems } = await openPage(browser, { javaScriptEnabled });
      await page.goto(`${site.url}/models/z-ai/glm-4-32b`);
      assert.match((await fact(page, 'Input price')) ?? '', /^\$0\.10 \/ 1M/);
      assert.match((await fact(page, 'Output price')) ?? '', /^\$0\.10 \/ 1M/);
      assert.match((await fact(page, 'Context window')) ?? '', /^128K/);
      assert.doesNotMatch((await page.textContent('main')) ?? '', /\$0\.000/);
      assert.equal(await meta(page, 'og:title'), 'Z.AI: GLM 4 32B: price, context window and arena rank');
      assert.match((await meta(page, 'og:description')) ?? '', /input \$0\.10 \/ 1M/);
      assert.equal(await meta(page, 'twitter:card'), 'summary_large_image');
      const image = await meta(page, 'og:image');
      assert.ok(image, 'og:image is set');
      const png = await page.request.get(image);
      assert.equal(png.headers()['content-type'], 'image/png');
      const bytes = await png.body();
      // PNG header: width and height are big-endian integers at bytes 16 and 20.
      assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [1200, 630]);
      assert.equal(await page.locator('script[src]').count(), 0, 'a model page ships no JavaScript');
      assert.deepEqual(problems, []);
    });
  }

  test('says Free, Variable and Unknown instead of $0', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site.url}/models/meta-llama/llama-3.1-8b-instruct:free`);
    assert.match((await fact(page, 'Input price')) ?? '', /^Free/);
    await page.goto(`${site.url}/models/openrouter/auto`);
    assert.match((await fact(page, 'Input price')) ?? '', /^Variable/);
    await page.goto(`${site.url}/models/lmarena:glm-4-plus`);
    assert.match((await fact(page, 'Input price')) ?? '', /^Unknown/);
  });

  test('links back to the explorer, which opens', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site.url}/models/anthropic/claude-3.5-sonnet`);
    await Promise.all([page.waitForNavigation(), page.click('a.back')]);
    assert.equal(new URL(page.url()).pathname, '/');
    assert.ok((await page.locator('#results tbody tr').count()) > 0);
  });
});
