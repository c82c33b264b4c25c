import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ExportManifest } from '../../src/export/export-dir.ts';
import { writeMiniData } from '../fixtures/mini-data.ts';
import { explain, runCli } from '../robustness/run-cli.ts';

let temp: string;
let db: string;
let data: string;

before(async () => {
  temp = await mkdtemp(join(tmpdir(), 'atlas-build-'));
  db = join(temp, 'atlas.db');
  data = await writeMiniData();
  const ingest = await runCli(['ingest', '--from', data, '--replay', '--db', db, '--quiet'], {});
  assert.equal(ingest.code, 0, explain(ingest));
});
after(async () => {
  await rm(temp, { recursive: true, force: true });
  await rm(data, { recursive: true, force: true });
});

const build = (out: string, ...more: string[]) =>
  runCli(['build', '--db', db, '--out', out, '--quiet', ...more], { BASE_URL: 'https://atlas.example' });

const manifestOf = async (out: string) =>
  JSON.parse(await readFile(join(out, 'export-manifest.json'), 'utf8')) as ExportManifest;

describe('model-atlas build', () => {
  test('writes the latest snapshot as a static site and says what it wrote', async () => {
    const out = join(temp, 'site');
    const run = await build(out);
    assert.equal(run.code, 0, explain(run));
    assert.match(run.stdout, /^Built the static site of snapshot #\d+ \(as of \d{4}-\d{2}-\d{2}\) into /m);
    assert.match(
      run.stdout,
      /\d+ models, [\d,]+ URLs, [\d,]+ files with their \.gz and \.br variants, [\d.]+[KM]? bytes, in [\d.]+ s/,
    );
    assert.match(run.stdout, /point at https:\/\/atlas\.example$/m);
    assert.equal(run.stderr, '', 'no warnings: every link leads to a file');
    const page = await readFile(join(out, 'models/z-ai/glm-4-32b/index.html'), 'utf8');
    assert.match(page, /<link rel="canonical" href="https:\/\/atlas\.example\/models\/z-ai\/glm-4-32b"/);
    assert.match(page, /\$0\.20 \/ 1M/, 'the June price of the latest snapshot');
    for (const file of [
      'index.html',
      'index.html.gz',
      'index.html.br',
      'api/models.json',
      'api/models.csv',
      'sitemap.xml',
      'changes.atom',
      'nginx.conf.example',
      '404.html',
    ])
      assert.ok(existsSync(join(out, file)), file);
    const manifest = await manifestOf(out);
    assert.equal(manifest.snapshot.asOf, '2025-06-01');
    assert.equal(manifest.baseUrl, 'https://atlas.example');
    assert.equal(
      manifest.files['api/models.json']?.bytes,
      (await readFile(join(out, 'api/models.json'))).byteLength,
    );
  });

  test('builds the snapshot of a date with --as-of', async () => {
    const out = join(temp, 'may');
    const run = await build(out, '--as-of', '2025-05-20');
    assert.equal(run.code, 0, explain(run));
    assert.match(run.stdout, /snapshot #\d+ \(as of 2025-05-01\)/);
    assert.ok(existsSync(join(out, 'models/acme/retired-1/index.html')), 'a model only May had');
  });

  test('two builds of one snapshot are identical file for file, byte for byte', async () => {
    const a = join(temp, 'same-a');
    const b = join(temp, 'same-b');
    assert.equal((await build(a)).code, 0);
    const first = await manifestOf(a);
    assert.equal((await build(a)).code, 0);
    assert.deepEqual(await manifestOf(a), first, 'a rebuild in place writes the same bytes');
    assert.equal((await build(b)).code, 0);
    const other = await manifestOf(b);
    // Only the nginx example names its own directory.
    const { 'nginx.conf.example': _a, ...filesA } = first.files;
    const { 'nginx.conf.example': _b, ...filesB } = other.files;
    assert.ok(Object.keys(filesA).length > 50);
    assert.deepEqual(filesB, filesA);
  });

  test('a rebuild replaces an earlier export and keeps its fingerprinted assets for cached pages', async () => {
    const out = join(temp, 'rebuilt');
    assert.equal((await build(out)).code, 0);
    // An asset only an earlier build had, as after a change of the site's code.
    const manifest = await manifestOf(out);
    manifest.assets.push('/assets/site.0000000000.css');
    await writeFile(join(out, 'export-manifest.json'), JSON.stringify(manifest));
    await writeFile(join(out, 'assets/site.0000000000.css'), 'body{}');
    await writeFile(join(out, 'stale.html'), 'from the earlier build');
    const run = await build(out);
    assert.equal(run.code, 0, explain(run));
    assert.match(run.stdout, /Kept 1 assets of the previous build/);
    assert.equal(await readFile(join(out, 'assets/site.0000000000.css'), 'utf8'), 'body{}');
    assert.ok(!existsSync(join(out, 'stale.html')), 'files of the earlier build are gone');
    assert.ok(
      !(await manifestOf(out)).assets.includes('/assets/site.0000000000.css'),
      'kept for one generation',
    );
    const siblings = await readdir(temp);
    assert.deepEqual(
      siblings.filter((n) => n.includes('.building-') || n.includes('.old-')),
      [],
    );
  });

  test('refuses a directory that holds other files, and leaves it alone', async () => {
    const out = join(temp, 'someone-else');
    await mkdir(out);
    await writeFile(join(out, 'notes.txt'), 'mine');
    const run = await build(out);
    assert.equal(run.code, 1);
    assert.match(
      run.stderr,
      /is not empty and holds no export-manifest\.json, so it is not an earlier export; choose an empty or new directory for --out\./,
    );
    assert.deepEqual(await readdir(out), ['notes.txt']);
  });

  test('says what is wrong with a bad base URL or a date with no snapshot', async () => {
    const out = join(temp, 'never');
    const badUrl = await build(out, '--base-url', 'atlas.example/site');
    assert.equal(badUrl.code, 1);
    assert.match(badUrl.stderr, /--base-url takes an absolute URL such as https:\/\/atlas\.example\.org/);
    const withPath = await build(out, '--base-url', 'https://atlas.example/site/');
    assert.match(withPath.stderr, /--base-url is an origin without a path/);
    const early = await build(out, '--as-of', '1999-01-01');
    assert.equal(early.code, 1);
    assert.match(early.stderr, /has no snapshot dated on or before 1999-01-01/);
    assert.ok(!existsSync(out));
  });

  test('without a base URL it says where links point', async () => {
    const out = join(temp, 'local');
    const run = await runCli(['build', '--db', db, '--out', out, '--quiet'], { BASE_URL: '' });
    assert.equal(run.code, 0, explain(run));
    assert.match(
      run.stderr,
      /^note: no --base-url or BASE_URL, so canonical links and share tags point at http:\/\/localhost:8080/,
    );
  });
});
