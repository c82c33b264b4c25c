// npm run bench — every benchmark of the issue in one run, over the recorded data replayed into a
// temporary database: page weights, serving against nginx, explorer interaction in Chromium,
// Lighthouse, ingest. Prints the tables and writes them to artifacts/bench/report.md.
//   BENCH_ONLY=weight,serve,interaction,lighthouse,ingest   a subset
//   BENCH_SECONDS (5), BENCH_ROUNDS (3), BENCH_WORKERS (1,2), BENCH_MODEL (z-ai/glm-4-32b), BENCH_DB,
//   BENCH_LIGHTHOUSE_RUNS (3)

import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startServer } from '../src/web/server.ts';
import { freePort } from '../test/export/nginx.ts';
import { latestCatalog } from './catalog-db.ts';
import { benchData } from './dataset.ts';
import { benchInteraction, interactionReport } from './interaction.ts';
import { type LighthouseResult, lighthouseReport, runLighthouse } from './lighthouse.ts';
import { describeMachine } from './machine.ts';
import { benchServing, servingReport } from './serve.ts';
import { summarize, targetVerdicts } from './serve-report.ts';
import { measureWeight, weightFailures, weightReport } from './weight.ts';

const PARTS = ['weight', 'serve', 'interaction', 'lighthouse', 'ingest'] as const;
type Part = (typeof PARTS)[number];

function chosenParts(env: NodeJS.ProcessEnv): Part[] {
  const wanted = (env.BENCH_ONLY ?? PARTS.join(',')).split(',').map((p) => p.trim());
  const unknown = wanted.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length > 0)
    throw new Error(`BENCH_ONLY names ${unknown.join(', ')}; the parts are ${PARTS.join(', ')}.`);
  return PARTS.filter((p) => wanted.includes(p));
}

function numberSetting(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number; got ${env[name]}.`);
  return value;
}

async function main(): Promise<number> {
  const env = process.env;
  const parts = chosenParts(env);
  const started = new Date();
  const sections: string[] = [
    `# Benchmark run of ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Command: \`npm run bench\`${env.BENCH_ONLY ? ` with BENCH_ONLY=${env.BENCH_ONLY}` : ''}.`,
    '',
    describeMachine(),
  ];
  const verdicts: { line: string; met: boolean }[] = [];
  const log = (line: string) => process.stderr.write(`${line}\n`);

  log('preparing the data (replaying the recorded payloads into a temporary database)…');
  const data = benchData(env);
  sections.push(`- Data: ${data.origin}.`);
  try {
    const catalog = await latestCatalog(data.db);
    sections.push(
      `- Snapshot served: #${catalog.snapshot.id} as of ${catalog.snapshot.asOf}, ${catalog.records.length} models.`,
    );

    if (parts.includes('weight')) {
      log('measuring page weights…');
      const weight = await measureWeight(catalog);
      const failures = weightFailures(weight);
      sections.push('', '## Weight', '', weightReport(weight));
      verdicts.push({
        met: failures.length === 0,
        line: `weight budgets: ${failures.length === 0 ? 'all within' : failures.join(' ')}`,
      });
    }

    if (parts.includes('serve')) {
      const bench = await benchServing({
        db: data.db,
        seconds: numberSetting(env, 'BENCH_SECONDS', 5),
        rounds: numberSetting(env, 'BENCH_ROUNDS', 3),
        connections: 64,
        threads: 2,
        workers: (env.BENCH_WORKERS ?? '1,2').split(',').map(Number),
        modelId: env.BENCH_MODEL ?? 'z-ai/glm-4-32b',
        log,
      });
      sections.push('', '## Serving', '', servingReport(bench));
      verdicts.push(...targetVerdicts(summarize(bench)));
      mkdirSync('artifacts/bench', { recursive: true });
      writeFileSync('artifacts/bench/serve-runs.json', `${JSON.stringify(bench, null, 2)}\n`);
    }

    if (parts.includes('interaction')) {
      log('measuring explorer interactions in Chromium…');
      const report = interactionReport(await benchInteraction(catalog));
      sections.push('', '## Interaction', '', report.text);
      verdicts.push({
        met: report.met,
        line: `interaction: ${report.text.split('\n').at(-1)!.replace(/^- /, '')}`,
      });
    }

    if (parts.includes('lighthouse')) {
      log('running Lighthouse…');
      const server = await startServer({ catalog, port: await freePort(), host: '127.0.0.1', warm: false });
      try {
        const model = `/models/${env.BENCH_MODEL ?? 'z-ai/glm-4-32b'}`;
        // Rendered once before the audits, as every page is after the server's warm-up.
        for (const path of [model, '/']) await (await fetch(`${server.url}${path}`)).arrayBuffer();
        const runs = numberSetting(env, 'BENCH_LIGHTHOUSE_RUNS', 3);
        const pages: LighthouseResult[][] = [[], []];
        // Pages alternate, so a burst of load on the machine does not land on one page's runs only.
        for (let i = 0; i < runs; i++) {
          pages[0]!.push(await runLighthouse('model page', `${server.url}${model}`));
          pages[1]!.push(await runLighthouse('explorer', `${server.url}/`));
        }
        const report = lighthouseReport(pages);
        sections.push('', '## Lighthouse', '', report.text);
        verdicts.push({
          met: report.met,
          line: `lighthouse: ${report.text.split('\n').at(-1)!.replace(/^- /, '')}`,
        });
      } finally {
        await server.close();
      }
    }
  } finally {
    data.cleanup();
  }

  if (parts.includes('ingest')) {
    log('measuring the ingest (bench/ingest.ts)…');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/ingest.ts'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...env, ATLAS_RECORDED_DATA: data.dataDir },
    });
    if (run.status !== 0) throw new Error(`bench/ingest.ts failed (${run.status}).`);
    sections.push('', '## Ingest', '', run.stdout.trim());
  }

  sections.push(
    '',
    '## Targets',
    '',
    ...verdicts.map((v) => `- ${v.met ? 'MET' : 'MISSED'}: ${v.line.replace(/^(MET|MISSED): /, '')}`),
  );
  const report = `${sections.join('\n')}\n`;
  mkdirSync('artifacts/bench', { recursive: true });
  writeFileSync('artifacts/bench/report.md', report);
  console.log(report);
  log(`written to artifacts/bench/report.md in ${((Date.now() - started.getTime()) / 60000).toFixed(1)} min`);
  return verdicts.every((v) => v.met) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
