// The Node ceiling: node:http answering from memory with the very bytes and headers our server sends,
// and nothing else (no routing, no validators, no app). What no Node server can beat on this machine.
//   tsx bench/bare-server.ts MANIFEST.json PORT   prints "ready" once listening

import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import type { BaselineBody } from './nginx-baseline.ts';

export interface BareVariant {
  headers: Record<string, string>;
  file: string;
}

export interface BareEntry {
  path: string;
  identity: BareVariant;
  gzip: BareVariant | null;
}

/** Headers Node writes for itself on every response. */
export const NODE_OWN_HEADERS = ['date', 'connection', 'keep-alive', 'transfer-encoding'];

export interface BareServer {
  url: string;
  pid: number;
  close(): Promise<void>;
}

/** Write the bodies under `dir` and start the bare server on `port` as its own process. */
export async function startBareServer(
  dir: string,
  port: number,
  bodies: BaselineBody[],
): Promise<BareServer> {
  const variant = (i: number, kind: string, f: { headers: Record<string, string>; body: Buffer }) => {
    const file = join(dir, `bare-${i}.${kind}`);
    writeFileSync(file, f.body);
    const headers = Object.fromEntries(
      Object.entries(f.headers).filter(([n]) => !NODE_OWN_HEADERS.includes(n)),
    );
    return { headers, file };
  };
  const manifest: BareEntry[] = bodies.map((b, i) => ({
    path: b.path,
    identity: variant(i, 'identity', b.identity),
    gzip: b.gzip ? variant(i, 'gzip', b.gzip) : null,
  }));
  const manifestFile = join(dir, 'bare-manifest.json');
  writeFileSync(manifestFile, JSON.stringify(manifest));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/bare-server.ts', manifestFile, String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) =>
      reject(new Error(`bench/bare-server.ts exited (${code}) before listening.`)),
    );
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

const isMain = process.argv[1]?.endsWith('bare-server.ts');
if (isMain) {
  const [manifest, port] = process.argv.slice(2);
  if (!manifest || !port) throw new Error('usage: bare-server.ts MANIFEST PORT');
  const load = (v: BareVariant) => ({ headers: v.headers, body: readFileSync(v.file) });
  const table = new Map(
    (JSON.parse(readFileSync(manifest, 'utf8')) as BareEntry[]).map((e) => [
      e.path,
      { identity: load(e.identity), gzip: e.gzip ? load(e.gzip) : null },
    ]),
  );
  createServer((req, res) => {
    const entry = table.get(req.url ?? '');
    if (!entry) {
      res.writeHead(404);
      res.end();
      return;
    }
    const v = entry.gzip && req.headers['accept-encoding']?.includes('gzip') ? entry.gzip : entry.identity;
    res.writeHead(200, v.headers);
    res.end(v.body);
  }).listen(Number(port), '127.0.0.1', () => console.log('ready'));
}
