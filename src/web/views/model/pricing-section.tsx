// Prices: model-level input and output per 1M tokens, every extra price mode the source lists,
// unrecognised price fields verbatim, and the per-provider table where endpoint data exists.

import {
  formatContext,
  formatDate,
  formatPricePer1M,
  formatUnitPrice,
  formatUsd,
} from '../../../domain/format.ts';
import {
  EXTRA_PRICE_MODES,
  type ExtraPriceMode,
  type ModelRecord,
  type Pricing,
} from '../../../domain/model.ts';
import { EXTRA_MODE_INFO } from '../labels.ts';
import { TableScroll } from '../table-scroll.tsx';

/** One extra price in its unit: "$0.31 / 1M", "$0.005 per request", "Variable", "Free". */
export function formatExtraPrice(mode: ExtraPriceMode, value: number | null): string {
  const { unit } = EXTRA_MODE_INFO[mode];
  if (unit === 'tokens') return value === null ? 'Variable' : formatPricePer1M(value, 'priced');
  return formatUnitPrice(value, unit);
}

const STATE_NOTE: Record<Pricing['state'], string> = {
  priced: 'Model-level prices are the lowest provider price OpenRouter lists for the model.',
  free: 'Free: the source lists a price of 0 for input and output tokens.',
  variable: 'Variable: this is a router; each request is charged at the rate of the model it is routed to.',
  unknown: 'Unknown: no source lists a price for this model. Unknown is never shown as free.',
};

export function PricingSection({ record }: { record: ModelRecord }) {
  const { pricing } = record;
  const extras = EXTRA_PRICE_MODES.filter((m) => m in pricing.extra);
  const other = Object.entries(pricing.otherRaw);
  const { inputPer1M: i, outputPer1M: o } = pricing;
  const blended = pricing.state !== 'variable' && i !== null && o !== null ? (3 * i + o) / 4 : null;
  return (
    <section class="section" aria-labelledby="pricing-h">
      <h2 id="pricing-h">Pricing</h2>
      <dl class="pairs">
        <dt>Input</dt>
        <dd>{formatPricePer1M(i, pricing.state)}</dd>
        <dt>Output</dt>
        <dd>{formatPricePer1M(o, pricing.state)}</dd>
        {blended !== null ? (
          <>
            <dt>Blended (3 input : 1 output)</dt>
            <dd>{blended === 0 ? 'Free' : `${formatUsd(blended)} / 1M`}</dd>
          </>
        ) : null}
      </dl>
      <p class="muted">{STATE_NOTE[pricing.state]}</p>
      {extras.length > 0 ? (
        <TableScroll label="Other price modes">
          <table>
            <caption>Other price modes</caption>
            <thead>
              <tr>
                <th scope="col">Mode</th>
                <th scope="col" class="num">
                  Price
                </th>
              </tr>
            </thead>
            <tbody>
              {extras.map((mode) => (
                <tr>
                  <th scope="row">{EXTRA_MODE_INFO[mode].label}</th>
                  <td class="num">{formatExtraPrice(mode, pricing.extra[mode] ?? null)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {other.length > 0 ? (
        <>
          <p>Other price fields, as the source gives them (USD per token or unit, not converted):</p>
          <ul class="chips">
            {other.map(([key, value]) => (
              <li>
                {key}: {value}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {record.endpoints.length > 0 ? <Providers record={record} /> : null}
    </section>
  );
}

function Providers({ record }: { record: ModelRecord }) {
  const asOf = record.endpoints[0]?.asOf;
  return (
    <TableScroll label="Providers">
      <table>
        <caption>
          Providers (OpenRouter endpoints{asOf ? `, as of ${formatDate(asOf)}` : ''}): prices differ by
          provider.
        </caption>
        <thead>
          <tr>
            <th scope="col">Provider</th>
            <th scope="col" class="num">
              Input / 1M
            </th>
            <th scope="col" class="num">
              Output / 1M
            </th>
            <th scope="col" class="num">
              Context
            </th>
            <th scope="col" class="num">
              Max output
            </th>
            <th scope="col">Quantization</th>
          </tr>
        </thead>
        <tbody>
          {record.endpoints.map((e) => (
            <tr>
              <th scope="row">
                {e.provider}
                {e.tag ? <span class="muted"> ({e.tag})</span> : null}
              </th>
              <td class="num">{formatPricePer1M(e.pricing.inputPer1M, e.pricing.state)}</td>
              <td class="num">{formatPricePer1M(e.pricing.outputPer1M, e.pricing.state)}</td>
              <td class="num">{formatContext(e.contextLength)}</td>
              <td class="num">{formatContext(e.maxCompletionTokens)}</td>
              <td>{e.quantization ?? 'Unknown'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
