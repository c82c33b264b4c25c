// /methodology, rendered once per snapshot.

import { Hono } from 'hono';
import type { WebContext } from '../context.ts';
import { sendBody } from '../respond.ts';
import { renderMethodologyPage } from '../views/methodology-page.tsx';

export function methodologyRoutes(ctx: WebContext): Hono {
  const app = new Hono();
  app.get('/methodology', (c) =>
    sendBody(
      c,
      ctx.cached('methodology', 'text/html; charset=utf-8', () => renderMethodologyPage(ctx)),
    ),
  );
  return app;
}
