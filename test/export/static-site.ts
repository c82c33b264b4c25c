// A static export served by nginx, next to the Node server over the same catalog and public URL,
// so a test can ask both the same question and compare the answers.

import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCatalog, type Catalog } from '../../src/catalog/catalog.ts';
import type { CatalogData } from '../../src/catalog/types.ts';
import type { ModelRecord } from '../../src/domain/model.ts';
import { type ExportSummary, exportSite, siteNginxConfig } from '../../src/export/export-site.ts';
import { startServer } from '../../src/web/server.ts';
import { fixtureCatalogData } from '../fixtures/catalog.ts';
import { freePort, type RunningNginx, startNginx } from './nginx.ts';

export interface StaticSite {
  /** nginx serving the export. */
  url: string;
  /** The Node server over the same catalog, with the same public URL. */
  nodeUrl: string;
  catalog: Catalog;
  out: string;
  summary: ExportSummary;
  nginx: RunningNginx;
  close(): Promise<void>;
}

/** A copy of a record under another id and name. */
function renamed(record: ModelRecord, id: string, name: string): ModelRecord {
  return { ...structuredClone(record), id, name };
}

/**
 * The web fixture plus ids that test file names: an arena key with spaces and parentheses, an id
 * with a leading tilde, and one with a question mark and a percent sign.
 */
export function exportFixtureData(): CatalogData {
  const data = fixtureCatalogData();
  const arenaOnly = data.records.find((r) => r.id === 'lmarena:glm-4-plus')!;
  const claude = data.records.find((r) => r.id === 'anthropic/claude-3.5-sonnet')!;
  data.records = [
    ...data.records,
    renamed(
      arenaOnly,
      'lmarena:gemini-2.5-flash-image-preview (nano-banana)',
      'Gemini 2.5 Flash Image (nano-banana)',
    ),
    renamed(claude, '~anthropic/claude-sonnet-latest', 'Anthropic: Claude Sonnet (latest)'),
    renamed(claude, 'odd/what?100%', 'Odd: What? 100%'),
  ];
  return data;
}

export async function startStaticSite(makeData: () => CatalogData = fixtureCatalogData): Promise<StaticSite> {
  const temp = await mkdtemp(join(tmpdir(), 'atlas-static-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const catalog = buildCatalog(makeData());
  const out = join(temp, 'site');
  const summary = await exportSite({ catalog, out, baseUrl });
  const nginx = await startNginx(temp, port, (runDir) =>
    siteNginxConfig({ catalog, root: out, baseUrl, listen: `127.0.0.1:${port}`, runtimeDir: runDir }),
  );
  // A separate catalog build, as a second machine would make.
  const node = await startServer({
    catalog: buildCatalog(makeData()),
    port: 0,
    host: '127.0.0.1',
    baseUrl,
    warm: false,
  });
  return {
    url: nginx.url,
    nodeUrl: node.url,
    catalog,
    out,
    summary,
    nginx,
    async close() {
      await nginx.close();
      await node.close();
      await rm(temp, { recursive: true, force: true });
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** GET with exactly the headers given (fetch would add Accept-Encoding and decompress). */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = String(v);
        resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
