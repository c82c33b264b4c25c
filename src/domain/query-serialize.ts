// ExplorerQuery → its one canonical URL: fixed order, defaults omitted; and the links built from it.

import { type ColumnId, columnById, DEFAULT_ARENA, DEFAULT_COLUMNS } from './query-columns.ts';
import type { QueryParamName } from './query-params.ts';
import { DEFAULT_PER, DEFAULT_SORT, type ExplorerQuery } from './query-state.ts';

/** The canonical URL parameters: fixed order, defaults omitted, lists as repeated parameters. */
export function serializeQuery(query: ExplorerQuery): URLSearchParams {
  const out = new URLSearchParams();
  const put = (name: QueryParamName, value: string | number | null) => {
    if (value !== null && value !== '') out.append(name, String(value));
  };
  const putAll = (name: QueryParamName, values: readonly string[]) => {
    for (const v of values) out.append(name, v);
  };
  put('q', query.q.trim());
  putAll('source', query.source);
  putAll('confidence', query.confidence);
  putAll('author', query.author);
  putAll('in', query.in);
  putAll('out', query.out);
  put('ctx_min', query.ctxMin);
  put('ctx_max', query.ctxMax);
  put('in_min', query.inMin);
  put('in_max', query.inMax);
  put('out_min', query.outMin);
  put('out_max', query.outMax);
  if (query.free) put('free', 1);
  put('score_min', query.scoreMin);
  put('score_max', query.scoreMax);
  put('rank_min', query.rankMin);
  put('rank_max', query.rankMax);
  if (query.arena !== DEFAULT_ARENA) put('arena', query.arena);
  put('cat', query.cat);
  putAll('param', query.param);
  if (query.open !== null) put('open', query.open ? 1 : 0);
  putAll('license', query.license);
  put('added_after', query.addedAfter);
  put('added_before', query.addedBefore);
  put('popular', query.popular);
  putAll('ids', query.ids);
  if (query.sort !== DEFAULT_SORT) put('sort', query.sort);
  if (query.dir !== columnById(query.sort).defaultDir) put('dir', query.dir);
  if (!sameColumns(query.cols, DEFAULT_COLUMNS)) putAll('cols', query.cols);
  if (query.page !== 1) put('page', query.page);
  if (query.per !== DEFAULT_PER) put('per', query.per);
  return out;
}

/**
 * The canonical query string with "?" (or '' when everything is default), readable in an
 * address bar: "/", ":" and "," stay unescaped, which is valid in a query string.
 */
export function queryString(query: ExplorerQuery): string {
  const text = serializeQuery(query)
    .toString()
    .replace(/%2F/gi, '/')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',');
  return text === '' ? '' : `?${text}`;
}

/** The query with one change applied and the page reset, for header and facet links. */
export function withQuery(query: ExplorerQuery, change: Partial<ExplorerQuery>): ExplorerQuery {
  return { ...query, page: 1, ...change };
}

/** The sort a click on a column header gives: flip the direction on the current column. */
export function sortBy(query: ExplorerQuery, column: ColumnId): ExplorerQuery {
  if (query.sort === column) return withQuery(query, { dir: query.dir === 'asc' ? 'desc' : 'asc' });
  return withQuery(query, { sort: column, dir: columnById(column).defaultDir });
}

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
