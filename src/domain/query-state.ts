// The explorer's state: every facet, the sort, the columns, the page, and their defaults.

import type { Confidence, SourceType } from './model.ts';
import { type ColumnId, columnById, DEFAULT_ARENA, DEFAULT_COLUMNS, type SortDir } from './query-columns.ts';

export interface ExplorerQuery {
  /** Free text; every word must appear in the name, id, author or arena name. '' = none. */
  q: string;
  source: SourceType[];
  confidence: Confidence[];
  author: string[];
  /** Input modalities the model must all accept. */
  in: string[];
  out: string[];
  ctxMin: number | null;
  ctxMax: number | null;
  /** USD per 1M tokens. */
  inMin: number | null;
  inMax: number | null;
  outMin: number | null;
  outMax: number | null;
  free: boolean;
  scoreMin: number | null;
  scoreMax: number | null;
  rankMin: number | null;
  rankMax: number | null;
  /** Arena (text, vision, image) whose ranks and scores the filters and columns use. */
  arena: string;
  /** Arena category: score and rank filters and columns use it instead of overall. */
  cat: string | null;
  /** Supported parameters the model must all list. */
  param: string[];
  /** true = open weights only, false = proprietary only, null = either. */
  open: boolean | null;
  license: string[];
  addedAfter: string | null;
  addedBefore: string | null;
  /** Only the N models of the catalog with the most OpenRouter tokens over 7 days (ties kept); null = all. */
  popular: number | null;
  /** Models selected for comparison. */
  ids: string[];
  sort: ColumnId;
  dir: SortDir;
  cols: ColumnId[];
  /** 1-based. */
  page: number;
  per: number;
}

export const DEFAULT_SORT: ColumnId = 'rank';
export const DEFAULT_PER = 50;
export const MAX_PER = 500;
export const MAX_PAGE = 100_000;
export const MAX_TEXT = 200;
export const MAX_ITEM = 100;
export const MAX_ITEMS = 50;
export const MAX_POPULAR = 10_000;

export const DEFAULT_QUERY: ExplorerQuery = Object.freeze({
  q: '',
  source: [],
  confidence: [],
  author: [],
  in: [],
  out: [],
  ctxMin: null,
  ctxMax: null,
  inMin: null,
  inMax: null,
  outMin: null,
  outMax: null,
  free: false,
  scoreMin: null,
  scoreMax: null,
  rankMin: null,
  rankMax: null,
  arena: DEFAULT_ARENA,
  cat: null,
  param: [],
  open: null,
  license: [],
  addedAfter: null,
  addedBefore: null,
  popular: null,
  ids: [],
  sort: DEFAULT_SORT,
  dir: columnById(DEFAULT_SORT).defaultDir,
  cols: [...DEFAULT_COLUMNS],
  page: 1,
  per: DEFAULT_PER,
}) as ExplorerQuery;

/** A fresh default query (its arrays are the caller's to change). */
export function defaultQuery(): ExplorerQuery {
  return structuredClone(DEFAULT_QUERY) as ExplorerQuery;
}
