// The matcher evaluation, printed: precision and recall per date and per confidence level, with and
// without the reviewed overrides, every error for review, the timing, and the targets.
// Exits 1 when a target is missed, 2 when the evaluation cannot run.
//   npm run eval:match        (tsx eval/match/run.ts)
// The data directory is ATLAS_RECORDED_DATA, else ../shared/data next to the repository.

import { dataDirFromEnv, evaluate } from './evaluate.ts';
import { report } from './report.ts';

async function main(): Promise<number> {
  const evaluation = await evaluate(dataDirFromEnv());
  process.stdout.write(`${report(evaluation).join('\n')}\n`);
  return evaluation.targets.every((t) => t.met) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`The match evaluation could not run: ${(err as Error).message}\n`);
    process.exit(2);
  },
);
