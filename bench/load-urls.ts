// The mixed route set of the load run, drawn from a real catalog: model pages of every id, the
// explorer with and without filters, API JSON and CSV, compare, share images, assets, the other
// pages, and a few intended 404s (unknown ids, which must still answer quickly with suggestions).

import type { Catalog } from '../src/catalog/catalog.ts';
import { compareHref } from '../src/domain/compare-query.ts';
import { DEFAULT_WORKLOAD } from '../src/domain/cost.ts';
import { explorerHref } from '../src/domain/explorer-view.ts';
import { parseQuery, queryString } from '../src/domain/query.ts';
import { apiModelPath, modelPath, ogImagePath } from '../src/web/paths.ts';

export type LoadKind =
  | 'model'
  | 'explorer'
  | 'api-json'
  | 'api-model'
  | 'api-csv'
  | 'compare'
  | 'og'
  | 'asset'
  | 'page'
  | 'missing';

export interface LoadUrl {
  kind: LoadKind;
  path: string;
}

/** The id prefix of intended 404s, so their answers can be told from unintended ones. */
export const MISSING_PREFIX = 'load-missing-';

/** Explorer filters as a user sets them; each is sent in its canonical form (a 200, not a redirect). */
const FILTERS = [
  '',
  'q=gpt',
  'q=llama',
  'q=claude&sort=score',
  'free=1',
  'source=openrouter%2Barena',
  'confidence=exact',
  'ctx_min=128000',
  'in_max=1',
  'out_max=5&ctx_min=32000',
  'sort=input&dir=asc',
  'page=2',
  'per=100',
  'rank_max=20',
  'cat=coding',
  'param=tools',
  'open=1',
  'added_after=2025-01-01',
  'in=image',
];

/** Share of each kind in the mix (they add up to 100). */
const WEIGHTS: Record<LoadKind, number> = {
  model: 30,
  explorer: 14,
  'api-json': 8,
  'api-model': 8,
  'api-csv': 3,
  compare: 9,
  og: 6,
  asset: 8,
  page: 10,
  missing: 4,
};

/** A small seeded PRNG (mulberry32): the same mix on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function canonicalQueries(): { explorer: string[]; api: string[] } {
  const explorer: string[] = [];
  const api: string[] = [];
  for (const filter of FILTERS) {
    const parsed = parseQuery(new URLSearchParams(filter));
    if (!parsed.ok) throw new Error(`The load filter "${filter}" is not valid: ${parsed.errors.join(' ')}`);
    explorer.push(explorerHref(parsed.query));
    api.push(`/api/models${queryString(parsed.query)}`);
  }
  return { explorer, api };
}

/** Every distinct URL of the mix, by kind; `assets` are the paths the served pages link to. */
export function loadUrlsByKind(catalog: Catalog, assets: readonly string[]): Record<LoadKind, string[]> {
  const ids = catalog.records.map((r) => r.id);
  const next = prng(20_250_524);
  const pick = () => ids[Math.floor(next() * ids.length)]!;
  const { explorer, api } = canonicalQueries();
  const compares = Array.from({ length: 40 }, (_, i) =>
    compareHref({ ids: [...new Set(Array.from({ length: 2 + (i % 3) }, pick))], workload: DEFAULT_WORKLOAD }),
  );
  return {
    model: ids.map(modelPath),
    explorer,
    'api-json': api,
    'api-model': ids.map(apiModelPath),
    'api-csv': ['/api/models.csv', '/api/models.csv?free=1', '/api/models.csv?q=gpt'],
    compare: compares,
    // Each share image is rendered once per snapshot (about 50 ms); the mix asks for 60 of them.
    og: ids.filter((_, i) => i % Math.max(1, Math.floor(ids.length / 60)) === 0).map(ogImagePath),
    asset: [...assets],
    page: [
      '/changes',
      '/changes?kind=price',
      '/changes.atom',
      '/methodology',
      '/sitemap.xml',
      '/robots.txt',
      '/api/changes',
      '/api/openapi.json',
      `/explorer-data.json?v=${catalog.version}`,
    ],
    missing: Array.from({ length: 20 }, (_, i) => `/models/${MISSING_PREFIX}${pick().split('/').pop()}-${i}`),
  };
}

/** A shuffled sequence of `length` requests with the kinds in their weights. */
export function loadMix(byKind: Record<LoadKind, string[]>, length: number): LoadUrl[] {
  const next = prng(7);
  const kinds = Object.keys(WEIGHTS) as LoadKind[];
  const cursor = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<LoadKind, number>;
  const out: LoadUrl[] = [];
  for (let i = 0; i < length; i++) {
    let roll = next() * 100;
    let kind: LoadKind = kinds[0]!;
    for (const k of kinds) {
      roll -= WEIGHTS[k];
      if (roll < 0) {
        kind = k;
        break;
      }
    }
    const urls = byKind[kind];
    if (urls.length === 0) continue;
    out.push({ kind, path: urls[cursor[kind]++ % urls.length]! });
  }
  return out;
}
