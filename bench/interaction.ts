// Explorer interaction latency in headless Chromium: typing in the search box, toggling facets,
// choosing from selects and sorting by columns, over the full catalog of the largest snapshot. The
// island leaves a performance measure per answered interaction (input event → updated DOM); this
// reads them. Each interaction waits for its measure before the next, so none overlap.

import type { Page } from 'playwright-core';
import type { Catalog } from '../src/catalog/catalog.ts';
import { startServer } from '../src/web/server.ts';
import { launchBrowser } from '../test/browser/harness.ts';
import { freePort } from '../test/export/nginx.ts';
import { mdTable, median, ms, percentile } from './stats.ts';

export const MEASURE = 'explorer:interaction';
export const TARGET_P95_MS = 16;

export interface Interaction {
  kind: 'search' | 'facet' | 'select' | 'sort';
  what: string;
  ms: number;
}

const SEARCH_TERMS = ['gpt', 'claude', 'llama 3', 'qwen', 'gemini flash', 'mistral'];
const FACETS = [
  '#f-source-openrouter_arena',
  '#f-confidence-exact',
  '#f-confidence-high',
  '#f-in-image',
  '#f-out-text',
  '#f-param-tools',
  '#f-param-structured_outputs',
  '#f-param-reasoning',
  '#f-free',
];
const SELECTS: [string, string][] = [
  ['#f-open', '1'],
  ['#f-open', ''],
  ['#f-popular', '25'],
  ['#f-popular', ''],
  ['#f-per', '200'],
  ['#f-per', '50'],
];
const SORT_COLUMNS = ['name', 'author', 'context', 'input', 'output', 'score', 'created', 'rank'];

async function measureCount(page: Page): Promise<number> {
  return page.evaluate((name) => performance.getEntriesByName(name).length, MEASURE);
}

/** Run one interaction and wait for the measure it leaves; its duration in ms. */
async function timed(page: Page, act: () => Promise<void>): Promise<number> {
  const before = await measureCount(page);
  await act();
  await page.waitForFunction(
    ([name, n]) => performance.getEntriesByName(name as string).length > (n as number),
    [MEASURE, before] as const,
    { timeout: 10_000 },
  );
  return page.evaluate(([name, n]) => performance.getEntriesByName(name as string)[n as number]!.duration, [
    MEASURE,
    before,
  ] as const);
}

async function interactions(page: Page): Promise<Interaction[]> {
  const out: Interaction[] = [];
  const record = async (kind: Interaction['kind'], what: string, act: () => Promise<void>) => {
    if (process.env.BENCH_DEBUG) process.stderr.write(`${kind} ${what}\n`);
    out.push({ kind, what, ms: await timed(page, act) });
  };
  const search = page.locator('#f-q');
  for (const term of SEARCH_TERMS) {
    await search.focus();
    for (const [i, ch] of [...term].entries())
      await record('search', `type "${term.slice(0, i + 1)}"`, () =>
        page.keyboard.press(ch === ' ' ? 'Space' : ch),
      );
    await record('search', 'clear', async () => {
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.press('Backspace');
    });
  }
  // The facets a catalog offers depend on its records; use those the page has.
  const facets: string[] = [];
  for (const id of FACETS) if ((await page.locator(id).count()) > 0) facets.push(id);
  for (const on of [true, false])
    for (const id of facets)
      await record('facet', `${on ? 'check' : 'uncheck'} ${id}`, () => page.locator(id).click());
  for (const [id, value] of SELECTS)
    await record('select', `${id} = ${value || 'any'}`, async () => {
      await page.locator(id).selectOption(value);
    });
  for (const col of SORT_COLUMNS)
    for (const turn of ['first', 'again'])
      await record('sort', `${col} (${turn})`, () =>
        page.locator(`thead a[data-col="${col}"]`).first().click(),
      );
  return out;
}

export interface InteractionResult {
  models: number;
  chromium: string;
  interactions: Interaction[];
}

export async function benchInteraction(catalog: Catalog): Promise<InteractionResult> {
  const server = await startServer({ catalog, port: await freePort(), host: '127.0.0.1', warm: false });
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    // Load the catalog rows and let the first redraw happen before anything is measured.
    const rows = page.waitForResponse((r) => r.url().includes('/explorer-data'));
    await page.locator('#f-q').hover();
    await (await rows).finished();
    await timed(page, () => page.locator('#f-free').click());
    await timed(page, () => page.locator('#f-free').click());
    const result = await interactions(page);
    if (problems.length > 0)
      throw new Error(`The explorer raised errors while measured: ${problems.join('; ')}`);
    return { models: catalog.records.length, chromium: browser.version(), interactions: result };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function interactionReport(r: InteractionResult): { text: string; met: boolean } {
  const kinds = ['search', 'facet', 'select', 'sort', 'all'] as const;
  const rows = kinds.map((kind) => {
    const list = r.interactions.filter((i) => kind === 'all' || i.kind === kind).map((i) => i.ms);
    return [
      kind === 'all' ? '**all**' : kind,
      String(list.length),
      ms(median(list)),
      ms(percentile(list, 95)),
      ms(Math.max(...list)),
    ];
  });
  const all = r.interactions.map((i) => i.ms);
  const p95 = percentile(all, 95);
  const met = p95 <= TARGET_P95_MS;
  const slowest = [...r.interactions].sort((a, b) => b.ms - a.ms).slice(0, 3);
  return {
    met,
    text: [
      `Headless Chromium ${r.chromium}, 1280×900, the explorer over ${r.models} models (the full catalog of the largest snapshot; filtering and sorting run over all of them, 50 rows drawn, 200 while per=200 is chosen). Each figure is the island's \`${MEASURE}\` measure: from the input event's timestamp to the DOM updated.`,
      '',
      mdTable(['interaction', 'count', 'p50', 'p95', 'max'], rows),
      '',
      `Slowest: ${slowest.map((s) => `${s.kind} ${s.what} ${ms(s.ms)}`).join('; ')}.`,
      '',
      `- ${met ? 'MET' : 'MISSED'}: p95 ${ms(p95)} over ${all.length} interactions (target ≤ ${TARGET_P95_MS} ms).`,
    ].join('\n'),
  };
}
