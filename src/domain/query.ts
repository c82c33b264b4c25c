// The explorer's state ↔ URL. One contract for the explorer page, its browser island and the
// API: parseQuery validates URL parameters into an ExplorerQuery (bad values become sentences
// for a 400), serializeQuery writes the canonical form (defaults omitted, fixed order), and
// applyQuery filters, sorts and pages. Pure: imports only from src/domain.

export { applyQuery, type QueryResult } from './query-apply.ts';
export {
  type ArenaScope,
  COLUMNS,
  type Column,
  type ColumnId,
  DEFAULT_ARENA,
  DEFAULT_COLUMNS,
  type QueryRecord,
  type SortDir,
} from './query-columns.ts';
export { QUERY_PARAMS, type QueryParam, type QueryParamName } from './query-params.ts';
export { type ParseOptions, type ParseResult, parseQuery } from './query-parse.ts';
export { queryString, serializeQuery, sortBy, withQuery } from './query-serialize.ts';
export {
  DEFAULT_PER,
  DEFAULT_QUERY,
  DEFAULT_SORT,
  defaultQuery,
  type ExplorerQuery,
  MAX_ITEM,
  MAX_ITEMS,
  MAX_PAGE,
  MAX_PER,
  MAX_POPULAR,
  MAX_TEXT,
} from './query-state.ts';
