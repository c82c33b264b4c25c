// Builds the web application for one catalog snapshot. It never listens: server.ts does, and tests
// call app.request() directly.

import { Hono } from 'hono';
import type { Logger } from 'pino';
import type { Catalog } from '../catalog/catalog.ts';
import { createWebContext, type WebContext } from './context.ts';
import { createEdgeCache, type EdgeCache } from './edge-cache.ts';
import { conditional } from './middleware/conditional.ts';
import { requestLog } from './middleware/request-log.ts';
import { securityHeaderRecord, securityHeaders } from './middleware/security-headers.ts';
import { CACHE_SHORT } from './respond.ts';
import { apiRoutes } from './routes/api.ts';
import { assetRoutes } from './routes/assets.ts';
import { changesRoutes } from './routes/changes.tsx';
import { compareRoutes } from './routes/compare.tsx';
import { explorerRoutes } from './routes/explorer.tsx';
import { methodologyRoutes } from './routes/methodology.tsx';
import { modelRoutes } from './routes/model.tsx';
import { seoRoutes } from './routes/seo.ts';
import { renderNotFound, renderServerError } from './views/error-page.tsx';

export interface AppOptions {
  catalog: Catalog;
  /** Public origin for canonical URLs and share tags; defaults to http://127.0.0.1:3000. */
  baseUrl?: string;
  /** One line per request and every server error, when given. */
  log?: Logger;
}

export interface AtlasApp {
  app: Hono;
  ctx: WebContext;
  /** Answers repeated requests for cached pages before they reach the app (server.ts puts it in front). */
  edge: EdgeCache;
}

export function createAtlasApp(options: AppOptions): AtlasApp {
  const ctx = createWebContext({ catalog: options.catalog, baseUrl: options.baseUrl });
  const edge = createEdgeCache();
  const app = new Hono();
  if (options.log) app.use(requestLog(options.log));
  app.use(async (c, next) => {
    c.set('edgeCache', edge);
    await next();
  });
  app.use(securityHeaders(securityHeaderRecord({ https: ctx.baseUrl.startsWith('https://') })));
  app.use(conditional(ctx.catalog.version));

  app.route('/', assetRoutes());
  app.route('/', seoRoutes(ctx));
  app.route('/', modelRoutes(ctx));
  app.route('/', changesRoutes(ctx));
  app.route('/', methodologyRoutes(ctx));
  app.route('/', apiRoutes(ctx));
  app.route('/', explorerRoutes(ctx));
  app.route('/', compareRoutes(ctx));

  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    // The 404 page names the path, so it is rendered per path, not cached.
    return c.html(renderNotFound(ctx, { path }), 404, { 'Cache-Control': CACHE_SHORT });
  });
  app.onError((error, c) => {
    if (options.log) options.log.error({ err: error, path: c.req.path }, 'request failed');
    else console.error(`Request ${c.req.method} ${c.req.path} failed:`, error);
    return c.html(renderServerError(), 500, { 'Cache-Control': 'no-store' });
  });
  return { app, ctx, edge };
}

/** The Hono app for a catalog (see createAtlasApp for the context too). */
export function createApp(options: AppOptions): Hono {
  return createAtlasApp(options).app;
}
