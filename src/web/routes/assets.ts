// Fingerprinted static assets: the hash is in the name, so they are cached for a year.

import { Hono } from 'hono';
import { siteAssets } from '../assets/index.ts';
import { CACHE_IMMUTABLE, sendBody } from '../respond.ts';

export function assetRoutes(): Hono {
  const app = new Hono();
  app.get('/assets/:file', (c) => {
    const asset = siteAssets().byPath(new URL(c.req.url).pathname);
    if (!asset)
      return c.text('No such asset: it may be from an older version of the site; reload the page.', 404);
    return sendBody(c, asset.body, CACHE_IMMUTABLE);
  });
  app.get('/favicon.ico', (c) => c.redirect(siteAssets().url('favicon.svg'), 301));
  return app;
}
