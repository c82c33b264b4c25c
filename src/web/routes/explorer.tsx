// The explorer: the catalog as a table, filtered by a GET form that works without JavaScript, then
// made instant by a browser island that downloads the catalog as compact rows (/explorer-data.json)
// and runs the same query code. Every state lives in the URL.

import { type Context, Hono } from 'hono';
import { encodeCategory, encodeExplorerData } from '../../domain/explorer-rows.ts';
import { explorerHref, resetFiltersHref, resultsView } from '../../domain/explorer-view.ts';
import { formatDate, formatInteger } from '../../domain/format.ts';
import {
  applyQuery,
  defaultQuery,
  type ExplorerQuery,
  parseQuery,
  serializeQuery,
} from '../../domain/query.ts';
import type { WebContext } from '../context.ts';
import { CACHE_IMMUTABLE, CACHE_PAGE, sendBody } from '../respond.ts';
import { Layout, renderDocument } from '../views/layout.tsx';
import { facetOptions } from './explorer-facets.ts';
import { ExplorerFacets } from './explorer-form.tsx';
import { ColumnChooser, ExplorerResults, PER_PAGE, PerPage } from './explorer-results.tsx';

const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
/** Views that differ from the default only in sort, paging or page size: few enough to keep rendered. */
const KEEP = new Set(['sort', 'dir', 'page', 'per']);
/**
 * Kept only for the page sizes the form offers and the first pages: every page × size × sort would
 * be unbounded (1,500 such URLs grew the server by 93 MB and cost 37 ms of CPU each); the rest is
 * rendered per request.
 */
const KEEP_PAGES = 3;

function keptView(query: ExplorerQuery, canonical: URLSearchParams): boolean {
  return (
    [...canonical.keys()].every((k) => KEEP.has(k)) &&
    PER_PAGE.includes(query.per) &&
    query.page <= KEEP_PAGES
  );
}

function ExplorerPage(props: { ctx: WebContext; query: ExplorerQuery; errors: string[] }) {
  const { ctx, query, errors } = props;
  const catalog = ctx.catalog;
  const result = applyQuery(catalog.records, query);
  const view = resultsView(result, query);
  const total = formatInteger(catalog.records.length);
  const asOf = formatDate(catalog.snapshot.asOf);
  return (
    <Layout
      ctx={ctx}
      title="Explorer: filter and compare language models"
      description={`Filter and compare ${total} language models by price per 1M tokens, context window, modalities, supported parameters and LMArena rank. Data as of ${asOf}.`}
      canonical={explorerHref(query)}
      active="explorer"
      styles={['explorer.css']}
      scripts={['explorer.js']}
      noindex={errors.length > 0}
    >
      <h1>Explore {total} language models</h1>
      <p class="lead">
        Prices are USD per 1M tokens at the cheapest provider; arena ranks measure human preference in
        LMArena, not every kind of quality. <a href="/methodology">How the data is built</a>.
      </p>
      <form
        id="explorer"
        class="explorer"
        method="get"
        action="/"
        data-rows={`/explorer-data.json?v=${catalog.version}`}
        data-cats={`/explorer-data/`}
        data-version={catalog.version}
        data-query={serializeQuery(query).toString()}
      >
        <div class="search-row">
          <label for="f-q">Search models</label>
          <div class="search-box">
            <input
              type="search"
              id="f-q"
              name="q"
              value={query.q}
              placeholder="Name, id or author, e.g. gpt-4o"
              maxlength={200}
              autocomplete="off"
            />
            <button type="submit">Search</button>
          </div>
        </div>
        <div id="form-errors" class="form-errors" role="alert">
          {errors.length > 0 ? (
            <>
              <p>The address holds filters we could not read, so they were left out:</p>
              <ul>
                {errors.map((e) => (
                  <li>{e}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
        <div class="explorer-layout">
          <ExplorerFacets query={query} options={facetOptions(catalog)} resetHref={resetFiltersHref(query)} />
          <section class="explorer-main" aria-labelledby="results-heading">
            <h2 id="results-heading" class="visually-hidden">
              Results
            </h2>
            <div class="results-bar">
              <p id="result-count" role="status">
                {view.countText}
              </p>
              <div class="results-tools">
                <PerPage query={query} />
                <button type="submit" formaction="/compare" id="compare-button" class="compare-button">
                  Compare selected (<span id="compare-count">{query.ids.length}</span>)
                </button>
              </div>
            </div>
            <ColumnChooser query={query} />
            <input type="hidden" name="sort" value={query.sort} />
            <input type="hidden" name="dir" value={query.dir} />
            <ExplorerResults view={view} />
          </section>
        </div>
      </form>
    </Layout>
  );
}

export function explorerRoutes(ctx: WebContext): Hono {
  const app = new Hono();

  app.get('/', (c) => {
    const raw = new URL(c.req.url).searchParams;
    const parsed = parseQuery(raw);
    if (!parsed.ok) {
      const html = renderDocument(<ExplorerPage ctx={ctx} query={defaultQuery()} errors={parsed.errors} />);
      return c.html(html, 400);
    }
    const canonical = serializeQuery(parsed.query);
    // Form submissions carry blank fields and their own order: send them to the one canonical URL.
    if (canonical.toString() !== raw.toString()) return c.redirect(explorerHref(parsed.query), 302);
    const page = () => renderDocument(<ExplorerPage ctx={ctx} query={parsed.query} errors={[]} />);
    if (keptView(parsed.query, canonical))
      return sendBody(c, ctx.cached(`explorer:${canonical}`, HTML, page));
    return c.html(page());
  });

  // The page asks for ?v=<version>: that URL never changes meaning, so browsers may keep it.
  const dataCache = (c: Context) => (c.req.query('v') === ctx.catalog.version ? CACHE_IMMUTABLE : CACHE_PAGE);

  app.get('/explorer-data.json', (c) =>
    sendBody(
      c,
      ctx.cached('explorer-data.json', JSON_TYPE, () =>
        JSON.stringify(encodeExplorerData(ctx.catalog.records, ctx.catalog.version)),
      ),
      dataCache(c),
    ),
  );

  app.get('/explorer-data/:arena/:file', (c) => {
    const arena = c.req.param('arena');
    const cat = /^([a-z0-9_-]+)\.json$/i.exec(c.req.param('file'))?.[1];
    if (!cat || !facetOptions(ctx.catalog).categories.get(arena)?.includes(cat))
      return c.json(
        { error: 'No arena category by that name in this snapshot; the explorer lists the ones that exist.' },
        404,
      );
    return sendBody(
      c,
      ctx.cached(`explorer-data/${arena}/${cat}.json`, JSON_TYPE, () =>
        JSON.stringify(encodeCategory(ctx.catalog.records, arena, cat, ctx.catalog.version)),
      ),
      dataCache(c),
    );
  });

  return app;
}
