// The value chart: arena score against blended price (log scale), one dot per model, the Pareto
// frontier drawn as a line and its dots filled. Server-rendered SVG with a text alternative.

import { formatScore, formatUsd } from '../../domain/format.ts';
import { frontierLine, paretoFrontier, type ValuePoint } from '../../domain/pareto.ts';

export interface ValueChartPoint extends ValuePoint {
  name: string;
}

export interface ValueChartProps {
  /** Unique within the page: used for the title and description ids. */
  id: string;
  title: string;
  points: ValueChartPoint[];
}

const W = 760;
const H = 420;
const PAD = { left: 64, right: 24, top: 20, bottom: 56 };
/** Free models sit in a band left of the log axis, which cannot show 0. */
const FREE_BAND = 56;

function niceTicks(min: number, max: number, count: number): number[] {
  const span = max - min;
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step)
    ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
    for (const m of [1, 2, 5]) {
      const v = Number((m * 10 ** e).toPrecision(12));
      if (v >= min && v <= max) ticks.push(v);
    }
  }
  // Too many labels overlap: keep the powers of ten when the range is wide.
  return ticks.length > 8 ? ticks.filter((v) => Math.log10(v) % 1 === 0) : ticks;
}

function shorten(name: string): string {
  const bare = name.replace(/^[^:]{1,24}:\s*/, '');
  return bare.length > 26 ? `${bare.slice(0, 25)}…` : bare;
}

interface Placed {
  p: ValueChartPoint;
  x: number;
  y: number;
  lx: number;
  ly: number;
  anchor: 'start' | 'end';
}

/** Offsets tried for a label, above then below its dot, until it overlaps no label placed before. */
const LABEL_OFFSETS = [-8, 18, -22, 32, -36, 46];
const CHAR_WIDTH = 6.6;
const LINE = 13;

/** Place each label beside its dot where it covers no earlier label (greedy, top to bottom). */
function placeLabels(items: { p: ValueChartPoint; x: number; y: number }[], flipAt: number): Placed[] {
  // Dots count as boxes too (at a label's baseline height), so a label never covers another dot.
  const boxes: { x1: number; x2: number; y: number }[] = items.map(({ x, y }) => ({
    x1: x - 7,
    x2: x + 7,
    y: y + 4,
  }));
  return [...items]
    .sort((a, b) => a.y - b.y)
    .map(({ p, x, y }) => {
      const anchor = x > flipAt ? 'end' : 'start';
      const width = shorten(p.name).length * CHAR_WIDTH;
      const lx = anchor === 'end' ? x - 9 : x + 9;
      const x1 = anchor === 'end' ? lx - width : lx;
      const x2 = x1 + width;
      const free = (ly: number) => boxes.every((b) => b.x2 < x1 || b.x1 > x2 || Math.abs(b.y - ly) >= LINE);
      const ly = LABEL_OFFSETS.map((d) => y + d).find(free) ?? y - 8;
      boxes.push({ x1, x2, y: ly });
      return { p, x, y, lx, ly, anchor };
    });
}

/** The chart; null when there is nothing to plot. */
export function ValueChart(props: ValueChartProps) {
  const points = props.points;
  if (points.length === 0) return null;
  const frontier = paretoFrontier(points);
  const priced = points.filter((p) => p.price > 0).map((p) => p.price);
  const hasFree = points.some((p) => p.price === 0);
  let pMin = priced.length > 0 ? Math.min(...priced) / 1.6 : 0.1;
  let pMax = priced.length > 0 ? Math.max(...priced) * 1.6 : 10;
  if (pMax / pMin < 10) {
    const mid = Math.sqrt(pMin * pMax);
    pMin = mid / Math.sqrt(10);
    pMax = mid * Math.sqrt(10);
  }
  const scores = points.map((p) => p.score);
  const pad = Math.max(10, (Math.max(...scores) - Math.min(...scores)) * 0.1);
  const sMin = Math.min(...scores) - pad;
  const sMax = Math.max(...scores) + pad;
  const left = PAD.left + (hasFree ? FREE_BAND : 0);
  const plotW = W - left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (price: number) =>
    price === 0
      ? PAD.left + FREE_BAND / 2
      : left + ((Math.log10(price) - Math.log10(pMin)) / (Math.log10(pMax) - Math.log10(pMin))) * plotW;
  const y = (score: number) => PAD.top + plotH - ((score - sMin) / (sMax - sMin)) * plotH;
  const line = frontierLine(points);
  const onFrontier = points.filter((p) => frontier.has(p.id)).map((p) => p.name);
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  return (
    <svg
      class="value-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{props.title}</title>
      <desc id={descId}>
        {`${points.length} models plotted by blended price (log scale, x) and arena score (y). On the Pareto frontier, where no other model is both cheaper and higher-rated: ${onFrontier.join(', ')}.`}
      </desc>
      {niceTicks(sMin, sMax, 5).map((s) => (
        <g>
          <line class="grid" x1={PAD.left} x2={W - PAD.right} y1={y(s)} y2={y(s)} />
          <text class="tick" x={PAD.left - 8} y={y(s) + 4} text-anchor="end">
            {formatScore(s)}
          </text>
        </g>
      ))}
      {logTicks(pMin, pMax).map((p) => (
        <g>
          <line class="grid" x1={x(p)} x2={x(p)} y1={PAD.top} y2={PAD.top + plotH} />
          <text class="tick" x={x(p)} y={PAD.top + plotH + 18} text-anchor="middle">
            {formatUsd(p)}
          </text>
        </g>
      ))}
      {hasFree ? (
        <text class="tick" x={PAD.left + FREE_BAND / 2} y={PAD.top + plotH + 18} text-anchor="middle">
          Free
        </text>
      ) : null}
      <line class="axis" x1={PAD.left} x2={W - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} />
      <line class="axis" x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={PAD.top + plotH} />
      <text x={PAD.left + (W - PAD.left - PAD.right) / 2} y={H - 10} text-anchor="middle">
        Blended price, USD per 1M tokens (log scale)
      </text>
      <text
        x={14}
        y={PAD.top + plotH / 2}
        text-anchor="middle"
        transform={`rotate(-90 14 ${PAD.top + plotH / 2})`}
      >
        Arena score
      </text>
      {line.length > 1 ? (
        <polyline
          class="frontier"
          points={line.map((p) => `${x(p.price).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ')}
        />
      ) : null}
      {placeLabels(
        points.map((p) => ({ p, x: x(p.price), y: y(p.score) })),
        left + plotW * 0.62,
      ).map(({ p, x: px, y: py, lx, ly, anchor }) => (
        <g>
          <circle
            class={frontier.has(p.id) ? 'point on-frontier' : 'point'}
            cx={px.toFixed(1)}
            cy={py.toFixed(1)}
            r="6"
          >
            <title>{`${p.name}: ${formatUsd(p.price)} per 1M blended, score ${formatScore(p.score)}`}</title>
          </circle>
          <text x={lx.toFixed(1)} y={ly.toFixed(1)} text-anchor={anchor}>
            {shorten(p.name)}
          </text>
        </g>
      ))}
    </svg>
  );
}
