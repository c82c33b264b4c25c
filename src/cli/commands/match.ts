// model-atlas match: the match decisions of a snapshot, with their evidence.

import type { Command } from 'commander';
import type { ModelRecord } from '../../domain/model.ts';
import { explainMatch } from '../../match/index.ts';
import type { MatchResult } from '../../match/types.ts';
import { checkDate, chooseSnapshot, withStore } from './shared.ts';

interface MatchFlags {
  db?: string;
  asOf?: string;
  overrides: boolean;
  explain?: string;
  format: string;
}

/** The decision stored with a record, as the matcher's result shape. */
export function matchResultOf(record: ModelRecord, useOverrides: boolean): MatchResult {
  const m = record.match;
  const alone = !useOverrides && m.override && m.algorithm ? m.algorithm : null;
  return {
    openrouterId: record.ids.openrouter!,
    arenaKey: alone ? alone.arenaKey : record.ids.arena,
    variantKeys: alone ? [] : m.variantKeys,
    confidence: alone ? alone.confidence : m.confidence,
    score: alone ? alone.score : m.score,
    evidence: alone ? alone.evidence : m.evidence,
    alternatives: alone ? alone.alternatives : m.alternatives,
    override: alone ? null : m.override,
    bridges: { litellm: record.ids.litellm, modelsDev: record.ids.modelsDev },
  };
}

export function registerMatch(program: Command): void {
  program
    .command('match')
    .description('Show how each OpenRouter model of a snapshot was matched to an arena key, and why.')
    .option('--db <path>', 'SQLite database file (default var/atlas.db, or DATABASE_URL)')
    .option('--as-of <date>', 'the snapshot of this day (default: the latest)')
    .option('--no-overrides', 'show what the algorithm decided alone, ignoring reviewed overrides')
    .option('--explain <id>', 'print the reasoning for one OpenRouter id')
    .option('--format <format>', 'text or json', 'text')
    .action(async (flags: MatchFlags) => {
      if (flags.format !== 'text' && flags.format !== 'json')
        throw new Error(`--format is text or json; got ${JSON.stringify(flags.format)}.`);
      const asOf = checkDate(flags.asOf);
      await withStore(flags.db, { readonly: true }, async (store) => {
        const snapshot = await chooseSnapshot(store, asOf);
        const records = (await store.loadRecords(snapshot.id)).filter((r) => r.ids.openrouter);
        let results = records.map((r) => matchResultOf(r, flags.overrides));
        if (flags.explain) {
          results = results.filter((r) => r.openrouterId === flags.explain);
          if (results.length === 0)
            throw new Error(
              `No OpenRouter model ${JSON.stringify(flags.explain)} in the snapshot as of ${snapshot.asOf}. Ids look like "anthropic/claude-3.5-sonnet".`,
            );
        }
        if (flags.format === 'json') {
          const out = results.map((r) => ({
            openrouterId: r.openrouterId,
            arenaKey: r.arenaKey,
            confidence: r.confidence,
            score: r.score,
            evidence: r.evidence,
            alternatives: r.alternatives,
            ...(r.override ? { override: r.override } : {}),
          }));
          process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        } else if (flags.explain) {
          process.stdout.write(`${explainMatch(results[0]!)}\n`);
        } else {
          console.log(
            `Snapshot #${snapshot.id} as of ${snapshot.asOf}${flags.overrides ? '' : ' (algorithm alone)'}`,
          );
          for (const r of results) {
            const key = r.arenaKey ?? '—';
            console.log(`${r.confidence.padEnd(9)} ${r.score.toFixed(2)}  ${r.openrouterId} → ${key}`);
          }
        }
      });
    });
}
