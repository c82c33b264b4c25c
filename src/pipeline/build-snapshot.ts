// From parsed sources to the records of one snapshot: arena index, matching, usage, records.
// Pure: no I/O, so a replay, a live ingest and the tests all run the same code.

import type { Confidence, ModelRecord } from '../domain/model.ts';
import { apiIdByPermaslug, usageFacts } from '../domain/usage.ts';
import { usageWindowEnd } from '../domain/usage-series.ts';
import { matchModels } from '../match/index.ts';
import type { MatchOverride, MatchResult } from '../match/types.ts';
import { buildArenaIndex } from '../sources/lmarena/index.ts';
import type { UsageDay } from '../sources/types.ts';
import { buildRecords } from './build-records.ts';
import type { ParsedSources } from './parse-inputs.ts';

export interface BuiltSnapshot {
  asOf: string;
  records: ModelRecord[];
  matches: MatchResult[];
  notes: string[];
  timings: { matchMs: number; buildMs: number };
}

export function buildSnapshot(
  sources: ParsedSources,
  asOf: string,
  overrides: MatchOverride[] | null,
  options: { live?: boolean } = {},
): BuiltSnapshot {
  const t0 = performance.now();
  const arena = buildArenaIndex({
    ratings: sources.ratings,
    leaderboards: sources.leaderboards,
    keys: sources.arenaKeys?.entries ?? [],
    prices: sources.arenaPrices?.entries ?? [],
  });
  const models = sources.openrouter?.entries ?? [];
  const tMatch = performance.now();
  const matchInput = {
    openrouter: models,
    arena: arena.candidates,
    litellm: sources.litellm?.entries ?? [],
    modelsDev: sources.modelsDev?.entries ?? [],
  };
  const matches = matchModels({ ...matchInput, overrides });
  const matchMs = performance.now() - tMatch;
  // Where a reviewed override changed the outcome, keep what the algorithm alone said.
  const algorithmById = new Map<string, MatchResult>();
  if (overrides && matches.some((m) => m.override)) {
    for (const m of matchModels({ ...matchInput, overrides: null })) algorithmById.set(m.openrouterId, m);
  }

  let usage = null;
  if (sources.usageDays.length > 0 && models.length > 0) {
    // Rows of older files first, so a later file's restated day wins.
    const end = usageWindowEnd(asOf, options.live === true);
    const days: UsageDay[] = [...sources.usageDays]
      .sort((a, b) => a.asOf.localeCompare(b.asOf))
      .flatMap((f) => f.days.filter((d) => d.date <= end));
    usage = usageFacts(days, end, { apiIdByPermaslug: apiIdByPermaslug(models) });
  }

  const records = buildRecords({
    asOf,
    openrouter: sources.openrouter ? { models, asOf: sources.openrouter.asOf } : null,
    endpoints: sources.endpoints,
    arena,
    arenaPrices: sources.arenaPrices
      ? { entries: sources.arenaPrices.entries, asOf: sources.arenaPrices.asOf }
      : null,
    litellm: sources.litellm ? { entries: sources.litellm.entries, asOf: sources.litellm.asOf } : null,
    modelsDev: sources.modelsDev
      ? { entries: sources.modelsDev.entries, asOf: sources.modelsDev.asOf }
      : null,
    matches: matches.map((m) => (m.override ? withAlgorithm(m, algorithmById.get(m.openrouterId)) : m)),
    usage,
  });
  return {
    asOf,
    records,
    matches,
    notes: [...sources.notes, ...arena.notes],
    timings: { matchMs, buildMs: performance.now() - t0 },
  };
}

function withAlgorithm(m: MatchResult, alone: MatchResult | undefined): MatchResult {
  if (!alone) return m;
  return {
    ...m,
    algorithm: {
      arenaKey: alone.arenaKey,
      confidence: alone.confidence,
      score: alone.score,
      evidence: alone.evidence,
      alternatives: alone.alternatives,
    },
  };
}

/** Records per source type and per confidence, as a snapshot summary carries them. */
export function countRecords(records: ModelRecord[]) {
  const bySourceType: Record<string, number> = {};
  const byConfidence: Partial<Record<Confidence, number>> = {};
  for (const r of records) {
    bySourceType[r.sourceType] = (bySourceType[r.sourceType] ?? 0) + 1;
    if (r.sourceType !== 'arena_only')
      byConfidence[r.match.confidence] = (byConfidence[r.match.confidence] ?? 0) + 1;
  }
  return { models: records.length, bySourceType, byConfidence };
}
