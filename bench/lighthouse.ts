// Lighthouse 12.2.3 (pinned) with Debian's Chromium, mobile settings (its default: a moto g power
// viewport, simulated slow 4G and 4× CPU slowdown), for a model page and the explorer: the four
// category scores and every audit that cost points.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { mdTable } from './stats.ts';

export const LIGHTHOUSE = 'node_modules/.bin/lighthouse';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LighthouseAudit {
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
}

export interface LighthouseResult {
  page: string;
  url: string;
  version: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits that count towards a category score and did not score 1. */
  lost: { category: string; audit: LighthouseAudit; weight: number }[];
  metrics: Record<string, string>;
}

interface Report {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, LighthouseAudit & { numericValue?: number }>;
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'total-byte-weight',
];

export function readLighthouseReport(page: string, url: string, json: string): LighthouseResult {
  const report = JSON.parse(json) as Report;
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]),
  ) as LighthouseResult['scores'];
  const lost: LighthouseResult['lost'] = [];
  for (const category of CATEGORIES) {
    for (const ref of report.categories[category]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (audit && ref.weight > 0 && audit.score !== null && audit.score < 1)
        lost.push({ category, audit, weight: ref.weight });
    }
  }
  const metrics = Object.fromEntries(METRICS.map((id) => [id, report.audits[id]?.displayValue ?? '—']));
  return { page, url, version: report.lighthouseVersion, scores, lost, metrics };
}

/** Run Lighthouse as a child process (asynchronously: the server under test may share this process). */
export async function runLighthouse(page: string, url: string): Promise<LighthouseResult> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-lighthouse-'));
  try {
    const out = join(dir, 'report.json');
    const args = [
      url,
      '--output=json',
      `--output-path=${out}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      '--quiet',
    ];
    try {
      await promisify(execFile)(LIGHTHOUSE, args, {
        timeout: 180_000,
        env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      });
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? String(error);
      throw new Error(`lighthouse ${url} failed:\n${stderr}`);
    }
    return readLighthouseReport(page, url, readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The run with the median performance score of one page's runs (Lighthouse's advice for noisy machines). */
export function medianRun(runs: LighthouseResult[]): LighthouseResult {
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Each page's runs: the median run's scores (with the range over all runs) and what cost points in it. */
export function lighthouseReport(pages: LighthouseResult[][]): { text: string; met: boolean } {
  const medians = pages.map(medianRun);
  const met = medians.every((r) => CATEGORIES.every((c) => r.scores[c] === 100));
  const range = (runs: LighthouseResult[], c: (typeof CATEGORIES)[number]) => {
    const values = runs.map((r) => r.scores[c]);
    const [lo, hi] = [Math.min(...values), Math.max(...values)];
    return lo === hi ? '' : ` (${lo}–${hi})`;
  };
  const scores = mdTable(
    ['page', ...CATEGORIES, ...METRICS],
    pages.map((runs, i) => {
      const r = medians[i]!;
      return [
        `${r.page} (\`${new URL(r.url).pathname}\`)`,
        ...CATEGORIES.map((c) => `${r.scores[c]}${range(runs, c)}`),
        ...METRICS.map((m) => r.metrics[m] ?? '—'),
      ];
    }),
  );
  const lost = medians.flatMap((r) =>
    r.lost.map(
      (l) =>
        `- ${r.page}, ${l.category}: ${l.audit.title} (score ${l.audit.score}, weight ${l.weight}${l.audit.displayValue ? `, ${l.audit.displayValue}` : ''})`,
    ),
  );
  const runs = pages[0]?.length ?? 0;
  return {
    met,
    text: [
      `Lighthouse ${medians[0]?.version ?? '?'}, mobile settings (default emulation and simulated throttling), Chromium at ${process.env.CHROME_PATH ?? '/usr/bin/chromium'}; ${runs} runs per page, the run with the median performance score shown (the range over all runs in brackets). Simulated throttling scales the main-thread tasks it observes, so the machine's other load moves Total Blocking Time from run to run.`,
      '',
      scores,
      '',
      lost.length === 0
        ? 'No audit cost points in the median runs.'
        : `What cost points in the median runs:\n${lost.join('\n')}`,
      '',
      `- ${met ? 'MET' : 'MISSED'}: 100 in each category for both pages (median runs).`,
    ].join('\n'),
  };
}
