// The explorer's results as server-rendered HTML, drawn from the shared results view. The browser
// island (src/client/explorer-results.tsx) draws the same view with the same markup.

import type { ResultsView } from '../../domain/explorer-view.ts';
import { COLUMNS, type ExplorerQuery } from '../../domain/query.ts';

function sortMark(sort: 'ascending' | 'descending' | null): string {
  return sort === 'ascending' ? ' ▲' : sort === 'descending' ? ' ▼' : '';
}

/** The table, the pager and hidden inputs for selected models on other pages. */
export function ExplorerResults(props: { view: ResultsView }) {
  const { view } = props;
  return (
    <div id="results">
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
                <th scope="col" class={h.numeric ? 'num' : undefined} aria-sort={h.sort ?? undefined}>
                  <a href={h.href} title={h.title} data-nav="" data-col={h.id}>
                    {h.label}
                    <span aria-hidden="true">{sortMark(h.sort)}</span>
                  </a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr>
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
                    <th scope="row">
                      <a href={row.href}>{row.name}</a>
                    </th>
                  ) : (
                    <td class={cell.numeric ? 'num' : undefined}>{cell.text}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {view.selectedElsewhere.map((id) => (
        <input type="hidden" name="ids" value={id} />
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
    </div>
  );
}

/** The column chooser: a checkbox per column (the name is always shown). */
export function ColumnChooser(props: { query: ExplorerQuery }) {
  return (
    <details class="columns">
      <summary>Columns</summary>
      <fieldset>
        <legend class="visually-hidden">Columns to show</legend>
        <ul class="checks">
          {COLUMNS.filter((c) => c.id !== 'name').map((c) => (
            <li>
              <input
                type="checkbox"
                id={`f-col-${c.id}`}
                name="cols"
                value={c.id}
                checked={props.query.cols.includes(c.id)}
              />
              <label for={`f-col-${c.id}`} title={c.title}>
                {c.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </details>
  );
}

/** The page sizes the form offers. */
export const PER_PAGE: readonly number[] = [25, 50, 100, 200];

export function PerPage(props: { query: ExplorerQuery }) {
  const options = [...new Set([...PER_PAGE, props.query.per])].sort((a, b) => a - b);
  return (
    <div class="field inline">
      <label for="f-per">Rows per page</label>
      <select id="f-per" name="per">
        {options.map((n) => (
          <option value={String(n)} selected={n === props.query.per}>
            {n}
          </option>
        ))}
      </select>
    </div>
  );
}
