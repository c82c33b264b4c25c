import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureCatalogData } from '../../../test/fixtures/catalog.ts';
import { buildCatalog } from '../../catalog/catalog.ts';
import type { CatalogData } from '../../catalog/types.ts';
import type { ModelRecord } from '../../domain/model.ts';
import { createApp } from '../app.ts';

const KB = 1024;
/** The explorer's first view (HTML + CSS + JS, compressed) must fit in this. */
const FIRST_VIEW_BUDGET = 60 * KB;
/** The island's catalog download, fetched on first use, not part of the first view. */
const DATA_BUDGET = 90 * KB;
const MODELS = 1500;

/** A seeded generator, so the measurement is the same on every run. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const WORDS = [
  'Nova',
  'Orion',
  'Lyra',
  'Atlas',
  'Vega',
  'Sol',
  'Echo',
  'Flux',
  'Quill',
  'Sage',
  'Iris',
  'Kite',
];

/**
 * A catalog the size of a real one: the fixture's records cloned under varied ids, names, prices,
 * windows, dates and scores (varied like real data, so compression is not flattered).
 */
function largeCatalogData(): CatalogData {
  const data = fixtureCatalogData();
  const rnd = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const price = () => Number((10 ** (rnd() * 4 - 2)).toPrecision(3));
  const records: ModelRecord[] = [];
  for (let i = 0; records.length < MODELS; i++) {
    for (const r of data.records) {
      const author = `${pick(WORDS).toLowerCase()}-${Math.floor(rnd() * 90)}`;
      const name = `${pick(WORDS)} ${pick(WORDS)} ${Math.floor(rnd() * 400)}B v${(rnd() * 5).toFixed(1)}`;
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      const priced = r.pricing.state === 'priced';
      records.push({
        ...structuredClone(r),
        id: `${author}/${slug}-${i}`,
        author,
        name: `${author}: ${name}`,
        contextLength: r.contextLength === null ? null : Math.round(rnd() * 2_000_000),
        pricing: priced ? { ...r.pricing, inputPer1M: price(), outputPer1M: price() } : r.pricing,
        arena: r.arena && { ...r.arena, rank: 1 + Math.floor(rnd() * 250), score: 1000 + rnd() * 500 },
        created: `${2023 + Math.floor(rnd() * 3)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
      });
    }
  }
  return { ...data, records: records.slice(0, MODELS), raw: {}, history: {}, changes: [] };
}

async function brotliBytes(app: ReturnType<typeof createApp>, path: string): Promise<number> {
  const res = await app.request(path, { headers: { 'Accept-Encoding': 'br, gzip' } });
  assert.equal(res.status, 200, path);
  return (await res.arrayBuffer()).byteLength;
}

describe('explorer weight', () => {
  const app = createApp({ catalog: buildCatalog(largeCatalogData()) });

  test(`the first view of ${MODELS} models (HTML, CSS and JS, brotli) stays within 60 KB`, async (t) => {
    const res = await app.request('/', { headers: { 'Accept-Encoding': 'br, gzip' } });
    assert.equal(res.headers.get('content-encoding'), 'br');
    const html = (await res.arrayBuffer()).byteLength;
    const page = await (await app.request('/')).text();
    assert.equal(
      [...page.matchAll(/<input type="checkbox" name="ids"/g)].length,
      50,
      'the first page of results is in the HTML',
    );
    const assets = [...page.matchAll(/(?:href|src)="(\/assets\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
    assert.ok(
      assets.some((a) => a.includes('explorer.') && a.endsWith('.js')),
      'the island is linked',
    );
    let total = html;
    const sizes = [`HTML ${(html / KB).toFixed(1)} KB`];
    for (const asset of assets) {
      const bytes = await brotliBytes(app, asset);
      sizes.push(`${asset.split('/').pop()} ${(bytes / KB).toFixed(1)} KB`);
      total += bytes;
    }
    t.diagnostic(`first view ${(total / KB).toFixed(1)} KB: ${sizes.join(', ')}`);
    assert.ok(total <= FIRST_VIEW_BUDGET, `first view is ${(total / KB).toFixed(1)} KB`);
  });

  test(`the island's catalog of ${MODELS} models (brotli) stays within 90 KB`, async (t) => {
    const bytes = await brotliBytes(app, '/explorer-data.json');
    const raw = (await (await app.request('/explorer-data.json')).arrayBuffer()).byteLength;
    t.diagnostic(`explorer-data.json ${(bytes / KB).toFixed(1)} KB brotli, ${(raw / KB).toFixed(1)} KB raw`);
    assert.ok(bytes <= DATA_BUDGET, `catalog data is ${(bytes / KB).toFixed(1)} KB`);
  });
});
