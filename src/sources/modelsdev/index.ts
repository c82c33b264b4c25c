// models.dev (`{provider_id: {…, models: {model_id: {…}}}}`): one record per (provider, model).
// Costs are USD per 1M numbers already. The model id is the map key (the TOML path under
// `models/`); an inner `id` that disagrees with it is noted, never trusted over the key.

import { describeJsonType, isJsonObject, readJsonPayload } from '../litellm/json-payload.ts';
import { type Parsed, PayloadError, type RawRecord, type Rejection, type SourceParser } from '../source.ts';
import type { ModelsDevEntry } from '../types.ts';
import { ModelsDevModelSchema, ModelsDevProviderSchema } from './schema.ts';

function issueText(error: { issues: { path: PropertyKey[]; message: string }[] }): {
  field: string | null;
  message: string;
} {
  const issue = error.issues[0]!;
  const field = issue.path.map(String).join('.') || null;
  return { field, message: issue.message };
}

export const modelsDev: SourceParser<ModelsDevEntry> = {
  kind: 'modelsdev.api',
  source: 'modelsdev',
  parse(text, input): Parsed<ModelsDevEntry> {
    const json = readJsonPayload(text, 'modelsdev', input.location);
    if (!isJsonObject(json)) {
      throw new PayloadError(
        'modelsdev',
        input.location,
        `expected a JSON object of providers, got ${describeJsonType(json)}`,
      );
    }
    const records: ModelsDevEntry[] = [];
    const rejections: Rejection[] = [];
    const raw: RawRecord[] = [];
    const idMismatches: string[] = [];
    let providers = 0;

    for (const [providerId, provider] of Object.entries(json)) {
      const checkedProvider = ModelsDevProviderSchema.safeParse(provider);
      if (!checkedProvider.success) {
        const { field, message } = issueText(checkedProvider.error);
        rejections.push({
          source: 'modelsdev',
          recordId: providerId,
          field,
          reason: isJsonObject(provider)
            ? `Provider ${providerId} is left out: ${field ?? 'the provider'} is not valid (${message}).`
            : `Provider ${providerId} is ${describeJsonType(provider)}, not an object with a models map.`,
        });
        continue;
      }
      providers++;
      for (const [modelId, model] of Object.entries(checkedProvider.data.models)) {
        const recordId = `${providerId}/${modelId}`;
        raw.push({ source: 'modelsdev', recordId, raw: model });
        const checked = ModelsDevModelSchema.safeParse(model);
        if (!checked.success) {
          const { field, message } = issueText(checked.error);
          rejections.push({
            source: 'modelsdev',
            recordId,
            field,
            reason: isJsonObject(model)
              ? `${field ?? 'The model'} is not valid: ${message}.`
              : `The model is ${describeJsonType(model)}, not an object of model facts.`,
          });
          continue;
        }
        const m = checked.data;
        if (m.id != null && m.id !== modelId) idMismatches.push(`${recordId} (id ${m.id})`);
        records.push({
          providerId,
          modelId,
          name: m.name ?? null,
          family: m.family ?? null,
          releaseDate: m.release_date ?? null,
          lastUpdated: m.last_updated ?? null,
          knowledge: m.knowledge ?? null,
          openWeights: m.open_weights ?? null,
          reasoning: m.reasoning ?? null,
          toolCall: m.tool_call ?? null,
          inputPer1M: m.cost?.input ?? null,
          outputPer1M: m.cost?.output ?? null,
          cacheReadPer1M: m.cost?.cache_read ?? null,
          cacheWritePer1M: m.cost?.cache_write ?? null,
          contextLimit: m.limit?.context ?? null,
          outputLimit: m.limit?.output ?? null,
          inputModalities: m.modalities?.input ?? [],
          outputModalities: m.modalities?.output ?? [],
        });
      }
    }
    if (providers === 0) {
      throw new PayloadError('modelsdev', input.location, 'the payload holds no provider with a models map');
    }
    const notes = [`${providers} providers, ${records.length} models.`];
    if (idMismatches.length > 0) {
      notes.push(
        `${idMismatches.length} models carry an inner id that differs from their key; the key is used: ${idMismatches.join(', ')}.`,
      );
    }
    return { records, rejections, raw, notes };
  },
};
