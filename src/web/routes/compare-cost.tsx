// The compare page's workload cost calculator (a GET form, computed on the server, made instant by
// the compare island) and its value chart section (score against blended price).

import type { CompareQuery } from '../../domain/compare-query.ts';
import { type Cost, describeCost, monthlyCost } from '../../domain/cost.ts';
import { formatDate, formatInteger, formatScore, formatUsd } from '../../domain/format.ts';
import type { ModelRecord } from '../../domain/model.ts';
import { paretoFrontier } from '../../domain/pareto.ts';
import { blendedValue } from '../../domain/query-columns.ts';
import { ValueChart, type ValueChartPoint } from '../charts/value-chart.tsx';
import { modelPath } from '../paths.ts';

function lowestTotals(costs: Cost[]): boolean[] {
  const totals = costs.map((c) => (c.kind === 'amount' ? c.total : null));
  const known = totals.filter((t): t is number => t !== null);
  if (known.length < 2 || known.every((t) => t === known[0])) return costs.map(() => false);
  const min = Math.min(...known);
  return totals.map((t) => t === min);
}

const attr = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function CostCalculator(props: { records: readonly ModelRecord[]; query: CompareQuery }) {
  const { records, query } = props;
  const w = query.workload;
  const costs = records.map((r) => monthlyCost(r.pricing, w));
  const best = lowestTotals(costs);
  return (
    <section class="section" aria-labelledby="cost-heading">
      <h2 id="cost-heading">Monthly cost of a workload</h2>
      <p class="muted">
        Tokens per month × each model's price per 1M tokens at its cheapest provider, in exact decimal
        arithmetic. The cached share of input is billed at the cache-read price where the model lists one.
      </p>
      <form id="cost-form" class="cost-form" method="get" action="/compare">
        <input type="hidden" name="ids" value={query.ids.join(',')} />
        <div class="field">
          <label for="c-in">Input tokens per month</label>
          <input type="number" id="c-in" name="in_tokens" min="0" step="1" value={String(w.inputTokens)} />
        </div>
        <div class="field">
          <label for="c-out">Output tokens per month</label>
          <input type="number" id="c-out" name="out_tokens" min="0" step="1" value={String(w.outputTokens)} />
        </div>
        <div class="field">
          <label for="c-cache">Cached share of input (%)</label>
          <input
            type="number"
            id="c-cache"
            name="cache_pct"
            min="0"
            max="100"
            step="0.01"
            value={String(w.cachedPct)}
          />
        </div>
        <div class="field">
          <button type="submit">Calculate</button>
        </div>
      </form>
      <div id="cost-errors" class="form-errors" role="alert" />
      <p id="cost-summary">
        For {formatInteger(w.inputTokens)} input and {formatInteger(w.outputTokens)} output tokens a month,{' '}
        {w.cachedPct}% of input cached. <span aria-hidden="true">★</span> marks the lowest total.
      </p>
      <div class="table-scroll">
        <table id="cost-table" class="compare-table">
          <caption class="visually-hidden">Monthly cost per model</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col" class="num">
                Input
              </th>
              <th scope="col" class="num">
                Cached input
              </th>
              <th scope="col" class="num">
                Output
              </th>
              <th scope="col" class="num">
                Total per month
              </th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {records.map((r, i) => {
              const t = describeCost(costs[i]!, w);
              return (
                <tr
                  data-state={r.pricing.state}
                  data-in={attr(r.pricing.inputPer1M)}
                  data-out={attr(r.pricing.outputPer1M)}
                  data-cache={attr(r.pricing.extra.cacheRead)}
                >
                  <th scope="row">
                    <a href={modelPath(r.id)}>{r.name}</a>
                  </th>
                  <td class="num c-input">{t.input}</td>
                  <td class="num c-cached">{t.cached}</td>
                  <td class="num c-output">{t.output}</td>
                  <td class={best[i] ? 'num c-total best' : 'num c-total'}>
                    <span class="c-total-text">{t.total}</span>
                    <span class="best-mark" hidden={!best[i]}>
                      <span aria-hidden="true">★</span>
                      <span class="visually-hidden">(lowest)</span>
                    </span>
                  </td>
                  <td class="c-note">{t.note ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

interface Excluded {
  name: string;
  reason: string;
}

/** Points comparable on one chart: scores from one leaderboard file only (anchoring shifts between files). */
/**
 * Points comparable on one chart: text-arena scores from one leaderboard file only (anchoring
 * shifts between files, and arenas do not share a scale).
 */
export function valuePoints(records: readonly ModelRecord[]): {
  points: ValueChartPoint[];
  excluded: Excluded[];
  asOf: string | null;
} {
  const text = (r: ModelRecord) =>
    r.arena?.arena === 'text' ? r.arena : (r.otherArenas.find((a) => a.arena === 'text') ?? null);
  const fileOf = (r: ModelRecord) => {
    const a = text(r);
    return a ? `${a.asOf}|${a.scoreSource}` : null;
  };
  const files = new Map<string, number>();
  for (const r of records) {
    const file = fileOf(r);
    if (file) files.set(file, (files.get(file) ?? 0) + 1);
  }
  const file = [...files.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const points: ValueChartPoint[] = [];
  const excluded: Excluded[] = [];
  for (const r of records) {
    const price = blendedValue(r);
    const a = text(r);
    if (!a) excluded.push({ name: r.name, reason: 'not ranked in the LMArena text arena' });
    else if (price === null)
      excluded.push({
        name: r.name,
        reason: r.pricing.state === 'variable' ? 'price is variable' : 'price is unknown',
      });
    else if (fileOf(r) !== file)
      excluded.push({
        name: r.name,
        reason: `score comes from another leaderboard file (${formatDate(a.asOf)})`,
      });
    else points.push({ id: r.id, name: r.name, price, score: a.score });
  }
  return { points, excluded, asOf: file === null ? null : file.split('|')[0]! };
}

function ChartData(props: { points: ValueChartPoint[] }) {
  const frontier = paretoFrontier(props.points);
  return (
    <details>
      <summary>Chart data</summary>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col" class="num">
                Blended / 1M
              </th>
              <th scope="col" class="num">
                Arena score
              </th>
              <th scope="col">On the frontier</th>
            </tr>
          </thead>
          <tbody>
            {[...props.points]
              .sort((a, b) => a.price - b.price)
              .map((p) => (
                <tr>
                  <th scope="row">{p.name}</th>
                  <td class="num">{p.price === 0 ? 'Free' : formatUsd(p.price)}</td>
                  <td class="num">{formatScore(p.score)}</td>
                  <td>{frontier.has(p.id) ? 'Yes' : 'No'}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

export function ValueSection(props: { records: readonly ModelRecord[] }) {
  const { points, excluded, asOf } = valuePoints(props.records);
  return (
    <section class="section" aria-labelledby="value-heading">
      <h2 id="value-heading">Value: arena score against price</h2>
      <p class="muted">
        Blended price = (3 × input + output) / 4 per 1M tokens, a typical 3:1 input-to-output mix. The line
        joins the Pareto frontier: models no other model here beats on both price and score.
        {asOf ? ` Scores from the LMArena text leaderboard of ${formatDate(asOf)}.` : ''}
      </p>
      {points.length > 0 ? (
        <>
          <ValueChart id="value-chart" title="Arena score against blended price" points={points} />
          <ChartData points={points} />
        </>
      ) : (
        <p>None of these models has both an arena score and a known price, so there is nothing to plot.</p>
      )}
      {excluded.length > 0 ? (
        <p>
          Not on the chart:{' '}
          {excluded.map((e, i) => (
            <>
              {i > 0 ? '; ' : ''}
              {e.name} ({e.reason})
            </>
          ))}
          .
        </p>
      ) : null}
    </section>
  );
}
