// From the compared pairs of one OpenRouter model to one decision: group the compatible ranked keys
// into models (a key and its thinking / effort / precision modes), pick the model (the newest
// snapshot for a "latest" alias; none when two are equally likely), pick the key of the matching
// mode, turn the evidence into a confidence, and list the best rejected keys with why.

import type { Confidence, MatchAlternative } from '../domain/model.ts';
import { dateOrder } from './dates.ts';
import type { PairResult } from './pair.ts';
import type { OrView } from './views.ts';

export interface Decision {
  primary: PairResult | null;
  variants: PairResult[];
  confidence: Confidence;
  score: number;
  evidence: string[];
  alternatives: MatchAlternative[];
}

/** Score thresholds: a pair's score is 1 minus its penalties. */
export const THRESHOLDS = { high: 0.85, medium: 0.65, low: 0.45 } as const;
/** Two models this close in score are equally likely: the decision is left open. */
const AMBIGUOUS_WITHIN = 0.02;
const MAX_ALTERNATIVES = 4;

export function confidenceOf(score: number, identical: boolean): Confidence {
  if (identical && score >= 0.999) return 'exact';
  if (score >= THRESHOLDS.high) return 'high';
  if (score >= THRESHOLDS.medium) return 'medium';
  if (score >= THRESHOLDS.low) return 'low';
  return 'unmatched';
}

const scoreOf = (p: PairResult) => Math.max(0, Math.round((1 - p.penalty) * 1000) / 1000);

/** The key of a model group that best fits the OpenRouter id's mode; an unranked alias breaks ties. */
function primaryOf(members: PairResult[], aliasTargets: Set<string>): PairResult {
  return [...members].sort(
    (a, b) =>
      a.penalty - b.penalty ||
      Number(aliasTargets.has(b.view.candidate.key)) - Number(aliasTargets.has(a.view.candidate.key)) ||
      a.view.candidate.key.localeCompare(b.view.candidate.key),
  )[0]!;
}

function alternative(p: PairResult, why: string): MatchAlternative {
  return { arenaKey: p.view.candidate.key, score: p.ok ? scoreOf(p) : 0, whyRejected: why };
}

export function decide(or: OrView, pairs: PairResult[], forbidden: ReadonlySet<string>): Decision {
  const allowed = pairs.filter((p) => !forbidden.has(p.view.candidate.key));
  const ranked = allowed.filter((p) => p.ok && p.view.ranked);
  const unranked = allowed.filter((p) => p.ok && !p.view.ranked);
  const aliasTargets = new Set(unranked.flatMap((p) => p.view.candidate.aliases ?? []));

  const groups = new Map<string, PairResult[]>();
  for (const p of ranked) groups.set(p.view.groupKey, [...(groups.get(p.view.groupKey) ?? []), p]);
  let models = [...groups.values()]
    .map((members) => ({ members, primary: primaryOf(members, aliasTargets) }))
    .sort((a, b) => a.primary.penalty - b.primary.penalty);

  const evidence: string[] = [];
  const dropped: MatchAlternative[] = [];
  // A "latest" alias points at the newest snapshot among those it could name.
  if (or.latest && models.length > 1 && models.every((m) => m.primary.pin?.how === 'latest')) {
    models = models.sort(
      (a, b) =>
        dateOrder(b.primary.view.keyDate ?? { y: 0, m: 0, d: 0 }) -
        dateOrder(a.primary.view.keyDate ?? { y: 0, m: 0, d: 0 }),
    );
    for (const m of models.slice(1))
      dropped.push(
        alternative(
          m.primary,
          `an older snapshot; the "latest" alias points at ${models[0]!.primary.view.candidate.key}`,
        ),
      );
    evidence.push(`"latest" alias: the newest of ${models.length} dated snapshots`);
    models = models.slice(0, 1);
  }

  const top = models[0];
  const second = models[1];
  const alternatives: MatchAlternative[] = [...dropped];
  for (const key of forbidden) {
    const p = pairs.find((x) => x.view.candidate.key === key);
    if (p) alternatives.push(alternative(p, 'a reviewed override says it is a different model'));
  }

  let primary: PairResult | null = null;
  if (top && second && scoreOf(second.primary) >= scoreOf(top.primary) - AMBIGUOUS_WITHIN) {
    const tied = models.filter((m) => scoreOf(m.primary) >= scoreOf(top.primary) - AMBIGUOUS_WITHIN);
    evidence.push(
      `ambiguous: ${tied.map((m) => m.primary.view.candidate.key).join(', ')} fit equally well; left unmatched rather than guessed`,
    );
    for (const m of tied)
      alternatives.push(alternative(m.primary, 'as likely as another snapshot; nothing tells them apart'));
  } else if (top) {
    primary = top.primary;
    for (const m of models.slice(1))
      alternatives.push(
        alternative(
          m.primary,
          `a weaker fit than ${primary.view.candidate.key} (${m.primary.evidence.at(-1) ?? 'more differences'})`,
        ),
      );
  }

  for (const p of unranked)
    alternatives.push(alternative(p, 'known to the arena but ranked in no arena file of this snapshot'));
  const misses = allowed
    .filter((p) => !p.ok)
    .sort((a, b) => b.closeness - a.closeness || a.conflicts.length - b.conflicts.length);
  for (const p of misses.slice(0, MAX_ALTERNATIVES))
    alternatives.push(alternative(p, p.conflicts.slice(0, 2).join('; ')));

  if (!primary) {
    if (unranked.length && !top)
      evidence.push(
        `the arena knows ${unranked.map((p) => p.view.candidate.key).join(', ')} but ranks it nowhere in this snapshot`,
      );
    if (!top && misses.length)
      evidence.push(
        `no arena key agrees; nearest: ${misses[0]!.view.candidate.key} (${misses[0]!.conflicts[0]})`,
      );
    if (!top && !misses.length && !unranked.length)
      evidence.push('no arena key shares a name word with this model');
    return {
      primary: null,
      variants: [],
      confidence: 'unmatched',
      score: 0,
      evidence,
      alternatives: alternatives.slice(0, MAX_ALTERNATIVES),
    };
  }

  const score = scoreOf(primary);
  const confidence = confidenceOf(score, primary.identical);
  if (confidence === 'unmatched') {
    evidence.push(
      `the best key, ${primary.view.candidate.key}, differs in too many ways (score ${score}); left unmatched`,
    );
    return {
      primary: null,
      variants: [],
      confidence,
      score: 0,
      evidence: [...evidence, ...primary.evidence],
      alternatives: [alternative(primary, 'too many unstated differences'), ...alternatives].slice(
        0,
        MAX_ALTERNATIVES,
      ),
    };
  }
  const variants = top!.members.filter((m) => m !== primary);
  if (variants.length)
    evidence.push(`modes of the same model: ${variants.map((v) => v.view.candidate.key).join(', ')}`);
  if (aliasTargets.has(primary.view.candidate.key))
    evidence.push(`the arena's undecorated alias is displayed as ${primary.view.candidate.key}`);
  return {
    primary,
    variants,
    confidence,
    score,
    evidence: [...primary.evidence, ...evidence],
    alternatives: alternatives.slice(0, MAX_ALTERNATIVES),
  };
}
