// The compare page (/compare?ids=a,b,c): chosen models side by side with the best value per row
// marked, a workload cost calculator and a value chart. The URL holds the whole state.

import { Hono } from 'hono';
import type { Catalog } from '../../catalog/catalog.ts';
import { type CompareQuery, compareHref, parseCompareQuery } from '../../domain/compare-query.ts';
import { DEFAULT_WORKLOAD } from '../../domain/cost.ts';
import type { ModelRecord } from '../../domain/model.ts';
import type { WebContext } from '../context.ts';
import { Layout, renderDocument } from '../views/layout.tsx';
import { CompareBody, type MissingId } from './compare-body.tsx';

/** Well-ranked priced models, to offer a first comparison on an empty page. */
function examples(catalog: Catalog): ModelRecord[] {
  return catalog.records
    .filter((r) => r.arena && r.pricing.state === 'priced')
    .sort((a, b) => a.arena!.rank - b.arena!.rank || b.arena!.score - a.arena!.score)
    .slice(0, 3);
}

function ComparePage(props: {
  ctx: WebContext;
  query: CompareQuery;
  records: ModelRecord[];
  missing: MissingId[];
  notes: string[];
  errors: string[];
}) {
  const { ctx, query, records, missing, notes, errors } = props;
  const names = records.map((r) => r.name);
  const title = records.length > 0 ? `Compare ${names.join(', ')}` : 'Compare models';
  return (
    <Layout
      ctx={ctx}
      title={title}
      description={
        records.length > 0
          ? `${names.join(' vs ')}: prices per 1M tokens, context, arena ranks, monthly workload cost and value, side by side.`
          : 'Compare language models side by side: prices, context, arena ranks, workload cost and value.'
      }
      canonical={compareHref(query)}
      active="compare"
      styles={['explorer.css']}
      scripts={records.length > 0 ? ['compare.js'] : []}
      noindex={errors.length > 0 || records.length === 0}
    >
      <CompareBody
        query={query}
        records={records}
        missing={missing}
        notes={notes}
        errors={errors}
        sample={records.length === 0 ? examples(ctx.catalog) : []}
      />
    </Layout>
  );
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

export function compareRoutes(ctx: WebContext): Hono {
  const app = new Hono();
  app.get('/compare', (c) => {
    const url = new URL(c.req.url);
    const parsed = parseCompareQuery(url.searchParams);
    if (!parsed.ok) {
      const empty: CompareQuery = { ids: [], workload: DEFAULT_WORKLOAD };
      const html = renderDocument(
        <ComparePage ctx={ctx} query={empty} records={[]} missing={[]} notes={[]} errors={parsed.errors} />,
      );
      return c.html(html, 400);
    }
    const canonical = compareHref(parsed.query);
    // The explorer's form sends its filters along; keep only what the comparison needs.
    if (decoded(url.pathname + url.search) !== decoded(canonical)) return c.redirect(canonical, 302);
    const page = () => {
      const records: ModelRecord[] = [];
      const missing: MissingId[] = [];
      for (const id of parsed.query.ids) {
        const record = ctx.catalog.get(id);
        if (record) records.push(record);
        else missing.push({ id, suggestions: ctx.catalog.suggest(id, 3) });
      }
      return renderDocument(
        <ComparePage
          ctx={ctx}
          query={parsed.query}
          records={records}
          missing={missing}
          notes={parsed.notes}
          errors={[]}
        />,
      );
    };
    // Id lists are unbounded, so these pages are rendered per request (about a millisecond), not kept.
    return c.html(page());
  });
  return app;
}
