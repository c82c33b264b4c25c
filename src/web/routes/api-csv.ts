// The CSV export of the API: one row per model, machine-readable figures (prices as USD per 1M
// tokens, empty when unknown, with the pricing state beside them so Free, Variable and Unknown stay distinct).

import { stringify } from 'csv-stringify/sync';
import type { ModelRecord } from '../../domain/model.ts';

const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
const bool = (v: boolean | null) => (v === null ? '' : v ? 'true' : 'false');

export const CSV_COLUMNS: readonly { header: string; value: (r: ModelRecord) => string }[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'name', value: (r) => r.name },
  { header: 'author', value: (r) => r.author ?? '' },
  { header: 'source_type', value: (r) => r.sourceType },
  { header: 'match_confidence', value: (r) => r.match.confidence },
  { header: 'match_score', value: (r) => num(r.match.score) },
  { header: 'context_length', value: (r) => num(r.contextLength) },
  { header: 'max_completion_tokens', value: (r) => num(r.maxCompletionTokens) },
  { header: 'pricing_state', value: (r) => r.pricing.state },
  { header: 'input_usd_per_1m', value: (r) => num(r.pricing.inputPer1M) },
  { header: 'output_usd_per_1m', value: (r) => num(r.pricing.outputPer1M) },
  { header: 'arena', value: (r) => r.arena?.arena ?? '' },
  { header: 'arena_key', value: (r) => r.arena?.key ?? '' },
  { header: 'arena_rank', value: (r) => num(r.arena?.rank) },
  { header: 'arena_ranked_models', value: (r) => num(r.arena?.of) },
  { header: 'arena_score', value: (r) => num(r.arena?.score) },
  { header: 'arena_ci_low', value: (r) => num(r.arena?.ciLow) },
  { header: 'arena_ci_high', value: (r) => num(r.arena?.ciHigh) },
  { header: 'arena_votes', value: (r) => num(r.arena?.votes) },
  { header: 'arena_as_of', value: (r) => r.arena?.asOf ?? '' },
  { header: 'input_modalities', value: (r) => r.modalities.input.join('|') },
  { header: 'output_modalities', value: (r) => r.modalities.output.join('|') },
  { header: 'supported_parameters', value: (r) => r.supportedParameters?.join('|') ?? '' },
  { header: 'license', value: (r) => r.license ?? '' },
  { header: 'open_weights', value: (r) => bool(r.openWeights) },
  { header: 'created', value: (r) => r.created ?? '' },
  { header: 'openrouter_id', value: (r) => r.ids.openrouter ?? '' },
  { header: 'canonical_slug', value: (r) => r.ids.canonicalSlug ?? '' },
  { header: 'hugging_face_id', value: (r) => r.ids.huggingFace ?? '' },
  { header: 'as_of', value: (r) => r.asOf },
];

/** Cells a spreadsheet would run as a formula (=, +, -, @) get a leading apostrophe. */
function defuse(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell) ? `'${cell}` : cell;
}

export function modelsCsv(records: readonly ModelRecord[]): string {
  return stringify(
    records.map((r) => CSV_COLUMNS.map((c) => defuse(c.value(r)))),
    { header: true, columns: CSV_COLUMNS.map((c) => c.header), record_delimiter: 'windows' },
  );
}
