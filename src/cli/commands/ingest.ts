// model-atlas ingest: recorded files (one date or the whole history) or the live sources.

import type { Command } from 'commander';
import { formatInteger } from '../../domain/format.ts';
import {
  type IngestSummary,
  ingestRecordedAsOf,
  readRecordedData,
  replayRecorded,
} from '../../pipeline/ingest.ts';
import { ingestLive } from '../../pipeline/live.ts';
import { liveSourceConfig } from '../config.ts';
import { createProgress } from '../progress.ts';
import { checkDate, loadOverrides, withStore } from './shared.ts';

interface IngestFlags {
  from?: string;
  asOf?: string;
  replay?: boolean;
  live?: boolean;
  db?: string;
  overrides: boolean;
  quiet?: boolean;
  allRejections?: boolean;
  allowShrink?: boolean;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Read the sources into a new snapshot (recorded files with --from, or --live).')
    .option('--from <dir>', 'a directory laid out like ../shared/data, with a manifest.json')
    .option(
      '--as-of <date>',
      'build the snapshot of this day (YYYY-MM-DD): newest file of each source on or before it',
    )
    .option('--replay', 'one snapshot per distinct date in the manifest, oldest first: the whole history')
    .option('--live', 'read the live sources (OPENROUTER_BASE_URL, ARENA_CATALOG_BASE_URL, …)')
    .option('--db <path>', 'SQLite database file (default var/atlas.db, or DATABASE_URL)')
    .option('--no-overrides', 'run the matcher alone, without the reviewed override file')
    .option('--all-rejections', 'list every rejected record, not only the first 20')
    .option(
      '--allow-shrink',
      'with --live: accept a catalog with less than half the models of the latest snapshot',
    )
    .option('--quiet', 'print only the summary')
    .action(async (flags: IngestFlags) => {
      const asOf = checkDate(flags.asOf);
      const modes = [flags.from ? 1 : 0, flags.live ? 1 : 0].reduce((a, b) => a + b, 0);
      if (modes !== 1) throw new Error('Say where to read from: --from DIR (recorded files) or --live.');
      if (flags.live && (flags.replay || asOf))
        throw new Error('--replay and --as-of go with --from, not --live.');
      if (flags.replay && asOf) throw new Error('--replay builds every date; leave out --as-of.');
      const progress = createProgress(process.stderr, flags.quiet === true);
      const overrides = await loadOverrides(flags.overrides);
      const started = performance.now();
      await withStore(flags.db, {}, async (store) => {
        const deps = { store, overrides, progress };
        if (flags.live) {
          printSummary(
            await ingestLive(liveSourceConfig(), deps, {}, { allowShrink: flags.allowShrink }),
            flags,
          );
        } else {
          const data = await readRecordedData(flags.from!);
          for (const u of data.unknownKinds)
            process.stderr.write(
              `note: ${u.path} is of kind "${u.kind}", which this version does not read.\n`,
            );
          if (flags.replay) {
            const { summaries, skipped } = await replayRecorded(data, deps);
            for (const s of skipped) console.log(`No snapshot for ${s.date}: ${s.why}.`);
            printReplay(summaries, flags, performance.now() - started);
          } else {
            printSummary(await ingestRecordedAsOf(data, asOf, deps), flags);
          }
        }
      });
    });
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function countsLine(s: IngestSummary): string {
  const c = s.snapshot.counts;
  const types = Object.entries(c.bySourceType)
    .map(([k, v]) => `${k} ${formatInteger(v)}`)
    .join(', ');
  return `${formatInteger(c.models)} models (${types})`;
}

function printRejections(rejections: IngestSummary['rejections'], all: boolean): void {
  if (rejections.length === 0) {
    console.log('Rejected records: none');
    return;
  }
  console.log(`Rejected records: ${formatInteger(rejections.length)}`);
  const shown = all ? rejections : rejections.slice(0, 20);
  for (const r of shown) {
    console.log(`  ${r.source}  ${r.recordId ?? '(no id)'}${r.field ? `  ${r.field}` : ''}: ${r.reason}`);
  }
  if (shown.length < rejections.length)
    console.log(`  … and ${rejections.length - shown.length} more (--all-rejections lists them all)`);
}

function printSummary(s: IngestSummary, flags: IngestFlags): void {
  console.log(`Snapshot #${s.snapshot.id} as of ${s.snapshot.asOf} (${s.snapshot.mode}): ${countsLine(s)}`);
  console.log('Sources:');
  for (const i of s.inputs) {
    console.log(
      `  ${i.kind.padEnd(24)} ${i.date}  ${i.location}  ${formatInteger(i.records)} records, ${i.rejected} rejected`,
    );
  }
  const conf = Object.entries(s.snapshot.counts.byConfidence)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  if (conf) console.log(`Matching (OpenRouter models): ${conf}`);
  printRejections(s.rejections, flags.allRejections === true);
  for (const n of s.notes) console.log(`note: ${n}`);
  const t = s.timings;
  console.log(
    `Took ${seconds(t.totalMs)} (read ${seconds(t.readMs)}, parse ${seconds(t.parseMs)}, match ${seconds(t.matchMs)}, build ${seconds(t.buildMs)}, write ${seconds(t.writeMs)})`,
  );
}

function printReplay(summaries: IngestSummary[], flags: IngestFlags, totalMs: number): void {
  console.log(`Replayed ${summaries.length} snapshots:`);
  for (const s of summaries) {
    const rejected = s.rejections.length ? `, ${s.rejections.length} rejected` : '';
    console.log(`  #${s.snapshot.id} ${s.snapshot.asOf}: ${countsLine(s)}${rejected}`);
  }
  // The same file rejects the same records in every snapshot it feeds: list each once.
  const seen = new Set<string>();
  const unique = summaries
    .flatMap((s) => s.rejections)
    .filter((r) => {
      const k = `${r.source}|${r.recordId}|${r.field}|${r.reason}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  printRejections(unique, flags.allRejections === true);
  const notes = [...new Set(summaries.flatMap((s) => s.notes))];
  for (const n of notes) console.log(`note: ${n}`);
  const match = summaries.reduce((a, s) => a + s.timings.matchMs, 0);
  console.log(`Took ${seconds(totalMs)} (matching ${seconds(match)} over ${summaries.length} snapshots)`);
}
