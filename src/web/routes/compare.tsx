// The compare page (/compare?ids=a,b,c): chosen models side by side with the best value per row
// marked, a workload cost calculator and a value chart. The URL holds the whole state.

import { Hono } from 'hono';
import type { Catalog } from '../../catalog/catalog.ts';
import { type CompareQuery, compareHref, parseCompareQuery } from '../../domain/compare-query.ts';
import { DEFAULT_WORKLOAD } from '../../domain/cost.ts';
import type { ModelRecord } from '../../domain/model.ts';
import type { WebContext } from '../context.ts';
import { Layout, renderDocument } from '../views/layout.tsx';
import { CostCalculator, ValueSection } from './compare-cost.tsx';
import { CompareTable } from './compare-table.tsx';

interface Missing {
  id: string;
  suggestions: ModelRecord[];
}

function PickForm(props: { ids: string[]; label: string }) {
  return (
    <form class="compare-pick" method="get" action="/compare">
      {props.ids.length > 0 ? <input type="hidden" name="ids" value={props.ids.join(',')} /> : null}
      <div class="field">
        <label for="pick-ids">{props.label}</label>
        <input
          type="text"
          id="pick-ids"
          name="ids"
          placeholder="e.g. openai/gpt-4o, z-ai/glm-4-32b"
          autocomplete="off"
        />
      </div>
      <button type="submit">Compare</button>
    </form>
  );
}

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
  missing: Missing[];
  notes: string[];
  errors: string[];
}) {
  const { ctx, query, records, missing, notes, errors } = props;
  const names = records.map((r) => r.name);
  const title = records.length > 0 ? `Compare ${names.join(', ')}` : 'Compare models';
  const replace = (id: string, by: string) =>
    compareHref({
      ...query,
      ids: query.ids.map((x) => (x === id ? by : x)).filter((x, i, all) => all.indexOf(x) === i),
    });
  const sample = examples(ctx.catalog);
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
      <a class="back" href="/">
        ← Back to the explorer
      </a>
      <h1>
        {records.length > 0
          ? `Compare ${records.length} ${records.length === 1 ? 'model' : 'models'}`
          : 'Compare models'}
      </h1>
      {errors.length > 0 ? (
        <div class="form-errors" role="alert">
          <p>This address could not be read:</p>
          <ul>
            {errors.map((e) => (
              <li>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {notes.map((n) => (
        <p class="muted">{n}</p>
      ))}
      {missing.length > 0 ? (
        <div class="form-errors" role="status">
          {missing.map((m) => (
            <p>
              No model has the id <code>{m.id}</code>.{' '}
              {m.suggestions.length > 0 ? (
                <>
                  Did you mean{' '}
                  {m.suggestions.map((s, i) => (
                    <>
                      {i > 0 ? ', ' : ''}
                      <a href={replace(m.id, s.id)}>{s.name}</a>
                    </>
                  ))}
                  ?
                </>
              ) : (
                'Find it in the explorer and tick its box.'
              )}
            </p>
          ))}
        </div>
      ) : null}
      {records.length === 0 ? (
        <>
          <p class="lead">
            Tick models in the <a href="/">explorer</a> and press “Compare selected”, or enter their ids
            below.
          </p>
          <PickForm ids={[]} label="Model ids, separated by commas" />
          {sample.length >= 2 ? (
            <p>
              Or start with the top-ranked priced models:{' '}
              <a href={compareHref({ ids: sample.map((r) => r.id), workload: DEFAULT_WORKLOAD })}>
                {sample.map((r) => r.name).join(' vs ')}
              </a>
              .
            </p>
          ) : null}
        </>
      ) : (
        <>
          <p class="lead">
            Prices are USD at each model's cheapest provider. Arena figures are human-preference ratings from
            LMArena, not a universal measure. This page's address holds the selection and workload:{' '}
            <a href={compareHref(query)}>link to this comparison</a>.
          </p>
          <CompareTable records={records} />
          <CostCalculator records={records} query={{ ...query, ids: records.map((r) => r.id) }} />
          <ValueSection records={records} />
          <section class="section" aria-labelledby="add-heading">
            <h2 id="add-heading">Add a model</h2>
            <PickForm ids={query.ids} label="Model id" />
          </section>
        </>
      )}
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
      const missing: Missing[] = [];
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
