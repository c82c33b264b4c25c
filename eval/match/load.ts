// The matcher's input for one as-of date of a recorded data directory, read exactly as an ingest
// reads it: the manifest, the per-date file selection, the parsers and the arena index.

import type { MatchInput } from '../../src/match/types.ts';
import { readRecordedData, readSelected } from '../../src/pipeline/ingest.ts';
import { parseInputs } from '../../src/pipeline/parse-inputs.ts';
import { selectInputs } from '../../src/pipeline/select-inputs.ts';
import { buildArenaIndex } from '../../src/sources/lmarena/index.ts';

export interface LoadedDate {
  asOf: string;
  input: Omit<MatchInput, 'overrides'>;
  /** The files used, for the report. */
  files: string[];
}

export async function loadMatchInput(dataDir: string, asOf: string): Promise<LoadedDate> {
  const data = await readRecordedData(dataDir);
  const selection = selectInputs(data.entries, asOf);
  const payloads = await readSelected(data, selection.inputs, undefined);
  const sources = parseInputs(payloads);
  if (!sources.openrouter)
    throw new Error(
      `No OpenRouter catalog is dated on or before ${asOf} in ${dataDir}; the labels cannot be checked.`,
    );
  const arena = buildArenaIndex({
    ratings: sources.ratings,
    leaderboards: sources.leaderboards,
    keys: sources.arenaKeys?.entries ?? [],
    prices: sources.arenaPrices?.entries ?? [],
  });
  return {
    asOf,
    input: {
      openrouter: sources.openrouter.entries,
      arena: arena.candidates,
      litellm: sources.litellm?.entries ?? [],
      modelsDev: sources.modelsDev?.entries ?? [],
    },
    files: selection.inputs.map((e) => `${e.kind} ${e.location} (${e.date})`),
  };
}
