// model-atlas: thin commands over the pipeline, the store, the catalog and the web server.

import { Command } from 'commander';
import { registerBuild } from './commands/build.ts';
import { registerExport } from './commands/export.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerMatch } from './commands/match.ts';
import { registerServe } from './commands/serve.ts';
import { registerSnapshots } from './commands/snapshots.ts';

const program = new Command()
  .name('model-atlas')
  .description(
    'An explorer of large language models: one honest record per model from public catalogs and leaderboards.',
  )
  .showHelpAfterError('(run with --help for usage)');

registerIngest(program);
registerExport(program);
registerMatch(program);
registerSnapshots(program);
registerServe(program);
registerBuild(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`model-atlas: ${err instanceof Error ? err.message : String(err)}\n`);
  if (process.env.ATLAS_DEBUG) console.error(err);
  process.exit(1);
});
