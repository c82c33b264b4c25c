// Parse the payloads of one snapshot, each with the parser its kind names, into one bundle of
// normalized sources. Pure apart from the optional cache (a replay parses each file once).

import type { SnapshotInput } from '../catalog/types.ts';
import type { SourceName } from '../domain/model.ts';
import { litellmPrices } from '../sources/litellm/index.ts';
import { arenaKeys, arenaLeaderboard, arenaPrices, arenaRatings } from '../sources/lmarena/index.ts';
import { modelsDev } from '../sources/modelsdev/index.ts';
import { openRouterEndpoints, openRouterModels } from '../sources/openrouter/index.ts';
import { parseUsage } from '../sources/openrouter-usage/index.ts';
import type { FetchedPayload, Parsed, Rejection, SourceKind } from '../sources/source.ts';
import type {
  ArenaKeyEntry,
  ArenaLeaderboard,
  ArenaPriceEntry,
  ArenaRatingsFile,
  LiteLLMEntry,
  ModelsDevEntry,
  OpenRouterEndpoints,
  OpenRouterModel,
  UsageDay,
  UsageWeekToDate,
} from '../sources/types.ts';

export interface Dated<T> {
  entries: T;
  asOf: string;
  location: string;
}

export interface ParsedSources {
  openrouter: Dated<OpenRouterModel[]> | null;
  endpoints: { data: OpenRouterEndpoints; asOf: string }[];
  ratings: ArenaRatingsFile[];
  leaderboards: ArenaLeaderboard[];
  arenaKeys: Dated<ArenaKeyEntry[]> | null;
  arenaPrices: Dated<ArenaPriceEntry[]> | null;
  litellm: Dated<LiteLLMEntry[]> | null;
  modelsDev: Dated<ModelsDevEntry[]> | null;
  /** Full daily usage per input; `sha256` names the input the days are stored under. */
  usageDays: { days: UsageDay[]; asOf: string; location: string; format: string; sha256: string }[];
  usageWeekToDate: { entries: UsageWeekToDate[]; asOf: string; location: string }[];
  inputs: SnapshotInput[];
  rejections: Rejection[];
  raw: { inputSha256: string; source: SourceName; recordId: string; raw: unknown }[];
  notes: string[];
}

type AnyParsed =
  | { kind: 'openrouter.models'; parsed: Parsed<OpenRouterModel> }
  | { kind: 'openrouter.endpoints'; parsed: Parsed<OpenRouterEndpoints> }
  | { kind: 'lmarena.catalog.ratings'; parsed: Parsed<ArenaRatingsFile> }
  | { kind: 'lmarena.catalog.prices'; parsed: Parsed<ArenaPriceEntry> }
  | { kind: 'lmarena.keys.csv'; parsed: Parsed<ArenaKeyEntry> }
  | { kind: 'lmarena.leaderboard.csv'; parsed: Parsed<ArenaLeaderboard> }
  | { kind: 'litellm.prices'; parsed: Parsed<LiteLLMEntry> }
  | { kind: 'modelsdev.api'; parsed: Parsed<ModelsDevEntry> }
  | { kind: 'openrouter.usage.daily'; parsed: Parsed<UsageDay>; format: string }
  | { kind: 'openrouter.usage.weekly'; parsed: Parsed<UsageWeekToDate> };

/** Parses keyed by payload fingerprint and kind, reused across the snapshots of a replay. */
export type ParseCache = Map<string, AnyParsed>;

function parseOne(payload: FetchedPayload): AnyParsed {
  const { text } = payload;
  const kind: SourceKind = payload.kind;
  switch (kind) {
    case 'openrouter.models':
      return { kind, parsed: openRouterModels.parse(text, payload) };
    case 'openrouter.endpoints':
      return { kind, parsed: openRouterEndpoints.parse(text, payload) };
    case 'lmarena.catalog.ratings':
      return { kind, parsed: arenaRatings.parse(text, payload) };
    case 'lmarena.catalog.prices':
      return { kind, parsed: arenaPrices.parse(text, payload) };
    case 'lmarena.keys.csv':
      return { kind, parsed: arenaKeys.parse(text, payload) };
    case 'lmarena.leaderboard.csv':
      return { kind, parsed: arenaLeaderboard.parse(text, payload) };
    case 'litellm.prices':
      return { kind, parsed: litellmPrices.parse(text, payload) };
    case 'modelsdev.api':
      return { kind, parsed: modelsDev.parse(text, payload) };
    case 'openrouter.usage': {
      const usage = parseUsage(text, payload);
      return 'daily' in usage
        ? { kind: 'openrouter.usage.daily', parsed: usage.daily, format: usage.format }
        : { kind: 'openrouter.usage.weekly', parsed: usage.weekToDate };
    }
  }
}

/**
 * Parse every payload. A PayloadError from any parser propagates: a payload that is not a catalog
 * stops the whole ingest before anything is written.
 */
export function parseInputs(payloads: FetchedPayload[], cache?: ParseCache): ParsedSources {
  const out: ParsedSources = {
    openrouter: null,
    endpoints: [],
    ratings: [],
    leaderboards: [],
    arenaKeys: null,
    arenaPrices: null,
    litellm: null,
    modelsDev: null,
    usageDays: [],
    usageWeekToDate: [],
    inputs: [],
    rejections: [],
    raw: [],
    notes: [],
  };
  for (const payload of payloads) {
    const cacheKey = `${payload.kind}|${payload.sha256}|${JSON.stringify(payload.meta)}`;
    let result = cache?.get(cacheKey);
    if (!result) {
      result = parseOne(payload);
      cache?.set(cacheKey, result);
    }
    const { parsed } = result;
    const date = payload.date;
    const dated = <T>(entries: T): Dated<T> => ({ entries, asOf: date, location: payload.location });
    switch (result.kind) {
      case 'openrouter.models':
        out.openrouter = dated(result.parsed.records);
        break;
      case 'openrouter.endpoints':
        for (const data of result.parsed.records) out.endpoints.push({ data, asOf: date });
        break;
      case 'lmarena.catalog.ratings':
        out.ratings.push(...result.parsed.records);
        break;
      case 'lmarena.leaderboard.csv':
        out.leaderboards.push(...result.parsed.records);
        break;
      case 'lmarena.keys.csv':
        out.arenaKeys = dated(result.parsed.records);
        break;
      case 'lmarena.catalog.prices':
        out.arenaPrices = dated(result.parsed.records);
        break;
      case 'litellm.prices':
        out.litellm = dated(result.parsed.records);
        break;
      case 'modelsdev.api':
        out.modelsDev = dated(result.parsed.records);
        break;
      case 'openrouter.usage.daily':
        out.usageDays.push({
          days: result.parsed.records,
          asOf: date,
          location: payload.location,
          format: result.format,
          sha256: payload.sha256,
        });
        break;
      case 'openrouter.usage.weekly':
        out.usageWeekToDate.push({ entries: result.parsed.records, asOf: date, location: payload.location });
        break;
    }
    out.inputs.push({
      kind: payload.kind,
      location: payload.location,
      date,
      sha256: payload.sha256,
      bytes: payload.bytes,
      records: recordCount(result),
      rejected: parsed.rejections.length,
      partial: payload.partial,
      meta: payload.meta,
    });
    out.rejections.push(...parsed.rejections);
    for (const note of parsed.notes) out.notes.push(`${payload.location}: ${note}`);
    for (const r of parsed.raw)
      out.raw.push({ inputSha256: payload.sha256, source: r.source, recordId: r.recordId, raw: r.raw });
  }
  return out;
}

function recordCount(result: AnyParsed): number {
  switch (result.kind) {
    case 'lmarena.catalog.ratings':
      return result.parsed.records.reduce((n, f) => n + (f.categories.full?.length ?? 0), 0);
    case 'lmarena.leaderboard.csv':
      return result.parsed.records.reduce((n, f) => n + f.rows.length, 0);
    case 'openrouter.endpoints':
      return result.parsed.records.reduce((n, f) => n + f.endpoints.length, 0);
    default:
      return result.parsed.records.length;
  }
}
