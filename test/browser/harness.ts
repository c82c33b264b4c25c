// What every browser suite shares: the real app listening on a random port over a catalog, Debian's
// Chromium driven by playwright-core, axe-core injected into pages, and screenshots kept as artifacts.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { buildCatalog, type Catalog } from '../../src/catalog/catalog.ts';
import type { CatalogData } from '../../src/catalog/types.ts';
import { type RunningServer, startServer } from '../../src/web/server.ts';
import { fixtureCatalogData } from '../fixtures/catalog.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(process.cwd(), 'artifacts', 'screenshots');

/** Launch Debian's Chromium; fail loudly (never skip) when it is not installed. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}, so the browser tests cannot run. ` +
        'Install it with `apt-get install chromium` (or set CHROMIUM_PATH), then run the tests again.',
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface Site {
  url: string;
  catalog: Catalog;
  close(): Promise<void>;
}

/** A port nothing listens on right now, so the server's public URL (share tags) can name it. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The real server, in this process, on a random port, over one catalog. */
export async function startSite(data: CatalogData = fixtureCatalogData()): Promise<Site> {
  const catalog = buildCatalog(data);
  const port = await freePort();
  const server: RunningServer = await startServer({ catalog, port, host: '127.0.0.1', warm: false });
  return { url: server.url, catalog, close: () => server.close() };
}

/**
 * A page that fails the test on any script error or console error (a CSP violation shows up as one).
 * Options pass through: viewport, colorScheme, javaScriptEnabled.
 */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return { page, problems };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Run axe-core in the page; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the devtools protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Describe violations readably for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
    )
    .join('\n');
}

/** Save a full-page screenshot under artifacts/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Model names in the explorer's results table, in order. */
export async function resultNames(page: Page): Promise<string[]> {
  return page.locator('#results tbody th[scope="row"]').allTextContents();
}

/** The URL's query parameters as a sorted "k=v" list, for order-free comparisons. */
export function queryOf(url: string): string[] {
  return [...new URL(url).searchParams].map(([k, v]) => `${k}=${v}`).sort();
}

/** Wait until the island has written the URL to hold every expected parameter. */
export async function urlHas(page: Page, ...params: string[]): Promise<void> {
  await page.waitForFunction(
    (want) =>
      want.every((p) =>
        new URLSearchParams(location.search).getAll(p.split('=')[0]!).includes(p.split('=')[1]!),
      ),
    params,
  );
}

/**
 * In the explorer with JavaScript: two models on the first page of four (by name), one on the
 * second, then the compare button; resolves once the compare address is loaded.
 */
export async function selectThreeAcrossPagesAndCompare(page: Page, siteUrl: string): Promise<void> {
  await page.goto(`${siteUrl}/?sort=name&per=4`);
  const boxes = page.locator('#results tbody input[name="ids"]');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.click('a[rel="next"]');
  await page.waitForURL(/page=2/);
  await page.locator('#results tbody input[name="ids"]').nth(0).check();
  await page.waitForFunction(() => document.querySelector('#compare-count')?.textContent === '3');
  await page.click('#compare-button');
  await page.waitForURL(/\/compare\?ids=/);
}
