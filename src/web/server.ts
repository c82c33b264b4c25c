// The only place that listens: serves the app for one catalog over HTTP with @hono/node-server.

import { serve } from '@hono/node-server';
import type { Logger } from 'pino';
import type { Catalog } from '../catalog/catalog.ts';
import { createApp } from './app.ts';
import { warmCache } from './warm.ts';

export interface ServerOptions {
  catalog: Catalog;
  port: number;
  host: string;
  /** Public origin; defaults to the address the server listens on. */
  baseUrl?: string;
  log?: Logger;
  /** Render every model page into the cache right after listening (default true). */
  warm?: boolean;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const hostForUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
  return new Promise((resolve, reject) => {
    let listenUrl = '';
    const app = createApp({
      catalog: options.catalog,
      baseUrl: options.baseUrl ?? `http://${hostForUrl}:${options.port}`,
      log: options.log,
    });
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
      listenUrl = `http://${hostForUrl}:${info.port}`;
      options.log?.info({ url: listenUrl, snapshot: options.catalog.snapshot.id }, 'listening');
      if (options.warm !== false) {
        warmCache(app, options.catalog).then(
          (r) => options.log?.info(r, 'render cache warm'),
          (error: unknown) => options.log?.error({ err: error }, 'warming the render cache failed'),
        );
      }
      resolve({
        url: listenUrl,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE'
          ? `Port ${options.port} on ${options.host} is already in use; stop the other server or pass --port.`
          : error.code === 'EACCES'
            ? `Not allowed to listen on ${options.host}:${options.port}; use a port above 1024.`
            : `Could not listen on ${options.host}:${options.port}: ${error.message}`;
      reject(new Error(reason));
    });
  });
}
