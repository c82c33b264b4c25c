// /changes and /changes.atom: changes between snapshots, optionally one kind (`?kind=price`) or the
// changes into one snapshot (`?snapshot=12`). Few variants per snapshot: each is rendered once.

import { Hono } from 'hono';
import { changesQuery, readChangesFilter } from '../changes-filter.ts';
import type { WebContext } from '../context.ts';
import { CACHE_SHORT, sendBody } from '../respond.ts';
import { atomFeed } from '../seo/atom.ts';
import { renderChangesPage } from '../views/changes-page.tsx';
import { renderBadRequest } from '../views/error-page.tsx';

export function changesRoutes(ctx: WebContext): Hono {
  const app = new Hono();
  app.get('/changes', (c) => {
    const read = readChangesFilter(new URL(c.req.url).searchParams, ctx.catalog);
    if (!read.ok)
      return c.html(renderBadRequest(ctx, '/changes', read.errors), 400, { 'Cache-Control': CACHE_SHORT });
    const body = ctx.cached(`changes:${changesQuery(read.filter)}`, 'text/html; charset=utf-8', () =>
      renderChangesPage(ctx, read.filter),
    );
    return sendBody(c, body);
  });
  app.get('/changes.atom', (c) => {
    const read = readChangesFilter(new URL(c.req.url).searchParams, ctx.catalog);
    if (!read.ok) return c.text(read.errors.join('\n'), 400, { 'Cache-Control': CACHE_SHORT });
    const body = ctx.cached(`atom:${changesQuery(read.filter)}`, 'application/atom+xml; charset=utf-8', () =>
      atomFeed(ctx.catalog, ctx.baseUrl, read.filter),
    );
    return sendBody(c, body);
  });
  return app;
}
