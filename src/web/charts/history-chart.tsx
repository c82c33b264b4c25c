// A small server-rendered line chart for a model's history (prices, arena score), one dot per
// snapshot with its date. Time runs along x, so uneven gaps between snapshots look uneven.

export interface ChartPoint {
  date: string;
  value: number;
}

export interface ChartSeries {
  label: string;
  /** 'a' (solid, accent) or 'b' (dashed, second colour): the legend uses the same look. */
  look: 'a' | 'b';
  points: ChartPoint[];
}

export interface HistoryChartProps {
  /** Unique within the page: used for the title and description ids. */
  id: string;
  title: string;
  /** The text alternative: what the chart shows, in a sentence or two. */
  description: string;
  series: ChartSeries[];
  format: (value: number) => string;
  /** Axis tick labels (defaults to `format`): a price axis says $0 where a point says Free. */
  formatTick?: (value: number) => string;
  /** Start the y axis at zero (prices) rather than just below the lowest value (scores). */
  fromZero: boolean;
}

const W = 480;
const H = 200;
const PAD = { left: 62, right: 12, top: 12, bottom: 36 };

/**
 * Dates to label on the x axis: the first and the last always, the others only where they do not
 * crowd a neighbour (labels closer than `gap` pixels would overlap).
 */
export function spacedLabels(dates: readonly string[], x: (d: string) => number, gap: number): string[] {
  if (dates.length <= 1) return [...dates];
  const last = dates.at(-1)!;
  const kept: string[] = [dates[0]!];
  for (const d of dates.slice(1, -1)) {
    if (x(d) - x(kept.at(-1)!) >= gap && x(last) - x(d) >= gap) kept.push(d);
  }
  // Middle labels keep their distance from the last one, so only the first can crowd it.
  return x(last) - x(kept[0]!) < gap ? [last] : [...kept, last];
}

/** Three to five round tick values (steps of 1, 2 or 5 × 10^k) covering min..max. */
export function niceTicks(min: number, max: number): number[] {
  if (max === min) {
    const pad = max === 0 ? 1 : Math.abs(max) * 0.1;
    return niceTicks(min === 0 ? 0 : min - pad, max + pad);
  }
  const rough = (max - min) / 3;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let t = first; t < max + step * 0.999; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

export function HistoryChart(props: HistoryChartProps) {
  const all = props.series.flatMap((s) => s.points);
  if (all.length === 0) return null;
  const days = all.map((p) => dayNumber(p.date));
  const values = all.map((p) => p.value);
  const dMin = Math.min(...days);
  const dMax = Math.max(...days);
  const ticks = niceTicks(props.fromZero ? 0 : Math.min(...values), Math.max(...values));
  const vMin = ticks[0]!;
  const vMax = ticks.at(-1)!;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (date: string) =>
    dMax === dMin ? PAD.left + plotW / 2 : PAD.left + ((dayNumber(date) - dMin) / (dMax - dMin)) * plotW;
  const y = (v: number) => PAD.top + plotH - ((v - vMin) / (vMax - vMin)) * plotH;
  const dates = [...new Set(all.map((p) => p.date.slice(0, 10)))].sort();
  const shownDates = spacedLabels(dates, x, 84);
  // Dates at the plot's edges are anchored inwards so they are not clipped.
  const anchor = (px: number) => (px < PAD.left + 40 ? 'start' : px > W - PAD.right - 40 ? 'end' : 'middle');
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{props.title}</title>
      <desc id={descId}>{props.description}</desc>
      {ticks.map((t) => (
        <g>
          <line class="axis" x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke-width="1" />
          <text x={PAD.left - 8} y={y(t) + 4} text-anchor="end">
            {(props.formatTick ?? props.format)(t)}
          </text>
        </g>
      ))}
      {shownDates.map((d) => (
        <text x={x(d)} y={H - 14} text-anchor={anchor(x(d))}>
          {d}
        </text>
      ))}
      {props.series.map((s) => (
        <g>
          {s.points.length > 1 ? (
            <polyline
              class={`line-${s.look}`}
              points={s.points.map((p) => `${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')}
            />
          ) : null}
          {s.points.map((p) => (
            <circle class={`dot-${s.look}`} cx={x(p.date).toFixed(1)} cy={y(p.value).toFixed(1)} r="4.5">
              <title>{`${s.label}, ${p.date.slice(0, 10)}: ${props.format(p.value)}`}</title>
            </circle>
          ))}
        </g>
      ))}
    </svg>
  );
}
