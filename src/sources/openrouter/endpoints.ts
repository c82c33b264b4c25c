// The parser for `GET /api/v1/models/{author}/{slug}/endpoints`: one model and its provider endpoints.

import { pricingFromPerTokenStrings } from '../../domain/price.ts';
import type { Rejection, SourceParser } from '../source.ts';
import { PayloadError } from '../source.ts';
import type { OpenRouterEndpoint, OpenRouterEndpoints } from '../types.ts';
import { dataField, describeValue, parseJsonText } from './json-payload.ts';
import { normalizeEndpoint, splitId } from './normalize.ts';
import {
  problemsFromIssues,
  problemsFromPricing,
  type RecordProblem,
  rejectRecord,
} from './record-issues.ts';
import { UpstreamEndpoint, UpstreamEndpointsModel } from './schema.ts';

const SOURCE = 'openrouter-endpoints' as const;

export const openRouterEndpoints: SourceParser<OpenRouterEndpoints> = {
  kind: 'openrouter.endpoints',
  source: SOURCE,
  parse(text, input) {
    const where = input.location;
    const expected = 'a "data" object holding the model and its "endpoints"';
    const data = dataField(parseJsonText(text, SOURCE, where), SOURCE, where, expected);
    if (data === null || typeof data !== 'object' || Array.isArray(data))
      throw new PayloadError(
        SOURCE,
        where,
        `"data" is ${describeValue(data)}, expected one model object with an "endpoints" list` +
          (Array.isArray(data) ? ' (this looks like the /models catalog, not an endpoints payload)' : ''),
      );
    const model = UpstreamEndpointsModel.safeParse(data);
    if (!model.success) {
      const problem = problemsFromIssues(model.error.issues, data)[0]!;
      throw new PayloadError(SOURCE, where, `"data.${problem.field}" ${problem.says}`);
    }
    const modelId = model.data.id;
    const parts = splitId(modelId);
    if ('problem' in parts) throw new PayloadError(SOURCE, where, `"data.id" ${parts.problem}`);

    const endpoints: OpenRouterEndpoint[] = [];
    const rejections: Rejection[] = [];
    model.data.endpoints.forEach((endpoint, index) => {
      const outcome = parseEndpoint(endpoint);
      if ('problems' in outcome) {
        const name = (endpoint as { name?: unknown } | null)?.name;
        const context = typeof name === 'string' ? `endpoint ${JSON.stringify(name)}: ` : '';
        rejections.push(rejectRecord(SOURCE, `${modelId}#endpoints.${index}`, outcome.problems, context));
      } else endpoints.push(outcome.endpoint);
    });

    const notes: string[] = [];
    const listed = model.data.endpoints.length;
    // An empty list is an answer (no provider serves the model right now), not a broken payload.
    if (listed === 0) notes.push(`${modelId} lists no endpoints: no provider serves it at this date.`);
    else if (endpoints.length === 0)
      throw new PayloadError(
        SOURCE,
        where,
        `none of the ${listed} endpoints of ${modelId} is usable; the first was rejected because ${rejections[0]?.reason}`,
        'The upstream format may have changed: check the payload and update the parser; the previous snapshot is unchanged.',
      );
    return {
      records: [{ modelId, endpoints }],
      rejections,
      raw: [{ source: SOURCE, recordId: modelId, raw: data }],
      notes,
    };
  },
};

function parseEndpoint(endpoint: unknown): { endpoint: OpenRouterEndpoint } | { problems: RecordProblem[] } {
  const result = UpstreamEndpoint.safeParse(endpoint);
  if (!result.success) return { problems: problemsFromIssues(result.error.issues, endpoint) };
  // The discount is a number, not a price: keep it out of the price reader.
  const { discount, ...prices } = result.data.pricing;
  if (
    discount !== undefined &&
    discount !== null &&
    (typeof discount !== 'number' || !Number.isFinite(discount))
  )
    return {
      problems: [{ field: 'pricing.discount', says: `should be a number, got ${describeValue(discount)}` }],
    };
  const { pricing, problems } = pricingFromPerTokenStrings(prices);
  if (problems.length > 0) return { problems: problemsFromPricing(problems, prices) };
  return {
    endpoint: normalizeEndpoint(result.data, pricing, typeof discount === 'number' ? discount : null),
  };
}
