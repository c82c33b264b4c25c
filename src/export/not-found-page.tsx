// The static site's 404 page: one page for every unknown address, so it cannot name the path or
// suggest near names as the server does; it points to the explorer and the removed models instead.

import { formatDate } from '../domain/format.ts';
import type { WebContext } from '../web/context.ts';
import { Layout, renderDocument } from '../web/views/layout.tsx';

export function renderStaticNotFound(ctx: WebContext): string {
  return renderDocument(
    <Layout
      ctx={ctx}
      title="Not found"
      description="This page does not exist on Model Atlas."
      canonical="/404.html"
      noindex={true}
    >
      <h1>Not found</h1>
      <p>
        There is no page at this address in the snapshot of {formatDate(ctx.catalog.snapshot.asOf)}. A model
        may have been renamed or removed: see the <a href="/changes?kind=removed">removed models</a>.
      </p>
      <p>
        <a href="/">Search the explorer</a> for the model you are looking for.
      </p>
    </Layout>,
  );
}
