// Crawler files: the sitemap and robots.txt, rendered once per snapshot.

import { Hono } from 'hono';
import type { WebContext } from '../context.ts';
import { sendBody } from '../respond.ts';
import { robotsTxt, sitemapXml } from '../seo/sitemap.ts';

export function seoRoutes(ctx: WebContext): Hono {
  const app = new Hono();
  app.get('/sitemap.xml', (c) =>
    sendBody(
      c,
      ctx.cached('sitemap', 'application/xml; charset=utf-8', () => sitemapXml(ctx.catalog, ctx.baseUrl)),
    ),
  );
  app.get('/robots.txt', (c) =>
    sendBody(
      c,
      ctx.cached('robots', 'text/plain; charset=utf-8', () => robotsTxt(ctx.baseUrl)),
    ),
  );
  return app;
}
