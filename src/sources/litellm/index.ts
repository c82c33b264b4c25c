// LiteLLM `model_prices_and_context_window.json`: one record per model key, prices converted
// exactly from USD per token (JSON numbers) to USD per 1M tokens. See native-id.ts for the key rule.

import { perTokenNumberToPer1M } from '../../domain/price.ts';
import type { Parsed, RawRecord, Rejection, SourceParser } from '../source.ts';
import { PayloadError } from '../source.ts';
import type { LiteLLMEntry } from '../types.ts';
import { describeJsonType, isJsonObject, readJsonPayload } from './json-payload.ts';
import { litellmIds } from './native-id.ts';
import { LiteLLMEntrySchema, NON_MODEL_KEYS } from './schema.ts';

const SKIPPED = new Set<string>(NON_MODEL_KEYS);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function per1M(value: number | null | undefined): number | null {
  return value == null ? null : perTokenNumberToPer1M(value);
}

/** `supports_*` flags without the prefix, or the first one that is not a boolean. */
function readSupports(
  entry: Record<string, unknown>,
): { supports: Record<string, boolean> } | { field: string; got: unknown } {
  const supports: Record<string, boolean> = {};
  for (const [field, value] of Object.entries(entry)) {
    if (!field.startsWith('supports_')) continue;
    if (value === null || value === undefined) continue;
    if (typeof value !== 'boolean') return { field, got: value };
    supports[field.slice('supports_'.length)] = value;
  }
  return { supports };
}

export const litellmPrices: SourceParser<LiteLLMEntry> = {
  kind: 'litellm.prices',
  source: 'litellm',
  parse(text, input): Parsed<LiteLLMEntry> {
    const json = readJsonPayload(text, 'litellm', input.location);
    if (!isJsonObject(json)) {
      throw new PayloadError(
        'litellm',
        input.location,
        `expected a JSON object of model names, got ${describeJsonType(json)}`,
      );
    }
    const records: LiteLLMEntry[] = [];
    const rejections: Rejection[] = [];
    const raw: RawRecord[] = [];
    const notes: string[] = [];

    const lastUpdated = json.last_updated;
    if (typeof lastUpdated === 'string') {
      notes.push(`The LiteLLM map says it was last updated ${lastUpdated}.`);
      if (!lastUpdated.startsWith(input.date)) {
        notes.push(`Its last_updated (${lastUpdated}) is not the input date ${input.date}.`);
      }
    }

    const providers = new Set<string>();
    for (const [key, value] of Object.entries(json)) {
      if (SKIPPED.has(key) || !isJsonObject(value)) continue;
      if (typeof value.litellm_provider === 'string') providers.add(value.litellm_provider);
    }

    for (const [key, value] of Object.entries(json)) {
      if (SKIPPED.has(key)) continue;
      raw.push({ source: 'litellm', recordId: key, raw: value });
      const reject = (field: string | null, reason: string) =>
        rejections.push({ source: 'litellm', recordId: key, field, reason });
      if (!isJsonObject(value)) {
        reject(null, `The entry is ${describeJsonType(value)}, not an object of model facts.`);
        continue;
      }
      const checked = LiteLLMEntrySchema.safeParse(value);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        const field = issue.path.map(String).join('.') || null;
        reject(
          field,
          `${field ?? 'The entry'} is not valid: ${issue.message} (got ${JSON.stringify(value[field ?? ''])}).`,
        );
        continue;
      }
      const supports = readSupports(value);
      if ('field' in supports) {
        reject(
          supports.field,
          `${supports.field} must be true or false, got ${JSON.stringify(supports.got)}.`,
        );
        continue;
      }
      const e = checked.data;
      const provider = e.litellm_provider ?? null;
      const deprecation = e.deprecation_date ?? null;
      if (deprecation !== null && !ISO_DATE.test(deprecation)) {
        reject(
          'deprecation_date',
          `deprecation_date must be a YYYY-MM-DD date, got ${JSON.stringify(deprecation)}.`,
        );
        continue;
      }
      records.push({
        key,
        provider,
        mode: e.mode ?? null,
        ...litellmIds(key, provider, providers),
        inputPer1M: per1M(e.input_cost_per_token),
        outputPer1M: per1M(e.output_cost_per_token),
        cacheReadPer1M: per1M(e.cache_read_input_token_cost),
        maxInputTokens: e.max_input_tokens ?? null,
        maxOutputTokens: e.max_output_tokens ?? null,
        supports: supports.supports,
        deprecationDate: deprecation,
      });
    }
    if (records.length === 0 && rejections.length === 0) {
      throw new PayloadError('litellm', input.location, 'the map holds no model entries');
    }
    return { records, rejections, raw, notes };
  },
};
