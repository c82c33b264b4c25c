// The baseline: Debian's nginx serving, from disk, the very bytes our server sent for each tested
// URL, with the same headers (security headers, Cache-Control, ETag, Vary, …) added by add_header.
// Identity bodies as files, gzip bodies beside them for gzip_static.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type RunningNginx, startNginx } from '../test/export/nginx.ts';
import type { Fetched } from './fetch-raw.ts';

export interface BaselineBody {
  path: string;
  identity: Fetched;
  gzip: Fetched | null;
}

// Headers nginx writes itself (or that describe one connection or one encoding), never copied.
const OWN_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'content-length',
  'content-type',
  'content-encoding',
  'transfer-encoding',
]);

const quoted = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function location(body: BaselineBody, file: string): string {
  const lines = [
    `    location = ${quoted(body.path)} {`,
    '      types { }',
    `      default_type ${quoted(body.identity.headers['content-type'] ?? 'application/octet-stream')};`,
    `      gzip_static ${body.gzip ? 'on' : 'off'};`,
    ...Object.entries(body.identity.headers)
      .filter(([name]) => !OWN_HEADERS.has(name))
      .map(([name, value]) => `      add_header ${name} ${quoted(value)};`),
    `      try_files /${file} =404;`,
    '    }',
  ];
  return lines.join('\n');
}

/** nginx at its best for static bytes: no access log, sendfile, open file cache, long keep-alive. */
export function baselineConfig(
  runDir: string,
  root: string,
  port: number,
  bodies: BaselineBody[],
  workers: number,
): string {
  return `worker_processes ${workers};
pid ${quoted(join(runDir, 'nginx.pid'))};
events {
  worker_connections 4096;
}
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 65;
  keepalive_requests 10000000;
  open_file_cache max=64 inactive=600s;
  open_file_cache_valid 600s;
  server_tokens off;
  etag off;
  client_body_temp_path ${quoted(join(runDir, 'body'))};
  proxy_temp_path ${quoted(join(runDir, 'proxy'))};
  fastcgi_temp_path ${quoted(join(runDir, 'fastcgi'))};
  uwsgi_temp_path ${quoted(join(runDir, 'uwsgi'))};
  scgi_temp_path ${quoted(join(runDir, 'scgi'))};
  server {
    listen 127.0.0.1:${port};
    root ${quoted(root)};
${bodies.map((b, i) => location(b, `body-${i}`)).join('\n')}
  }
}
`;
}

export interface Baseline extends RunningNginx {
  /** The master process; its workers are its children. */
  pid: number;
}

/** Write the bodies under `dir` and start nginx on `port` serving them at their own paths. */
export async function startBaseline(
  dir: string,
  port: number,
  bodies: BaselineBody[],
  workers: number,
): Promise<Baseline> {
  const root = join(dir, 'root');
  await mkdir(root, { recursive: true });
  for (const [i, body] of bodies.entries()) {
    await writeFile(join(root, `body-${i}`), body.identity.body);
    if (body.gzip) await writeFile(join(root, `body-${i}.gz`), body.gzip.body);
  }
  const nginx = await startNginx(dir, port, (runDir) => baselineConfig(runDir, root, port, bodies, workers));
  const pid = Number((await readFile(join(dir, 'nginx', 'nginx.pid'), 'utf8')).trim());
  return { ...nginx, pid };
}
