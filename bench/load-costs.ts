// CPU per request of each kind in the load mix: the same URLs through app.request() in this process,
// after one warm-up pass, so the figure is the work of a warm server (no socket, no queueing).
//   npx tsx bench/load-costs.ts --db PATH

import { parseArgs } from 'node:util';
import { createApp } from '../src/web/app.ts';
import { latestCatalog } from './load-server.ts';
import { loadUrlsByKind } from './load-urls.ts';

const { values: args } = parseArgs({
  options: { db: { type: 'string' }, rounds: { type: 'string', default: '2' } },
});
if (!args.db)
  throw new Error('Give the database to measure with --db PATH (ingest one with model-atlas ingest).');

const catalog = await latestCatalog(args.db);
const app = createApp({ catalog, baseUrl: 'http://127.0.0.1:3000' });
const headers = { 'accept-encoding': 'gzip, deflate, br' };
const get = async (path: string) => (await app.request(path, { headers })).arrayBuffer();

const home = await (await app.request('/')).text();
const assets = [...home.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
const byKind = loadUrlsByKind(catalog, assets);
for (const urls of Object.values(byKind)) for (const url of urls) await get(url);

console.log(`CPU per request, warm, ${catalog.records.length} models:`);
for (const [kind, urls] of Object.entries(byKind)) {
  const sample = urls.slice(0, 60);
  const start = process.cpuUsage();
  for (let round = 0; round < Number(args.rounds); round++) for (const url of sample) await get(url);
  const used = process.cpuUsage(start);
  const per = (used.user + used.system) / 1000 / (sample.length * Number(args.rounds));
  console.log(`  ${kind.padEnd(10)} ${per.toFixed(2)} ms over ${sample.length} URLs`);
}
