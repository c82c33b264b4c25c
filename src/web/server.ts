// The only place that listens: Node's http server, with the edge cache answering repeated requests
// for cached pages and the Hono app (through @hono/node-server) answering everything else.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Logger } from 'pino';
import type { Catalog } from '../catalog/catalog.ts';
import { createAtlasApp } from './app.ts';
import { securityHeaderRecord } from './middleware/security-headers.ts';
import { answerClientError, headAsGet, requestErrorResponse, requireHost } from './server-guards.ts';
import { type WarmResult, warmCache } from './warm.ts';

export interface ServerOptions {
  catalog: Catalog;
  port: number;
  host: string;
  /** Public origin; defaults to the address the server listens on (give it when port is 0). */
  baseUrl?: string;
  log?: Logger;
  /** Render every model page into the cache right after listening (default true). */
  warm?: boolean;
}

export interface RunningServer {
  url: string;
  /** Settles once every page is rendered into the cache; null when warming was off or failed. */
  warmed: Promise<WarmResult | null>;
  close(): Promise<void>;
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const hostForUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
  const baseUrl = options.baseUrl ?? `http://${hostForUrl}:${options.port}`;
  const { app, edge } = createAtlasApp({ catalog: options.catalog, baseUrl, log: options.log });
  // Requests the app never sees (unparsable HTTP, a backslash path, a bad or missing Host) are
  // answered by the guards, with the same security headers as every page.
  const security = securityHeaderRecord({ https: baseUrl.startsWith('https://') });
  const appListener = getRequestListener(headAsGet(app.fetch), {
    hostname: options.host,
    errorHandler: (error) => requestErrorResponse(error, security),
  });
  const { log } = options;
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const start = log ? performance.now() : 0;
    const served = edge.serve(req, res);
    if (!served) {
      void appListener(req, res);
      return;
    }
    // The same line the app's request log writes, for requests the app never saw.
    log?.info(
      {
        method: req.method,
        path: req.url,
        status: served.status,
        ms: Math.round((performance.now() - start) * 100) / 100,
        bytes: served.bytes || undefined,
        encoding: served.encoding ?? undefined,
        edge: true,
      },
      'request',
    );
  };
  const server = createServer({ requireHostHeader: false }, requireHost(handler, security));
  server.on('clientError', (error: NodeJS.ErrnoException, socket) =>
    answerClientError(error, socket, security),
  );
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE'
          ? `Port ${options.port} on ${options.host} is already in use; stop the other server or pass --port.`
          : error.code === 'EACCES'
            ? `Not allowed to listen on ${options.host}:${options.port}; use a port above 1024.`
            : `Could not listen on ${options.host}:${options.port}: ${error.message}`;
      reject(new Error(reason));
    });
    server.listen(options.port, options.host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      const url = `http://${hostForUrl}:${port}`;
      log?.info({ url, snapshot: options.catalog.snapshot.id }, 'listening');
      const warmed =
        options.warm === false
          ? Promise.resolve(null)
          : warmCache(app, options.catalog).then(
              (r) => {
                log?.info(r, 'render cache warm');
                return r;
              },
              (error: unknown) => {
                log?.error({ err: error }, 'warming the render cache failed');
                return null;
              },
            );
      resolve({
        url,
        warmed,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
