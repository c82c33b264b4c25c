// The matcher: each OpenRouter model → at most one arena key, with a confidence, the evidence and
// the rejected alternatives. Pure: inputs in, decisions out. Reviewed overrides win over the
// algorithm and say so; `overrides: null` runs the algorithm alone.

import type { OpenRouterModel } from '../sources/types.ts';
import { type ArenaIndex, indexArena } from './candidates.ts';
import { compare } from './compare.ts';
import { type Decision, decide } from './decide.ts';
import { overridesFor } from './overrides.ts';
import type { MatchModels, MatchOverride, MatchResult } from './types.ts';
import { orView } from './views.ts';

export { explainMatch } from './explain.ts';
export { parseOverrides } from './overrides.ts';

/** The score a reviewed `same` decision carries. */
const OVERRIDE_SCORE = 0.95;

function resultOf(model: OpenRouterModel, d: Decision, index: ArenaIndex): MatchResult {
  const key = d.primary?.view.candidate.key ?? null;
  return {
    openrouterId: model.id,
    arenaKey: key,
    variantKeys: d.variants.map((v) => v.view.candidate.key),
    confidence: d.confidence,
    score: d.score,
    evidence: d.evidence,
    alternatives: d.alternatives,
    override: null,
    bridges: index.bridges(model, key),
  };
}

function describe(d: Decision): string {
  return d.primary ? `${d.primary.view.candidate.key} (${d.confidence}, ${d.score.toFixed(2)})` : 'unmatched';
}

function matchOne(
  model: OpenRouterModel,
  base: OpenRouterModel | null,
  index: ArenaIndex,
  overrides: MatchOverride[],
): MatchResult {
  const release = index.releaseDate(model);
  const or = orView(model, { releaseDate: release?.date ?? null, releaseFrom: release?.from ?? null, base });
  const pairs = index.candidatesFor(or).map((v) => compare(or, v, index));
  const different = overrides.filter((o) => o.decision === 'different');
  const forbidden = new Set(different.map((o) => o.arenaKey));
  const decision = decide(or, pairs, forbidden);
  const result = resultOf(model, decision, index);
  if (or.canonicalIgnored) result.evidence.push(or.canonicalIgnored);

  const applied = different.find((o) => pairs.some((p) => p.view.candidate.key === o.arenaKey));
  if (applied) {
    result.override = {
      decision: 'different',
      arenaKey: applied.arenaKey,
      reason: applied.reason,
      reviewed: applied.reviewed,
    };
    result.evidence.unshift(
      `reviewed override: not ${applied.arenaKey} — ${applied.reason} (reviewed ${applied.reviewed})`,
    );
  }

  const same = overrides.find((o) => o.decision === 'same');
  if (!same) return result;
  const target = index.byKey.get(same.arenaKey);
  if (!target?.ranked) {
    result.evidence.push(
      `a reviewed override names ${same.arenaKey}, which this snapshot does not rank; the algorithm's decision stands`,
    );
    return result;
  }
  const variants = index.views
    .filter((v) => v.ranked && v.groupKey === target.groupKey && v !== target)
    .map((v) => v.candidate.key);
  return {
    ...result,
    arenaKey: same.arenaKey,
    variantKeys: variants,
    confidence: 'high',
    score: OVERRIDE_SCORE,
    evidence: [
      `reviewed override: same model as ${same.arenaKey} — ${same.reason} (reviewed ${same.reviewed})`,
      `the algorithm alone: ${describe(decision)}`,
      ...(decision.primary?.view.candidate.key === same.arenaKey ? decision.evidence : []),
    ],
    alternatives: result.alternatives.filter((a) => a.arenaKey !== same.arenaKey),
    override: { decision: 'same', arenaKey: same.arenaKey, reason: same.reason, reviewed: same.reviewed },
    bridges: index.bridges(model, same.arenaKey),
  };
}

export const matchModels: MatchModels = (input) => {
  const index = indexArena(input.arena, input.litellm, input.modelsDev);
  const byId = new Map(input.openrouter.map((m) => [m.id, m]));
  return input.openrouter.map((model) => {
    const base = model.baseId !== model.id ? (byId.get(model.baseId) ?? null) : null;
    return matchOne(model, base, index, overridesFor(input.overrides, model));
  });
};
