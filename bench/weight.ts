// Page weights against their budgets: every model page's HTML compressed (≤ 25 KB, no script but
// JSON-LD data), and the explorer's first view — HTML, stylesheets, script, icons — compressed
// (≤ 60 KB), with the first page of results in the HTML. Measured on the bytes the app serves.

import { gzipSync } from 'node:zlib';
import type { Catalog } from '../src/catalog/catalog.ts';
import { DEFAULT_PER } from '../src/domain/query-state.ts';
import { createAtlasApp } from '../src/web/app.ts';
import { modelPath } from '../src/web/paths.ts';
import { renderModelPage } from '../src/web/views/model/model-page.tsx';
import { KB, mdTable } from './stats.ts';

export const MODEL_PAGE_BUDGET = 25 * KB;
export const FIRST_VIEW_BUDGET = 60 * KB;

export interface Sizes {
  identity: number;
  gzip: number;
  br: number;
}

export interface WeightFigures {
  snapshot: string;
  models: number;
  modelPages: {
    /** The heaviest pages by gzip size, as served. */
    heaviest: { id: string; sizes: Sizes }[];
    medianGzip: number;
    /** Pages carrying a script other than JSON-LD data (should be none). */
    withScript: string[];
  };
  explorer: {
    html: Sizes;
    assets: { path: string; sizes: Sizes }[];
    total: Sizes;
    rowsInHtml: number;
    rowsExpected: number;
  };
  /** The island's catalog, fetched at the first sign of use, after the first view. */
  explorerData: Sizes;
}

export interface Budgets {
  modelPage: number;
  firstView: number;
}

type App = ReturnType<typeof createAtlasApp>['app'];

async function served(app: App, path: string): Promise<Sizes> {
  const size = async (encoding: string | null) => {
    const res = await app.request(path, { headers: encoding ? { 'Accept-Encoding': encoding } : {} });
    if (res.status !== 200) throw new Error(`${path} answered ${res.status} while measuring its weight.`);
    return (await res.arrayBuffer()).byteLength;
  };
  return { identity: await size(null), gzip: await size('gzip'), br: await size('br') };
}

/** Files the browser fetches for the first view without any interaction. */
export function firstViewAssets(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    if (!/\brel="(stylesheet|icon|modulepreload|preload)"/.test(tag)) continue;
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href?.startsWith('/')) found.add(href);
  }
  for (const m of html.matchAll(/<(?:script|img)\b[^>]*\bsrc="(\/[^"]+)"/g)) found.add(m[1]!);
  return [...found];
}

/** A script the browser would run: anything but a JSON-LD data block. */
export function hasScript(html: string): boolean {
  return [...html.matchAll(/<script\b([^>]*)>/g)].some((m) => !/type="application\/ld\+json"/.test(m[1]!));
}

const sum = (list: Sizes[]): Sizes => ({
  identity: list.reduce((a, s) => a + s.identity, 0),
  gzip: list.reduce((a, s) => a + s.gzip, 0),
  br: list.reduce((a, s) => a + s.br, 0),
});

export async function measureWeight(catalog: Catalog, heaviest = 3): Promise<WeightFigures> {
  const { app, ctx } = createAtlasApp({ catalog });
  // Every page rendered and gzipped here (cheap); the heaviest then measured as the app serves them.
  const pages = catalog.records.map((record) => {
    const html = renderModelPage(ctx, record);
    return { id: record.id, gzip: gzipSync(html, { level: 9 }).byteLength, script: hasScript(html) };
  });
  pages.sort((a, b) => b.gzip - a.gzip);
  const top = [];
  for (const p of pages.slice(0, heaviest)) top.push({ id: p.id, sizes: await served(app, modelPath(p.id)) });

  const page = await (await app.request('/')).text();
  const assets = [];
  for (const path of firstViewAssets(page)) assets.push({ path, sizes: await served(app, path) });
  const html = await served(app, '/');
  return {
    snapshot: `#${catalog.snapshot.id} as of ${catalog.snapshot.asOf}`,
    models: catalog.records.length,
    modelPages: {
      heaviest: top,
      medianGzip: pages[Math.floor(pages.length / 2)]?.gzip ?? 0,
      withScript: pages.filter((p) => p.script).map((p) => p.id),
    },
    explorer: {
      html,
      assets,
      total: sum([html, ...assets.map((a) => a.sizes)]),
      rowsInHtml: [...page.matchAll(/<input type="checkbox" name="ids"/g)].length,
      rowsExpected: Math.min(DEFAULT_PER, catalog.records.length),
    },
    explorerData: await served(app, '/explorer-data.json'),
  };
}

/** Every way the figures break a budget, as sentences; empty when all fit. */
export function weightFailures(
  w: WeightFigures,
  budgets: Budgets = { modelPage: MODEL_PAGE_BUDGET, firstView: FIRST_VIEW_BUDGET },
): string[] {
  const out: string[] = [];
  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
  for (const p of w.modelPages.heaviest)
    if (Math.max(p.sizes.gzip, p.sizes.br) > budgets.modelPage)
      out.push(
        `The model page of ${p.id} is ${kb(Math.max(p.sizes.gzip, p.sizes.br))} compressed, over its ${kb(budgets.modelPage)} budget.`,
      );
  if (w.modelPages.withScript.length > 0)
    out.push(
      `${w.modelPages.withScript.length} model pages carry a script (e.g. ${w.modelPages.withScript[0]}); they must need none.`,
    );
  const firstView = Math.max(w.explorer.total.gzip, w.explorer.total.br);
  if (firstView > budgets.firstView)
    out.push(
      `The explorer's first view is ${kb(firstView)} compressed, over its ${kb(budgets.firstView)} budget.`,
    );
  if (w.explorer.rowsInHtml !== w.explorer.rowsExpected)
    out.push(
      `The explorer's HTML holds ${w.explorer.rowsInHtml} result rows; the first page is ${w.explorer.rowsExpected}.`,
    );
  if (!w.explorer.assets.some((a) => a.path.endsWith('.js')))
    out.push('The explorer links no script, so its first view was measured without the island.');
  return out;
}

export function weightReport(
  w: WeightFigures,
  budgets: Budgets = { modelPage: MODEL_PAGE_BUDGET, firstView: FIRST_VIEW_BUDGET },
): string {
  const f = (n: number) => `${(n / KB).toFixed(1)} KB`;
  const row = (name: string, s: Sizes) => [name, f(s.identity), f(s.gzip), f(s.br)];
  const failures = weightFailures(w, budgets);
  return [
    `Snapshot ${w.snapshot}, ${w.models} models.`,
    '',
    mdTable(
      ['what', 'raw', 'gzip', 'brotli', 'budget'],
      [
        ...w.modelPages.heaviest.map((p) => [
          ...row(`model page \`${p.id}\` (heaviest)`, p.sizes),
          f(budgets.modelPage),
        ]),
        ['model page (median of all)', '', f(w.modelPages.medianGzip), '', f(budgets.modelPage)],
        [...row('explorer HTML', w.explorer.html), ''],
        ...w.explorer.assets.map((a) => [...row(`\`${a.path}\``, a.sizes), '']),
        [...row('**explorer first view, total**', w.explorer.total), f(budgets.firstView)],
        [...row('explorer catalog data (on first use, not in the first view)', w.explorerData), ''],
      ],
    ),
    '',
    `Model pages with a script: ${w.modelPages.withScript.length}. Result rows in the explorer's HTML: ${w.explorer.rowsInHtml} of the first page's ${w.explorer.rowsExpected}. Budgets are checked on the larger of gzip and brotli.`,
    '',
    failures.length === 0
      ? 'All weights within budget.'
      : failures.map((l) => `- OVER BUDGET: ${l}`).join('\n'),
  ].join('\n');
}
