// The subject: `model-atlas serve` as its own process (as a user runs it), optionally with cluster
// workers, started over a database and awaited until every page is rendered into its cache, so the
// measurement never overlaps the warm-up.

import { type ChildProcess, spawn } from 'node:child_process';

export interface AtlasServer {
  url: string;
  pid: number;
  /** What the server printed while starting (its "Serving …" and "Render cache warm …" lines). */
  lines: string[];
  close(): Promise<void>;
}

export async function startAtlasServer(options: {
  db: string;
  port: number;
  workers: number;
  /** Public origin written into pages (canonical links); the same for every server compared. */
  baseUrl?: string;
  /** How long starting, loading and warming may take. */
  timeoutMs?: number;
}): Promise<AtlasServer> {
  const args = ['bin/model-atlas.js', 'serve', '--db', options.db, '--port', String(options.port)];
  if (options.workers > 1) args.push('--workers', String(options.workers));
  const env = { ...process.env, ...(options.baseUrl ? { BASE_URL: options.baseUrl } : {}) };
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  const lines: string[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  const timeoutMs = options.timeoutMs ?? 300_000;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`model-atlas serve did not finish warming within ${timeoutMs / 1000} s.`)),
        timeoutMs,
      );
      let buffer = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const parts = buffer.split('\n');
        buffer = parts.pop()!;
        for (const line of parts) {
          lines.push(line);
          if (/^Render cache warm/.test(line)) {
            clearTimeout(timer);
            resolve();
          }
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`model-atlas serve exited (${code}) before it was ready:\n${stderr}`));
      });
    });
  } catch (error) {
    await close();
    throw error;
  }
  return { url: `http://127.0.0.1:${options.port}`, pid: child.pid!, lines, close };
}
