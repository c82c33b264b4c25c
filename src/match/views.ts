// One OpenRouter model and one arena key, each seen through all the names it has.
// The OpenRouter slug and the arena key are the primary names; the Hugging Face repo is the weights'
// own name and may stand in for the slug; the display name and canonical slug only fill in facts
// (dates, versions) the primary names leave out, and a canonical slug that names other words is ignored.

import type { OpenRouterModel } from '../sources/types.ts';
import { dateOfIso, type PartialDate } from './dates.ts';
import { analyzeName, type NameFacts, SIZE_KINDS, type SizeKind, type Token } from './normalize.ts';
import type { ArenaCandidate } from './types.ts';

export type OrForm = 'slug' | 'hf' | 'name' | 'canonical';

export interface DatedFact {
  date: PartialDate;
  from: string;
}

export interface OrView {
  model: OpenRouterModel;
  slug: NameFacts;
  hf: NameFacts | null;
  name: NameFacts | null;
  canonical: NameFacts | null;
  /** Why the canonical slug was set aside, when it was. */
  canonicalIgnored: string | null;
  versions: Token[];
  versionTexts: string[];
  versionsFrom: OrForm | null;
  sizes: Record<SizeKind, string[]>;
  /** Every size token, for ranking near misses. */
  sizeTexts: string[];
  contexts: string[];
  revisions: string[];
  stages: string[];
  latest: boolean;
  instruct: boolean;
  base: boolean;
  /** Dates the model's own names state (slug, Hugging Face id, display name). */
  exactDates: DatedFact[];
  /** Dates that can pin an undated id to a dated snapshot: canonical slug, release date, listing date. */
  pins: DatedFact[];
  /** `slug`: the name says thinking; `variant`: the `:thinking` suffix. */
  thinking: { state: 'on' | 'off'; from: 'slug' | 'variant' } | null;
  effort: string | null;
  precision: string | null;
  price: { input: number; output: number } | null;
}

export interface ArenaView {
  candidate: ArenaCandidate;
  key: NameFacts;
  ranked: boolean;
  versions: Token[];
  versionTexts: string[];
  sizeTexts: string[];
  /** The key's own date, else one a display name states (weaker: display names are written by hand). */
  keyDate: PartialDate | null;
  displayDate: PartialDate | null;
  precision: string | null;
  instruct: boolean;
  /** The key without its mode words: keys sharing it are one model in several modes. */
  groupKey: string;
  /** Family words, versions and sizes: keys sharing it are snapshots of one model. */
  siblingKey: string;
  /** Family words and versions: keys sharing it are one model line in several sizes. */
  familyKey: string;
}

const THINKING_WORDS = new Set(['thinking', 'think', 'reasoning', 'reasoner']);
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** "Anthropic: Claude 3.5 Sonnet" → "Claude 3.5 Sonnet". */
function stripAuthor(name: string): string {
  const i = name.indexOf(': ');
  return i === -1 ? name : name.slice(i + 2);
}

const afterSlash = (id: string) => id.slice(id.indexOf('/') + 1);

function firstNonEmpty<T>(lists: [OrForm, T[] | undefined][]): [OrForm | null, T[]] {
  for (const [form, list] of lists) if (list && list.length > 0) return [form, list];
  return [null, []];
}

export interface OrExtras {
  /** models.dev's release date for the id, and where it came from. */
  releaseDate?: string | null;
  releaseFrom?: string | null;
  /** The base id's record for a variant (`:extended` is priced apart; the base id's price is the list price). */
  base?: OpenRouterModel | null;
}

export function orView(model: OpenRouterModel, extra: OrExtras = {}): OrView {
  const slug = analyzeName(model.slug);
  const hf = model.huggingFaceId ? analyzeName(afterSlash(model.huggingFaceId)) : null;
  const name = model.name ? analyzeName(stripAuthor(model.name)) : null;
  let canonical = model.canonicalSlug ? analyzeName(afterSlash(model.canonicalSlug)) : null;
  let canonicalIgnored: string | null = null;
  if (canonical) {
    // `kimi-k2-thinking` and `kimi-k2-thinking-20251106` name the same words: one ends in a mode word.
    const words = (f: NameFacts) => f.core.filter((w) => !THINKING_WORDS.has(w)).join(' ');
    const sameWords = words(canonical) === words(slug) || (hf !== null && words(canonical) === words(hf));
    const ownVersions = (slug.versions.length ? slug.versions : (hf?.versions ?? []))
      .map((v) => v.text)
      .sort();
    const canonVersions = canonical.versions.map((v) => v.text).sort();
    if (!sameWords) canonicalIgnored = `canonical slug ${model.canonicalSlug} names other words; ignored`;
    else if (ownVersions.length > 0 && canonVersions.length > 0 && !sameList(ownVersions, canonVersions))
      canonicalIgnored = `canonical slug ${model.canonicalSlug} states another version; ignored`;
    if (canonicalIgnored) canonical = null;
  }

  const [versionsFrom, versions] = firstNonEmpty<Token>([
    ['slug', slug.versions],
    ['hf', hf?.versions],
    ['name', name?.versions],
    ['canonical', canonical?.versions],
  ]);
  const sizes = Object.fromEntries(
    SIZE_KINDS.map((k) => [
      k,
      firstNonEmpty([
        ['slug', slug.sizes[k]],
        ['hf', hf?.sizes[k]],
        ['canonical', canonical?.sizes[k]],
      ])[1],
    ]),
  ) as Record<SizeKind, string[]>;
  const [, exact] = firstNonEmpty<PartialDate>([
    ['slug', slug.dates],
    ['hf', hf?.dates],
    ['name', name?.dates],
  ]);
  const exactFrom = slug.dates.length ? 'slug' : hf?.dates.length ? 'Hugging Face id' : 'display name';
  const pins: DatedFact[] = [];
  if (canonical && canonical.dates.length > 0)
    pins.push({ date: canonical.dates[0]!, from: 'canonical slug' });
  const release = dateOfIso(extra.releaseDate ?? null);
  if (release) pins.push({ date: release, from: extra.releaseFrom ?? 'release date' });
  const created = dateOfIso(model.created);
  if (created) pins.push({ date: created, from: 'listing date' });

  const slugMode = slug.thinking ?? hf?.thinking ?? null;
  const thinking = slugMode
    ? { state: slugMode, from: 'slug' as const }
    : model.variant === 'thinking'
      ? { state: 'on' as const, from: 'variant' as const }
      : null;

  const pricing = (extra.base ?? model).pricing;
  const price =
    pricing.inputPer1M !== null && pricing.outputPer1M !== null && pricing.state === 'priced'
      ? { input: pricing.inputPer1M, output: pricing.outputPer1M }
      : null;

  return {
    model,
    slug,
    hf,
    name,
    canonical,
    canonicalIgnored,
    versions,
    versionTexts: versions.map((v) => v.text),
    versionsFrom,
    sizes,
    sizeTexts: SIZE_KINDS.flatMap((k) => sizes[k]),
    contexts: firstNonEmpty([
      ['slug', slug.contexts],
      ['hf', hf?.contexts],
    ])[1],
    revisions: firstNonEmpty([
      ['slug', slug.revisions],
      ['hf', hf?.revisions],
    ])[1],
    stages: firstNonEmpty([
      ['slug', slug.stages],
      ['hf', hf?.stages],
    ])[1],
    latest: slug.latest,
    instruct: slug.instruct || (hf?.instruct ?? false),
    base: slug.base || (hf?.base ?? false) || (name?.base ?? false),
    exactDates: exact.map((date) => ({ date, from: exactFrom })),
    pins,
    thinking,
    effort: slug.effort,
    precision: slug.precision ?? hf?.precision ?? null,
    price,
  };
}

const MODE_KINDS = new Set(['thinking', 'nothinking', 'effort', 'precision', 'budget']);

export function arenaView(candidate: ArenaCandidate): ArenaView {
  const key = analyzeName(candidate.key);
  const displays = candidate.displayNames.map(analyzeName);
  const versions = key.versions.length
    ? key.versions
    : (displays.find((d) => d.versions.length)?.versions ?? []);
  const groupKey = key.tokens
    .filter((t) => !t.aside && t.kind !== 'vendor' && t.kind !== 'ignored' && !MODE_KINDS.has(t.kind))
    .map((t) => `${t.kind}:${t.text}`)
    .sort()
    .join(' ');
  const familyKey = [
    key.core.join(' '),
    versions
      .map((v) => v.text)
      .sort()
      .join(' '),
  ].join(' | ');
  const siblingKey = [
    familyKey,
    SIZE_KINDS.flatMap((k) => key.sizes[k])
      .sort()
      .join(' '),
  ].join(' | ');
  return {
    candidate,
    key,
    ranked: candidate.arenas.length > 0,
    versions,
    versionTexts: versions.map((v) => v.text),
    sizeTexts: SIZE_KINDS.flatMap((k) => key.sizes[k]),
    keyDate: key.dates[0] ?? null,
    displayDate: key.dates.length ? null : (displays.find((d) => d.dates.length)?.dates[0] ?? null),
    precision: key.precision ?? displays.find((d) => d.precision)?.precision ?? null,
    instruct: key.instruct || displays.some((d) => d.instruct),
    groupKey,
    siblingKey,
    familyKey,
  };
}
