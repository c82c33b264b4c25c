import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  describeViolations,
  launchBrowser,
  openPage,
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

const PAGES = [
  { name: 'explorer', path: '/' },
  {
    name: 'explorer-filtered',
    path: '/?in=image&sort=input&cols=name&cols=input&cols=output&cols=rank&cols=license',
  },
  { name: 'model', path: '/models/anthropic/claude-3.5-sonnet' },
  { name: 'model-hostile', path: '/models/hostile/evil-model' },
  {
    name: 'compare',
    path: '/compare?ids=z-ai/glm-4-32b,anthropic/claude-3.5-sonnet,google/gemini-2.5-pro-preview,meta-llama/llama-3.1-8b-instruct',
  },
  { name: 'methodology', path: '/methodology' },
] as const;

const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [1280, 360] as const;

describe('accessibility and looks', () => {
  for (const { name, path } of PAGES) {
    for (const colorScheme of SCHEMES) {
      test(`${name} has no serious or critical axe violation in the ${colorScheme} scheme, at 1280 and 360 px`, async () => {
        for (const width of WIDTHS) {
          const { page, problems } = await openPage(browser, {
            colorScheme,
            viewport: { width, height: 900 },
          });
          const res = await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
          assert.equal(res?.status(), 200, path);
          await screenshot(page, `${name}-${width}-${colorScheme}`);
          const violations = await seriousViolations(page);
          assert.equal(
            violations.length,
            0,
            `${path} at ${width}px, ${colorScheme}:\n${describeViolations(violations)}`,
          );
          // Nothing overflows the viewport sideways except inside scrolling tables.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          assert.ok(overflow <= 0, `${path} at ${width}px is ${overflow}px wider than the screen`);
          assert.deepEqual(problems, [], `${path} logged errors`);
          await page.context().close();
        }
      });
    }
  }

  test('the explorer stays accessible after the island redraws it', async () => {
    for (const colorScheme of SCHEMES) {
      const { page } = await openPage(browser, { colorScheme });
      await page.goto(`${site.url}/`);
      await page.fill('#f-q', 'a');
      await page.waitForURL(/q=a/);
      await page.click('a[data-col="score"]');
      await page.waitForURL(/sort=score/);
      const violations = await seriousViolations(page);
      assert.equal(violations.length, 0, describeViolations(violations));
      await screenshot(page, `explorer-island-1280-${colorScheme}`);
      await page.context().close();
    }
  });

  test('every explorer control can be reached with the keyboard', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site.url}/`);
    const reached = new Set<string>();
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const key = await page.evaluate(() => {
        const el = document.activeElement;
        return el
          ? `${el.tagName}#${el.id}[${el.getAttribute('name') ?? ''}=${el.getAttribute('value') ?? ''}]`
          : '';
      });
      reached.add(key);
    }
    for (const id of [
      'f-q',
      'f-source-arena_only',
      'f-ctx_min',
      'f-in_max',
      'f-free',
      'f-cat',
      'f-param-tools',
      'f-open',
      'f-added_after',
      'f-per',
      'compare-button',
    ])
      assert.ok(
        [...reached].some((k) => k.includes(`#${id}[`)),
        `#${id} is reachable with Tab`,
      );
    assert.ok(
      [...reached].some((k) => k.startsWith('INPUT#[ids=')),
      'row checkboxes are reachable',
    );
    assert.ok(
      [...reached].some((k) => k.startsWith('A#[')),
      'header and row links are reachable',
    );
  });
});
