// `model-atlas serve --workers 2` over a small replayed history, started the way the serving benchmark
// starts it: the primary says once that it serves with two workers and once that every worker's cache
// is warm; both answer on the one port; SIGTERM stops them all and frees the port.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type AtlasServer, startAtlasServer } from '../../bench/atlas-server.ts';
import { fetchRaw } from '../../bench/fetch-raw.ts';
import { freePort } from '../export/nginx.ts';
import { writeMiniData } from '../fixtures/mini-data.ts';

describe('serve --workers 2', () => {
  let work: string;
  let data: string;
  let server: AtlasServer;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'atlas-workers-'));
    data = await writeMiniData();
    const db = join(work, 'atlas.db');
    const ingest = spawnSync(
      process.execPath,
      ['bin/model-atlas.js', 'ingest', '--from', data, '--replay', '--db', db, '--quiet'],
      { encoding: 'utf8' },
    );
    assert.equal(ingest.status, 0, ingest.stderr);
    server = await startAtlasServer({ db, port: await freePort(), workers: 2, timeoutMs: 120_000 });
  });
  after(async () => {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  });

  test('announces one listening line and one warm line for both workers', () => {
    assert.equal(server.lines.filter((l) => l.startsWith('Serving ')).length, 1, server.lines.join('\n'));
    assert.match(server.lines.join('\n'), /^Serving \d+ models .* with 2 workers$/m);
    assert.match(server.lines.join('\n'), /^Render cache warm in every worker: \d+ pages in [\d.]+ s\.$/m);
  });

  test('answers on the shared port, the same bytes every time', async () => {
    const pages = await Promise.all(
      Array.from({ length: 8 }, () => fetchRaw(`${server.url}/models/z-ai/glm-4-32b`)),
    );
    for (const page of pages) assert.equal(page.status, 200);
    assert.equal(new Set(pages.map((p) => p.headers.etag)).size, 1, 'every worker serves the same snapshot');
  });

  test('stops every worker on SIGTERM and frees the port', async () => {
    await server.close();
    await assert.rejects(fetchRaw(`${server.url}/robots.txt`), /ECONNREFUSED/);
  });
});
