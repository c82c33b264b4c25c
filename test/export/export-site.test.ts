import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildCatalog } from '../../src/catalog/catalog.ts';
import type { ExportManifest } from '../../src/export/export-dir.ts';
import { type ExportSummary, exportSite } from '../../src/export/export-site.ts';
import { exportFixtureData } from './static-site.ts';

let temp: string;
let out: string;
let summary: ExportSummary;

/** The export fixture plus a record whose id would climb out of the folder it is written to. */
function withClimbingId() {
  const data = exportFixtureData();
  const base = data.records.find((r) => r.id === 'openrouter/auto')!;
  data.records.push({ ...structuredClone(base), id: '../../escaped', name: 'Climbing Id' });
  return data;
}

before(async () => {
  temp = await mkdtemp(join(tmpdir(), 'atlas-export-'));
  out = join(temp, 'deep', 'site');
  summary = await exportSite({
    catalog: buildCatalog(withClimbingId()),
    out,
    baseUrl: 'https://atlas.example/',
  });
});
after(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('exporting a catalog with an id that cannot be a path', () => {
  test('leaves that model out with the reason and writes nothing outside the export', async () => {
    assert.deepEqual(summary.skipped, [
      { id: '../../escaped', reason: 'an empty, "." or ".." segment would leave its folder' },
    ]);
    assert.deepEqual((await readdir(temp)).sort(), ['deep']);
    assert.deepEqual(
      (await readdir(join(temp, 'deep'))).sort(),
      ['site'],
      'no staging or old folder is left',
    );
    assert.ok(!existsSync(join(out, 'escaped')));
  });

  test('reports the links to the missing page, each with the file it is in', () => {
    const froms = new Set(summary.brokenLinks.map((b) => b.from));
    assert.ok(
      summary.brokenLinks.every((b) => b.link === '/models/../../escaped'),
      JSON.stringify(summary.brokenLinks),
    );
    assert.ok(froms.has('index.html'), 'the explorer lists it');
    assert.ok(froms.has('sitemap.xml'), 'the sitemap lists it');
  });

  test('still writes every other model, the whole catalog listing and the manifest', async () => {
    assert.equal(summary.models, 13);
    for (const file of [
      'models/z-ai/glm-4-32b/index.html',
      'models/~anthropic/claude-sonnet-latest/index.html',
      'models/odd/what?100%/index.html',
      'og/lmarena:gemini-2.5-flash-image-preview (nano-banana).png',
      'api/models/meta-llama/llama-3.1-8b-instruct:free.json',
    ])
      assert.ok(existsSync(join(out, file)), file);
    const listing = JSON.parse(await readFile(join(out, 'api/models.json'), 'utf8')) as { total: number };
    assert.equal(listing.total, 14, 'the listing is the catalog, the skipped model included');
    const manifest = JSON.parse(await readFile(join(out, 'export-manifest.json'), 'utf8')) as ExportManifest;
    assert.equal(manifest.baseUrl, 'https://atlas.example', 'the trailing slash of the base URL is dropped');
    assert.equal(Object.keys(manifest.files).length + 1, summary.files);
    assert.ok(manifest.assets.some((a) => /^\/assets\/compare-static\.[0-9a-f]{10}\.js$/.test(a)));
  });

  test('the compare page loads the static compare island; the model pages load no script', async () => {
    const compare = await readFile(join(out, 'compare/index.html'), 'utf8');
    assert.match(
      compare,
      /<script type="module" src="\/assets\/compare-static\.[0-9a-f]{10}\.js"><\/script><\/head>/,
    );
    const page = await readFile(join(out, 'models/z-ai/glm-4-32b/index.html'), 'utf8');
    assert.doesNotMatch(page, /<script[^>]* src=/);
  });
});
