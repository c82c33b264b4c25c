// A recorded-data directory generated for the crash tests: monthly OpenRouter catalogs that change
// (prices move, models come and go), text ratings, a LiteLLM map and models.dev, with a manifest in
// the shape of ../shared/data/manifest.json. Big enough that a replay spends real time writing.

import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  type CatalogModel,
  catalogModels,
  catalogPayload,
  litellmPayload,
  modelsDevPayload,
  ratingsPayload,
} from './upstream-payloads.ts';

export interface CrashData {
  dir: string;
  /** Catalog dates, oldest first: one replay snapshot each. */
  dates: string[];
}

interface FileSpec {
  path: string;
  kind: string;
  date: string;
  body: unknown;
  extra?: Record<string, unknown>;
}

/**
 * The catalog of month `k`: every tenth price doubled per month, a few models retired, a few added, and
 * every description reworded (as upstream does), so each month's records are new rows to write.
 */
function catalogOfMonth(
  base: CatalogModel[],
  extra: CatalogModel[],
  k: number,
  notes: string,
): CatalogModel[] {
  const kept = base.filter((_, i) => i % 40 !== k);
  const moved = kept.map((m, i) => {
    const pricing = m.record.pricing as Record<string, string>;
    const doubled = (p: string | undefined) => (p && Number(p) > 0 ? String(Number(p) * 2 ** k) : p);
    const description = `${String(m.record.description)} Notes for month ${k + 1}: ${notes}`;
    return {
      ...m,
      record: {
        ...m.record,
        description,
        pricing: i % 10 === k % 10 ? { ...pricing, prompt: doubled(pricing.prompt) } : pricing,
      },
    };
  });
  return [...moved, ...extra.slice(0, 5 * k)];
}

const SENTENCE = 'It follows instructions, writes and reviews code, and answers in many languages. ';

/**
 * Write the directory. `models` is the catalog size of each month, `ranked` how many have arena
 * ratings, `notesKb` the length of each description's notes: long notes make heavy writes.
 */
export async function writeCrashData(
  models: number,
  months: number,
  ranked = 60,
  notesKb = 1,
): Promise<CrashData> {
  const notes = SENTENCE.repeat(Math.ceil((notesKb * 1024) / SENTENCE.length));
  const dir = await mkdtemp(join(tmpdir(), 'atlas-crash-data-'));
  const base = catalogModels(models, 5);
  const extra = catalogModels(models + 5 * months, 6).slice(models);
  const dates = Array.from({ length: months }, (_, k) => `2025-${String(k + 2).padStart(2, '0')}-15`);
  const files: FileSpec[] = dates.map((date, k) => ({
    path: `openrouter/openrouter_models_${date}.json`,
    kind: 'openrouter.models',
    date,
    body: catalogPayload(catalogOfMonth(base, extra, k, notes)),
  }));
  const ratingDates = [dates[0]!, dates[Math.floor(months / 2)]!];
  ratingDates.forEach((date, k) => {
    files.push({
      path: `lmarena/arenacatalog_text_${date}.json`,
      kind: 'lmarena.catalog.ratings',
      date,
      // A few ranked keys keep matching quick, so a replay's time goes mostly to writing.
      body: ratingsPayload(base.slice(0, ranked), { seed: 30 + k }),
      extra: { arena: 'text', styleControl: false },
    });
  });
  files.push(
    { path: 'litellm/prices.json', kind: 'litellm.prices', date: dates[0]!, body: litellmPayload(base) },
    { path: 'models.dev/api.json', kind: 'modelsdev.api', date: dates[0]!, body: modelsDevPayload(base) },
  );
  for (const f of files) {
    await mkdir(dirname(join(dir, f.path)), { recursive: true });
    await writeFile(join(dir, f.path), JSON.stringify(f.body));
  }
  const manifest = {
    description: 'generated for the crash-safety tests',
    files: files.map((f) => ({ path: f.path, kind: f.kind, date: f.date, ...f.extra })),
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  return { dir, dates };
}
