// The evaluation as text: definitions, tables per date and per confidence level, targets, every
// error with the label's reason and the matcher's evidence, and the timing.

import { CONFIDENCES, type Confidence } from '../../src/domain/model.ts';
import { matchModels } from '../../src/match/index.ts';
import type { MatchResult } from '../../src/match/types.ts';
import type { Evaluation, Run } from './evaluate.ts';
import { type Judged, pct, tally } from './metrics.ts';

const LEVELS = CONFIDENCES.filter((c) => c !== 'unmatched');

function row(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => String(c).padStart(widths[i]!)).join('  ');
}

function table(title: string, groups: [string, Judged[]][]): string[] {
  const w = [12, 6, 6, 6, 8, 10, 8];
  const out = [title, row(['', 'ids', 'keyed', 'links', 'correct', 'precision', 'recall'], w)];
  for (const [name, judged] of groups) {
    const t = tally(judged);
    out.push(row([name, judged.length, t.positives, t.links, t.correct, pct(t.precision), pct(t.recall)], w));
  }
  return out;
}

function levelTable(judged: Judged[]): string[] {
  const w = [12, 6, 8, 10, 8];
  const out = [row(['confidence', 'links', 'correct', 'precision', 'recall'], w)];
  const levels: [string, Confidence[]][] = [
    ...LEVELS.map((l): [string, Confidence[]] => [l, [l]]),
    ['exact+high', ['exact', 'high']],
  ];
  for (const [name, set] of levels) {
    const t = tally(judged, set);
    out.push(row([name, t.links, t.correct, pct(t.precision), pct(t.recall)], w));
  }
  return out;
}

export function errorLines(judged: Judged[], results: Map<string, MatchResult>): string[] {
  const out: string[] = [];
  for (const j of judged) {
    if (j.outcome !== 'wrong' && j.outcome !== 'missed') continue;
    const r = results.get(`${j.label.asOf} ${j.label.openrouterId}`)!;
    const what =
      j.outcome === 'wrong'
        ? `WRONG  ${j.label.openrouterId} → ${r.arenaKey} (${r.confidence} ${r.score.toFixed(2)}); labelled ${j.label.arenaKey ?? 'none'}`
        : `MISSED ${j.label.openrouterId}; labelled ${j.label.arenaKey}`;
    out.push(`  [${j.label.asOf}] ${what}`);
    out.push(`      label: ${j.label.reason}`);
    const why = r.arenaKey
      ? r.evidence.slice(0, 4)
      : [
          ...r.evidence.slice(0, 2),
          ...r.alternatives.slice(0, 2).map((a) => `${a.arenaKey}: ${a.whyRejected}`),
        ];
    for (const e of why) out.push(`      matcher: ${e}`);
  }
  return out.length ? out : ['  none'];
}

function runTables(run: Run, asOfs: string[]): string[] {
  const groups: [string, Judged[]][] = [
    ...asOfs.map((a): [string, Judged[]] => [a, run.judged.filter((j) => j.label.asOf === a)]),
    ['combined', run.judged],
  ];
  const out = table(`== ${run.title} ==`, groups);
  for (const [name, judged] of groups) {
    out.push(`  by confidence, ${name}:`);
    out.push(...levelTable(judged).map((l) => `    ${l}`));
  }
  return out;
}

/** Median CPU and wall time of matching each date's full snapshot (after one warm-up run). */
function timingLines(e: Evaluation): string[] {
  const out = [
    'Timing: matchModels on one full snapshot, median of 7 runs after a warm-up (wall clock and CPU)',
  ];
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const d of e.dates) {
    const input = { ...d.input, overrides: e.overrides };
    let t0 = performance.now();
    matchModels(input);
    const cold = performance.now() - t0;
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < 7; i++) {
      const c0 = process.cpuUsage();
      t0 = performance.now();
      matchModels(input);
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    out.push(
      `  ${d.asOf}: ${d.input.openrouter.length} OpenRouter models × ${d.input.arena.length} arena keys: ` +
        `${median(wall).toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms CPU (first run ${cold.toFixed(0)} ms)`,
    );
  }
  return out;
}

export function report(e: Evaluation): string[] {
  const asOfs = e.dates.map((d) => d.asOf);
  const hard = e.labels.filter((l) => l.hard).length;
  const out = [
    `Match evaluation: ${e.labels.length} hand-labelled OpenRouter ids (${hard} hard cases) on ${asOfs.join(', ')}`,
    `Data: ${e.dataDir}; overrides: ${e.overrides.length} reviewed decisions`,
    '',
    'Definitions',
    '  link       a decision that names an arena key',
    '  correct    the link names the labelled key, or a labelled mode of it (thinking budget, effort, precision)',
    '  precision  correct links / links made',
    '  recall     correct links / labelled ids that have an arena key ("keyed")',
    "  per level  precision of the links made at that confidence; recall = that level's correct links / all keyed ids",
    '',
  ];
  for (const run of e.runs) out.push(...runTables(run, asOfs), '');
  out.push('Targets (combined)');
  for (const t of e.targets) out.push(`  ${t.met ? 'met   ' : 'MISSED'} ${t.text}`);
  out.push('');
  for (const run of e.runs) {
    out.push(
      `Errors, ${run.title.toLowerCase()} (wrong links and missed matches):`,
      ...errorLines(run.judged, run.results),
      '',
    );
  }
  out.push(...timingLines(e), '');
  const missed = e.targets.filter((t) => !t.met).length;
  out.push(missed ? `FAILED: ${missed} target(s) missed.` : 'All targets met.');
  return out;
}
