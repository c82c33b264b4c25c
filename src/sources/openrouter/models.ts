// The parser for `GET /api/v1/models`: `{"data": [model, …]}` → normalized OpenRouter models.

import { pricingFromPerTokenStrings } from '../../domain/price.ts';
import type { Parsed, RawRecord, Rejection, SourceParser } from '../source.ts';
import { PayloadError } from '../source.ts';
import type { OpenRouterModel } from '../types.ts';
import { dataField, parseJsonText } from './json-payload.ts';
import { normalizeModel, splitId } from './normalize.ts';
import { problemsFromIssues, problemsFromPricing, rejectRecord } from './record-issues.ts';
import { UpstreamModel } from './schema.ts';

const SOURCE = 'openrouter' as const;

export const openRouterModels: SourceParser<OpenRouterModel> = {
  kind: 'openrouter.models',
  source: SOURCE,
  parse(text, input) {
    const data = dataField(
      parseJsonText(text, SOURCE, input.location),
      SOURCE,
      input.location,
      'a "data" list',
    );
    if (!Array.isArray(data))
      throw new PayloadError(
        SOURCE,
        input.location,
        `"data" is ${data === null ? 'null' : typeof data === 'object' ? 'an object' : typeof data}, expected a list of models` +
          (data !== null && typeof data === 'object' && 'endpoints' in data
            ? ' (this looks like an endpoints payload, not the catalog)'
            : ''),
      );
    if (data.length === 0)
      throw new PayloadError(SOURCE, input.location, 'the "data" list is empty: the catalog lists no models');

    const parsed = parseModels(data);
    if (parsed.records.length === 0) {
      const first = parsed.rejections[0];
      throw new PayloadError(
        SOURCE,
        input.location,
        `none of the ${data.length} records is usable; the first was rejected because ${first?.reason ?? 'of an unknown problem'}`,
        'The upstream format may have changed: check the payload and update the parser; the previous snapshot is unchanged.',
      );
    }
    if (input.partial) {
      const why = typeof input.meta.note === 'string' ? input.meta.note : 'a filtered or top-N listing';
      parsed.notes.push(
        `Partial catalog (${why}): it lists ${parsed.records.length} models, not the full catalog, and is never used as the main catalog.`,
      );
    }
    return parsed;
  },
};

/** Validate and normalize each record; a bad or duplicate record is rejected alone. */
function parseModels(data: unknown[]): Parsed<OpenRouterModel> {
  const records: OpenRouterModel[] = [];
  const rejections: Rejection[] = [];
  const raw: RawRecord[] = [];
  // Raw forms of rejected records, by id; one whose id was also accepted is left out, so ids stay unique.
  const rejectedRaw = new Map<string, RawRecord>();
  const firstAt = new Map<string, number>();

  for (const [index, record] of data.entries()) {
    const id = idOf(record);
    const outcome = checkRecord(record, id, index);
    if ('rejection' in outcome) {
      rejections.push(outcome.rejection);
      if (id !== null && !rejectedRaw.has(id))
        rejectedRaw.set(id, { source: SOURCE, recordId: id, raw: record });
      continue;
    }
    const { model } = outcome;
    const earlier = firstAt.get(model.id);
    if (earlier !== undefined) {
      const same = JSON.stringify(data[earlier]) === JSON.stringify(record);
      rejections.push({
        source: SOURCE,
        recordId: model.id,
        field: 'id',
        reason: `duplicate id: record #${index} repeats the id of record #${earlier}${same ? ' (identical)' : ' with different values'}; the first is kept`,
      });
      continue;
    }
    firstAt.set(model.id, index);
    records.push(model);
    raw.push({ source: SOURCE, recordId: model.id, raw: record });
  }
  for (const [id, entry] of rejectedRaw) if (!firstAt.has(id)) raw.push(entry);
  return { records, rejections, raw, notes: [] };
}

/** Validate one record's shape, id and prices, and normalize it. */
function checkRecord(
  record: unknown,
  id: string | null,
  index: number,
): { model: OpenRouterModel } | { rejection: Rejection } {
  const recordId = id ?? `#${index}`;
  const result = UpstreamModel.safeParse(record);
  if (!result.success) {
    const problems = problemsFromIssues(result.error.issues, record);
    const context = id === null ? 'the record has no usable id, so it cannot be listed: ' : '';
    return { rejection: rejectRecord(SOURCE, recordId, problems, context) };
  }
  const upstream = result.data;
  const parts = splitId(upstream.id);
  if ('problem' in parts)
    return { rejection: rejectRecord(SOURCE, recordId, [{ field: 'id', says: parts.problem }]) };
  const { pricing, problems } = pricingFromPerTokenStrings(upstream.pricing);
  if (problems.length > 0)
    return { rejection: rejectRecord(SOURCE, recordId, problemsFromPricing(problems, upstream.pricing)) };
  return { model: normalizeModel(upstream, parts, pricing) };
}

/** The record's id when it is a non-empty string, for naming it in rejections. */
function idOf(record: unknown): string | null {
  if (record === null || typeof record !== 'object') return null;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' && id.trim() !== '' ? id : null;
}
