// Model pages and their share images. Ids hold slashes and colons, so the id is the whole path tail,
// decoded once; a non-canonical spelling (`%3A` for `:`) redirects to the canonical URL.

import { type Context, Hono } from 'hono';
import type { WebContext } from '../context.ts';
import { decodeModelId, encodeModelId, modelPath, ogImagePath } from '../paths.ts';
import { CACHE_PAGE, CACHE_SHORT, rawPath, sendBody } from '../respond.ts';
import { renderOgImage } from '../seo/og-image.ts';
import { renderNotFound } from '../views/error-page.tsx';
import { renderModelPage } from '../views/model/model-page.tsx';

const HTML = 'text/html; charset=utf-8';

/** The still-encoded path after a prefix, so `%2F` and `%3F` inside an id survive routing. */
export function pathTail(c: Context, prefix: string): string {
  const path = rawPath(c.req.url);
  return path.startsWith(prefix) ? path.slice(prefix.length) : '';
}

export function modelRoutes(ctx: WebContext): Hono {
  const app = new Hono();
  const { catalog } = ctx;

  const notFound = (c: Context, id: string | null) => {
    const html = renderNotFound(ctx, { path: rawPath(c.req.url), modelId: id });
    return c.html(html, 404, { 'Cache-Control': CACHE_SHORT });
  };

  app.get('/models/*', (c) => {
    const encoded = pathTail(c, '/models/');
    const id = decodeModelId(encoded.replace(/\/+$/, ''));
    const record = id ? catalog.get(id) : undefined;
    if (!record) return notFound(c, id);
    if (encoded !== encodeModelId(record.id)) return c.redirect(modelPath(record.id), 301);
    const body = ctx.cached(`page:${record.id}`, HTML, () => renderModelPage(ctx, record));
    return sendBody(c, body, CACHE_PAGE);
  });

  app.get('/og/*', (c) => {
    const encoded = pathTail(c, '/og/');
    const id = encoded.endsWith('.png') ? decodeModelId(encoded.slice(0, -'.png'.length)) : null;
    const record = id ? catalog.get(id) : undefined;
    if (!record) return c.text('No model has this id, so there is no share image for it.', 404);
    if (encoded !== `${encodeModelId(record.id)}.png`) return c.redirect(ogImagePath(record.id), 301);
    const body = ctx.cached(`og:${record.id}`, 'image/png', () => renderOgImage(record));
    return sendBody(c, body, CACHE_PAGE);
  });

  return app;
}
