// model-atlas snapshots: what the database holds.

import type { Command } from 'commander';
import { formatInteger } from '../../domain/format.ts';
import { withStore } from './shared.ts';

export function registerSnapshots(program: Command): void {
  program
    .command('snapshots')
    .description('List the snapshots in the database, oldest first.')
    .option('--db <path>', 'SQLite database file (default var/atlas.db, or DATABASE_URL)')
    .action(async (flags: { db?: string }) => {
      await withStore(flags.db, { readonly: true }, async (store) => {
        const snapshots = await store.listSnapshots();
        if (snapshots.length === 0) console.log(`No snapshots in ${store.path}.`);
        for (const s of snapshots) {
          console.log(
            `#${s.id}  as of ${s.asOf}  ${s.mode.padEnd(7)}  ${formatInteger(s.counts.models)} models  ${s.counts.rejected} rejected  written ${s.createdAt}`,
          );
        }
      });
    });
}
