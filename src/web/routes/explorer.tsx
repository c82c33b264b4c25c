// The explorer: the catalog as a table, filtered by a GET form, made instant by a browser island.

import { Hono } from 'hono';
import { applyQuery, parseQuery } from '../../domain/query.ts';
import type { WebContext } from '../context.ts';
import { Layout, renderDocument } from '../views/layout.tsx';

export function explorerRoutes(ctx: WebContext): Hono {
  const app = new Hono();
  app.get('/', (c) => {
    const parsed = parseQuery(new URL(c.req.url).searchParams);
    if (!parsed.ok) return c.text(parsed.errors.join('\n'), 400);
    const { rows, total } = applyQuery(ctx.catalog.records, parsed.query);
    const html = renderDocument(
      <Layout
        ctx={ctx}
        title="Explorer"
        description={`${total} language models`}
        canonical="/"
        active="explorer"
      >
        <h1>Explorer</h1>
        <ul>
          {rows.map((r) => (
            <li>{r.name}</li>
          ))}
        </ul>
      </Layout>,
    );
    return c.html(html);
  });
  return app;
}
