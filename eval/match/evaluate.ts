// Run the matcher on the recorded data of every labelled date, with and without the reviewed
// overrides, judge each decision against its hand label, and check the targets.

import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchModels, parseOverrides } from '../../src/match/index.ts';
import type { MatchOverride, MatchResult } from '../../src/match/types.ts';
import { type Label, parseLabels } from './labels.ts';
import { type LoadedDate, loadMatchInput } from './load.ts';
import { calibrationProblems, type Judged, judge, pct, tally } from './metrics.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '../..');

export const TARGETS = {
  withOverrides: { exactHighPrecision: 0.99, precision: 0.98, recall: 0.95 },
  algorithmAlone: { precision: 0.97, recall: 0.9 },
} as const;

export interface Run {
  title: string;
  judged: Judged[];
  /** By `asOf openrouterId`. */
  results: Map<string, MatchResult>;
}

export interface Evaluation {
  dataDir: string;
  labels: Label[];
  overrides: MatchOverride[];
  dates: LoadedDate[];
  runs: [Run, Run];
  /** Every target as a sentence, and whether it is met. */
  targets: { met: boolean; text: string }[];
}

/** The data directory: ATLAS_RECORDED_DATA, else ../shared/data next to the repository. */
export function dataDirFromEnv(): string {
  return resolve(process.env.ATLAS_RECORDED_DATA ?? resolve(ROOT, '../shared/data'));
}

function run(title: string, dates: LoadedDate[], labels: Label[], overrides: MatchOverride[] | null): Run {
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
  return { title, judged, results };
}

function checkTargets(withOverrides: Judged[], alone: Judged[]): { met: boolean; text: string }[] {
  const t = TARGETS;
  const eh = tally(withOverrides, ['exact', 'high']);
  const all = tally(withOverrides);
  const algo = tally(alone);
  const out = [
    {
      met: (eh.precision ?? 1) >= t.withOverrides.exactHighPrecision,
      text: `exact+high precision ${pct(eh.precision)} >= ${pct(t.withOverrides.exactHighPrecision)}`,
    },
    {
      met: (all.precision ?? 0) >= t.withOverrides.precision,
      text: `precision ${pct(all.precision)} >= ${pct(t.withOverrides.precision)}`,
    },
    {
      met: (all.recall ?? 0) >= t.withOverrides.recall,
      text: `recall ${pct(all.recall)} >= ${pct(t.withOverrides.recall)}`,
    },
    {
      met: (algo.precision ?? 0) >= t.algorithmAlone.precision,
      text: `algorithm alone: precision ${pct(algo.precision)} >= ${pct(t.algorithmAlone.precision)}`,
    },
    {
      met: (algo.recall ?? 0) >= t.algorithmAlone.recall,
      text: `algorithm alone: recall ${pct(algo.recall)} >= ${pct(t.algorithmAlone.recall)}`,
    },
  ];
  for (const [name, judged] of [
    ['with overrides', withOverrides],
    ['algorithm alone', alone],
  ] as const) {
    const problems = calibrationProblems(judged);
    out.push({
      met: problems.length === 0,
      text: `calibration ${name}: precision never rises as confidence falls${problems.length ? ` (${problems.join('; ')})` : ''}`,
    });
  }
  return out;
}

export async function evaluate(dataDir: string): Promise<Evaluation> {
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
      `The labels name ids the data does not have; is ${dataDir} the right data directory?\n${missing.join('\n')}`,
    );
  const withOverrides = run('With reviewed overrides', dates, labels, overrides);
  const alone = run('Algorithm alone (no overrides)', dates, labels, null);
  return {
    dataDir,
    labels,
    overrides,
    dates,
    runs: [withOverrides, alone],
    targets: checkTargets(withOverrides.judged, alone.judged),
  };
}
