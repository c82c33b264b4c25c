// What the explorer's results show, as plain data: the server page and the browser island both
// render this, so a URL gives the same headers, rows, count and pager with or without JavaScript.

import { compareHref } from './compare-query.ts';
import { DEFAULT_WORKLOAD } from './cost.ts';
import { formatInteger } from './format.ts';
import type { ExplorerQuery, QueryResult } from './query.ts';
import { defaultQuery, queryString, sortBy } from './query.ts';
import { type Column, type ColumnId, columnById, type QueryRecord } from './query-columns.ts';

export interface HeaderView {
  id: ColumnId;
  label: string;
  title: string;
  /** Link that sorts by this column (or flips the direction when it is the current one). */
  href: string;
  /** The aria-sort value of the header cell, or null when the table is not sorted by it. */
  sort: 'ascending' | 'descending' | null;
  numeric: boolean;
}

export interface CellView {
  column: ColumnId;
  text: string;
  numeric: boolean;
}

export interface RowView {
  id: string;
  name: string;
  /** The model page. */
  href: string;
  selected: boolean;
  cells: CellView[];
}

export interface PagerView {
  page: number;
  pages: number;
  prev: string | null;
  next: string | null;
}

export interface ResultsView {
  /** "Showing 1–50 of 312 models", or a sentence saying nothing matched. */
  countText: string;
  headers: HeaderView[];
  rows: RowView[];
  pager: PagerView;
  /** Models selected for comparison that are not on this page (kept in the form). */
  selectedElsewhere: string[];
  /** Link to compare the selection, or null when fewer than two models are selected. */
  compareHref: string | null;
}

/** A model page's path; ids keep their "/" and ":" (as the site's paths module writes them). */
export function modelHref(id: string): string {
  return `/models/${id
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%3A/gi, ':'))
    .join('/')}`;
}

/** The compare page for some model ids, with readable ids in the address. */
export function compareLink(ids: readonly string[]): string {
  return compareHref({ ids: [...ids], workload: DEFAULT_WORKLOAD });
}

/** The explorer URL for a query: "/" plus its canonical query string. */
export function explorerHref(query: ExplorerQuery): string {
  return `/${queryString(query)}`;
}

function countText(result: QueryResult<QueryRecord>, query: ExplorerQuery): string {
  const noun = result.total === 1 ? 'model' : 'models';
  if (result.total === 0) return 'No models match these filters. Loosen a filter or reset them.';
  if (result.rows.length === 0)
    return `Page ${query.page} is past the end: ${formatInteger(result.total)} ${noun} match, on ${result.pages} pages.`;
  const first = (query.page - 1) * query.per + 1;
  const last = first + result.rows.length - 1;
  if (first === 1 && last === result.total) return `Showing all ${formatInteger(result.total)} ${noun}.`;
  return `Showing ${formatInteger(first)}–${formatInteger(last)} of ${formatInteger(result.total)} ${noun}.`;
}

/** The results of a query as plain data to render. */
export function resultsView(result: QueryResult<QueryRecord>, query: ExplorerQuery): ResultsView {
  const columns: Column[] = query.cols.map(columnById);
  const selected = new Set(query.ids);
  const headers = columns.map((c) => ({
    id: c.id as ColumnId,
    label: c.label,
    title: c.title,
    href: explorerHref(sortBy(query, c.id as ColumnId)),
    sort: query.sort === c.id ? (query.dir === 'asc' ? 'ascending' : 'descending') : null,
    numeric: c.numeric,
  })) satisfies HeaderView[];
  const rows = result.rows.map((r) => ({
    id: r.id,
    name: r.name,
    href: modelHref(r.id),
    selected: selected.has(r.id),
    cells: columns.map((c) => ({ column: c.id as ColumnId, text: c.text(r, query), numeric: c.numeric })),
  }));
  const onPage = new Set(result.rows.map((r) => r.id));
  const page = Math.min(query.page, result.pages + 1);
  return {
    countText: countText(result, query),
    headers,
    rows,
    pager: {
      page: query.page,
      pages: result.pages,
      prev: page > 1 ? explorerHref({ ...query, page: Math.min(page - 1, result.pages) }) : null,
      next: page < result.pages ? explorerHref({ ...query, page: page + 1 }) : null,
    },
    selectedElsewhere: query.ids.filter((id) => !onPage.has(id)),
    compareHref: query.ids.length >= 2 ? compareLink(query.ids) : null,
  };
}

/** The explorer with every filter cleared but the sort, columns, page size and selection kept. */
export function resetFiltersHref(query: ExplorerQuery): string {
  // Built from the defaults, so a filter added to the query is cleared here too.
  return explorerHref({
    ...defaultQuery(),
    sort: query.sort,
    dir: query.dir,
    cols: query.cols,
    ids: query.ids,
    per: query.per,
  });
}
