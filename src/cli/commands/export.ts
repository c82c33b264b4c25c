// model-atlas export: one record per model of a snapshot, as JSON or CSV.

import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { recordsToCsv } from '../../catalog/records-csv.ts';
import { checkDate, chooseSnapshot, withStore } from './shared.ts';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Write the records of a snapshot as JSON or CSV (to stdout, or --out FILE).')
    .requiredOption('--format <format>', 'json or csv')
    .option('--as-of <date>', 'the snapshot of this day (default: the latest)')
    .option('--db <path>', 'SQLite database file (default var/atlas.db, or DATABASE_URL)')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (flags: { format: string; asOf?: string; db?: string; out?: string }) => {
      if (flags.format !== 'json' && flags.format !== 'csv')
        throw new Error(`--format is json or csv; got ${JSON.stringify(flags.format)}.`);
      const asOf = checkDate(flags.asOf);
      const text = await withStore(flags.db, { readonly: true }, async (store) => {
        const snapshot = await chooseSnapshot(store, asOf);
        const records = await store.loadRecords(snapshot.id);
        return flags.format === 'json' ? `${JSON.stringify(records, null, 2)}\n` : recordsToCsv(records);
      });
      if (flags.out) await writeFile(flags.out, text);
      else await writeOut(text);
    });
}

/** Write to stdout and wait, so a large export is not cut short by process exit. */
function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (err) => (err ? reject(err) : resolve()));
  });
}
