// Hostile requests over every route of the site: a method, a raw path with its query string, and
// headers, all drawn from a seeded Dice so request n of seed s is always the same request.

import { encodeModelId } from '../../src/web/paths.ts';
import {
  type Dice,
  encodeValue,
  hostileQuery,
  hostileValue,
  longString,
  nearId,
  PARAM_NAMES,
  plausibleValue,
} from './fuzz-inputs.ts';

export interface FuzzRequest {
  method: string;
  /** Path and query as sent: may hold raw `%`, `..`, `//` and bytes a URL parser would rewrite. */
  target: string;
  headers: Record<string, string>;
  /** The route family, for the per-route counts in the report. */
  route: string;
}

/** What the generator needs to know of the catalog: ids that exist, and the asset and arena names. */
export interface FuzzWorld {
  ids: readonly string[];
  assets: readonly string[];
  arenas: readonly string[];
  categories: readonly string[];
}

type PathMaker = (d: Dice, w: FuzzWorld) => string;

/** An id for a path: real, nearly real or hostile, encoded the site's way or another. */
function idSegment(d: Dice, w: FuzzWorld): string {
  const id = d.chance(0.75) ? nearId(d, d.pick(w.ids)) : hostileValue(d);
  const mode = d.int(4);
  if (mode === 0) return id;
  if (mode === 1) return encodeModelId(id);
  return encodeValue(d, id);
}

const ROUTES: readonly { route: string; weight: number; path: PathMaker; params?: readonly string[] }[] = [
  { route: '/', weight: 14, path: () => '/', params: PARAM_NAMES },
  { route: '/models/*', weight: 14, path: (d, w) => `/models/${idSegment(d, w)}` },
  { route: '/og/*', weight: 5, path: (d, w) => `/og/${idSegment(d, w)}${d.chance(0.8) ? '.png' : ''}` },
  {
    route: '/compare',
    weight: 10,
    path: (d) => d.pick(['/compare', '/compare/', '/Compare']),
    params: ['ids', 'ids', 'ids', 'in_tokens', 'out_tokens', 'cache_pct', 'q', 'sort'],
  },
  { route: '/changes', weight: 5, path: () => '/changes', params: ['kind', 'snapshot', 'kind', 'x'] },
  { route: '/changes.atom', weight: 3, path: () => '/changes.atom', params: ['kind', 'snapshot'] },
  { route: '/methodology', weight: 2, path: () => '/methodology', params: ['q', 'x'] },
  { route: '/api/models', weight: 12, path: () => '/api/models', params: PARAM_NAMES },
  { route: '/api/models.csv', weight: 5, path: () => '/api/models.csv', params: PARAM_NAMES },
  { route: '/api/models/*', weight: 8, path: (d, w) => `/api/models/${idSegment(d, w)}` },
  { route: '/api/changes', weight: 3, path: () => '/api/changes', params: ['kind', 'snapshot', 'x'] },
  { route: '/api/openapi.json', weight: 1, path: () => '/api/openapi.json' },
  { route: '/sitemap.xml', weight: 1, path: () => '/sitemap.xml' },
  { route: '/robots.txt', weight: 1, path: () => '/robots.txt' },
  {
    route: '/assets/*',
    weight: 4,
    path: (d, w) => {
      const real = d.pick(w.assets);
      const tail = d.chance(0.4)
        ? real
        : d.pick([real.replace(/\.\w+$/, '.js'), `${real}x`, real.toUpperCase(), hostileValue(d)]);
      return `/assets/${d.chance(0.3) ? encodeValue(d, tail) : tail}`;
    },
  },
  { route: '/favicon.ico', weight: 1, path: () => '/favicon.ico' },
  { route: '/explorer-data.json', weight: 3, path: () => '/explorer-data.json', params: ['v', 'v', 'x'] },
  {
    route: '/explorer-data/*',
    weight: 3,
    path: (d, w) => {
      const arena = d.chance(0.7) ? d.pick(w.arenas) : encodeValue(d, hostileValue(d));
      const cat = d.chance(0.7) ? `${d.pick(w.categories)}.json` : encodeValue(d, hostileValue(d));
      return `/explorer-data/${arena}/${cat}`;
    },
    params: ['v'],
  },
  {
    route: 'unknown',
    weight: 5,
    path: (d) =>
      d.pick([
        () => `/${encodeValue(d, hostileValue(d))}`,
        () => `/${'/'.repeat(1 + d.int(40))}models${'/'.repeat(d.int(5))}`,
        () => '/api',
        () => '/api/',
        () => `/api/${encodeValue(d, hostileValue(d))}`,
        () => '/models',
        () => '/models/',
        () => '/og/',
        () => '/./models/../api/models',
        () => `/${Array.from({ length: 1 + d.int(300) }, () => 'a').join('/')}`,
        () => `/${longString(d)}`,
        () => '/index.html',
        () => '/.env',
        () => '/.git/config',
      ])(),
  },
];

const TOTAL_WEIGHT = ROUTES.reduce((s, r) => s + r.weight, 0);

function pickRoute(d: Dice) {
  let n = d.int(TOTAL_WEIGHT);
  for (const r of ROUTES) {
    n -= r.weight;
    if (n < 0) return r;
  }
  return ROUTES[0]!;
}

function hostileHeaders(d: Dice): Record<string, string> {
  const headers: Record<string, string> = {};
  if (d.chance(0.5))
    headers['accept-encoding'] = d.pick([
      'gzip, br',
      'br;q=NaN, gzip;q=-1, *;q=1e309',
      '*',
      'identity;q=0, *;q=0',
      ';;;,,,',
      'gzip;q=0.5, br;q=',
      'x'.repeat(2000),
    ]);
  if (d.chance(0.15)) headers['if-none-match'] = d.pick(['*', 'W/"x"', '"', ',,,', `"${'a'.repeat(3000)}"`]);
  if (d.chance(0.1)) headers.accept = d.pick(['application/json', '*/*;q=abc', 'text/html']);
  if (d.chance(0.05)) headers.cookie = `session=${'z'.repeat(1000)}`;
  return headers;
}

/** Request number n of a seeded run: the dice are consumed in the same order every time. */
export function fuzzRequest(d: Dice, w: FuzzWorld): FuzzRequest {
  const r = pickRoute(d);
  const roll = d.next();
  const method =
    roll < 0.72 ? 'GET' : roll < 0.87 ? 'HEAD' : d.pick(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);
  const names = r.params ?? [];
  const query =
    names.length > 0 || d.chance(0.3)
      ? hostileQuery(d, names.length > 0 ? names : PARAM_NAMES, (name) => plausibleValue(d, name, w.ids))
      : '';
  return { method, target: `${r.path(d, w)}${query}`, headers: hostileHeaders(d), route: r.route };
}
