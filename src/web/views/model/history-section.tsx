// Price and score history across snapshots: two small charts and the dated points as a table,
// which is also the charts' text alternative.

import type { HistoryPoint } from '../../../catalog/types.ts';
import {
  formatContext,
  formatDate,
  formatPricePer1M,
  formatRank,
  formatScore,
  formatUsd,
} from '../../../domain/format.ts';
import { type ChartPoint, HistoryChart } from '../../charts/history-chart.tsx';
import { TableScroll } from '../table-scroll.tsx';

function series(points: readonly HistoryPoint[], pick: (p: HistoryPoint) => number | null): ChartPoint[] {
  const out: ChartPoint[] = [];
  for (const p of points) {
    const value = pick(p);
    if (value !== null) out.push({ date: p.asOf, value });
  }
  return out;
}

function sentence(label: string, points: ChartPoint[], format: (v: number) => string): string {
  if (points.length === 0) return `${label}: no data.`;
  return `${label}: ${points.map((p) => `${format(p.value)} on ${formatDate(p.date)}`).join(', ')}.`;
}

const usd = (v: number) => (v === 0 ? 'Free' : formatUsd(v));

export function HistorySection({ history }: { history: readonly HistoryPoint[] }) {
  const priced = history.filter((p) => p.pricingState === 'priced' || p.pricingState === 'free');
  const input = series(priced, (p) => p.inputPer1M);
  const output = series(priced, (p) => p.outputPer1M);
  const score = series(history, (p) => p.arenaScore);
  return (
    <section class="section" aria-labelledby="history-h">
      <h2 id="history-h">History</h2>
      {history.length === 0 ? (
        <p class="muted">No history is recorded for this model yet.</p>
      ) : (
        <>
          <p class="muted">
            {history.length === 1
              ? 'One snapshot so far: the chart fills in as new snapshots arrive.'
              : `${history.length} snapshots, ${formatDate(history[0]!.asOf)} to ${formatDate(history.at(-1)!.asOf)}.`}
          </p>
          <div class="two-col">
            {input.length + output.length > 0 ? (
              <figure>
                <HistoryChart
                  id="price-chart"
                  title="Price per 1M tokens over time"
                  description={`${sentence('Input', input, usd)} ${sentence('Output', output, usd)}`}
                  series={[
                    { label: 'Input', look: 'a', points: input },
                    { label: 'Output', look: 'b', points: output },
                  ]}
                  format={usd}
                  formatTick={formatUsd}
                  fromZero={true}
                />
                <figcaption>
                  Price per 1M tokens: <span class="legend-a">— input</span>,{' '}
                  <span class="legend-b">- - output</span>
                </figcaption>
              </figure>
            ) : null}
            {score.length > 0 ? (
              <figure>
                <HistoryChart
                  id="score-chart"
                  title="Arena score over time"
                  description={sentence('Arena score', score, formatScore)}
                  series={[{ label: 'Arena score', look: 'a', points: score }]}
                  format={formatScore}
                  fromZero={false}
                />
                <figcaption>
                  Arena score. Scores from different leaderboard files are on different scales; compare ranks
                  within a date.
                </figcaption>
              </figure>
            ) : null}
          </div>
          <details>
            <summary>History data ({history.length} points)</summary>
            <TableScroll label="History data">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Snapshot</th>
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
                      Arena rank
                    </th>
                    <th scope="col" class="num">
                      Arena score
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {history.map((p) => (
                    <tr>
                      <th scope="row">{formatDate(p.asOf)}</th>
                      <td class="num">{formatPricePer1M(p.inputPer1M, p.pricingState)}</td>
                      <td class="num">{formatPricePer1M(p.outputPer1M, p.pricingState)}</td>
                      <td class="num">{formatContext(p.contextLength)}</td>
                      <td class="num">{formatRank(p.arenaRank, p.arenaOf)}</td>
                      <td class="num">
                        {formatScore(p.arenaScore)}
                        {p.arenaAsOf ? <span class="muted"> ({formatDate(p.arenaAsOf)})</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </details>
        </>
      )}
    </section>
  );
}
