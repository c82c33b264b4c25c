// Every migration, in order, provided in code so a bundled or exported build needs no migration folder.

import type { Migration, MigrationProvider } from 'kysely';
import { init } from './0001_init.ts';
import { modelRecord } from './0002_model_record.ts';
import { usageDay } from './0003_usage_day.ts';
import { inputUsageCount } from './0004_input_usage_count.ts';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_init': init,
  '0002_model_record': modelRecord,
  '0003_usage_day': usageDay,
  '0004_input_usage_count': inputUsageCount,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
};
