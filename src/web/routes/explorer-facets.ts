// The values each explorer facet offers, taken from the catalog once per snapshot: authors,
// modalities, supported parameters, licenses and arena categories that actually occur.

import type { Catalog } from '../../catalog/catalog.ts';
import { arenaCategories } from '../../domain/explorer-rows.ts';
import { squash } from '../../domain/query-apply.ts';

export interface FacetOptions {
  authors: string[];
  inputModalities: string[];
  outputModalities: string[];
  params: string[];
  licenses: string[];
  /** Arenas models are ranked in, text first. */
  arenas: string[];
  /** Arena → its categories (without overall). */
  categories: Map<string, string[]>;
}

/** Parameters people filter on most, shown first; the rest follow alphabetically. */
const PARAM_ORDER = [
  'tools',
  'tool_choice',
  'structured_outputs',
  'response_format',
  'reasoning',
  'include_reasoning',
  'web_search_options',
  'seed',
  'logprobs',
];

const MODALITY_ORDER = ['text', 'image', 'file', 'audio', 'video'];
const ARENA_ORDER = ['text', 'vision', 'image'];

function ordered(values: Iterable<string>, first: readonly string[]): string[] {
  const set = new Set(values);
  const head = first.filter((v) => set.has(v));
  const tail = [...set].filter((v) => !first.includes(v)).sort();
  return [...head, ...tail];
}

const cache = new WeakMap<Catalog, FacetOptions>();

export function facetOptions(catalog: Catalog): FacetOptions {
  const hit = cache.get(catalog);
  if (hit) return hit;
  const authors = new Map<string, string>();
  const input = new Set<string>();
  const output = new Set<string>();
  const params = new Set<string>();
  const licenses = new Map<string, string>();
  for (const r of catalog.records) {
    // One entry per author as the filter matches them: "~anthropic" and "Anthropic" are one.
    if (r.author && !authors.has(squash(r.author))) authors.set(squash(r.author), r.author.replace(/^~/, ''));
    for (const m of r.modalities.input) input.add(m);
    for (const m of r.modalities.output) output.add(m);
    for (const p of r.supportedParameters ?? []) params.add(p);
    if (r.license) licenses.set(r.license.toLowerCase(), r.license);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });
  const options: FacetOptions = {
    authors: [...authors.values()].sort(byName),
    inputModalities: ordered(input, MODALITY_ORDER),
    outputModalities: ordered(output, MODALITY_ORDER),
    params: ordered(params, PARAM_ORDER),
    licenses: [...licenses.values()].sort(byName),
    arenas: [],
    categories: arenaCategories(catalog.records),
  };
  options.arenas = ordered(options.categories.keys(), ARENA_ORDER);
  cache.set(catalog, options);
  return options;
}
