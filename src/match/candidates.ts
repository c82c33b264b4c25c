// The arena side, indexed once per run: each key's view, a word index to find candidates for a
// model without comparing every pair, snapshot siblings, and the bridge lookups (LiteLLM native
// ids and prices, models.dev release dates and native ids).

import type { LiteLLMEntry, ModelsDevEntry, OpenRouterModel } from '../sources/types.ts';
import type { MatchContext } from './pair.ts';
import type { ArenaCandidate } from './types.ts';
import { type ArenaView, arenaView, type OrView } from './views.ts';

export interface ArenaIndex extends MatchContext {
  views: ArenaView[];
  byKey: Map<string, ArenaView>;
  /** Keys sharing at least one family word with the model's slug or Hugging Face name. */
  candidatesFor(or: OrView): ArenaView[];
  /** models.dev's release date for an OpenRouter id, when it lists one. */
  releaseDate(model: OpenRouterModel): { date: string; from: string } | null;
  /** LiteLLM and models.dev ids that name this OpenRouter id or this arena key. */
  bridges(
    model: OpenRouterModel,
    arenaKey: string | null,
  ): { litellm: string | null; modelsDev: string | null };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexArena(
  candidates: ArenaCandidate[],
  litellm: LiteLLMEntry[],
  modelsDev: ModelsDevEntry[],
): ArenaIndex {
  const views = candidates.map(arenaView);
  const byKey = new Map(views.map((v) => [v.candidate.key, v]));
  const byWord = new Map<string, ArenaView[]>();
  const bySibling = new Map<string, ArenaView[]>();
  const byFamily = new Map<string, ArenaView[]>();
  const versionsByCore = new Map<string, Set<string>>();
  for (const v of views) {
    for (const w of new Set(v.key.core)) push(byWord, w, v);
    push(bySibling, v.siblingKey, v);
    push(byFamily, v.familyKey, v);
    const core = v.key.core.join(' ');
    const set = versionsByCore.get(core) ?? new Set<string>();
    for (const t of v.versions) set.add(t.raw.replace(/^v/, ''));
    versionsByCore.set(core, set);
  }

  const pricesByNative = new Map<string, { id: string; input: number; output: number }[]>();
  const litellmByNative = new Map<string, string>();
  const litellmByOpenRouter = new Map<string, string>();
  for (const e of litellm) {
    if (e.openrouterId) {
      if (!litellmByOpenRouter.has(e.openrouterId)) litellmByOpenRouter.set(e.openrouterId, e.key);
      continue;
    }
    if (!litellmByNative.has(e.nativeId)) litellmByNative.set(e.nativeId, e.key);
    if (e.inputPer1M !== null && e.outputPer1M !== null && e.mode !== 'embedding')
      push(pricesByNative, e.nativeId, { id: e.key, input: e.inputPer1M, output: e.outputPer1M });
  }

  const releaseByOpenRouter = new Map<string, string>();
  const modelsDevByNative = new Map<string, string>();
  const modelsDevByOpenRouter = new Map<string, string>();
  for (const e of modelsDev) {
    if (e.providerId === 'openrouter') {
      modelsDevByOpenRouter.set(e.modelId, `openrouter/${e.modelId}`);
      if (e.releaseDate) releaseByOpenRouter.set(e.modelId, e.releaseDate);
    } else if (!modelsDevByNative.has(e.modelId))
      modelsDevByNative.set(e.modelId, `${e.providerId}/${e.modelId}`);
  }

  return {
    views,
    byKey,
    candidatesFor(or) {
      const words = new Set([...or.slug.core, ...(or.hf?.core ?? [])]);
      const seen = new Set<ArenaView>();
      for (const w of words) for (const v of byWord.get(w) ?? []) seen.add(v);
      return [...seen];
    },
    datedSiblings(view) {
      return (bySibling.get(view.siblingKey) ?? []).filter((v) => v !== view && v.keyDate !== null);
    },
    family(view) {
      return (byFamily.get(view.familyKey) ?? []).filter((v) => v.ranked);
    },
    stagedSiblings(view) {
      return (bySibling.get(view.siblingKey) ?? []).filter((v) => v.ranked && v.key.stages.length > 0);
    },
    familyVersions(core) {
      return [...(versionsByCore.get(core.join(' ')) ?? [])].sort();
    },
    nativePrices(key) {
      return pricesByNative.get(key) ?? [];
    },
    releaseDate(model) {
      const date = releaseByOpenRouter.get(model.id) ?? releaseByOpenRouter.get(model.baseId);
      return date ? { date, from: 'models.dev release date' } : null;
    },
    bridges(model, arenaKey) {
      const native = (map: Map<string, string>) => (arenaKey ? (map.get(arenaKey) ?? null) : null);
      return {
        litellm:
          native(litellmByNative) ??
          litellmByOpenRouter.get(model.id) ??
          litellmByOpenRouter.get(model.baseId) ??
          null,
        modelsDev:
          native(modelsDevByNative) ??
          modelsDevByOpenRouter.get(model.id) ??
          modelsDevByOpenRouter.get(model.baseId) ??
          null,
      };
    },
  };
}
