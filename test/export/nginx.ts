// Debian's nginx as a child process serving a static export: its own prefix, pid file, error log
// and temporary folders in a temp directory, on a port of our choosing, in the foreground.

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Fail loudly (never skip) when nginx is missing: the static export is tested against it. */
export function requireNginx(): void {
  if (!existsSync(NGINX))
    throw new Error(
      `nginx is not installed at ${NGINX}, so the static export cannot be served for its tests. ` +
        'Install it with `apt-get install nginx-light` (or set NGINX_PATH), then run the tests again.',
    );
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningNginx {
  url: string;
  /** The error log so far, for assertion messages. */
  errors(): Promise<string>;
  close(): Promise<void>;
}

/** Check a config with `nginx -t`; returns nginx's own words when it is refused. */
export function testConfig(runDir: string, confPath: string): { ok: boolean; output: string } {
  const r = spawnSync(NGINX, ['-t', '-p', runDir, '-e', join(runDir, 'error.log'), '-c', confPath], {
    encoding: 'utf8',
  });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

/**
 * Start nginx with a config written by `makeConfig(runDir)`. Folders are opened to other users,
 * because nginx started as root reads files as an unprivileged worker.
 */
export async function startNginx(
  tempRoot: string,
  port: number,
  makeConfig: (runDir: string) => string,
): Promise<RunningNginx> {
  requireNginx();
  const runDir = join(tempRoot, 'nginx');
  await mkdir(runDir, { recursive: true });
  await chmod(tempRoot, 0o755);
  const confPath = join(runDir, 'nginx.conf');
  await writeFile(confPath, makeConfig(runDir));
  const checked = testConfig(runDir, confPath);
  if (!checked.ok) throw new Error(`nginx refused the generated config:\n${checked.output}`);
  const errorLog = join(runDir, 'error.log');
  const child: ChildProcess = spawn(
    NGINX,
    ['-p', runDir, '-e', errorLog, '-c', confPath, '-g', 'daemon off;'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const errors = async () => `${stderr}${existsSync(errorLog) ? await readFile(errorLog, 'utf8') : ''}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${await errors()}`);
    try {
      const res = await fetch(`${url}/robots.txt`);
      await res.arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline)
        throw new Error(`nginx did not answer on ${url} within 10 s:\n${await errors()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    errors,
    async close() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
