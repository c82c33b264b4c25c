// Error pages: a 404 that offers the nearest model names, a 400 that says which parameter was
// wrong, and a 500 that apologizes without showing anything of the server's internals.

import type { ModelRecord } from '../../domain/model.ts';
import type { WebContext } from '../context.ts';
import { modelPath } from '../paths.ts';
import { Layout, renderDocument } from './layout.tsx';

export function renderNotFound(ctx: WebContext, options: { path: string; modelId?: string | null }): string {
  const suggestions: ModelRecord[] = options.modelId ? ctx.catalog.suggest(options.modelId, 6) : [];
  return renderDocument(
    <Layout
      ctx={ctx}
      title="Not found"
      description="This page does not exist on Model Atlas."
      canonical={options.path}
      noindex={true}
    >
      <h1>Not found</h1>
      {options.modelId ? (
        <p>
          No model has the id <code>{options.modelId}</code> in the snapshot of {ctx.catalog.snapshot.asOf}.
          It may have been renamed or removed; check the <a href="/changes?kind=removed">removed models</a>.
        </p>
      ) : (
        <p>
          There is no page at <code>{options.path}</code>.
        </p>
      )}
      {suggestions.length > 0 ? (
        <>
          <h2>Did you mean</h2>
          <ul class="plain">
            {suggestions.map((r) => (
              <li>
                <a href={modelPath(r.id)}>{r.name}</a> <code class="muted">{r.id}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <a href="/">Search the explorer</a> for the model you are looking for.
      </p>
    </Layout>,
  );
}

export function renderBadRequest(ctx: WebContext, path: string, errors: string[]): string {
  return renderDocument(
    <Layout
      ctx={ctx}
      title="Bad request"
      description="The request could not be read."
      canonical={path}
      noindex={true}
    >
      <h1>That request could not be read</h1>
      <ul class="plain">
        {errors.map((e) => (
          <li>{e}</li>
        ))}
      </ul>
      <p>
        Fix the address and try again, or <a href={path}>start over without filters</a>.
      </p>
    </Layout>,
  );
}

/** Self-contained: it must render even when the catalog or the layout is what failed. */
export function renderServerError(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Something went wrong · Model Atlas</title><meta name="robots" content="noindex"></head><body><main><h1>Something went wrong on our side</h1><p>The error has been logged. Try again in a moment, or go back to the <a href="/">explorer</a>.</p></main></body></html>`;
}
