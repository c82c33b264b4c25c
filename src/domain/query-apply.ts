// Filter, sort and page records by an ExplorerQuery. The same function runs on the server, in
// the API and in the browser island, so every view of one URL shows the same rows.

import {
  arenaFigures,
  columnById,
  DEFAULT_ARENA,
  priceValue,
  type QueryRecord,
  type SortValue,
  usageValue,
} from './query-columns.ts';
import type { ExplorerQuery } from './query-state.ts';

export interface QueryResult<T> {
  /** The rows of the requested page. */
  rows: T[];
  /** Rows matching the filters, across all pages. */
  total: number;
  /** The number of pages (at least 1). */
  pages: number;
}

export interface ApplyOptions {
  /** false returns every matching row (CSV export); the default pages by query.page and query.per. */
  paged?: boolean;
}

/** Filter + sort (stable, nulls last in either direction) + page. */
export function applyQuery<T extends QueryRecord>(
  records: readonly T[],
  query: ExplorerQuery,
  options: ApplyOptions = {},
): QueryResult<T> {
  const keep = recordFilter(query, popularFloor(records, query.popular));
  const matching = records.filter(keep);
  const sorted = sortRecords(matching, query);
  const total = sorted.length;
  const per = Math.max(1, query.per);
  const pages = Math.max(1, Math.ceil(total / per));
  if (options.paged === false) return { rows: sorted, total, pages: 1 };
  const start = (query.page - 1) * per;
  return { rows: sorted.slice(start, start + per), total, pages };
}

/** Letters and digits only, lower case: "Z.ai" and "z-ai" become "zai". */
export function squash(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** Normalized search text per record, built once: records do not change while they are queried. */
const HAYSTACKS = new WeakMap<QueryRecord, { spaced: string; squashed: string }>();

function haystack(r: QueryRecord): { spaced: string; squashed: string } {
  let h = HAYSTACKS.get(r);
  if (!h) {
    const parts = [r.name, r.id, r.author ?? '', r.arena?.key ?? '', r.arena?.displayName ?? ''];
    h = { spaced: parts.map((p) => words(p).join(' ')).join(' | '), squashed: parts.map(squash).join('|') };
    HAYSTACKS.set(r, h);
  }
  return h;
}

function within(value: number | null, min: number | null, max: number | null): boolean {
  if (min === null && max === null) return true;
  if (value === null) return false;
  return (min === null || value >= min) && (max === null || value <= max);
}

function hasAll(have: readonly string[] | null, want: readonly string[]): boolean {
  if (want.length === 0) return true;
  if (have === null) return false;
  const set = new Set(have.map((v) => v.toLowerCase()));
  return want.every((w) => set.has(w.toLowerCase()));
}

/**
 * The fewest 7-day tokens a model needs to be among the `popular` most used of all `records` (ties
 * at the boundary are kept); null when there is no popularity filter. Judged on the whole catalog,
 * before other filters, so `popular=10&free=1` is the free models among the ten most used.
 */
export function popularFloor(records: readonly QueryRecord[], popular: number | null): number | null {
  if (popular === null) return null;
  const used = records
    .map(usageValue)
    .filter((v): v is number => v !== null && v > 0)
    .sort((a, b) => b - a);
  // With fewer models in use than asked for, every used model is in; none in use keeps nothing.
  return used[Math.min(popular, used.length) - 1] ?? Number.POSITIVE_INFINITY;
}

/** The predicate a query's filters describe; `floor` is the popularity cut from popularFloor. */
export function recordFilter(query: ExplorerQuery, floor: number | null = null): (r: QueryRecord) => boolean {
  const terms = words(query.q);
  const authors = new Set(query.author.map(squash));
  const licenses = new Set(query.license.map((l) => l.toLowerCase()));
  const hasScoreFilter =
    query.scoreMin !== null || query.scoreMax !== null || query.rankMin !== null || query.rankMax !== null;
  return (r) => {
    if (terms.length > 0) {
      const h = haystack(r);
      if (!terms.every((t) => h.spaced.includes(t) || h.squashed.includes(t))) return false;
    }
    if (query.source.length > 0 && !query.source.includes(r.sourceType)) return false;
    if (query.confidence.length > 0 && !query.confidence.includes(r.match.confidence)) return false;
    if (authors.size > 0 && (r.author === null || !authors.has(squash(r.author)))) return false;
    if (!hasAll(r.modalities.input, query.in)) return false;
    if (!hasAll(r.modalities.output, query.out)) return false;
    const ctx = r.contextLength !== null && r.contextLength > 0 ? r.contextLength : null;
    if (!within(ctx, query.ctxMin, query.ctxMax)) return false;
    if (!within(priceValue(r, 'input'), query.inMin, query.inMax)) return false;
    if (!within(priceValue(r, 'output'), query.outMin, query.outMax)) return false;
    if (query.free && r.pricing.state !== 'free') return false;
    if (query.cat !== null || hasScoreFilter || query.arena !== DEFAULT_ARENA) {
      const figures = arenaFigures(r, query);
      if (figures === null) return false;
      if (!within(figures.score, query.scoreMin, query.scoreMax)) return false;
      if (!within(figures.rank, query.rankMin, query.rankMax)) return false;
    }
    if (!hasAll(r.supportedParameters, query.param)) return false;
    if (query.open !== null && r.openWeights !== query.open) return false;
    if (licenses.size > 0 && (r.license === null || !licenses.has(r.license.toLowerCase()))) return false;
    if (floor !== null) {
      const used = usageValue(r);
      if (used === null || used < floor) return false;
    }
    if (query.addedAfter !== null || query.addedBefore !== null) {
      const day = r.created === null ? null : r.created.slice(0, 10);
      if (day === null) return false;
      if (query.addedAfter !== null && day < query.addedAfter) return false;
      if (query.addedBefore !== null && day > query.addedBefore) return false;
    }
    return true;
  };
}

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Sort by the query's column; nulls last either way; ties by name then id, so every runtime agrees. */
export function sortRecords<T extends QueryRecord>(records: readonly T[], query: ExplorerQuery): T[] {
  const column = columnById(query.sort);
  const sign = query.dir === 'asc' ? 1 : -1;
  const keyed = records.map((r) => ({
    r,
    key: column.sort(r, query),
    name: r.name.toLowerCase(),
  }));
  keyed.sort((a, b) => {
    const aNull = a.key === null || (typeof a.key === 'number' && Number.isNaN(a.key));
    const bNull = b.key === null || (typeof b.key === 'number' && Number.isNaN(b.key));
    if (aNull !== bNull) return aNull ? 1 : -1;
    if (!aNull) {
      const c = compareValues(a.key, b.key);
      if (c !== 0) return sign * c;
    }
    if (a.name !== b.name) return a.name < b.name ? -1 : 1;
    return a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0;
  });
  return keyed.map((k) => k.r);
}
