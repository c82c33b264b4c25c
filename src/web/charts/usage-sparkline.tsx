// A small server-rendered sparkline of a model's daily tokens over the usage window. Days without a
// figure break the line (never drawn as 0); days with no usage data at all are shaded and dated.

import { formatCompact, formatTokens } from '../../domain/format.ts';
import { addDays } from '../../domain/usage.ts';
import type { UsagePoint } from '../../domain/usage-series.ts';

export interface SparklineProps {
  /** Unique within the page: used for the title and description ids. */
  id: string;
  points: readonly UsagePoint[];
  /** First and last day of the window, inclusive. */
  from: string;
  to: string;
  /** Days of the window with any usage data (platform-wide); the others are shaded as gaps. */
  covered: readonly string[];
}

const W = 360;
const H = 92;
const PAD = { left: 8, right: 8, top: 22, bottom: 24 };

/** Every day of the window, oldest first. */
export function windowDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

/** Consecutive runs of the days that pass `keep`, as [first, last] pairs. */
export function dayRuns(days: readonly string[], keep: (day: string) => boolean): [string, string][] {
  const runs: [string, string][] = [];
  for (const day of days) {
    const last = runs.at(-1);
    if (!keep(day)) continue;
    if (last && addDays(last[1], 1) === day) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

function rangeText(runs: readonly [string, string][]): string {
  return runs.map(([a, b]) => (a === b ? a : `${a} to ${b}`)).join(', ');
}

/** The chart's text alternative: what it shows and where its gaps are, in sentences. */
export function sparklineDescription(props: Omit<SparklineProps, 'id'>): string {
  const { points, from, to } = props;
  const days = windowDays(from, to);
  const covered = new Set(props.covered);
  const has = new Set(points.map((p) => p.date));
  const parts = [
    `Daily OpenRouter tokens from ${from} to ${to}: ${points.length} of ${days.length} days have a figure.`,
  ];
  if (points.length > 0) {
    const peak = points.reduce((a, b) => (b.tokens > a.tokens ? b : a));
    const last = points.at(-1)!;
    parts.push(
      `Highest ${formatTokens(peak.tokens)} on ${peak.date}; latest ${formatTokens(last.tokens)} on ${last.date}.`,
    );
  }
  const none = dayRuns(days, (d) => !covered.has(d));
  if (none.length > 0) parts.push(`No usage data at all on ${rangeText(none)}.`);
  const unlisted = dayRuns(days, (d) => covered.has(d) && !has.has(d));
  if (unlisted.length > 0) parts.push(`This model is not in the day's data on ${rangeText(unlisted)}.`);
  return parts.join(' ');
}

export function UsageSparkline(props: SparklineProps) {
  const days = windowDays(props.from, props.to);
  const index = new Map(days.map((d, i) => [d, i]));
  const covered = new Set(props.covered);
  const byDay = new Map(props.points.map((p) => [p.date, p.tokens]));
  const max = Math.max(0, ...props.points.map((p) => p.tokens));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = days.length > 1 ? plotW / (days.length - 1) : 0;
  const x = (day: string) => (days.length > 1 ? PAD.left + index.get(day)! * step : PAD.left + plotW / 2);
  const y = (tokens: number) => PAD.top + plotH - (max === 0 ? 0 : (tokens / max) * plotH);
  const xy = (day: string) => `${x(day).toFixed(1)},${y(byDay.get(day)!).toFixed(1)}`;
  const runs = dayRuns(days, (d) => byDay.has(d));
  const gaps = dayRuns(days, (d) => !covered.has(d));
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  const half = step / 2;
  return (
    <svg
      class="chart spark"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{`Daily OpenRouter tokens, ${props.from} to ${props.to}`}</title>
      <desc id={descId}>{sparklineDescription(props)}</desc>
      {gaps.map(([a, b]) => {
        const left = Math.max(PAD.left, x(a) - half);
        const right = Math.min(W - PAD.right, x(b) + half);
        return (
          <rect
            class="gap"
            x={left.toFixed(1)}
            y={PAD.top}
            width={Math.max(2, right - left).toFixed(1)}
            height={plotH}
          >
            <title>{a === b ? `No usage data on ${a}` : `No usage data from ${a} to ${b}`}</title>
          </rect>
        );
      })}
      <line
        class="axis"
        x1={PAD.left}
        x2={W - PAD.right}
        y1={PAD.top + plotH}
        y2={PAD.top + plotH}
        stroke-width="1"
      />
      <text x={PAD.left} y={14}>
        {`peak ${formatCompact(max)} tokens a day`}
      </text>
      {runs.map(([a, b]) => {
        const run = days.slice(index.get(a)!, index.get(b)! + 1);
        return run.length > 1 ? (
          <polyline class="line-a" points={run.map(xy).join(' ')} />
        ) : (
          <circle class="dot-a" cx={x(a).toFixed(1)} cy={y(byDay.get(a)!).toFixed(1)} r="2.5" />
        );
      })}
      <text x={PAD.left} y={H - 6} text-anchor="start">
        {props.from}
      </text>
      <text x={W - PAD.right} y={H - 6} text-anchor="end">
        {props.to}
      </text>
    </svg>
  );
}
