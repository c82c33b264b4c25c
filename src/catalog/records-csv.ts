// One CSV shape for model records, shared by `model-atlas export --format csv` and /api/models.csv.
// Numbers are plain machine values (USD per 1M tokens, integers), not display strings; empty = null.

import { stringify } from 'csv-stringify/sync';
import { EXTRA_PRICE_MODES, type ModelRecord } from '../domain/model.ts';

type Cell = string | number | boolean | null;

const COLUMNS: { name: string; get: (r: ModelRecord) => Cell }[] = [
  { name: 'id', get: (r) => r.id },
  { name: 'name', get: (r) => r.name },
  { name: 'author', get: (r) => r.author },
  { name: 'source_type', get: (r) => r.sourceType },
  { name: 'match_confidence', get: (r) => r.match.confidence },
  { name: 'match_score', get: (r) => r.match.score },
  { name: 'openrouter_id', get: (r) => r.ids.openrouter },
  { name: 'canonical_slug', get: (r) => r.ids.canonicalSlug },
  { name: 'arena_key', get: (r) => r.ids.arena },
  { name: 'hugging_face_id', get: (r) => r.ids.huggingFace },
  { name: 'litellm_id', get: (r) => r.ids.litellm },
  { name: 'models_dev_id', get: (r) => r.ids.modelsDev },
  { name: 'context_length', get: (r) => r.contextLength },
  { name: 'max_completion_tokens', get: (r) => r.maxCompletionTokens },
  { name: 'input_modalities', get: (r) => r.modalities.input.join('|') },
  { name: 'output_modalities', get: (r) => r.modalities.output.join('|') },
  { name: 'supported_parameters', get: (r) => r.supportedParameters?.join('|') ?? null },
  { name: 'pricing_state', get: (r) => r.pricing.state },
  { name: 'input_usd_per_1m', get: (r) => r.pricing.inputPer1M },
  { name: 'output_usd_per_1m', get: (r) => r.pricing.outputPer1M },
  ...EXTRA_PRICE_MODES.map((mode) => ({
    name: `price_${mode.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`,
    get: (r: ModelRecord) => r.pricing.extra[mode] ?? null,
  })),
  { name: 'arena', get: (r) => r.arena?.arena ?? null },
  { name: 'arena_rank', get: (r) => r.arena?.rank ?? null },
  { name: 'arena_ranked_models', get: (r) => r.arena?.of ?? null },
  { name: 'arena_score', get: (r) => r.arena?.score ?? null },
  { name: 'arena_ci_low', get: (r) => r.arena?.ciLow ?? null },
  { name: 'arena_ci_high', get: (r) => r.arena?.ciHigh ?? null },
  { name: 'arena_votes', get: (r) => r.arena?.votes ?? null },
  { name: 'arena_style_control_rank', get: (r) => r.arena?.styleControl?.rank ?? null },
  { name: 'arena_style_control_score', get: (r) => r.arena?.styleControl?.score ?? null },
  { name: 'arena_as_of', get: (r) => r.arena?.asOf ?? null },
  { name: 'usage_tokens_7d', get: (r) => r.usage?.tokens7d ?? null },
  { name: 'usage_tokens_30d', get: (r) => r.usage?.tokens30d ?? null },
  { name: 'usage_rank_7d', get: (r) => r.usage?.rank7d ?? null },
  { name: 'usage_share_7d', get: (r) => r.usage?.share7d ?? null },
  { name: 'usage_days_covered_7d', get: (r) => r.usage?.daysCovered7d ?? null },
  { name: 'usage_days_covered_30d', get: (r) => r.usage?.daysCovered30d ?? null },
  { name: 'usage_as_of', get: (r) => r.usage?.asOf ?? null },
  { name: 'usage_source', get: (r) => r.usage?.source ?? null },
  { name: 'license', get: (r) => r.license },
  { name: 'open_weights', get: (r) => r.openWeights },
  { name: 'created', get: (r) => r.created },
  { name: 'knowledge_cutoff', get: (r) => r.knowledgeCutoff },
  { name: 'as_of', get: (r) => r.asOf },
];

export const RECORD_CSV_COLUMNS = COLUMNS.map((c) => c.name);

// Upstream text starting with these would run as a formula in a spreadsheet (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function safeCell(value: Cell): Cell {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** Records as CSV text with a header row. */
export function recordsToCsv(records: readonly ModelRecord[]): string {
  const rows = records.map((r) => COLUMNS.map((c) => safeCell(c.get(r))));
  return stringify([RECORD_CSV_COLUMNS, ...rows], {
    cast: { boolean: (b) => (b ? 'true' : 'false'), number: (n) => String(n) },
  });
}
