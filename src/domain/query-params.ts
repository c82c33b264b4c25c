// The explorer's URL parameters, documented once: the API's OpenAPI description, the explorer
// form and the parser all read this table.

import { CONFIDENCES, SOURCE_TYPES } from './model.ts';
import { COLUMN_IDS } from './query-columns.ts';

export interface QueryParam {
  name: string;
  /** How the value is read: one value, a list (repeat the parameter or separate with commas), … */
  kind: 'text' | 'list' | 'integer' | 'number' | 'flag' | 'date' | 'enum';
  description: string;
  /** Allowed values for enum-like parameters. */
  values?: readonly string[];
}

export const QUERY_PARAMS = [
  {
    name: 'q',
    kind: 'text',
    description: 'Text search: every word must appear in the name, id, author or arena name.',
  },
  {
    name: 'source',
    kind: 'list',
    description: 'Source type.',
    values: SOURCE_TYPES,
  },
  {
    name: 'confidence',
    kind: 'list',
    description: 'Match confidence.',
    values: CONFIDENCES,
  },
  { name: 'author', kind: 'list', description: 'Author or organization (case and punctuation ignored).' },
  {
    name: 'in',
    kind: 'list',
    description: 'Input modalities the model must all accept (text, image, file, audio…).',
  },
  { name: 'out', kind: 'list', description: 'Output modalities the model must all produce.' },
  { name: 'ctx_min', kind: 'integer', description: 'Smallest context window in tokens (128000 or 128k).' },
  { name: 'ctx_max', kind: 'integer', description: 'Largest context window in tokens.' },
  { name: 'in_min', kind: 'number', description: 'Lowest input price, USD per 1M tokens.' },
  {
    name: 'in_max',
    kind: 'number',
    description: 'Highest input price, USD per 1M tokens; variable and unknown prices are excluded.',
  },
  { name: 'out_min', kind: 'number', description: 'Lowest output price, USD per 1M tokens.' },
  {
    name: 'out_max',
    kind: 'number',
    description: 'Highest output price, USD per 1M tokens; variable and unknown prices are excluded.',
  },
  { name: 'free', kind: 'flag', description: '1: only models free on both input and output.' },
  {
    name: 'score_min',
    kind: 'number',
    description: 'Lowest arena score (in the category `cat` when given).',
  },
  { name: 'score_max', kind: 'number', description: 'Highest arena score.' },
  { name: 'rank_min', kind: 'integer', description: 'Best arena rank to include (1 is the top).' },
  {
    name: 'rank_max',
    kind: 'integer',
    description: 'Worst arena rank to include (10 keeps the top ten ranks).',
  },
  {
    name: 'arena',
    kind: 'enum',
    description:
      'LMArena arena whose ranks and scores are used (text by default; vision, image): other values keep only models ranked there.',
  },
  {
    name: 'cat',
    kind: 'enum',
    description:
      'Arena category (coding, math, creative_writing…): only models ranked in it; score and rank use it.',
  },
  {
    name: 'param',
    kind: 'list',
    description: 'Supported parameters the model must all list (tools, structured_outputs, reasoning…).',
  },
  { name: 'open', kind: 'flag', description: '1: open weights only; 0: proprietary only.' },
  { name: 'license', kind: 'list', description: 'License as a source states it (case ignored).' },
  { name: 'added_after', kind: 'date', description: 'Added on or after this date (YYYY-MM-DD).' },
  { name: 'added_before', kind: 'date', description: 'Added on or before this date (YYYY-MM-DD).' },
  {
    name: 'popular',
    kind: 'integer',
    description:
      'Only the N models with the most OpenRouter tokens over the last 7 days (ties kept): adoption, not quality.',
  },
  { name: 'ids', kind: 'list', description: 'Models selected for comparison (primary ids).' },
  {
    name: 'sort',
    kind: 'enum',
    description: 'Column to sort by; rows without a value always come last.',
    values: COLUMN_IDS,
  },
  {
    name: 'dir',
    kind: 'enum',
    description: "Sort direction; the default is the column's best-first.",
    values: ['asc', 'desc'],
  },
  {
    name: 'cols',
    kind: 'list',
    description: 'Columns to show; the name is always shown.',
    values: COLUMN_IDS,
  },
  { name: 'page', kind: 'integer', description: 'Page number, from 1.' },
  { name: 'per', kind: 'integer', description: 'Rows per page, 1 to 500 (default 50).' },
] as const satisfies readonly QueryParam[];

export type QueryParamName = (typeof QUERY_PARAMS)[number]['name'];
