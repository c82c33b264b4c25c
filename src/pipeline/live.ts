// The live sources: the same parsers as the recorded files, fed from URLs.
// Required sources (the OpenRouter catalog and the text arena ratings) fail the ingest when they
// cannot be read; optional ones (bridges, usage, other arenas) are left out with a sentence why.

import type { LiveSourceConfig } from '../cli/config.ts';
import { type FetchLiveOptions, fetchLivePayload } from '../sources/http.ts';
import { modelsUrl } from '../sources/openrouter/index.ts';
import { liveUsageRequest } from '../sources/openrouter-usage/index.ts';
import { type FetchedPayload, type InputMeta, PayloadError, type SourceKind } from '../sources/source.ts';
import { type IngestDeps, type IngestSummary, ingestPayloads } from './ingest.ts';
import { type ParseCache, parseInputs } from './parse-inputs.ts';

interface LiveInput {
  url: string;
  input: InputMeta;
  required: boolean;
  headers?: Record<string, string>;
}

function live(
  kind: SourceKind,
  url: string,
  date: string,
  meta: Record<string, unknown>,
  required: boolean,
): LiveInput {
  return { url, required, input: { kind, location: url, date, partial: false, meta } };
}

/** Every live payload of one ingest, with whether the ingest can go on without it. */
export function liveInputs(
  config: LiveSourceConfig,
  today: string,
): { inputs: LiveInput[]; skipped: string[] } {
  const arena = (file: string, arenaName: string, styleControl: boolean, required: boolean) =>
    live(
      'lmarena.catalog.ratings',
      `${config.arenaCatalogBaseUrl}/${file}`,
      today,
      { arena: arenaName, styleControl },
      required,
    );
  const inputs: LiveInput[] = [
    live('openrouter.models', modelsUrl(config.openrouterBaseUrl), today, {}, true),
    arena('leaderboard-text.json', 'text', false, true),
    arena('leaderboard-text-style-control.json', 'text', true, false),
    arena('leaderboard-vision.json', 'vision', false, false),
    arena('leaderboard-vision-style-control.json', 'vision', true, false),
    arena('leaderboard-image.json', 'image', false, false),
    live('lmarena.catalog.prices', `${config.arenaCatalogBaseUrl}/scatterplot-data.json`, today, {}, false),
    live('litellm.prices', config.litellmUrl, today, {}, false),
    live('modelsdev.api', config.modelsDevUrl, today, {}, false),
  ];
  const skipped: string[] = [];
  const usage = liveUsageRequest(
    {
      OPENROUTER_API_KEY: config.openrouterApiKey ?? undefined,
      OPENROUTER_BASE_URL: config.openrouterBaseUrl,
    },
    today,
  );
  if (usage.kind === 'fetch')
    inputs.push({ url: usage.url, input: usage.input, required: false, headers: usage.headers });
  else skipped.push(usage.reason);
  return { inputs, skipped };
}

/** Fetch the live sources and write one snapshot dated today (UTC). */
export async function ingestLive(
  config: LiveSourceConfig,
  deps: IngestDeps,
  fetchOptions: FetchLiveOptions = {},
  options: { allowShrink?: boolean } = {},
): Promise<IngestSummary> {
  const today = (deps.now?.() ?? new Date()).toISOString().slice(0, 10);
  const { inputs, skipped } = liveInputs(config, today);
  deps.progress.start('Fetching live sources', inputs.length);
  const t0 = performance.now();
  const results = await Promise.allSettled(
    inputs.map(async (i) => {
      const payload = await fetchLivePayload(i.url, i.input, {
        ...fetchOptions,
        // Settings from the environment (ATLAS_FETCH_*) win over the caller's defaults.
        ...config.fetch,
        headers: { ...fetchOptions.headers, ...i.headers },
      });
      deps.progress.tick(i.url);
      return payload;
    }),
  );
  deps.progress.stop();
  const payloads: FetchedPayload[] = [];
  const notes = [...skipped];
  results.forEach((r, idx) => {
    const i = inputs[idx]!;
    if (r.status === 'fulfilled') payloads.push(r.value);
    else if (i.required) {
      throw new Error(
        `The live ingest stopped: ${(r.reason as Error).message} Nothing was written; the previous snapshot is still the one served.`,
      );
    } else notes.push(`Left out ${i.url}: ${(r.reason as Error).message}`);
  });
  // An optional payload that is not a catalog (an HTML error page, a renamed field) is left out
  // with its reason; a required one stops the ingest. Parsed once: the cache carries it over.
  const parse: ParseCache = new Map();
  const usable: FetchedPayload[] = [];
  for (const payload of payloads) {
    try {
      parseInputs([payload], parse);
      usable.push(payload);
    } catch (err) {
      const required = inputs.find((i) => i.url === payload.location)?.required ?? true;
      if (required || !(err instanceof PayloadError)) throw err;
      notes.push(`Left out ${payload.location}: ${err.problem}.`);
    }
  }
  if (!options.allowShrink) await refuseShrunkenCatalog(usable, parse, deps);
  const summary = await ingestPayloads(usable, today, 'live', deps, { parse }, performance.now() - t0);
  summary.notes.unshift(...notes);
  return summary;
}

/** Below this share of the previous snapshot's OpenRouter models, a live catalog is suspect. */
export const SHRINK_LIMIT = 0.5;

/**
 * A live catalog that suddenly lists far fewer models is more likely an upstream fault (a filtered
 * or truncated listing served as the full one) than half the market vanishing overnight: refuse it
 * rather than serve a snapshot that drops most pages. `--allow-shrink` accepts it deliberately.
 */
async function refuseShrunkenCatalog(
  payloads: FetchedPayload[],
  parse: ParseCache,
  deps: IngestDeps,
): Promise<void> {
  const previous = await deps.store.latestSnapshot();
  if (!previous) return;
  const before =
    (previous.counts.bySourceType.openrouter_only ?? 0) +
    (previous.counts.bySourceType['openrouter+arena'] ?? 0);
  const catalog = payloads.find((p) => p.kind === 'openrouter.models');
  if (!catalog || before === 0) return;
  const now = parseInputs([catalog], parse).openrouter?.entries.length ?? 0;
  if (now < before * SHRINK_LIMIT) {
    throw new Error(
      `The live OpenRouter catalog lists ${now} models where the latest snapshot (as of ${previous.asOf}) has ${before}. ` +
        'That looks like a partial or faulty listing, so nothing was written and the previous snapshot is still the one served; if the drop is real, run the ingest again with --allow-shrink.',
    );
  }
}
