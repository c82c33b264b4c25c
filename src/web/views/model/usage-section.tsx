// Usage on OpenRouter: tokens over the last 7 and 30 days, rank and share, the daily sparkline with
// its gaps, what the figures mean (adoption, not quality) and the citation the data's licence asks.

import type { UsageSeriesData } from '../../../catalog/types.ts';
import { formatDate, formatInteger, formatRank, formatShare, formatTokens } from '../../../domain/format.ts';
import type { UsageFacts } from '../../../domain/model.ts';
import type { UsagePoint } from '../../../domain/usage-series.ts';
import { UsageSparkline } from '../../charts/usage-sparkline.tsx';
import { TableScroll } from '../table-scroll.tsx';

export const USAGE_HOME = 'https://openrouter.ai/rankings';

const FORMAT_LABELS: Record<string, string> = {
  'model-activity-csv': 'per-model daily activity',
  'rankings-daily-api': 'the rankings-daily dataset (the top 50 models a day, the rest as one "other" row)',
};

/** The citation OpenRouter's CC BY 4.0 licence asks for, dated by the last day with data. */
export function usageCitation(asOf: string): string {
  return `Source: OpenRouter (openrouter.ai/rankings), as of ${formatDate(asOf)}`;
}

function sourceText(source: string): string {
  return source
    .split('+')
    .map((f) => FORMAT_LABELS[f] ?? f)
    .join(' and ');
}

function coverage(days: number, of: number): string | null {
  return days < of ? `${days} of ${of} days have data` : null;
}

function Figures({ usage, windowEnd }: { usage: UsageFacts; windowEnd: string }) {
  const noWeek = usage.daysCovered7d === 0;
  const week = coverage(usage.daysCovered7d, 7);
  const month = coverage(usage.daysCovered30d, 30);
  return (
    <dl class="pairs">
      <dt>Last 7 days</dt>
      <dd>
        {noWeek
          ? `No usage data in the 7 days to ${formatDate(windowEnd)}`
          : `${formatTokens(usage.tokens7d)} tokens`}
        {week && !noWeek ? <span class="muted"> ({week})</span> : null}
      </dd>
      <dt>Last 30 days</dt>
      <dd>
        {formatTokens(usage.tokens30d)} tokens
        {month ? <span class="muted"> ({month})</span> : null}
      </dd>
      <dt>Rank by tokens, 7 days</dt>
      <dd>
        {usage.rank7d === null ? '—' : `${formatRank(usage.rank7d)} of the models with usage those days`}
      </dd>
      <dt>Share of all tokens, 7 days</dt>
      <dd>
        {usage.share7d === null
          ? '—'
          : `${formatShare(usage.share7d)} of every token on OpenRouter those days`}
      </dd>
    </dl>
  );
}

function DailyTable({ points }: { points: readonly UsagePoint[] }) {
  return (
    <details>
      <summary>Daily tokens ({points.length} days with a figure)</summary>
      <TableScroll label="Daily tokens">
        <table>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col" class="num">
                Tokens
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr>
                <th scope="row">{p.date}</th>
                <td class="num">
                  {formatTokens(p.tokens)} <span class="muted">({formatInteger(p.tokens)})</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}

export function UsageSection(props: {
  usage: UsageFacts | null;
  points: readonly UsagePoint[];
  window: Omit<UsageSeriesData, 'byModel'> | null;
  /** The last day of the usage windows (the day before a live snapshot's date). */
  windowEnd: string;
}) {
  const { usage, points, window } = props;
  return (
    <section class="section" aria-labelledby="usage-h">
      <h2 id="usage-h">Usage on OpenRouter</h2>
      {usage === null ? (
        <p>
          No usage data: OpenRouter's usage figures have no rows for this model in the 30 days to{' '}
          {formatDate(props.windowEnd)} (it may be newer than the usage data, not served on OpenRouter, or
          little used).
        </p>
      ) : (
        <>
          <Figures usage={usage} windowEnd={props.windowEnd} />
          {window && points.length > 0 ? (
            <figure>
              <UsageSparkline
                id="usage-spark"
                points={points}
                from={window.from}
                to={window.to}
                covered={window.covered}
              />
              <figcaption>
                Tokens a day, {window.from} to {window.to}. A break in the line is a day without a figure; a
                shaded band is a day with no usage data at all.
              </figcaption>
            </figure>
          ) : null}
          {points.length > 0 ? <DailyTable points={points} /> : null}
          <p class="muted">
            Usage measures adoption, not quality. Tokens are counted with each provider's own tokenizer, so
            counts are not comparable token for token across models. From {sourceText(usage.source)}.
          </p>
          <p class="citation">
            <a href={USAGE_HOME}>{usageCitation(usage.asOf)}</a>, licensed CC BY 4.0.
          </p>
        </>
      )}
    </section>
  );
}
