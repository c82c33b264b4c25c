// The JSON and CSV API: the explorer's filters as query parameters (validated: a bad one is a 400
// with sentences), one model with its history and raw records, and the changes.

import { type Context, Hono } from 'hono';
import { applyQuery, parseQuery, queryString } from '../../domain/query.ts';
import { applyChangesFilter, changesQuery, readChangesFilter } from '../changes-filter.ts';
import type { WebContext } from '../context.ts';
import { decodeModelId, modelPath } from '../paths.ts';
import { CACHE_PAGE, CACHE_SHORT, sendBody } from '../respond.ts';
import { modelsCsv } from './api-csv.ts';
import { usageMoversJson } from './api-usage.ts';
import { pathTail } from './model.tsx';
import { openApiDocument } from './openapi.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
/**
 * The public read-only API may be called from any origin. Prepared answers carry the header from
 * the start: the edge cache keeps the headers a body was sent with, not those set afterwards.
 */
const CORS = { 'Access-Control-Allow-Origin': '*' } as const;

function problem(c: Context, status: 400 | 404, message: string, details: string[] = []) {
  return c.json({ error: { status, message, details } }, status, { 'Cache-Control': CACHE_SHORT });
}

export function apiRoutes(ctx: WebContext): Hono {
  const app = new Hono();
  const { catalog } = ctx;
  const snapshotRef = { id: catalog.snapshot.id, asOf: catalog.snapshot.asOf, version: catalog.version };

  // The public read-only API may be called from any origin.
  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('Access-Control-Allow-Origin', '*');
  });

  const parse = (c: Context) => parseQuery(new URL(c.req.url).searchParams, { strict: true });

  app.get('/api/models', (c) => {
    const parsed = parse(c);
    if (!parsed.ok) return problem(c, 400, 'The query parameters could not be read.', parsed.errors);
    const { query } = parsed;
    const render = () => {
      const result = applyQuery(catalog.records, query);
      return JSON.stringify({
        snapshot: snapshotRef,
        query: queryString(query),
        total: result.total,
        page: query.page,
        per: query.per,
        pages: result.pages,
        models: result.rows,
      });
    };
    const canonical = queryString(query);
    // Only the unfiltered listing is kept for the snapshot; filtered ones are built per request.
    if (canonical === '')
      return sendBody(c, ctx.cached('api:models', JSON_TYPE, render), CACHE_PAGE, 200, CORS);
    return c.body(render(), 200, { 'Content-Type': JSON_TYPE });
  });

  app.get('/api/models.csv', (c) => {
    const parsed = parse(c);
    if (!parsed.ok) return problem(c, 400, 'The query parameters could not be read.', parsed.errors);
    const { rows } = applyQuery(catalog.records, parsed.query, { paged: false });
    const headers = {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="model-atlas-${catalog.snapshot.asOf}.csv"`,
    };
    if (queryString(parsed.query) === '') {
      const body = ctx.cached('api:models.csv', headers['Content-Type'], () => modelsCsv(rows));
      return sendBody(c, body, CACHE_PAGE, 200, {
        ...CORS,
        'Content-Disposition': headers['Content-Disposition'],
      });
    }
    return c.body(modelsCsv(rows), 200, headers);
  });

  app.get('/api/models/*', (c) => {
    const id = decodeModelId(pathTail(c, '/api/models/').replace(/\/+$/, ''));
    const record = id ? catalog.get(id) : undefined;
    if (!record) {
      const near = id ? catalog.suggest(id, 5).map((r) => r.id) : [];
      return problem(
        c,
        404,
        `No model has the id "${id ?? ''}" in snapshot ${catalog.snapshot.id}.`,
        near.length > 0 ? [`Did you mean: ${near.join(', ')}?`] : [],
      );
    }
    const body = ctx.cached(`api:model:${record.id}`, JSON_TYPE, () =>
      JSON.stringify({
        snapshot: snapshotRef,
        page: ctx.url(modelPath(record.id)),
        model: record,
        history: catalog.history(record.id),
        raw: catalog.raw(record.id),
      }),
    );
    return sendBody(c, body, CACHE_PAGE, 200, CORS);
  });

  app.get('/api/changes', (c) => {
    const read = readChangesFilter(new URL(c.req.url).searchParams, catalog);
    if (!read.ok) return problem(c, 400, 'The query parameters could not be read.', read.errors);
    const { filter } = read;
    const body = ctx.cached(`api:changes:${changesQuery(filter)}`, JSON_TYPE, () =>
      JSON.stringify({
        snapshot: snapshotRef,
        kind: filter.kind,
        into: filter.snapshot,
        changes: applyChangesFilter(catalog.changes, filter),
        usageMovers: usageMoversJson(catalog),
      }),
    );
    return sendBody(c, body, CACHE_PAGE, 200, CORS);
  });

  app.get('/api/openapi.json', (c) =>
    sendBody(
      c,
      ctx.cached('api:openapi', JSON_TYPE, () => JSON.stringify(openApiDocument(ctx), null, 2)),
      CACHE_PAGE,
      200,
      CORS,
    ),
  );

  app.get('/api/*', (c) =>
    problem(c, 404, 'There is no such API endpoint; the endpoints are listed in /api/openapi.json.'),
  );

  return app;
}
