/** @jsxImportSource preact */
// The explorer's results drawn in the browser from the shared results view, with the same markup
// as the server's (src/web/routes/explorer-results.tsx), so the page looks the same either way.

import type { ResultsView } from '../domain/explorer-view.ts';

function sortMark(sort: 'ascending' | 'descending' | null): string {
  return sort === 'ascending' ? ' ▲' : sort === 'descending' ? ' ▼' : '';
}

export function Results(props: { view: ResultsView }) {
  const { view } = props;
  return (
    <>
      <div class="table-scroll">
        <table class="results-table">
          <caption id="results-caption" class="visually-hidden">
            Models matching the filters; rank and score are LMArena figures. Column headers sort the table.
          </caption>
          <thead>
            <tr>
              <th scope="col" class="select">
                <span class="visually-hidden">Select to compare</span>
              </th>
              {view.headers.map((h) => (
                <th
                  key={h.id}
                  scope="col"
                  class={h.numeric ? 'num' : undefined}
                  aria-sort={h.sort ?? undefined}
                >
                  <a href={h.href} title={h.title} data-nav="" data-col={h.id}>
                    {h.label}
                    <span aria-hidden="true">{sortMark(h.sort)}</span>
                  </a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {/* Rows keyed by position: a new sort or filter rewrites the cells of the rows already
                there instead of removing and creating every row (a third of the redraw time). */}
            {view.rows.map((row, position) => (
              <tr key={position}>
                <td class="select">
                  <input
                    type="checkbox"
                    name="ids"
                    value={row.id}
                    checked={row.selected}
                    aria-label={`Select ${row.name} to compare`}
                  />
                </td>
                {row.cells.map((cell) =>
                  cell.column === 'name' ? (
                    <th key={cell.column} scope="row">
                      <a href={row.href}>{row.name}</a>
                    </th>
                  ) : (
                    <td key={cell.column} class={cell.numeric ? 'num' : undefined}>
                      {cell.text}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {view.selectedElsewhere.map((id) => (
        <input key={id} type="hidden" name="ids" value={id} />
      ))}
      <nav class="pager" aria-label="Result pages">
        {view.pager.prev ? (
          <a href={view.pager.prev} rel="prev" data-nav="">
            ← Previous
          </a>
        ) : (
          <span class="pager-off">← Previous</span>
        )}
        <span>
          Page {view.pager.page} of {view.pager.pages}
        </span>
        {view.pager.next ? (
          <a href={view.pager.next} rel="next" data-nav="">
            Next →
          </a>
        ) : (
          <span class="pager-off">Next →</span>
        )}
      </nav>
    </>
  );
}
