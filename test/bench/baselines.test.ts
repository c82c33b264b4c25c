// The serving benchmark's baselines answer with exactly the bytes and headers they were given:
// nginx (identity and gzip_static) and the bare node:http server.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { startBareServer } from '../../bench/bare-server.ts';
import { type Fetched, fetchRaw, sha256 } from '../../bench/fetch-raw.ts';
import { type BaselineBody, startBaseline } from '../../bench/nginx-baseline.ts';
import { treeCpuSeconds } from '../../bench/proc-cpu.ts';
import { freePort } from '../export/nginx.ts';

const html = Buffer.from(
  `<!doctype html><title>GLM 4 32B</title>${'<p>$0.10 per 1M tokens</p>'.repeat(200)}`,
);
const headers = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'public, max-age=300, stale-while-revalidate=3600',
  etag: 'W/"abc-123"',
  vary: 'Accept-Encoding',
  'content-security-policy': "default-src 'self'",
  'x-content-type-options': 'nosniff',
};
const fetched = (body: Buffer, extra: Record<string, string> = {}): Fetched => ({
  status: 200,
  headers: {
    ...headers,
    ...extra,
    'content-length': String(body.byteLength),
    date: 'x',
    connection: 'keep-alive',
  },
  body,
  headBytes: 0,
});
const bodies: BaselineBody[] = [
  {
    path: '/models/z-ai/glm-4-32b',
    identity: fetched(html),
    gzip: fetched(gzipSync(html), { 'content-encoding': 'gzip' }),
  },
  { path: '/api/models.csv', identity: fetched(Buffer.from('id,name\nz-ai/glm-4-32b,GLM\n')), gzip: null },
];

describe('the serving baselines', () => {
  let work: string;
  const servers: { name: string; url: string; pid: number; close(): Promise<void> }[] = [];

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'atlas-baselines-'));
    chmodSync(work, 0o755);
    servers.push({
      name: 'nginx',
      ...(await startBaseline(join(work, 'nginx'), await freePort(), bodies, 1)),
    });
    servers.push({ name: 'bare node', ...(await startBareServer(work, await freePort(), bodies)) });
  });
  after(async () => {
    for (const s of servers) await s.close();
    rmSync(work, { recursive: true, force: true });
  });

  test('serve the same identity and gzip bytes, with the same headers', async () => {
    for (const s of servers) {
      for (const b of bodies) {
        const plain = await fetchRaw(`${s.url}${b.path}`);
        assert.equal(sha256(plain.body), sha256(b.identity.body), `${s.name} ${b.path}`);
        for (const name of Object.keys(headers))
          assert.equal(plain.headers[name], headers[name as keyof typeof headers], `${s.name} ${name}`);
        assert.equal(plain.headers['content-encoding'], undefined);
        const zipped = await fetchRaw(`${s.url}${b.path}`, { 'Accept-Encoding': 'gzip' });
        assert.equal(sha256(zipped.body), sha256((b.gzip ?? b.identity).body), `${s.name} ${b.path} gzip`);
        assert.equal(zipped.headers['content-encoding'], b.gzip ? 'gzip' : undefined);
      }
    }
  });

  test('are measured with the CPU time of their whole process tree', async () => {
    // A child whose own child burns 400 ms of CPU (and stays alive): only the tree's sum sees it.
    const burn = 'const t = Date.now(); while (Date.now() - t < 400); setTimeout(() => {}, 1500);';
    const parent = spawn(process.execPath, [
      '-e',
      `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(burn)}], { stdio: 'inherit' }); setTimeout(() => {}, 2000)`,
    ]);
    await new Promise((r) => setTimeout(r, 900));
    const seconds = treeCpuSeconds(parent.pid!);
    parent.kill();
    assert.ok(seconds >= 0.3, `the tree used ${seconds} s of CPU`);
  });
});
