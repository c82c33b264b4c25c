// URL parameters → ExplorerQuery, validated: every bad value becomes a sentence for a 400.

import { CONFIDENCES, type Confidence, SOURCE_TYPES, type SourceType } from './model.ts';
import { MODEL_ID } from './model-id.ts';
import { COLUMN_IDS, type ColumnId, columnById, DEFAULT_ARENA } from './query-columns.ts';
import { QUERY_PARAMS, type QueryParamName } from './query-params.ts';
import {
  defaultQuery,
  type ExplorerQuery,
  MAX_ITEM,
  MAX_ITEMS,
  MAX_PAGE,
  MAX_PER,
  MAX_POPULAR,
  MAX_TEXT,
} from './query-state.ts';

export type ParseResult = { ok: true; query: ExplorerQuery } | { ok: false; errors: string[] };

export interface ParseOptions {
  /** Report parameters this contract does not know (for the API); the explorer page ignores them. */
  strict?: boolean;
}

/** Names as sources write them ("~anthropic", "Llama 3.1 Community"): no markup characters, no commas. */
const TOKEN = /^[^\s<>"`,\p{Cc}]([^<>"`,\p{Cc}]*[^\s<>"`,\p{Cc}])?$/u;

const CATEGORY = /^[a-z0-9][a-z0-9_-]*$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off']);

/** Validate URL parameters into an ExplorerQuery; every problem becomes one sentence. */
export function parseQuery(params: URLSearchParams, options: ParseOptions = {}): ParseResult {
  const errors: string[] = [];
  const query = defaultQuery();
  const known = new Set<string>(QUERY_PARAMS.map((p) => p.name));
  if (options.strict) {
    for (const name of new Set(params.keys())) {
      if (!known.has(name))
        errors.push(
          `The parameter "${clip(name)}" is not one the explorer knows; known parameters are ${[...known].join(', ')}.`,
        );
    }
  }

  // Single-value parameters: given once at most; empty means "not set" (a GET form sends blanks).
  const single = (name: QueryParamName): string | null => {
    const all = params.getAll(name).map((v) => v.trim());
    const set = all.filter((v) => v !== '');
    if (set.length > 1) {
      errors.push(`The parameter "${name}" was given ${set.length} times; give it once.`);
      return null;
    }
    const value = set[0] ?? null;
    if (value !== null && value.length > MAX_TEXT) {
      errors.push(`The parameter "${name}" is longer than ${MAX_TEXT} characters; shorten it.`);
      return null;
    }
    return value;
  };

  // Lists: repeated parameters or comma-separated values, de-duplicated, order kept.
  const list = (name: QueryParamName, check: (item: string) => string | null): string[] => {
    const items = params
      .getAll(name)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v !== '');
    const unique = [...new Set(items)];
    if (unique.length > MAX_ITEMS) {
      errors.push(`The parameter "${name}" lists ${unique.length} values; give at most ${MAX_ITEMS}.`);
      return [];
    }
    const good: string[] = [];
    for (const item of unique) {
      const problem =
        item.length > MAX_ITEM ? `is longer than ${MAX_ITEM} characters; shorten it.` : check(item);
      if (problem === null) good.push(item);
      else errors.push(`The value "${clip(item)}" of "${name}" ${problem}`);
    }
    return good;
  };

  const token = (item: string) =>
    TOKEN.test(item)
      ? null
      : 'has characters a name never has (markup characters, quotes, commas or control characters).';
  const oneOf =
    (allowed: readonly string[]) =>
    (item: string): string | null =>
      allowed.includes(item) ? null : `is not one of ${allowed.join(', ')}.`;

  const number = (
    name: QueryParamName,
    kind: 'tokens' | 'usd' | 'score' | 'rank' | 'count',
  ): number | null => {
    const raw = single(name);
    if (raw === null) return null;
    const value = kind === 'tokens' ? readTokens(raw) : readDecimal(raw);
    const example = { tokens: '128000 or 128k', usd: '0.5', score: '1300', rank: '10', count: '2' }[kind];
    if (value === null) {
      errors.push(`The parameter "${name}" must be a number, like ${example}; "${clip(raw)}" is not.`);
      return null;
    }
    if (value < 0) {
      errors.push(`The parameter "${name}" must not be negative; got ${raw}.`);
      return null;
    }
    if (kind !== 'usd' && kind !== 'score' && !Number.isInteger(value)) {
      errors.push(`The parameter "${name}" must be a whole number; got ${raw}.`);
      return null;
    }
    if (kind === 'rank' && value < 1) {
      errors.push(`The parameter "${name}" must be 1 or more: rank 1 is the top.`);
      return null;
    }
    if (kind === 'count' && value < 1) {
      errors.push(`The parameter "${name}" must be 1 or more.`);
      return null;
    }
    return value;
  };

  const date = (name: QueryParamName): string | null => {
    const raw = single(name);
    if (raw === null) return null;
    if (!isIsoDate(raw)) {
      errors.push(
        `The parameter "${name}" must be a date written YYYY-MM-DD, like 2025-05-01; "${clip(raw)}" is not.`,
      );
      return null;
    }
    return raw;
  };

  const flag = (name: QueryParamName): boolean | null => {
    const raw = single(name);
    if (raw === null) return null;
    const v = raw.toLowerCase();
    if (TRUE.has(v)) return true;
    if (FALSE.has(v)) return false;
    errors.push(`The parameter "${name}" must be 1 (yes) or 0 (no); "${clip(raw)}" is neither.`);
    return null;
  };

  const range = (name: string, min: number | null, max: number | null) => {
    if (min !== null && max !== null && min > max)
      errors.push(`The range for ${name} is empty: its minimum (${min}) is above its maximum (${max}).`);
  };

  query.q = (single('q') ?? '').replace(/\s+/g, ' ');
  query.source = list('source', oneOf(SOURCE_TYPES)) as SourceType[];
  query.confidence = list('confidence', oneOf(CONFIDENCES)) as Confidence[];
  query.author = list('author', token);
  query.in = list('in', token);
  query.out = list('out', token);
  query.ctxMin = number('ctx_min', 'tokens');
  query.ctxMax = number('ctx_max', 'tokens');
  range('the context window (ctx_min, ctx_max)', query.ctxMin, query.ctxMax);
  query.inMin = number('in_min', 'usd');
  query.inMax = number('in_max', 'usd');
  range('the input price (in_min, in_max)', query.inMin, query.inMax);
  query.outMin = number('out_min', 'usd');
  query.outMax = number('out_max', 'usd');
  range('the output price (out_min, out_max)', query.outMin, query.outMax);
  query.free = flag('free') ?? false;
  query.scoreMin = number('score_min', 'score');
  query.scoreMax = number('score_max', 'score');
  range('the arena score (score_min, score_max)', query.scoreMin, query.scoreMax);
  query.rankMin = number('rank_min', 'rank');
  query.rankMax = number('rank_max', 'rank');
  range('the arena rank (rank_min, rank_max)', query.rankMin, query.rankMax);
  const arena = single('arena');
  if (arena !== null && !CATEGORY.test(arena))
    errors.push(`The arena "${clip(arena)}" is not an arena name; use text, vision or image.`);
  else query.arena = arena?.toLowerCase() ?? DEFAULT_ARENA;
  const cat = single('cat');
  if (cat !== null && !CATEGORY.test(cat))
    errors.push(`The arena category "${clip(cat)}" is not a category name; use one like coding or math.`);
  else query.cat = cat === null || cat === 'full' ? null : cat;
  query.param = list('param', token);
  query.open = flag('open');
  query.license = list('license', token);
  query.addedAfter = date('added_after');
  query.addedBefore = date('added_before');
  if (query.addedAfter && query.addedBefore && query.addedAfter > query.addedBefore)
    errors.push(
      `The date range is empty: added_after (${query.addedAfter}) is later than added_before (${query.addedBefore}).`,
    );
  const popular = number('popular', 'count');
  if (popular !== null && popular > MAX_POPULAR)
    errors.push(`The parameter "popular" keeps the top N models by usage; give N of ${MAX_POPULAR} or less.`);
  else query.popular = popular;
  query.ids = list('ids', (id) => (MODEL_ID.test(id) ? null : 'is not a model id.'));

  const sort = single('sort');
  if (sort !== null) {
    if ((COLUMN_IDS as readonly string[]).includes(sort)) query.sort = sort as ColumnId;
    else
      errors.push(`The sort column "${clip(sort)}" does not exist; sort by one of ${COLUMN_IDS.join(', ')}.`);
  }
  const dir = single('dir');
  query.dir = columnById(query.sort).defaultDir;
  if (dir !== null) {
    if (dir === 'asc' || dir === 'desc') query.dir = dir;
    else errors.push(`The sort direction "${clip(dir)}" must be asc or desc.`);
  }
  const cols = list('cols', oneOf(COLUMN_IDS)) as ColumnId[];
  // Columns keep the table's order; the name column is always shown.
  if (cols.length > 0) query.cols = COLUMN_IDS.filter((id) => id === 'name' || cols.includes(id));

  const page = number('page', 'count');
  if (page !== null) {
    if (page > MAX_PAGE)
      errors.push(`The page number ${page} is beyond any catalog; use ${MAX_PAGE} or less.`);
    else query.page = page;
  }
  const per = number('per', 'count');
  if (per !== null) {
    if (per > MAX_PER)
      errors.push(`The page size ${per} is too large; show at most ${MAX_PER} rows per page.`);
    else query.per = per;
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, query };
}

/** "128000", "128k", "1.5M" → tokens; null when not a number. */
function readTokens(raw: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([kKmM]?)$/.exec(raw);
  if (!m) return readDecimal(raw);
  // A suffix means a rounded figure ("1.5M"); without one, a fraction is reported, not rounded.
  if (m[2] === '') return Number(m[1]);
  return Math.round(Number(m[1]) * (m[2]!.toLowerCase() === 'k' ? 1e3 : 1e6));
}

function readDecimal(raw: string): number | null {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

function isIsoDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
