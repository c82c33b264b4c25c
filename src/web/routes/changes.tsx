// /changes and /changes.atom: changes between snapshots, optionally one kind (`?kind=price`).
// A handful of variants per snapshot, so each is rendered once and cached.

import { type Context, Hono } from 'hono';
import { CHANGE_KINDS, type ChangeKind } from '../../catalog/types.ts';
import type { WebContext } from '../context.ts';
import { CACHE_SHORT, sendBody } from '../respond.ts';
import { atomFeed } from '../seo/atom.ts';
import { renderChangesPage } from '../views/changes-page.tsx';
import { renderBadRequest } from '../views/error-page.tsx';

/** The `kind` parameter: null for all, a kind, or the sentence explaining why it is wrong. */
export function readKind(c: Context): { ok: true; kind: ChangeKind | null } | { ok: false; error: string } {
  const values = c.req.queries('kind') ?? [];
  const set = values.filter((v) => v !== '' && v !== 'all');
  if (set.length === 0) return { ok: true, kind: null };
  const [kind] = set;
  if (set.length > 1 || !(CHANGE_KINDS as readonly string[]).includes(kind!))
    return {
      ok: false,
      error: `The parameter "kind" must be one of ${CHANGE_KINDS.join(', ')} (or left out for all changes).`,
    };
  return { ok: true, kind: kind as ChangeKind };
}

export function changesRoutes(ctx: WebContext): Hono {
  const app = new Hono();
  app.get('/changes', (c) => {
    const read = readKind(c);
    if (!read.ok)
      return c.html(renderBadRequest(ctx, '/changes', [read.error]), 400, { 'Cache-Control': CACHE_SHORT });
    const body = ctx.cached(`changes:${read.kind ?? 'all'}`, 'text/html; charset=utf-8', () =>
      renderChangesPage(ctx, read.kind),
    );
    return sendBody(c, body);
  });
  app.get('/changes.atom', (c) => {
    const read = readKind(c);
    if (!read.ok) return c.text(read.error, 400, { 'Cache-Control': CACHE_SHORT });
    const body = ctx.cached(`atom:${read.kind ?? 'all'}`, 'application/atom+xml; charset=utf-8', () =>
      atomFeed(ctx.catalog, ctx.baseUrl, read.kind),
    );
    return sendBody(c, body);
  });
  return app;
}
