// The matcher evaluation: run the matcher on the recorded data of every labelled date, with and
// without the reviewed overrides, and print precision and recall overall and per confidence level,
// every error for review, a timing, and whether the targets are met (exit 1 when not).
//   npm run eval:match        (tsx eval/match/run.ts)
// The data directory is ATLAS_RECORDED_DATA, else ../shared/data next to the repository.

import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIDENCES, type Confidence } from '../../src/domain/model.ts';
import { matchModels, parseOverrides } from '../../src/match/index.ts';
import type { MatchOverride, MatchResult } from '../../src/match/types.ts';
import { type Label, parseLabels } from './labels.ts';
import { type LoadedDate, loadMatchInput } from './load.ts';
import { calibrationProblems, type Judged, judge, pct, tally } from './metrics.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');

export const TARGETS = {
  withOverrides: { exactHighPrecision: 0.99, precision: 0.98, recall: 0.95 },
  algorithmAlone: { precision: 0.97, recall: 0.9 },
} as const;

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

function errorLines(judged: Judged[], results: Map<string, MatchResult>): string[] {
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
      ? r.evidence.slice(0, 3)
      : [
          ...r.evidence.slice(0, 2),
          ...r.alternatives.slice(0, 2).map((a) => `${a.arenaKey}: ${a.whyRejected}`),
        ];
    for (const e of why) out.push(`      matcher: ${e}`);
  }
  return out.length ? out : ['  none'];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Run {
  judged: Judged[];
  results: Map<string, MatchResult>;
}

function evaluate(dates: LoadedDate[], labels: Label[], overrides: MatchOverride[] | null): Run {
  const judged: Judged[] = [];
  const results = new Map<string, MatchResult>();
  for (const d of dates) {
    const byId = new Map(matchModels({ ...d.input, overrides }).map((r) => [r.openrouterId, r]));
    for (const label of labels.filter((l) => l.asOf === d.asOf)) {
      const r = byId.get(label.openrouterId)!;
      results.set(`${d.asOf} ${label.openrouterId}`, r);
      judged.push({ label, decision: r, outcome: judge(label, r) });
    }
  }
  return { judged, results };
}

async function main(): Promise<number> {
  const dataDir = resolve(process.env.ATLAS_RECORDED_DATA ?? resolve(ROOT, '../shared/data'));
  const labels = parseLabels(await readFile(resolve(HERE, 'labels.tsv'), 'utf8'));
  const overrides = parseOverrides(await readFile(resolve(ROOT, 'src/match/overrides.jsonl'), 'utf8'));
  const asOfs = [...new Set(labels.map((l) => l.asOf))].sort();
  const dates = await Promise.all(asOfs.map((a) => loadMatchInput(dataDir, a)));

  const missing: string[] = [];
  for (const d of dates) {
    const ids = new Set(d.input.openrouter.map((m) => m.id));
    for (const l of labels.filter((x) => x.asOf === d.asOf && !ids.has(x.openrouterId)))
      missing.push(`line ${l.line}: ${l.openrouterId} is not in the ${d.asOf} OpenRouter catalog`);
  }
  if (missing.length)
    throw new Error(
      `The labels name ids the data does not have; the data directory may be wrong:\n${missing.join('\n')}`,
    );

  const out: string[] = [];
  const hard = labels.filter((l) => l.hard).length;
  out.push(
    `Match evaluation: ${labels.length} hand-labelled OpenRouter ids (${hard} hard cases) on ${asOfs.join(', ')}`,
  );
  out.push(`Data: ${dataDir}; overrides: ${overrides.length} reviewed decisions`);
  out.push('');
  out.push('Definitions');
  out.push('  link       a decision that names an arena key');
  out.push(
    '  correct    the link names the labelled key, or a labelled mode of it (thinking budget, effort, precision)',
  );
  out.push('  precision  correct links / links made');
  out.push('  recall     correct links / labelled ids that have an arena key ("keyed")');
  out.push(
    "  per level  precision of the links made at that confidence; recall = that level's correct links / all keyed ids",
  );
  out.push('');

  const failures: string[] = [];
  const runs: [string, Run, MatchOverride[] | null][] = [
    ['With reviewed overrides', evaluate(dates, labels, overrides), overrides],
    ['Algorithm alone (no overrides)', evaluate(dates, labels, null), null],
  ];
  for (const [title, run] of runs) {
    const groups: [string, Judged[]][] = [
      ...asOfs.map((a): [string, Judged[]] => [a, run.judged.filter((j) => j.label.asOf === a)]),
      ['combined', run.judged],
    ];
    out.push(...table(`== ${title} ==`, groups));
    for (const [name, judged] of groups) {
      out.push(`  by confidence, ${name}:`);
      out.push(...levelTable(judged).map((l) => `    ${l}`));
    }
    out.push('');
  }

  const [withO, alone] = [runs[0]![1].judged, runs[1]![1].judged];
  const t = TARGETS;
  const check = (ok: boolean, text: string) => {
    out.push(`  ${ok ? 'met   ' : 'MISSED'} ${text}`);
    if (!ok) failures.push(text);
  };
  const eh = tally(withO, ['exact', 'high']);
  const all = tally(withO);
  const algo = tally(alone);
  out.push('Targets (combined)');
  check(
    (eh.precision ?? 1) >= t.withOverrides.exactHighPrecision,
    `exact+high precision ${pct(eh.precision)} >= ${pct(t.withOverrides.exactHighPrecision)}`,
  );
  check(
    (all.precision ?? 0) >= t.withOverrides.precision,
    `precision ${pct(all.precision)} >= ${pct(t.withOverrides.precision)}`,
  );
  check(
    (all.recall ?? 0) >= t.withOverrides.recall,
    `recall ${pct(all.recall)} >= ${pct(t.withOverrides.recall)}`,
  );
  check(
    (algo.precision ?? 0) >= t.algorithmAlone.precision,
    `algorithm alone: precision ${pct(algo.precision)} >= ${pct(t.algorithmAlone.precision)}`,
  );
  check(
    (algo.recall ?? 0) >= t.algorithmAlone.recall,
    `algorithm alone: recall ${pct(algo.recall)} >= ${pct(t.algorithmAlone.recall)}`,
  );
  for (const [name, judged] of [
    ['with overrides', withO],
    ['algorithm alone', alone],
  ] as const) {
    const problems = calibrationProblems(judged);
    check(
      problems.length === 0,
      `calibration ${name}: precision never rises as confidence falls${problems.length ? ` (${problems.join('; ')})` : ''}`,
    );
  }
  out.push('');

  for (const [title, run] of runs) {
    out.push(`Errors, ${title.toLowerCase()} (wrong links, then missed matches):`);
    out.push(...errorLines(run.judged, run.results));
    out.push('');
  }

  out.push('Timing (matchModels on one full snapshot, median of 7 runs after a warm-up)');
  for (const d of dates) {
    const input = { ...d.input, overrides };
    matchModels(input);
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      matchModels(input);
      times.push(performance.now() - t0);
    }
    out.push(
      `  ${d.asOf}: ${d.input.openrouter.length} OpenRouter models × ${d.input.arena.length} arena keys: ${median(times).toFixed(1)} ms`,
    );
  }
  out.push('');
  out.push(failures.length ? `FAILED: ${failures.length} target(s) missed.` : 'All targets met.');
  process.stdout.write(`${out.join('\n')}\n`);
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`The match evaluation could not run: ${(err as Error).message}\n`);
    process.exit(2);
  },
);
